import Foundation

/// Writes the dataset files into a fresh folder beside the output and moves it into place
/// only when every file is written and synced, so readers never see a half-written dataset.
public struct DatasetWriter: Sendable {
    public let directory: String
    public let safeCSV: Bool

    public static let files = ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "documents.jsonl", "run.json"]

    public init(directory: String, safeCSV: Bool) {
        self.directory = directory
        self.safeCSV = safeCSV
    }

    public func write(_ records: [DocumentRecord], manifest: RunManifest) throws(PantauError) {
        var documents = CSVWriter(header: DatasetSchema.documents.columns, safe: safeCSV)
        var officials = CSVWriter(header: DatasetSchema.officials.columns, safe: safeCSV)
        var regions = CSVWriter(header: DatasetSchema.regions.columns, safe: safeCSV)
        var claims = CSVWriter(header: DatasetSchema.claims.columns, safe: safeCSV)
        var jsonl: [UInt8] = []
        for record in records {
            documents.appendRow(DatasetSchema.row(record).map(\.csv))
            for official in record.officials.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                officials.appendRow(DatasetSchema.row(official, docID: record.docID).map(\.csv))
            }
            for region in record.regions.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                regions.appendRow(DatasetSchema.row(region, docID: record.docID).map(\.csv))
            }
            for claim in record.claims.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                claims.appendRow(DatasetSchema.row(claim, docID: record.docID).map(\.csv))
            }
            jsonl.append(contentsOf: DatasetSchema.jsonLine(record))
            jsonl.append(0x0A)
        }
        let contents: [(String, [UInt8])] = [
            ("documents.csv", documents.bytes), ("officials.csv", officials.bytes), ("regions.csv", regions.bytes),
            ("claims.csv", claims.bytes), ("documents.jsonl", jsonl), ("run.json", manifest.json()),
        ]
        try AtomicDirectory(path: directory).replace(with: contents)
    }
}
