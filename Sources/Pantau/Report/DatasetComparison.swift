/// A dataset against an older one: `pantau diff`'s counts per table (the same `DatasetDiff`),
/// the facts of both, and the violation and sanction claims that are new.
public struct DatasetComparison: Sendable {
    public var summary: DiffSummary
    public var old: DatasetFacts
    public var new: DatasetFacts

    /// A claim is new when the older dataset has no claim with its doc_id and claim_id, or when
    /// it had it with a type that was neither violation nor sanction.
    public static func compare(new: String, old: String, regionNames: RegionNames) throws(PantauError) -> DatasetComparison {
        var newKeys: Set<String> = []
        let summary = try DatasetDiff(old: old, new: new).run { change in
            guard change.table == "claims" else { return }
            switch change.kind {
            case .added:
                newKeys.insert(change.key)
            case .changed:
                if let type = change.fields.first(where: { $0.name == "type" }),
                   DatasetFacts.enforcementTypes.contains(type.new), !DatasetFacts.enforcementTypes.contains(type.old) {
                    newKeys.insert(change.key)
                }
            case .removed:
                break
            }
        }
        return DatasetComparison(summary: summary, old: try DatasetFacts.read(folder: old, regionNames: regionNames),
                                 new: try DatasetFacts.read(folder: new, regionNames: regionNames, newClaimKeys: newKeys))
    }
}
