/// The language knowledge behind official extraction, read from positions.tsv,
/// institutions.tsv, titles.tsv and name-stops.txt.
struct OfficialLexicon: Sendable {
    enum PositionKind: String, Sendable { case role, qualifier, candidate, place }

    /// The region level a position heads; `nil` means the region follows the institution.
    enum Level: String, Sendable { case provinsi, kabupaten, kota, daerah, kotaDaerah = "kota-daerah", kecamatan, desa, nasional }

    struct Position: Sendable {
        var kind: PositionKind
        var canonical: String
        var level: Level?
        var needsInstitution: Bool
        var institution: String
    }

    enum Scope: String, Sendable { case national, regional, any }

    struct Institution: Sendable {
        var canonical: String
        var scope: Scope
        var isUnit: Bool
        /// Named by its portfolio alone ("Keuangan" after "Menteri"): only right after a role.
        var isPortfolio = false
    }

    struct Title: Sendable {
        var surface: String
        var before: Bool
    }

    var positions: [Position] = []
    var positionTrie = OfficialPhraseTrie()
    var institutions: [Institution] = []
    var institutionTrie = OfficialPhraseTrie()
    var titles: [Title] = []
    /// Titles by their letters alone (case folded, no dots, spaces or commas), by place.
    var titlesBefore: [String: Int] = [:]
    var titlesAfter: [String: Int] = [:]
    var longestTitleKey = 0
    /// Every prefix of every title's letters, so a scan stops at the first letters no title has.
    var titlePrefixes: Set<String> = []
    /// Titles followed by their own capitalised words ("Dt. Rajo Bagindo").
    var adatTitles: Set<String> = []
    /// Words no name contains (both kinds of name-stops.txt).
    var stops: Set<String> = []
    /// Words of organisations' and countries' names: a name running into one was no name.
    var orgWords: Set<String> = []
    var particles: Set<String> = []
    var nameAbbreviations: Set<String> = []
    var pronouns: Set<String> = []
    var speechVerbs: Set<String> = []

    init(positions positionFile: DataFile, institutions institutionFile: DataFile, titles titleFile: DataFile,
         stops stopFile: DataFile, particles particleFile: DataFile, anaphora anaphoraFile: DataFile,
         tokenizer: Tokenizer) throws(PantauError) {
        func keys(_ surface: String) -> [String] {
            let tokenized = tokenizer.tokenize(surface)
            return tokenized.tokens.map { tokenized.normalized($0) }
        }
        for (line, row) in positionFile.numberedRows {
            guard row.count >= 5, let kind = PositionKind(rawValue: row[0]), !row[1].isEmpty, !row[2].isEmpty else {
                throw .dataFileMalformed(file: positionFile.name, line: line, reason: "expected kind, surface, canonical, level, needs, institution")
            }
            let level = row[3] == "-" ? nil : Level(rawValue: row[3])
            if row[3] != "-" && level == nil {
                throw .dataFileMalformed(file: positionFile.name, line: line, reason: "unknown level '\(row[3])'")
            }
            positions.append(Position(kind: kind, canonical: row[2], level: level, needsInstitution: row[4] == "institution",
                                      institution: row.count > 5 ? row[5] : ""))
            positionTrie.insert(keys(row[1]), value: positions.count - 1)
        }
        for (line, row) in institutionFile.numberedRows {
            guard row.count >= 2, ["body", "portfolio", "unit"].contains(row[0]), !row[1].isEmpty else {
                throw .dataFileMalformed(file: institutionFile.name, line: line, reason: "expected kind (body, portfolio or unit), surface, canonical, scope")
            }
            let isUnit = row[0] == "unit"
            let scope = row.count > 3 ? Scope(rawValue: row[3]) : nil
            guard isUnit || (scope != nil && row.count > 2 && !row[2].isEmpty) else {
                throw .dataFileMalformed(file: institutionFile.name, line: line, reason: "a body needs a canonical name and a scope (national, regional, any)")
            }
            institutions.append(Institution(canonical: isUnit ? "" : row[2], scope: scope ?? .any, isUnit: isUnit, isPortfolio: row[0] == "portfolio"))
            institutionTrie.insert(keys(row[1]), value: institutions.count - 1)
        }
        for (line, row) in titleFile.numberedRows {
            guard row.count >= 2, row[1] == "before" || row[1] == "after", !row[0].isEmpty else {
                throw .dataFileMalformed(file: titleFile.name, line: line, reason: "expected surface and place (before or after)")
            }
            titles.append(Title(surface: row[0], before: row[1] == "before"))
            if row.count > 2 && row[2] == "adat" { adatTitles.insert(row[0]) }
            let key = Self.titleKey(row[0])
            if row[1] == "before" {
                if titlesBefore[key] == nil { titlesBefore[key] = titles.count - 1 }
            } else if titlesAfter[key] == nil {
                titlesAfter[key] = titles.count - 1
            }
            longestTitleKey = max(longestTitleKey, key.utf8.count)
            var prefix = ""
            for character in key {
                prefix.append(character)
                titlePrefixes.insert(prefix)
            }
        }
        for (line, row) in stopFile.numberedRows {
            guard row.count >= 2, row[0] == "end" || row[0] == "org" else {
                throw .dataFileMalformed(file: stopFile.name, line: line, reason: "expected end or org, then a word")
            }
            let word = TextNormalizer.fold(row[1])
            stops.insert(word)
            if row[0] == "org" { orgWords.insert(word) }
        }
        for row in particleFile.rows where row.count >= 2 {
            if row[0] == "particle" { particles.insert(TextNormalizer.fold(row[1])) }
            if row[0] == "abbreviation" { nameAbbreviations.insert(TextNormalizer.fold(row[1])) }
        }
        for (line, row) in anaphoraFile.numberedRows {
            guard row.count >= 2, row[0] == "pronoun" || row[0] == "speech" else {
                throw .dataFileMalformed(file: anaphoraFile.name, line: line, reason: "expected pronoun or speech, then a word")
            }
            if row[0] == "pronoun" { pronouns.insert(TextNormalizer.fold(row[1])) } else { speechVerbs.insert(TextNormalizer.fold(row[1])) }
        }
    }

    /// A title's letters, parentheses kept: "S.H." → "sh", "Komjen Pol" → "komjenpol", "(P)" → "(p)".
    static func titleKey(_ surface: String) -> String {
        String(TextNormalizer.fold(surface).unicodeScalars.filter { $0 != "." && $0 != " " && $0 != "," }.map(Character.init))
    }
}
