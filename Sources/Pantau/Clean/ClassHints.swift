/// Scores class and id attributes with the words of boilerplate-classes.txt.
///
/// Matching runs on the attribute's bytes: a hint counts where it starts a word, so "nav"
/// matches "main-nav" and "navbar" but not "canvas".
public struct ClassHints: Sendable {
    /// Hints bucketed by their first byte, each with its weight.
    private var buckets: [[(word: [UInt8], weight: Int)]] = Array(repeating: [], count: 256)
    public static let skipAt = -3

    public init() {}

    public init(data: DataFile) throws(PantauError) {
        for (line, row) in data.numberedRows {
            guard let word = row.first?.lowercased(), !word.isEmpty else { continue }
            guard row.count >= 2, let weight = Int(row[1]) else {
                throw .dataFileMalformed(file: data.name, line: line, reason: "expected 'word<TAB>weight' with an integer weight")
            }
            let bytes = Array(word.utf8)
            buckets[Int(bytes[0])].append((bytes, weight))
        }
    }

    /// The summed weight of every hint that starts a word in the attribute value.
    func weight(_ value: UnsafePointer<UInt8>) -> Int {
        var total = 0
        var i = 0
        var previousIsLetter = false
        while value[i] != 0 {
            let b = lower(value[i])
            let isLetter = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            if isLetter && !previousIsLetter {
                for (word, weight) in buckets[Int(b)] where matches(value, at: i, word) { total += weight }
            }
            previousIsLetter = isLetter
            i += 1
        }
        return total
    }

    func weight(_ text: String) -> Int {
        var bytes = Array(text.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return weight(base)
        }
    }

    @inline(__always) private func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    @inline(__always) private func matches(_ value: UnsafePointer<UInt8>, at start: Int, _ word: [UInt8]) -> Bool {
        for (k, expected) in word.enumerated() {
            let b = value[start + k]
            if b == 0 || lower(b) != expected { return false }
        }
        return true
    }
}
