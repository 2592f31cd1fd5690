/// One of N disjoint parts of an input, for spreading a run over machines (`run --shard K/N`).
///
/// A document belongs to a shard by its input identity: the doc_id it has before cleaning,
/// from the scraper's or crawler's URL when the input gives one, else from its source path.
/// That id is known without parsing, so each machine parses only its own documents. (A page
/// whose canonical link names another URL gets its final doc_id from that link; it stays in the
/// shard of its input identity, so every document still lands in exactly one shard.)
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based, as written on the command line.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(PantauError) {
        guard count >= 1, (1...count).contains(index) else {
            throw .usage("shard \(index)/\(count) does not exist: write K/N with 1 ≤ K ≤ N, e.g. --shard 1/4")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(PantauError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw .usage("--shard takes K/N, e.g. 2/4 for the second of four shards; got '\(text)'")
        }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    public func contains(_ document: SourceDocument) -> Bool {
        contains(inputID: StableIDs.document(url: document.url ?? "", source: document.source))
    }

    /// By the id's first 60 bits: SHA-256 output, so shards come out even.
    func contains(inputID: String) -> Bool {
        let hex = inputID.utf8.dropFirst().prefix(15)
        let value = hex.reduce(UInt64(0)) { ($0 << 4) | UInt64(Self.nibble($1)) }
        return Int(value % UInt64(count)) == index - 1
    }

    private static func nibble(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x61...0x66: return byte - 0x61 + 10
        case 0x41...0x46: return byte - 0x41 + 10
        default: return 0
        }
    }
}
