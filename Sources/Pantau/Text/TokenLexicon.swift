/// The language knowledge the tokeniser and sentence splitter use, read from data files:
/// abbreviations.txt, abbreviations-terms.txt, clitic-exceptions.txt, and the month names and
/// time zones of dates.tsv.
public struct TokenLexicon: Sendable {
    /// Abbreviations whose period never ends a sentence ("Dr.", "Kab.", "No.").
    var prefixAbbreviations: ByteSet
    /// Abbreviations whose period ends a sentence before a capitalised word ("dll.", "Tbk.").
    var suffixAbbreviations: ByteSet
    var currencies: ByteSet
    var scales: ByteSet
    var percentWords: ByteSet
    var timeCues: ByteSet
    var titleCaseAcronyms: ByteSet
    var domains: ByteSet
    var months: ByteSet
    var zones: ByteSet
    var cliticExceptions: ByteSet

    /// A lexicon from word lists; `abbreviations` are all treated as prefix abbreviations.
    public init(abbreviations: Set<String>, suffixAbbreviations: Set<String> = [], terms: [String: String] = [:],
                months: Set<String> = [], zones: Set<String> = [], cliticExceptions: Set<String> = []) {
        func role(_ name: String) -> ByteSet { ByteSet(terms.filter { $0.value == name }.map(\.key)) }
        prefixAbbreviations = ByteSet(abbreviations)
        self.suffixAbbreviations = ByteSet(suffixAbbreviations)
        currencies = role("currency")
        scales = role("scale")
        percentWords = role("percent")
        timeCues = role("time")
        titleCaseAcronyms = role("acronym")
        domains = role("domain")
        self.months = ByteSet(months)
        self.zones = ByteSet(zones)
        self.cliticExceptions = ByteSet(cliticExceptions)
    }

    /// Reads the lexicon from its data files; a row with an unknown class or role is an error.
    public init(abbreviations: DataFile, terms: DataFile, cliticExceptions: DataFile,
                months: some Sequence<String>, zones: some Sequence<String>) throws(PantauError) {
        var prefix = Set<String>(), suffix = Set<String>()
        for (index, row) in abbreviations.rows.enumerated() {
            guard let form = row.first, !form.isEmpty else { continue }
            switch row.count > 1 ? row[1] : "prefix" {
            case "prefix": prefix.insert(form)
            case "suffix": suffix.insert(form)
            default:
                throw .dataFileMalformed(file: abbreviations.name, line: index + 1,
                                         reason: "class must be prefix or suffix, not \"\(row[1])\"")
            }
        }
        let roles: Set<String> = ["currency", "scale", "percent", "time", "acronym", "domain"]
        var termRoles: [String: String] = [:]
        for (index, row) in terms.rows.enumerated() {
            guard row.count >= 2, roles.contains(row[1]) else {
                throw .dataFileMalformed(file: terms.name, line: index + 1,
                                         reason: "expected: form <TAB> one of \(roles.sorted().joined(separator: ", "))")
            }
            termRoles[row[0]] = row[1]
        }
        self.init(abbreviations: prefix, suffixAbbreviations: suffix, terms: termRoles, months: Set(months),
                  zones: Set(zones), cliticExceptions: Set(cliticExceptions.entries))
    }

    func isAbbreviation(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        prefixAbbreviations.contains(buffer, start, end) || suffixAbbreviations.contains(buffer, start, end)
    }
}
