/// 64-bit SimHash over word 4-shingles of a text, for near-duplicate detection.
///
/// Syndicated stories carry the same body under different furniture; after cleaning their
/// main texts differ in a few words, and so their SimHashes differ in a few bits.
public enum SimHash {
    public static func of(_ text: String) -> UInt64 {
        var weights = [Int](repeating: 0, count: 64)
        var words: [UInt64] = []
        words.reserveCapacity(text.utf8.count / 6)
        var hash: UInt64 = 0xcbf29ce484222325
        var inWord = false
        for byte in text.utf8 {
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            if isWordByte {
                hash = (hash ^ UInt64(byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0))) &* 0x100000001b3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf29ce484222325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        guard words.count >= 4 else { return words.reduce(0, ^) }
        for i in 0...(words.count - 4) {
            var shingle = words[i]
            for k in 1..<4 { shingle = mix(shingle ^ (words[i + k] &* UInt64(k + 1))) }
            for bit in 0..<64 { weights[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xff51afd7ed558ccd
        x ^= x >> 33
        x = x &* 0xc4ceb93e53ca2c4f
        x ^= x >> 33
        return x
    }
}
