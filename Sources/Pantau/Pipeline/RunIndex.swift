/// What a run keeps in memory for each document while the records wait in the spool: fixed
/// size, no strings, so that memory stays flat as the corpus grows.
struct IndexEntry: Sendable {
    var key: DocumentKey
    /// The id this document takes when an earlier input has the same canonical URL: told
    /// apart by its source, as a path key (as a URL key, canonicalisation would drop
    /// "#source" as a fragment).
    let collisionKey: DocumentKey
    var status: DocumentStatus
    let content: ContentDigest?
    var simHash: UInt64?
    let spool: Range<Int>
    /// The record's rows as rendered by the worker (`RenderedRows`), spooled beside it; nil
    /// when the record came from elsewhere (a merge).
    let rendered: Range<Int>?
    /// Set by `RunIndex.finalize`: the record becomes a duplicate of this document.
    var duplicateOf: DocumentKey?
    let reused: Bool
    /// An `ok` record whose language is not `id`: kept, but nothing was extracted from it.
    let notIndonesian: Bool

    /// The worker's rendering, when it still shows the record as the dataset will: not when
    /// `RunIndex.finalize` gave the record its collision key or made it a duplicate.
    var finalRendering: Range<Int>? { key == collisionKey || duplicateOf != nil ? nil : rendered }

    var docID: String { key.docID }

    /// `docID`, when given, must be the id that `url` and `source` give (a record fresh from
    /// processing); it spares canonicalising and hashing the URL again.
    init(url: String, source: String, docID: String? = nil, status: DocumentStatus, contentSHA256: String, simHash: UInt64?,
         spool: Range<Int>, rendered: Range<Int>? = nil, reused: Bool, notIndonesian: Bool = false) {
        key = docID.flatMap(DocumentKey.init(docID:)) ?? DocumentKey(url: url, source: source)
        collisionKey = DocumentKey(url: "", source: url + "#" + source)
        self.status = status
        content = ContentDigest(hex: contentSHA256)
        self.simHash = simHash
        self.spool = spool
        self.rendered = rendered
        self.reused = reused
        self.notIndonesian = notIndonesian
    }
}

/// A SHA-256 digest in 32 bytes instead of 64 hex characters.
struct ContentDigest: Hashable, Sendable {
    let words: (UInt64, UInt64, UInt64, UInt64)

    init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var words: [UInt64] = []
        for chunk in stride(from: 0, to: 64, by: 16) {
            guard let word = UInt64(String(decoding: digits[chunk..<chunk + 16], as: UTF8.self), radix: 16) else { return nil }
            words.append(word)
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    static func == (a: ContentDigest, b: ContentDigest) -> Bool { a.words == b.words }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}

/// A near-duplicate pair (near_duplicates.csv): the later document and the earlier one.
public struct NearDuplicate: Sendable, Hashable {
    public var docID: String
    public var nearDuplicateOf: String
    public var distance: Int
}

/// Decides duplicates, unique ids and output order from the index alone.
enum RunIndex {
    /// SimHash bits that may differ for two texts to count as the same story.
    static let nearDuplicateDistance = 3

    /// Entries arrive in input order; that order decides which copy is "first".
    static func finalize(_ entries: [IndexEntry]) -> (entries: [IndexEntry], nearDuplicates: [NearDuplicate]) {
        var firstByContent: [ContentDigest: DocumentKey] = [:]
        var usedKeys: Set<DocumentKey> = []
        var result: [IndexEntry] = []
        result.reserveCapacity(entries.count)
        for var entry in entries {
            if !usedKeys.insert(entry.key).inserted {
                entry.key = entry.collisionKey
                usedKeys.insert(entry.key)
            }
            // A teaser is a feed item's text: the same item in two feeds is a duplicate too.
            if entry.status == .ok || entry.status == .teaser, let content = entry.content {
                if let first = firstByContent[content] {
                    entry.duplicateOf = first
                    entry.simHash = nil
                } else {
                    firstByContent[content] = entry.key
                }
            }
            result.append(entry)
        }
        let pairs = nearDuplicates(result)
        result.sort { $0.key < $1.key }
        return (result, pairs.sorted { ($0.docID, $0.nearDuplicateOf) < ($1.docID, $1.nearDuplicateOf) })
    }

    /// Pairs within `nearDuplicateDistance` bits. Four 16-bit bands: two hashes within three
    /// bits agree on at least one band, so only documents sharing a band are compared. Each
    /// band is one sorted array of (band value, position), not a table of lists: a few bytes
    /// per document.
    static func nearDuplicates(_ entries: [IndexEntry]) -> [NearDuplicate] {
        let hashed = entries.indices.filter { entries[$0].simHash != nil }
        let bands: [[(value: UInt16, index: Int32)]] = (0..<4).map { band in
            hashed.map { (UInt16(truncatingIfNeeded: (entries[$0].simHash ?? 0) >> UInt64(band * 16)), Int32($0)) }
                .sorted { ($0.value, $0.index) < ($1.value, $1.index) }
        }
        var pairs: [NearDuplicate] = []
        var compared: Set<Int32> = []
        for index in hashed {
            guard let hash = entries[index].simHash else { continue }
            var best: (Int, Int)?
            compared.removeAll(keepingCapacity: true)
            for band in 0..<4 {
                let value = UInt16(truncatingIfNeeded: hash >> UInt64(band * 16))
                let list = bands[band]
                // Earlier documents with this band value, in input order.
                var position = lowerBound(list, value)
                while position < list.count, list[position].value == value, list[position].index < Int32(index) {
                    let other = list[position].index
                    position += 1
                    guard compared.insert(other).inserted, let otherHash = entries[Int(other)].simHash else { continue }
                    let distance = SimHash.distance(hash, otherHash)
                    if distance <= nearDuplicateDistance, best.map({ distance < $0.1 }) ?? true { best = (Int(other), distance) }
                }
            }
            if let (other, distance) = best {
                pairs.append(NearDuplicate(docID: entries[index].docID, nearDuplicateOf: entries[other].docID, distance: distance))
            }
        }
        return pairs
    }

    private static func lowerBound(_ list: [(value: UInt16, index: Int32)], _ value: UInt16) -> Int {
        list.partitionPoint { $0.value < value }
    }
}
