/// A stop-word list hashed for byte-level lookup: counting a block's stop words allocates nothing.
///
/// The words' FNV-1a hashes sit in an open-addressed table indexed by the hash's top bits:
/// the hash is already well mixed, and a `Set<UInt64>` would hash it again for every word
/// of every block.
public struct StopWords: Sendable {
    /// 0 marks an empty slot (no word hashes to 0 in practice; one that did would be missed).
    private var slots: [UInt64] = [0]
    private var shift: UInt64 = 63
    public private(set) var isEmpty = true

    public init(_ words: [String]) {
        let hashes = Set(words.map { Self.hash(Array($0.lowercased().utf8)[...]) }).subtracting([0])
        isEmpty = hashes.isEmpty
        var bits: UInt64 = 1
        while (1 << bits) < hashes.count * 4 { bits += 1 }
        shift = 64 - bits
        slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        for hash in hashes {
            var slot = Int(hash >> shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = hash
        }
    }

    @inline(__always) func contains(hash: UInt64) -> Bool {
        var slot = Int(hash >> shift)
        while true {
            let here = slots[slot]
            if here == hash { return hash != 0 }
            if here == 0 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

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
