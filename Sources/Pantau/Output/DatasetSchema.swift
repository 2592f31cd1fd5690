/// The dataset contract in one place: every table's columns and how a record fills them.
/// CSV, JSONL and SQLite all write from here, so they cannot drift apart.
public enum DatasetSchema {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case int(Int)
        /// Written `;`-separated in CSV, as an array in JSON.
        case list([String])

        public var csv: String {
            switch self {
            case .text(let s): return s
            case .int(let i): return String(i)
            case .list(let l): return l.joined(separator: ";")
            }
        }
    }

    public struct Table: Sendable {
        public let name: String
        public let columns: [String]
    }

    public static let documents = Table(name: "documents", columns: [
        "doc_id", "source", "url", "site", "title", "author", "published", "language", "status", "error",
        "chars", "words", "sentences", "content_sha256",
    ])
    public static let officials = Table(name: "officials", columns: [
        "doc_id", "official_id", "name", "titles", "role", "qualifier", "institution", "region_code", "region_name",
        "mentions", "start", "end", "rule",
    ])
    public static let regions = Table(name: "regions", columns: [
        "doc_id", "region_code", "region_name", "level", "province_code", "surface", "start", "end", "rule",
    ])
    public static let claims = Table(name: "claims", columns: [
        "doc_id", "claim_id", "type", "labels", "subject", "speaker", "speaker_official_id", "attribution",
        "region_code", "field", "start", "end", "rule", "text",
    ])

    public static func row(_ d: DocumentRecord) -> [Cell] {
        [.text(d.docID), .text(d.source), .text(d.url), .text(d.site), .text(d.title), .text(d.author), .text(d.published),
         .text(d.language), .text(d.status.rawValue), .text(d.error), .int(d.chars), .int(d.words), .int(d.sentences),
         .text(d.contentSHA256)]
    }

    public static func row(_ o: Official, docID: String) -> [Cell] {
        [.text(docID), .text(o.officialID), .text(o.name), .list(o.titles), .text(o.role), .text(o.qualifier), .text(o.institution),
         .text(o.regionCode), .text(o.regionName), .int(o.mentions), .int(o.start), .int(o.end), .text(o.rule)]
    }

    public static func row(_ r: RegionMention, docID: String) -> [Cell] {
        [.text(docID), .text(r.regionCode), .text(r.regionName), .text(r.level), .text(r.provinceCode), .text(r.surface),
         .int(r.start), .int(r.end), .text(r.rule)]
    }

    public static func row(_ c: Claim, docID: String) -> [Cell] {
        [.text(docID), .text(c.claimID), .text(c.type.rawValue), .list(c.labels.map(\.rawValue)), .text(c.subject), .text(c.speaker),
         .text(c.speakerOfficialID), .text(c.attribution), .text(c.regionCode), .text(c.field.rawValue), .int(c.start), .int(c.end), .text(c.rule), .text(c.text)]
    }

    /// A row as a JSON object with the table's column names as keys; `withoutDocID` leaves out
    /// the first column (doc_id) for records nested in their document's line.
    static func json(_ table: Table, _ cells: [Cell], withoutDocID: Bool = false) -> JSONObjectWriter {
        var writer = JSONObjectWriter()
        for (index, (column, cell)) in zip(table.columns, cells).enumerated() where !(withoutDocID && index == 0) {
            switch cell {
            case .text(let s): writer.string(column, s)
            case .int(let i): writer.int(column, i)
            case .list(let l): writer.strings(column, l)
            }
        }
        return writer
    }

    /// The documents.jsonl line of a record from its rows, nested records in the record's order.
    static func jsonLine(_ record: DocumentRecord, document: [Cell], officials officialRows: [[Cell]], regions regionRows: [[Cell]],
                         claims claimRows: [[Cell]], newline: Bool) -> [UInt8] {
        var writer = json(documents, document)
        writer.string("text", record.text)
        writer.array("officials", officialRows.map { json(officials, $0, withoutDocID: true).finished() })
        writer.array("regions", regionRows.map { json(regions, $0, withoutDocID: true).finished() })
        writer.array("claims", claimRows.map { json(claims, $0, withoutDocID: true).finished() })
        return writer.finished(newline: newline)
    }

    /// The documents.jsonl line of a record: its columns, `text`, and nested records.
    public static func jsonLine(_ record: DocumentRecord) -> [UInt8] {
        jsonLine(record, document: row(record), officials: record.officials.map { row($0, docID: record.docID) },
                 regions: record.regions.map { row($0, docID: record.docID) }, claims: record.claims.map { row($0, docID: record.docID) },
                 newline: false)
    }
}
