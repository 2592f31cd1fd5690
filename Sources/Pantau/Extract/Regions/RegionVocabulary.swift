/// Interns folded tokens as small integers, so the region trie walks integers instead of strings.
///
/// Lookups hash and compare the token's bytes in place, lower-casing ASCII on the fly, so a
/// document's tokens are resolved without allocating; only tokens with non-ASCII bytes (rare
/// in Indonesian text) go through `TextNormalizer.fold`. Cost per token is its length, whatever
/// the number of names in the gazetteer.
struct RegionVocabulary: Sendable {
    /// Id of a token that no region name, prefix or cue contains.
    static let unknown: Int32 = -1

    private var pool: [UInt8] = []
    private var spans: [(start: Int32, length: Int32)] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 14)

    var count: Int { spans.count }

    /// The id of a folded token, adding it when new.
    mutating func intern(_ folded: String) -> Int32 {
        let bytes = Array(folded.utf8)
        if let found = find(bytes[...], lowering: false) { return found }
        if (spans.count + 1) * 2 > slots.count { grow() }
        let id = Int32(spans.count)
        spans.append((Int32(pool.count), Int32(bytes.count)))
        pool.append(contentsOf: bytes)
        place(id, hash: Self.hash(bytes[...], lowering: false))
        return id
    }

    /// The id of a token of a document, or `unknown`.
    func id(of token: Token, in utf8: [UInt8], skipping skip: Int = 0) -> Int32 {
        let bytes = utf8[(token.byteStart + skip)..<token.byteEnd]
        var ascii = true
        for byte in bytes where byte >= 0x80 { ascii = false; break }
        if ascii { return find(bytes, lowering: true) ?? Self.unknown }
        return find(Array(TextNormalizer.fold(bytes).utf8)[...], lowering: false) ?? Self.unknown
    }

    /// The id of an already folded word, or `unknown`.
    func id(of folded: String) -> Int32 {
        find(Array(folded.utf8)[...], lowering: false) ?? Self.unknown
    }

    @inline(__always) private static func lower(_ byte: UInt8, _ lowering: Bool) -> UInt8 {
        lowering && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// FNV-1a over the (lower-cased) bytes.
    private static func hash(_ bytes: ArraySlice<UInt8>, lowering: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(lower(byte, lowering))) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    private func find(_ bytes: ArraySlice<UInt8>, lowering: Bool) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes, lowering: lowering)) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if equals(Int(id), bytes, lowering: lowering) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int, _ bytes: ArraySlice<UInt8>, lowering: Bool) -> Bool {
        let span = spans[id]
        guard Int(span.length) == bytes.count else { return false }
        var k = Int(span.start)
        for byte in bytes {
            if pool[k] != Self.lower(byte, lowering) { return false }
            k += 1
        }
        return true
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in spans.indices {
            let span = spans[id]
            let bytes = pool[Int(span.start)..<Int(span.start + span.length)]
            place(Int32(id), hash: Self.hash(bytes, lowering: false))
        }
    }
}
