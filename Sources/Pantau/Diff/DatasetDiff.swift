import Foundation

/// One record that differs between two datasets.
public struct RecordChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public struct Field: Sendable, Equatable {
        public var name: String
        public var old: String
        public var new: String
    }
    public var table: String
    public var kind: Kind
    /// The record's stable key, e.g. "d1a2b…" or "d1a2b…/o3c4d…".
    public var key: String
    public var fields: [Field]
}

/// Counts of changed records per table.
public struct DiffSummary: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var added = 0, removed = 0, changed = 0
        public var total: Int { added + removed + changed }
    }
    /// Columns one dataset has and the other lacks (datasets written by different versions):
    /// they are left out of the comparison, and said so.
    public struct ColumnChange: Sendable, Equatable {
        public var table: String
        public var onlyOld: [String]
        public var onlyNew: [String]
    }
    public var tables: [(name: String, counts: Counts)] = []
    public var columns: [ColumnChange] = []
    public var isEqual: Bool { tables.allSatisfy { $0.counts.total == 0 } && columns.isEmpty }

    public static func == (a: DiffSummary, b: DiffSummary) -> Bool {
        a.tables.map(\.name) == b.tables.map(\.name) && a.tables.map(\.counts) == b.tables.map(\.counts) && a.columns == b.columns
    }
}

/// Compares two dataset folders table by table, keyed by stable ids.
///
/// Every table is sorted by doc_id, so both sides are read in step, one document's rows at a
/// time: memory stays flat however many documents the datasets hold.
public struct DatasetDiff: Sendable {
    struct TableKey: Sendable {
        var table: String
        var key: [String]
    }

    static let tables: [TableKey] = [
        TableKey(table: "documents", key: ["doc_id"]),
        TableKey(table: "officials", key: ["doc_id", "official_id"]),
        TableKey(table: "regions", key: ["doc_id", "start", "end"]),
        TableKey(table: "claims", key: ["doc_id", "claim_id"]),
        TableKey(table: "near_duplicates", key: ["doc_id", "near_duplicate_of"]),
    ]

    public let old: String
    public let new: String

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }

    public func run(_ emit: (RecordChange) -> Void) throws(PantauError) -> DiffSummary {
        for folder in [old, new] where !FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("documents.csv")) {
            throw .inputNotFound(path: (folder as NSString).appendingPathComponent("documents.csv"))
        }
        var summary = DiffSummary()
        for spec in Self.tables {
            let oldPath = (old as NSString).appendingPathComponent(spec.table + ".csv")
            let newPath = (new as NSString).appendingPathComponent(spec.table + ".csv")
            // A table one side lacks (an older dataset) is compared as empty.
            let hasOld = FileManager.default.fileExists(atPath: oldPath), hasNew = FileManager.default.fileExists(atPath: newPath)
            guard hasOld || hasNew else { continue }
            let counts = try compare(spec, oldPath: hasOld ? oldPath : nil, newPath: hasNew ? newPath : nil, summary: &summary, emit)
            summary.tables.append((spec.table, counts))
        }
        return summary
    }

    private func compare(_ spec: TableKey, oldPath: String?, newPath: String?, summary: inout DiffSummary,
                         _ emit: (RecordChange) -> Void) throws(PantauError) -> DiffSummary.Counts {
        let left = try oldPath.map { path throws(PantauError) in try GroupedRows(path: path) }
        let right = try newPath.map { path throws(PantauError) in try GroupedRows(path: path) }
        // Columns are matched by name: a dataset written by an older version may lack one
        // (claims.csv's `field`), and the columns both have are still compared.
        let oldHeader = left?.header ?? right?.header ?? [], newHeader = right?.header ?? left?.header ?? []
        let header = newHeader.filter(oldHeader.contains)
        if oldHeader != newHeader {
            summary.columns.append(DiffSummary.ColumnChange(table: spec.table, onlyOld: oldHeader.filter { !newHeader.contains($0) },
                                                            onlyNew: newHeader.filter { !oldHeader.contains($0) }))
        }
        for column in spec.key where !header.contains(column) {
            throw .usage("\(spec.table).csv lacks its key column \(column) in \(oldHeader.contains(column) ? new : old)")
        }
        let oldIndexes = header.compactMap { oldHeader.firstIndex(of: $0) }, newIndexes = header.compactMap { newHeader.firstIndex(of: $0) }
        func values(_ row: [String], _ indexes: [Int]) -> [String] { indexes.map { $0 < row.count ? row[$0] : "" } }
        let keyIndexes = spec.key.compactMap { header.firstIndex(of: $0) }
        func key(_ row: [String]) -> String { keyIndexes.map { $0 < row.count ? row[$0] : "" }.joined(separator: "/") }

        var counts = DiffSummary.Counts()
        var leftGroup = left?.nextGroup(), rightGroup = right?.nextGroup()
        while leftGroup != nil || rightGroup != nil {
            var oldRows: [[String]] = [], newRows: [[String]] = []
            let takeLeft: Bool, takeRight: Bool
            switch (leftGroup?.docID, rightGroup?.docID) {
            case let (l?, r?): takeLeft = l <= r; takeRight = r <= l
            case (_?, nil): takeLeft = true; takeRight = false
            default: takeLeft = false; takeRight = true
            }
            if takeLeft {
                oldRows = leftGroup?.rows ?? []
                leftGroup = left?.nextGroup()
            }
            if takeRight {
                newRows = rightGroup?.rows ?? []
                rightGroup = right?.nextGroup()
            }
            var oldByKey: [String: [String]] = [:]
            for row in oldRows.map({ values($0, oldIndexes) }) { oldByKey[key(row)] = row }
            for row in newRows.map({ values($0, newIndexes) }) {
                let k = key(row)
                if let before = oldByKey.removeValue(forKey: k) {
                    let fields = zip(header, zip(before, row)).filter { $0.1.0 != $0.1.1 }.map { RecordChange.Field(name: $0.0, old: $0.1.0, new: $0.1.1) }
                    if !fields.isEmpty {
                        counts.changed += 1
                        emit(RecordChange(table: spec.table, kind: .changed, key: k, fields: fields))
                    }
                } else {
                    counts.added += 1
                    emit(RecordChange(table: spec.table, kind: .added, key: k, fields: []))
                }
            }
            for k in oldByKey.keys.sorted() {
                counts.removed += 1
                emit(RecordChange(table: spec.table, kind: .removed, key: k, fields: []))
            }
        }
        return counts
    }
}

/// A CSV file read one doc_id group at a time (the first column is doc_id, rows sorted by it).
final class GroupedRows {
    let header: [String]
    private let reader: CSVReader
    private var pending: [String]?

    init(path: String) throws(PantauError) {
        reader = try CSVReader(path: path)
        header = reader.next() ?? []
        pending = reader.next()
    }

    func nextGroup() -> (docID: String, rows: [[String]])? {
        guard let first = pending, let docID = first.first else { return nil }
        var rows = [first]
        pending = nil
        while let row = reader.next() {
            if row.first == docID { rows.append(row) } else { pending = row; break }
        }
        return (docID, rows)
    }
}
