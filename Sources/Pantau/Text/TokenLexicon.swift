/// The language knowledge the tokeniser and sentence splitter use, read from data files:
/// abbreviations.txt, abbreviations-terms.txt, clitic-exceptions.txt, and the month names and
/// time zones of dates.tsv, and the function words of stopwords-id.txt. All words go into one table, so a word is looked up once.
public struct TokenLexicon: Sendable {
    let words: WordTable

    /// A lexicon from word lists; `abbreviations` are all read as prefix abbreviations.
    /// `terms` maps a form to its role in abbreviations-terms.txt ("currency", "percent", ...).
    public init(abbreviations: Set<String>, suffixAbbreviations: Set<String> = [], terms: [String: String] = [:],
                months: Set<String> = [], zones: Set<String> = [], cliticExceptions: Set<String> = [],
                functionWords: Set<String> = []) {
        var words: [(String, WordRoles)] = []
        words += abbreviations.map { ($0, .prefixAbbreviation) }
        words += suffixAbbreviations.map { ($0, .suffixAbbreviation) }
        words += terms.compactMap { form, role in Self.termRoles[role].map { (form, $0) } }
        words += months.map { ($0, .month) }
        words += zones.map { ($0, .zone) }
        words += cliticExceptions.map { ($0, .cliticException) }
        words += functionWords.map { ($0, .functionWord) }
        self.words = WordTable(words)
    }

    static let termRoles: [String: WordRoles] = [
        "currency": .currency, "scale": .scale, "percent": .percent, "time": .timeCue, "acronym": .acronym, "domain": .domain,
    ]

    /// Reads the lexicon from its data files; a row with an unknown class or role is an error.
    public init(abbreviations: DataFile, terms: DataFile, cliticExceptions: DataFile,
                months: some Sequence<String>, zones: some Sequence<String>,
                functionWords: some Sequence<String>) throws(PantauError) {
        var prefix = Set<String>(), suffix = Set<String>()
        for (line, row) in abbreviations.numberedRows {
            guard let form = row.first, !form.isEmpty else { continue }
            switch row.count > 1 ? row[1] : "prefix" {
            case "prefix": prefix.insert(form)
            case "suffix": suffix.insert(form)
            default:
                throw .dataFileMalformed(file: abbreviations.name, line: line,
                                         reason: "class must be prefix or suffix, not \"\(row[1])\"")
            }
        }
        var termRoles: [String: String] = [:]
        for (line, row) in terms.numberedRows {
            guard row.count >= 2, Self.termRoles[row[1]] != nil else {
                throw .dataFileMalformed(file: terms.name, line: line,
                                         reason: "expected: form <TAB> one of \(Self.termRoles.keys.sorted().joined(separator: ", "))")
            }
            termRoles[row[0]] = row[1]
        }
        self.init(abbreviations: prefix, suffixAbbreviations: suffix, terms: termRoles, months: Set(months),
                  zones: Set(zones), cliticExceptions: Set(cliticExceptions.entries), functionWords: Set(functionWords))
    }
}
