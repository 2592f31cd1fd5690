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

    /// One record's rows for every table, rendered and in output order.
    struct Rows: Sendable {
        var documents: [DatasetSchema.Cell]
        var officials: [[DatasetSchema.Cell]]
        var regions: [[DatasetSchema.Cell]]
        var claims: [[DatasetSchema.Cell]]
        var jsonLine: [UInt8]

        /// Each row is made once: the JSONL line nests them in the record's order, the CSV and
        /// SQLite tables take them sorted by position.
        init(_ record: DocumentRecord) {
            documents = DatasetSchema.row(record)
            let officialRows = record.officials.map { DatasetSchema.row($0, docID: record.docID) }
            let regionRows = record.regions.map { DatasetSchema.row($0, docID: record.docID) }
            let claimRows = record.claims.map { DatasetSchema.row($0, docID: record.docID) }
            jsonLine = DatasetSchema.jsonLine(record, document: documents, officials: officialRows, regions: regionRows,
                                              claims: claimRows, newline: true)
            let o = record.officials, r = record.regions, c = record.claims
            officials = o.indices.sorted { (o[$0].start, o[$0].end, o[$0].officialID) < (o[$1].start, o[$1].end, o[$1].officialID) }
                .map { officialRows[$0] }
            regions = r.indices.sorted { (r[$0].start, r[$0].end) < (r[$1].start, r[$1].end) }.map { regionRows[$0] }
            claims = c.indices.sorted { (c[$0].start, c[$0].end, c[$0].claimID) < (c[$1].start, c[$1].end, c[$1].claimID) }
                .map { claimRows[$0] }
        }
    }

    /// Writes the dataset from records in doc_id order. `next` returns nil when done.
    /// `concurrent`: render records on this thread while another writes the files, for runs
    /// given more than one core; the bytes written are the same either way.
    public func write(nearDuplicates: [NearDuplicate], concurrent: Bool = false,
                      next: () throws(PantauError) -> DocumentRecord?) throws(PantauError) {
        guard concurrent else {
            try writeRows(nearDuplicates: nearDuplicates) { () throws(PantauError) in try next().map(Rows.init) }
            return
        }
        let channel = RowChannel<Rows>(capacity: 32)
        let finished = DispatchSemaphore(value: 0)
        let outcome = WriterOutcome()
        let thread = Thread { [self] in
            defer { finished.signal() }
            do throws(PantauError) {
                try writeRows(nearDuplicates: nearDuplicates) { () throws(PantauError) in channel.receive() }
            } catch {
                outcome.failure = error
                channel.cancel()
            }
        }
        thread.name = "pantau-writer"
        thread.start()
        var producerFailure: PantauError?
        do throws(PantauError) {
            while let record = try next() {
                guard channel.send(Rows(record)) else { break }
            }
        } catch {
            producerFailure = error
            channel.cancel()
        }
        channel.close()
        finished.wait()
        if let failure = producerFailure ?? outcome.failure { throw failure }
    }

    /// The writing thread's error, read after it has finished.
    private final class WriterOutcome: @unchecked Sendable {
        var failure: PantauError?
    }

    private func writeRows(nearDuplicates: [NearDuplicate], next: () throws(PantauError) -> Rows?) throws(PantauError) {
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
            while let rows = try next() {
                try emit(documents, rows.documents)
                for row in rows.officials { try emit(officials, row) }
                for row in rows.regions { try emit(regions, row) }
                for row in rows.claims { try emit(claims, row) }
                try jsonl.write(rows.jsonLine)
            }
            for pair in nearDuplicates {
                try emit(near, [.text(pair.docID), .text(pair.nearDuplicateOf), .int(pair.distance)])
            }
        }
        for file in [documents, officials, regions, claims, near] { try file.finish() }
        try jsonl.finish()
    }
}
