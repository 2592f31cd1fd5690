import Foundation
import GRDB
import GRDBSQLite

/// Writes pantau.sqlite: the four tables with the CSVs' columns, keys, indexes and a view
/// joining claims to their documents and speakers. Rows go in sorted order, so the same
/// input gives the same table contents.
final class SQLiteWriter {
    static let fileName = "pantau.sqlite"

    /// Primary keys: stable ids where a table has them, spans where it does not.
    static let primaryKeys: [String: [String]] = [
        "documents": ["doc_id"],
        "officials": ["doc_id", "official_id"],
        "regions": ["doc_id", "start", "end"],
        "claims": ["claim_id"],
        "near_duplicates": ["doc_id", "near_duplicate_of"],
    ]
    static let indexes: [(table: String, column: String)] = [
        ("officials", "doc_id"), ("officials", "official_id"), ("officials", "region_code"),
        ("regions", "doc_id"), ("regions", "region_code"),
        ("claims", "doc_id"), ("claims", "type"), ("claims", "region_code"), ("claims", "speaker_official_id"),
    ]

    let path: String
    private let queue: DatabaseQueue

    /// Adds rows inside the one transaction of `write`.
    ///
    /// Cells are bound straight from their packed bytes to the prepared statement with
    /// SQLite's C calls: every row of the dataset passes here, and building GRDB's argument
    /// values for it cost more than SQLite's own insert.
    struct Inserter {
        let statements: [String: Statement]
        /// The database file, for error messages.
        let path: String

        /// Inserts `rows` rows of `table` from packed cells, advancing the reader past them.
        func insert(_ table: DatasetSchema.Table, rows: Int, from reader: inout RenderedRows.Reader) throws {
            guard let statement = statements[table.name] else { return }
            let handle = statement.sqliteStatement
            for _ in 0..<rows {
                sqlite3_reset(handle)
                for index in table.columns.indices {
                    let position = Int32(index + 1)
                    let code: Int32
                    switch reader.cell() {
                    case .int(let value)?:
                        code = sqlite3_bind_int64(handle, position, value)
                    case .text(let range)?:
                        code = reader.bytes.withUnsafeBufferPointer { buffer in
                            // An empty cell still needs an address for a non-NULL value.
                            guard let base = buffer.baseAddress, !range.isEmpty else {
                                return sqlite3_bind_text(handle, position, "", 0, Self.transient)
                            }
                            return (base + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) {
                                sqlite3_bind_text(handle, position, $0, Int32(range.count), Self.transient)
                            }
                        }
                    case nil:
                        throw PantauError.outputNotWritable(path: path, reason: "SQLite: a spooled \(table.name) row is damaged")
                    }
                    guard code == SQLITE_OK else { throw error(handle, table) }
                }
                guard sqlite3_step(handle) == SQLITE_DONE else { throw error(handle, table) }
            }
        }

        /// SQLite copies the bytes (SQLITE_TRANSIENT, which Swift does not import as a macro).
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        private func error(_ handle: OpaquePointer, _ table: DatasetSchema.Table) -> PantauError {
            let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "unknown error"
            return .outputNotWritable(path: path, reason: "SQLite: inserting into \(table.name): \(message)")
        }
    }

    init(path: String) throws(PantauError) {
        self.path = path
        try? FileManager.default.removeItem(atPath: path)
        do {
            queue = try DatabaseQueue(path: path)
        } catch {
            throw Self.failure(path, error)
        }
    }

    /// Creates the tables, lets `body` insert every row in one transaction, then adds the
    /// indexes and the view, commits, and syncs the file.
    func write(_ tables: [DatasetSchema.Table], body: (Inserter) throws -> Void) throws(PantauError) {
        do {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF")
                try db.execute(sql: "PRAGMA synchronous = OFF")
            }
            try queue.write { db in
                var statements: [String: Statement] = [:]
                for table in tables {
                    try db.execute(sql: Self.createSQL(table))
                    let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ",")
                    statements[table.name] = try db.makeStatement(sql: "INSERT INTO \(table.name) VALUES (\(placeholders))")
                }
                try body(Inserter(statements: statements, path: path))
                for (table, column) in Self.indexes {
                    try db.execute(sql: "CREATE INDEX \(table)_\(column) ON \(table)(\(Self.quoted(column)))")
                }
                try db.execute(sql: Self.claimsView)
            }
            try queue.close()
        } catch let error as PantauError {
            throw error
        } catch {
            throw Self.failure(path, error)
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 { _ = fsync(descriptor); close(descriptor) }
    }

    static func failure(_ path: String, _ error: Error) -> PantauError {
        if let database = error as? DatabaseError {
            return .outputNotWritable(path: path, reason: "SQLite: \(database.message ?? database.description)")
        }
        return .outputNotWritable(path: path, reason: "SQLite: \(error)")
    }

    static func createSQL(_ table: DatasetSchema.Table) -> String {
        let intColumns: Set<String> = ["chars", "words", "sentences", "mentions", "start", "end", "distance"]
        let columns = table.columns.map { column in
            "\(quoted(column)) \(intColumns.contains(column) ? "INTEGER" : "TEXT") NOT NULL"
        }
        let key = (primaryKeys[table.name] ?? []).map(quoted).joined(separator: ", ")
        return "CREATE TABLE \(table.name) (\(columns.joined(separator: ", "))\(key.isEmpty ? "" : ", PRIMARY KEY (\(key))"))"
    }

    static func quoted(_ column: String) -> String { "\"\(column)\"" }

    /// Each claim with its document's metadata and its speaker's position.
    static let claimsView = """
        CREATE VIEW claims_in_context AS
        SELECT c.*, d.title AS doc_title, d.url AS doc_url, d.site AS doc_site, d.published AS doc_published,
               o.role AS speaker_role, o.qualifier AS speaker_qualifier, o.institution AS speaker_institution,
               o.region_code AS speaker_region_code
        FROM claims c
        JOIN documents d ON d.doc_id = c.doc_id
        LEFT JOIN officials o ON o.doc_id = c.doc_id AND o.official_id = c.speaker_official_id
        """
}
