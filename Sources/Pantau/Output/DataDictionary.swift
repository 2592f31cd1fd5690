/// The data dictionary: what each CSV column means, its type, its constraints, and each table's
/// keys. The single source of the README's column tables (a test holds them equal) and of
/// datapackage.json, so the two cannot tell researchers different things.
///
/// Value lists come from the code's own enums (`DocumentStatus`, `ClaimType`, `Region.Level`,
/// attribution kinds): a new value there shows up in both without an edit here, except its
/// meaning, which `statusMeanings` must give (a test checks that every status has one).
public enum DataDictionary {
    public enum FieldType: String, Sendable { case string, integer }

    /// One column as Table Schema describes it.
    public struct Field: Sendable {
        public var name: String
        public var type: FieldType = .string
        public var required = false
        public var values: [String]? = nil
        public var pattern: String? = nil
        public var minimum: Int? = nil
        public var maximum: Int? = nil
    }

    /// One row of the README's table: one column, or two documented together ("start, end").
    public struct Entry: Sendable {
        public var fields: [Field]
        public var meaning: String
    }

    public struct ForeignKey: Sendable {
        public var fields: [String]
        public var resource: String
        public var referencedFields: [String]
    }

    public struct Table: Sendable {
        public var schema: DatasetSchema.Table
        /// What one row is, for datapackage.json.
        public var rowMeaning: String
        public var entries: [Entry]
        public var primaryKey: [String]
        public var foreignKeys: [ForeignKey] = []

        public var name: String { schema.name }
        public var fields: [Field] { entries.flatMap(\.fields) }

        /// The column's meaning (shared by the columns of one entry).
        public func meaning(of column: String) -> String? {
            entries.first { $0.fields.contains { $0.name == column } }?.meaning
        }
    }

    // MARK: value lists, from the code

    /// Why a status is given, shown after its value; `ok` needs none.
    public static let statusMeanings: [String: String] = [
        "teaser": "a feed item with only a teaser: extracted, `error` says `feed item with only a teaser (N chars)`",
        "empty": "no main text",
        "duplicate": "same content as an earlier input",
        "unsupported": "not HTML, text or a feed, or a listing page: `listing page (N article links)`",
        "error": "could not be read or processed",
    ]

    public static var statuses: [String] { DocumentStatus.allCases.map(\.rawValue) }
    public static var claimTypes: [String] { ClaimType.allCases.map(\.rawValue) }
    public static var claimFields: [String] { ClaimField.allCases.map(\.rawValue) }
    public static var levels: [String] { Region.Level.allCases.map(\.rawValue) }
    public static var attributions: [String] { attributionKinds.map(\.rawValue) }

    static let attributionKinds: [Attribution.Kind] = [.direct, .indirect, .none]
    /// Does not compile when a kind is added to `Attribution.Kind` until it is listed above.
    private static func listed(_ kind: Attribution.Kind) {
        switch kind { case .direct, .indirect, .none: break }
    }

    // MARK: patterns

