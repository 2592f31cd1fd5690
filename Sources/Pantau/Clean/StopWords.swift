/// A stop-word list hashed for byte-level lookup: counting a block's stop words allocates nothing.
public struct StopWords: Sendable {
    private var hashes: Set<UInt64> = []

    public init(_ words: [String]) {
        for word in words { hashes.insert(Self.hash(Array(word.lowercased().utf8)[...])) }
    }

    public var isEmpty: Bool { hashes.isEmpty }

    @inline(__always) func contains(hash: UInt64) -> Bool { hashes.contains(hash) }

    /// FNV-1a over lower-cased ASCII bytes.
    @inline(__always) static func hash(_ word: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3 }
        return h
    }
}

/// Word statistics of a run of UTF-8 text, for block scoring and language identification.
struct WordStats {
    var words = 0
    var indonesian = 0
    var english = 0
    /// Sentence and clause punctuation: . , ; : ! ? and the closing quote after them.
    var punctuation = 0

    /// Words are runs of letters, digits and non-ASCII bytes.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, id: StopWords, en: StopWords) -> WordStats {
        var stats = WordStats()
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                i += 3  // curly quotes, dashes and ellipsis separate words
                continue
            }
            if b == 0xE3, i + 2 < end, bytes[i + 1] == 0x80 {
                // CJK symbols and punctuation separate words; the comma and full stop count.
                if bytes[i + 2] == 0x81 || bytes[i + 2] == 0x82 { stats.punctuation += 1 }
                i += 3
                continue
            }
            if isWordByte(b) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                while i < end, isWordByte(bytes[i]), !((bytes[i] == 0xE2 || bytes[i] == 0xE3) && i + 1 < end && bytes[i + 1] == 0x80) {
                    let c = bytes[i]
                    h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* 0x100_0000_01b3
                    i += 1
                }
                stats.words += 1
                if id.contains(hash: h) { stats.indonesian += 1 }
                if en.contains(hash: h) { stats.english += 1 }
                continue
            }
            if b == 0x2E || b == 0x2C || b == 0x3B || b == 0x21 || b == 0x3F || b == 0x3A { stats.punctuation += 1 }
            i += 1
        }
        return stats
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }
}
