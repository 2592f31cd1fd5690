/// What a word is to the tokeniser, from the data files; one word may have several roles.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt16
    static let prefixAbbreviation = WordRoles(rawValue: 1 << 0)
    static let suffixAbbreviation = WordRoles(rawValue: 1 << 1)
    static let currency = WordRoles(rawValue: 1 << 2)
    static let scale = WordRoles(rawValue: 1 << 3)
    static let percent = WordRoles(rawValue: 1 << 4)
    static let timeCue = WordRoles(rawValue: 1 << 5)
    static let acronym = WordRoles(rawValue: 1 << 6)
    static let domain = WordRoles(rawValue: 1 << 7)
    static let month = WordRoles(rawValue: 1 << 8)
    static let zone = WordRoles(rawValue: 1 << 9)
    static let cliticException = WordRoles(rawValue: 1 << 10)
    static let functionWord = WordRoles(rawValue: 1 << 11)
    static let abbreviation: WordRoles = [.prefixAbbreviation, .suffixAbbreviation]
}

/// Short byte strings with their roles, looked up by a span of a buffer without allocating.
/// ASCII letters compare case-insensitively; other bytes compare exactly (entries are stored
/// folded by `TextNormalizer`, which is what lower-case non-ASCII text folds to).
///
/// Lookups sit on the tokeniser's hot path (one per word), so most misses are rejected by two
/// bit tests (length, first byte) before a hash is computed; the table is open-addressed.
struct WordTable: Sendable {
    private var entries: [[UInt8]] = []
    private var values: [WordRoles] = []
    private var slots: [Int32] = [0]
    private var lengths: UInt64 = 0
    private var firsts: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// One bit per hash prefix of an entry (4,096 bits): most words that pass the length and
    /// first-byte tests are rejected here without touching the entries.
    private var bloom = [UInt64](repeating: 0, count: 64)

    init(_ words: [(String, WordRoles)]) {
        var index: [[UInt8]: Int] = [:]
        for (word, roles) in words {
            let bytes = Array(TextNormalizer.fold(word).utf8)
            guard !bytes.isEmpty, bytes.count < 64 else { continue }
            if let known = index[bytes] { values[known].formUnion(roles); continue }
            index[bytes] = entries.count
            entries.append(bytes)
            values.append(roles)
            lengths |= 1 << UInt64(bytes.count)
            let bit: UInt64 = 1 << UInt64(bytes[0] & 63)
            switch bytes[0] >> 6 {
            case 0: firsts.0 |= bit
            case 1: firsts.1 |= bit
            case 2: firsts.2 |= bit
            default: firsts.3 |= bit
            }
        }
        var size = 4
        while size < entries.count * 3 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        for (n, entry) in entries.enumerated() {
            var h: UInt64 = 0xcbf29ce484222325
            for b in entry { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            var slot = Int(h & UInt64(size - 1))
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(n + 1)
            bloom[Int(h >> 58)] |= 1 << ((h >> 52) & 63)
        }
    }

    static let seed: UInt64 = 0xcbf29ce484222325

    @inline(__always) static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = seed
        for i in start..<end { h = (h ^ UInt64(ByteClass.lower(buffer[i]))) &* 0x100000001b3 }
        return h
    }

    @inline(__always) func roles(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordRoles {
        guard passes(buffer, start, end) else { return [] }
        return find(Self.hash(buffer, start, end), buffer, start, end)
    }

    /// The roles of a span whose hash (`seed`, then FNV-1a over its ASCII-lowered bytes) the
    /// caller computed while scanning it.
    @inline(__always) func roles(hash: UInt64, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordRoles {
        guard passes(buffer, start, end) else { return [] }
        return find(hash, buffer, start, end)
    }

    @inline(__always) private func passes(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length > 0, length < 64, lengths & (1 << UInt64(length)) != 0 else { return false }
        let first = ByteClass.lower(buffer[start])
        let bits: UInt64
        switch first >> 6 {
        case 0: bits = firsts.0
        case 1: bits = firsts.1
        case 2: bits = firsts.2
        default: bits = firsts.3
        }
        return bits & (1 << UInt64(first & 63)) != 0
    }

    private func find(_ h: UInt64, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordRoles {
        guard bloom[Int(h >> 58)] & (1 << ((h >> 52) & 63)) != 0 else { return [] }
        let mask = slots.count - 1
        var slot = Int(h & UInt64(mask))
        while slots[slot] != 0 {
            let n = Int(slots[slot]) - 1
            let entry = entries[n]
            if entry.count == end - start {
                var same = true
                for k in 0..<entry.count where ByteClass.lower(buffer[start + k]) != entry[k] { same = false; break }
                if same { return values[n] }
            }
            slot = (slot + 1) & mask
        }
        return []
    }

    func roles(of word: String) -> WordRoles {
        let bytes = Array(TextNormalizer.fold(word).utf8)
        return bytes.withUnsafeBufferPointer { roles($0, 0, $0.count) }
    }
}