    static func idPattern(_ prefix: String) -> String { "^\(prefix)[0-9a-f]{16}$" }
    /// Kemendagri codes: `NN` province, `NN.NN` regency or city, `NN.NN.NN` district.
    public static let regionCodePattern = "^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2})?)?$"
    public static let provinceCodePattern = "^[0-9]{2}$"
    /// A date, or a date-time with an optional zone (what the date normaliser writes).
    public static let publishedPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?)?$"
    static var labelsPattern: String {
        let type = "(" + claimTypes.joined(separator: "|") + ")"
        return "^\(type)(;\(type))*$"
    }

    // MARK: helpers for the meanings

    static func code(_ value: String) -> String { "`\(value)`" }

    /// "`a`, `b` or `c`".
    static func alternatives(_ values: [String]) -> String {
        let coded = values.map(code)
        guard coded.count > 1, let last = coded.last else { return coded.joined() }
        return coded.dropLast().joined(separator: ", ") + " or " + last
    }

    static var statusMeaning: String {
        statuses.map { status in statusMeanings[status].map { "\(code(status)) (\($0))" } ?? code(status) }.joined(separator: ", ")
    }

    static func text(_ name: String, required: Bool = false, pattern: String? = nil, values: [String]? = nil) -> Field {
        Field(name: name, required: required, values: values, pattern: pattern)
    }

    static func count(_ name: String, minimum: Int = 0, maximum: Int? = nil) -> Field {
        Field(name: name, type: .integer, required: true, minimum: minimum, maximum: maximum)
    }

    static let docID = Entry(fields: [text("doc_id", required: true, pattern: idPattern("d"))], meaning: "the document")
    static let span = Entry(fields: [count("start"), count("end")], meaning: "")

    // MARK: the tables

    public static let documents = Table(
        schema: DatasetSchema.documents, rowMeaning: "One row per input file, JSONL record or feed item.",
        entries: [
            Entry(fields: [text("doc_id", required: true, pattern: idPattern("d"))],
                  meaning: "stable id: `d` + 16 hex digits of SHA-256 of the canonical URL (lower-cased scheme and host, no fragment, no `utm_*`, no trailing slash) when the page or scraper gives one, else of the source path. Two inputs with the same URL: the later one's id also hashes its source."),
            Entry(fields: [text("source", required: true)],
                  meaning: "path relative to the input root; `file.jsonl#N` for line N of a JSONL file, `feed.xml#N` for item N of a feed, `stdin#N` for line N of standard input"),
            Entry(fields: [text("url")], meaning: "canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD), else the scraper's `url`; a feed item's link"),
            Entry(fields: [text("site")], meaning: "`og:site_name` or the publisher, else the URL's host"),
            Entry(fields: [text("title")], meaning: "headline without the site suffix"),
            Entry(fields: [text("author")], meaning: "byline (meta author, JSON-LD, \"Oleh :\", \"Penulis:\", \"By\", \"Reporter:\")"),
            Entry(fields: [text("published", pattern: publishedPattern)],
                  meaning: "publication date-time, ISO 8601, with offset when the page gives a zone (WIB +07:00, WITA +08:00, WIT +09:00); a feed item's `pubDate` or `dc:date`"),
            Entry(fields: [text("language")],
                  meaning: "`id`, `en` or `other`, by the share of each language's function words; a text with too few of them (a one-line note, a headline) is `id` when at least a quarter of its words are Indonesian function words, Indonesian vocabulary (`language-id.tsv`), names of provinces, regencies or cities, or Indonesian word shapes (meng-, di-...-kan, ke-...-an), else `other`. Only `id` documents are extracted; the others are counted as `not_indonesian` in `run.json` and on the summary line"),
            Entry(fields: [text("status", required: true, values: statuses)], meaning: statusMeaning),
            Entry(fields: [text("error")], meaning: "why, in words, when status is not `ok`"),
            Entry(fields: [count("chars")], meaning: "code points in the main text"),
            Entry(fields: [count("words")], meaning: "tokens that are not punctuation"),
            Entry(fields: [count("sentences")], meaning: "sentences in the main text"),
            Entry(fields: [text("content_sha256", pattern: "^[0-9a-f]{64}$")],
                  meaning: "SHA-256 of the input's bytes (JSONL: of the record's payload; a feed item: of its link, title, date, author and text as the feed gives them); changes when the content does"),
        ],
        primaryKey: ["doc_id"])

    public static let officials = Table(
        schema: DatasetSchema.officials, rowMeaning: "One row per named official per document (GUIDE.md \"Officials\").",
        entries: [
            docID,
            Entry(fields: [text("official_id", required: true, pattern: idPattern("o"))],
                  meaning: "`o` + 16 hex digits of SHA-256 of the folded name and the position's region code: the same person in the same region's position has the same id in every document and run"),
            Entry(fields: [text("name", required: true)], meaning: "the personal name alone, without honorifics, ranks or degrees"),
            Entry(fields: [text("titles")], meaning: "honorifics, ranks and degrees in order (`Komjen Pol;(P);Drs.;A.S.;M.M.`)"),
            Entry(fields: [text("role")], meaning: "canonical position: Gubernur, Bupati, Wali Kota, Ketua, Anggota, Kepala, Menteri, Camat, Kapolres, Dandim, Calon Bupati, ...; the head of a unit keeps the unit's name (`Kepala Bidang Humas`, `Asisten Pemerintahan`, `Kasat Reskrim`); a member heading an election body's division (Koordinator Divisi, Komisioner) is `Anggota`"),
            Entry(fields: [text("qualifier")], meaning: "`Pj`, `Plt`, `Plh` or empty"),
            Entry(fields: [text("institution")], meaning: "Bawaslu, KPU, DPRD, BKN, Kementerian PANRB, Dinas Pendidikan, ... or empty for a head of region"),
            Entry(fields: [text("region_code", pattern: regionCodePattern)],
                  meaning: "Kemendagri code of the position's region; empty for a national position"),
            Entry(fields: [text("region_name")], meaning: "official name of that region"),
            Entry(fields: [count("mentions", minimum: 1)], meaning: "how often the document mentions the person (full name, surname, role alone)"),
            Entry(fields: span.fields, meaning: "the first mention's span"),
            Entry(fields: [text("rule")], meaning: "id of the pattern that found the official: `official.role-name` (the position, then the name), `official.name-role` (\"NAME, ROLE\" or \"NAME ketua ...\"), `official.selaku` (\"NAME selaku ROLE\"), `official.candidate-pair` (a pair after \"paslon\", \"pasangan calon\" or \"Capres\": head, then deputy)"),
        ],
        primaryKey: ["doc_id", "official_id"],
        foreignKeys: [ForeignKey(fields: ["doc_id"], resource: "documents", referencedFields: ["doc_id"])])

    public static let regions = Table(
        schema: DatasetSchema.regions, rowMeaning: "One row per region mention (GUIDE.md \"Regions\").",
        entries: [
            docID,
            Entry(fields: [text("region_code", required: true, pattern: regionCodePattern)],
                  meaning: "Kemendagri code: `NN` province, `NN.NN` kabupaten/kota, `NN.NN.NN` kecamatan"),
            Entry(fields: [text("region_name")], meaning: "official name (`Kabupaten Sikka`, `Kota Pangkal Pinang`)"),
            Entry(fields: [text("level", required: true, values: levels)], meaning: alternatives(levels)),
            Entry(fields: [text("province_code", required: true, pattern: provinceCodePattern)], meaning: "the province's code"),
            Entry(fields: [text("surface")], meaning: "the words as written (`Pemkab Sikka`, `Jateng`, `Kupang`)"),
            Entry(fields: span.fields, meaning: "span of `surface`"),
            Entry(fields: [text("rule")],
                  meaning: "`region.prefixed` (with its level or institution word), `region.kecamatan` (\"Kecamatan X\", \"Distrik X\"), `region.alias` (an abbreviation or variant), `region.cued` (after a role word: \"Bupati Kupang\"), `region.bare` (a bare name with one reading), `region.bare.context` (several readings, decided by the document's other mentions), `region.bare.default` (several readings, no context: the regency or province), `region.dateline` (several readings, opening a dateline \"JAMBI –\", \"Kupang (ANTARA) -\": the city, unless the document names another reading), `region.district` (a bare kecamatan whose regency or city is named)"),
        ],
        primaryKey: ["doc_id", "start", "end"],
        foreignKeys: [ForeignKey(fields: ["doc_id"], resource: "documents", referencedFields: ["doc_id"])])

    public static let claims = Table(
        schema: DatasetSchema.claims, rowMeaning: "One row per neutrality claim (GUIDE.md \"Neutrality claims\").",
        entries: [
            docID,
            Entry(fields: [text("claim_id", required: true, pattern: idPattern("c"))],
                  meaning: "`c` + 16 hex digits of SHA-256 of doc_id, the folded sentence and its occurrence: stable while the sentence is"),
            Entry(fields: [text("type", required: true, values: claimTypes)],
                  meaning: alternatives(claimTypes) + " (the most specific that fits, in that order)"),
            Entry(fields: [text("labels", required: true, pattern: labelsPattern)], meaning: "every type that fits"),
            Entry(fields: [text("subject")], meaning: "`ASN` (with PNS, PPPK, honorer), `TNI`, `Polri` or `Kepala Desa`"),
            Entry(fields: [text("speaker")],
                  meaning: "the official the sentence is attributed to, as in officials.csv `name`; empty for the author's voice"),
            Entry(fields: [text("speaker_official_id", pattern: idPattern("o"))],
                  meaning: "that official's `official_id`: the officials.csv row with this doc_id and official_id"),
            Entry(fields: [text("attribution", required: true, values: attributions)],
                  meaning: "`direct` (a quote), `indirect` (reported speech) or `none`"),
            Entry(fields: [text("region_code", pattern: regionCodePattern)],
                  meaning: "the speaker's region, else a region in the sentence, else the document's most mentioned region"),
            Entry(fields: [text("field", required: true, values: claimFields)],
                  meaning: "`text` when the sentence is in the main text, `title` when it is the headline (\"Pj Bupati Beri Peringatan ASN Jaga Netralitas\"); headline claims come first"),
            Entry(fields: span.fields, meaning: "span of the sentence in that field"),
            Entry(fields: [text("rule")], meaning: "id of the rule that gave the type (see `pantau explain`)"),
            Entry(fields: [text("text", required: true)], meaning: "the sentence"),
        ],
        primaryKey: ["claim_id"],
        // officials.csv has one row per person and document, so the key that names a row is
        // (doc_id, official_id). Table Schema validators check a composite key even when one
        // of its parts is empty (a claim in the author's voice), so the package declares the
        // single-column reference, which holds for every named speaker; the test of the
        // package checks the (doc_id, speaker_official_id) pairs as well.
        foreignKeys: [ForeignKey(fields: ["doc_id"], resource: "documents", referencedFields: ["doc_id"]),
                      ForeignKey(fields: ["speaker_official_id"], resource: "officials", referencedFields: ["official_id"])])

    public static let nearDuplicates = Table(
        schema: DatasetWriter.nearDuplicates,
        rowMeaning: "Syndicated stories: the same text under different page furniture on two portals, one row per later copy; documents with status `ok` are compared (not teasers).",
        entries: [
            Entry(fields: [text("doc_id", required: true, pattern: idPattern("d"))], meaning: "the later document (in input path order)"),
            Entry(fields: [text("near_duplicate_of", required: true, pattern: idPattern("d"))], meaning: "the earlier one"),
            Entry(fields: [count("distance", maximum: RunIndex.nearDuplicateDistance)],
                  meaning: "differing bits of the two texts' 64-bit SimHash over word 4-shingles (at most \(RunIndex.nearDuplicateDistance))"),
        ],
        primaryKey: ["doc_id"],
        foreignKeys: [ForeignKey(fields: ["doc_id"], resource: "documents", referencedFields: ["doc_id"]),
                      ForeignKey(fields: ["near_duplicate_of"], resource: "documents", referencedFields: ["doc_id"])])

    /// Every CSV of the dataset, in the order of the README.
    public static let tables: [Table] = [documents, officials, regions, claims, nearDuplicates]

    /// The README's table of one CSV's columns.
    public static func markdown(_ table: Table) -> String {
        var lines = ["| column | meaning |", "|---|---|"]
        for entry in table.entries {
            lines.append("| \(entry.fields.map(\.name).joined(separator: ", ")) | \(entry.meaning) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
