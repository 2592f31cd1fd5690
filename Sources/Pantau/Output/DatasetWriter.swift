import Foundation
import GRDB

/// Writes every dataset file into a folder (the run's staging folder) from records that
/// arrive one at a time in doc_id order: CSV, JSONL and SQLite in one pass, nothing held.
public struct DatasetWriter: Sendable {
    public let directory: String
    public let safeCSV: Bool

    public static let nearDuplicates = DatasetSchema.Table(name: "near_duplicates", columns: ["doc_id", "near_duplicate_of", "distance"])
    public static let files = ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "near_duplicates.csv",
                               "documents.jsonl", SQLiteWriter.fileName, "run.json"]

    public init(directory: String, safeCSV: Bool) {
        self.directory = directory
        self.safeCSV = safeCSV
    }

    /// One open CSV file with its encoder.
    final class CSVFile {
        let table: DatasetSchema.Table
        let file: BufferedFile
        var encoder: CSVWriter
        init(_ table: DatasetSchema.Table, directory: String, safe: Bool) throws(PantauError) {
            self.table = table
            file = try BufferedFile(path: (directory as NSString).appendingPathComponent(table.name + ".csv"))
            encoder = CSVWriter(header: table.columns, safe: safe)
        }
        func append(_ cells: [DatasetSchema.Cell]) throws(PantauError) {
            encoder.appendRow(cells.map(\.csv))
            if encoder.bytes.count >= 1 << 16 { try file.write(encoder.take()) }
        }
        func finish() throws(PantauError) {
            try file.write(encoder.take())
            try file.finish()
        }
    }

    /// Writes the dataset from records in doc_id order. `next` returns nil when done.
    public func write(nearDuplicates: [NearDuplicate], next: () throws(PantauError) -> DocumentRecord?) throws(PantauError) {
        let documents = try CSVFile(DatasetSchema.documents, directory: directory, safe: safeCSV)
        let officials = try CSVFile(DatasetSchema.officials, directory: directory, safe: safeCSV)
        let regions = try CSVFile(DatasetSchema.regions, directory: directory, safe: safeCSV)
        let claims = try CSVFile(DatasetSchema.claims, directory: directory, safe: safeCSV)
        let near = try CSVFile(Self.nearDuplicates, directory: directory, safe: safeCSV)
        let jsonl = try BufferedFile(path: (directory as NSString).appendingPathComponent("documents.jsonl"))
        let sqlite = try SQLiteWriter(path: (directory as NSString).appendingPathComponent(SQLiteWriter.fileName))
        let tables = [DatasetSchema.documents, DatasetSchema.officials, DatasetSchema.regions, DatasetSchema.claims, Self.nearDuplicates]
        try sqlite.write(tables) { inserter in
            func emit(_ file: CSVFile, _ cells: [DatasetSchema.Cell]) throws {
                try file.append(cells)
                try inserter.insert(file.table, cells)
            }
            while let record = try next() {
                try emit(documents, DatasetSchema.row(record))
                for official in record.officials.sorted(by: { ($0.start, $0.end, $0.officialID) < ($1.start, $1.end, $1.officialID) }) {
                    try emit(officials, DatasetSchema.row(official, docID: record.docID))
                }
                for region in record.regions.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                    try emit(regions, DatasetSchema.row(region, docID: record.docID))
                }
                for claim in record.claims.sorted(by: { ($0.start, $0.end, $0.claimID) < ($1.start, $1.end, $1.claimID) }) {
                    try emit(claims, DatasetSchema.row(claim, docID: record.docID))
                }
                try jsonl.write(DatasetSchema.jsonLine(record) + [0x0A])
            }
            for pair in nearDuplicates {
                try emit(near, [.text(pair.docID), .text(pair.nearDuplicateOf), .int(pair.distance)])
            }
        }
        for file in [documents, officials, regions, claims, near] { try file.finish() }
        try jsonl.finish()
    }
}
