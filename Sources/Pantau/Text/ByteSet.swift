/// A set of short byte strings, looked up by a span of a buffer without allocating.
/// ASCII letters compare case-insensitively; other bytes compare exactly (entries are stored
/// folded by `TextNormalizer`, which is what lower-case non-ASCII text folds to).
struct ByteSet: Sendable {
    private var buckets: [UInt64: [[UInt8]]] = [:]
    private(set) var maxLength = 0

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            let bytes = Array(TextNormalizer.fold(word).utf8)
            guard !bytes.isEmpty else { continue }
            buckets[Self.hash(bytes[...]), default: []].append(bytes)
            maxLength = max(maxLength, bytes.count)
        }
    }

    var isEmpty: Bool { buckets.isEmpty }

    @inline(__always) private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(ByteClass.lower(b))) &* 0x100000001b3 }
        return h
    }

    func contains(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length > 0, length <= maxLength else { return false }
        var h: UInt64 = 0xcbf29ce484222325
        for i in start..<end { h = (h ^ UInt64(ByteClass.lower(buffer[i]))) &* 0x100000001b3 }
        guard let bucket = buckets[h] else { return false }
        for entry in bucket where entry.count == length {
            var same = true
            for k in 0..<length where ByteClass.lower(buffer[start + k]) != entry[k] { same = false; break }
            if same { return true }
        }
        return false
    }

    func contains(_ word: String) -> Bool {
        var bytes = Array(TextNormalizer.fold(word).utf8)
        return bytes.withUnsafeMutableBufferPointer { contains(UnsafeBufferPointer($0), 0, $0.count) }
    }
}
