/// What a run keeps in memory for each document while the records wait in the spool.
struct IndexEntry: Sendable {
    var docID: String
    var source: String
    var url: String
    var status: DocumentStatus
    var contentSHA256: String
    var simHash: UInt64?
    var spool: Range<Int>
    /// Set by `RunIndex.finalize`: the record becomes a duplicate of this doc_id.
    var duplicateOf: String?
    var reused: Bool
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
        var firstByContent: [String: String] = [:]
        var usedIDs: Set<String> = []
        var result: [IndexEntry] = []
        result.reserveCapacity(entries.count)
        for var entry in entries {
            if !usedIDs.insert(entry.docID).inserted {
                // Two inputs with one canonical URL: the later one is told apart by its source, as a
                // path key (as a URL key, canonicalisation would drop "#source" as a fragment).
                entry.docID = StableIDs.document(url: "", source: entry.url + "#" + entry.source)
                usedIDs.insert(entry.docID)
            }
            if entry.status == .ok, !entry.contentSHA256.isEmpty {
                if let first = firstByContent[entry.contentSHA256] {
                    entry.duplicateOf = first
                    entry.simHash = nil
                } else {
                    firstByContent[entry.contentSHA256] = entry.docID
                }
            }
            result.append(entry)
        }
        let pairs = nearDuplicates(result)
        result.sort { $0.docID < $1.docID }
        return (result, pairs.sorted { ($0.docID, $0.nearDuplicateOf) < ($1.docID, $1.nearDuplicateOf) })
    }

    /// Pairs within `nearDuplicateDistance` bits. Four 16-bit bands: two hashes within three
    /// bits agree on at least one band, so only documents sharing a band are compared.
    static func nearDuplicates(_ entries: [IndexEntry]) -> [NearDuplicate] {
        var buckets: [[UInt16: [Int]]] = Array(repeating: [:], count: 4)
        var pairs: [NearDuplicate] = []
        for (index, entry) in entries.enumerated() {
            guard let hash = entry.simHash else { continue }
            var best: (Int, Int)?
            var compared: Set<Int> = []
            for band in 0..<4 {
                let key = UInt16(truncatingIfNeeded: hash >> UInt64(band * 16))
                for other in buckets[band][key, default: []] where compared.insert(other).inserted {
                    guard let otherHash = entries[other].simHash else { continue }
                    let distance = SimHash.distance(hash, otherHash)
                    if distance <= nearDuplicateDistance, best.map({ distance < $0.1 }) ?? true { best = (other, distance) }
                }
                buckets[band][key, default: []].append(index)
            }
            if let (other, distance) = best {
                pairs.append(NearDuplicate(docID: entry.docID, nearDuplicateOf: entries[other].docID, distance: distance))
            }
        }
        return pairs
    }
}
