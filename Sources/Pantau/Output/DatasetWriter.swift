import Foundation
import GRDB

/// Writes every dataset file into a folder (the run's staging folder) from records that
/// arrive one at a time in doc_id order: CSV, JSONL and SQLite in one pass, nothing held.
public struct DatasetWriter: Sendable {
    public let directory: String
    public let safeCSV: Bool

    public static let nearDuplicates = DatasetSchema.Table(name: "near_duplicates", columns: ["doc_id", "near_duplicate_of", "distance"])
    public static let files = ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "near_duplicates.csv",
                               "documents.jsonl", SQLiteWriter.fileName, "run.json", DataPackage.fileName, DatasetReport.fileName]

    public init(directory: String, safeCSV: Bool) {
        self.directory = directory
        self.safeCSV = safeCSV
    }

    /// One open CSV file: its header, then rendered lines as they come.
    final class CSVFile {
        let table: DatasetSchema.Table
        let file: BufferedFile
        init(_ table: DatasetSchema.Table, directory: String, safe: Bool) throws(PantauError) {
            self.table = table
            file = try BufferedFile(path: (directory as NSString).appendingPathComponent(table.name + ".csv"))
            try file.write(CSVWriter(header: table.columns, safe: safe).bytes)
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
            // The headline's claims first, then the main text's in reading order.
            func order(_ i: Int) -> (Int, Int, Int, String) { (c[i].field == .title ? 0 : 1, c[i].start, c[i].end, c[i].claimID) }
            claims = c.indices.sorted { order($0) < order($1) }.map { claimRows[$0] }
        }
    }

    /// Writes the dataset from records in doc_id order. `next` returns nil when done.
    public func write(nearDuplicates: [NearDuplicate], concurrent: Bool = false,
                      next: () throws(PantauError) -> DocumentRecord?) throws(PantauError) {
        let safe = safeCSV
        try write(nearDuplicates: nearDuplicates, concurrent: concurrent) { () throws(PantauError) in
            try next().map { RenderedRows.render($0, safeCSV: safe) }
        }
    }

    /// Writes the dataset from rendered records in doc_id order, each rendered with this
    /// writer's `safeCSV`. `concurrent`: fill pantau.sqlite on a second thread while this one
    /// takes records and writes the CSV and JSONL files, for runs given more than one core;
    /// the bytes written are the same either way.
    public func write(nearDuplicates: [NearDuplicate], concurrent: Bool = false,
                      rendered next: () throws(PantauError) -> RenderedRows?) throws(PantauError) {
        let pairs = RenderedRows.render(rows: nearDuplicates.map { [.text($0.docID), .text($0.nearDuplicateOf), .int($0.distance)] },
                                        safeCSV: safeCSV)
        let files = try TextFiles(directory: directory, safeCSV: safeCSV)
        guard concurrent else {
            try fillDatabase(pairs: pairs) { () throws(PantauError) -> RenderedRows? in
                guard let rows = try next() else { return nil }
                try files.write(rows)
                return rows
            }
            try files.finish(pairs: pairs)
            return
        }
        let channel = RowChannel<RenderedRows>(capacity: 32)
        let finished = DispatchSemaphore(value: 0)
        let outcome = WriterOutcome()
        let thread = Thread { [self] in
            defer { finished.signal() }
            do throws(PantauError) {
                try fillDatabase(pairs: pairs) { () throws(PantauError) in channel.receive() }
            } catch {
                outcome.failure = error
                channel.cancel()
            }
        }
        thread.name = "pantau-sqlite"
        thread.start()
        var producerFailure: PantauError?
        do throws(PantauError) {
            while let rows = try next() {
                try files.write(rows)
                guard channel.send(rows) else { break }
            }
        } catch {
            producerFailure = error
            channel.cancel()
        }
        channel.close()
        finished.wait()
        if let failure = producerFailure ?? outcome.failure { throw failure }
        try files.finish(pairs: pairs)
    }

    /// The writing thread's error, read after it has finished.
    private final class WriterOutcome: @unchecked Sendable {
        var failure: PantauError?
    }

    static func damaged(_ path: String) -> PantauError {
        .outputNotWritable(path: path, reason: "a spooled record's rendered rows are damaged")
    }

    /// pantau.sqlite, filled in one transaction from every record's cells, then the pairs.
    private func fillDatabase(pairs: RenderedRows, next: () throws(PantauError) -> RenderedRows?) throws(PantauError) {
        let path = (directory as NSString).appendingPathComponent(SQLiteWriter.fileName)
        let sqlite = try SQLiteWriter(path: path)
        try sqlite.write(RenderedRows.tables + [Self.nearDuplicates]) { inserter in
            while let rows = try next() {
                guard let layout = rows.recordLayout() else { throw Self.damaged(path) }
                var reader = RenderedRows.Reader(bytes: rows.bytes, position: layout.cells)
                for (index, table) in RenderedRows.tables.enumerated() {
                    try inserter.insert(table, rows: layout.rowCounts[index], from: &reader)
                }
            }
            guard let layout = pairs.tableLayout() else { throw Self.damaged(path) }
            var reader = RenderedRows.Reader(bytes: pairs.bytes, position: layout.cells)
            try inserter.insert(Self.nearDuplicates, rows: layout.rowCounts[0], from: &reader)
        }
    }

    /// The CSV files and documents.jsonl, written from records' rendered bytes.
    private final class TextFiles {
        let directory: String
        let csvFiles: [CSVFile]
        let near: CSVFile
        let jsonl: BufferedFile

        init(directory: String, safeCSV: Bool) throws(PantauError) {
            self.directory = directory
            csvFiles = try RenderedRows.tables.map { table throws(PantauError) in try CSVFile(table, directory: directory, safe: safeCSV) }
            near = try CSVFile(DatasetWriter.nearDuplicates, directory: directory, safe: safeCSV)
            jsonl = try BufferedFile(path: (directory as NSString).appendingPathComponent("documents.jsonl"))
        }

        func write(_ rows: RenderedRows) throws(PantauError) {
            guard let layout = rows.recordLayout() else { throw DatasetWriter.damaged(jsonl.path) }
            try jsonl.write(rows.bytes[layout.jsonLine])
            for (index, file) in csvFiles.enumerated() { try file.file.write(rows.bytes[layout.csv[index]]) }
        }

        func finish(pairs: RenderedRows) throws(PantauError) {
            guard let layout = pairs.tableLayout() else { throw DatasetWriter.damaged(near.file.path) }
            try near.file.write(pairs.bytes[layout.csv[0]])
            for file in csvFiles + [near] { try file.file.finish() }
            try jsonl.finish()
        }
    }
}
