/// Bytes as a hash key, hashed in one call: an array of bytes hashes element by element,
/// which made word lookups the costliest part of the claim matchers.
struct ByteKey: Hashable, Sendable {
    let bytes: [UInt8]

    @inline(__always) init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(bytes.count)
    }

    static func == (a: ByteKey, b: ByteKey) -> Bool { a.bytes == b.bytes }
}

/// A set of byte strings (folded words), with `Set`'s `contains` and one-call hashing.
public struct ByteSet: Sendable {
    private var members: Set<ByteKey>

    init(_ words: some Sequence<[UInt8]>) { members = Set(words.lazy.map(ByteKey.init)) }

    @inline(__always) func contains(_ word: [UInt8]) -> Bool { members.contains(ByteKey(word)) }

    var isEmpty: Bool { members.isEmpty }
    var count: Int { members.count }
}
