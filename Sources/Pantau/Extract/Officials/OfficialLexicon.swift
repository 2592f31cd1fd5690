/// The language knowledge behind official extraction, read from positions.tsv,
/// institutions.tsv, titles.tsv, name-stops.txt, common-words.txt and given-names.txt.
struct OfficialLexicon: Sendable {
    enum PositionKind: String, Sendable { case role, qualifier, candidate, place }

    /// The region level a position heads; `nil` means the region follows the institution.
    enum Level: String, Sendable { case provinsi, kabupaten, kota, daerah, kotaDaerah = "kota-daerah", kecamatan, desa, nasional }

    /// What a role reads after itself (positions.tsv column "needs").
    enum Needs: String, Sendable { case none = "-", institution, unit, division }

    struct Position: Sendable {
        var kind: PositionKind
        var canonical: String
        var level: Level?
        var needs: Needs
        var institution: String
        /// The only bodies the role may name; empty for any.
        var bodies: Set<String> = []

        var needsInstitution: Bool { needs != .none }
    }

    enum Scope: String, Sendable { case national, regional, any }

    struct Institution: Sendable {
        var canonical: String
        var scope: Scope
        var isUnit: Bool
        /// Named by its portfolio alone ("Keuangan" after "Menteri"): only right after a role.
        var isPortfolio = false
        /// A division word of an election body ("Hukum", "Humas"): read only after a division role.
        var isDivision = false
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
    /// Words of an election body's division names (institutions.tsv kind division).
    var divisionWords: Set<String> = []
    var pronouns: Set<String> = []
    var speechVerbs: Set<String> = []
    /// Indonesian root words (common-words.txt): a candidate name made only of them is a word.
    var commonWords: Set<String> = []
    /// Given names that are also common words (given-names.txt): they keep a name a name.
    var givenNames: Set<String> = []
    /// Words that open a Balinese name after "I" or "Ni" (Wayan, Made, Nyoman, Ketut, ...).
    var balineseNames: Set<String> = []

    init(positions positionFile: DataFile, institutions institutionFile: DataFile, titles titleFile: DataFile,
         stops stopFile: DataFile, particles particleFile: DataFile, anaphora anaphoraFile: DataFile,
         commonWords commonFile: DataFile? = nil, givenNames givenFile: DataFile? = nil,
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
            guard let needs = Needs(rawValue: row[4].isEmpty ? "-" : row[4]) else {
                throw .dataFileMalformed(file: positionFile.name, line: line, reason: "needs is institution, unit, division or -, not '\(row[4])'")
            }
            let bodies = row.count > 6 ? Set(row[6].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) : []
            positions.append(Position(kind: kind, canonical: row[2], level: level, needs: needs,
                                      institution: row.count > 5 ? row[5] : "", bodies: bodies))
            positionTrie.insert(keys(row[1]), value: positions.count - 1)
        }
        for (line, row) in institutionFile.numberedRows {
            guard row.count >= 2, ["body", "portfolio", "unit", "division"].contains(row[0]), !row[1].isEmpty else {
                throw .dataFileMalformed(file: institutionFile.name, line: line, reason: "expected kind (body, portfolio, unit or division), surface, canonical, scope")
            }
            if row[0] == "division" {
                divisionWords.insert(TextNormalizer.fold(row[1]))
                continue
            }
            let isUnit = row[0] == "unit"
            let scope = row.count > 3 ? Scope(rawValue: row[3]) : nil
            guard isUnit || (scope != nil && row.count > 2 && !row[2].isEmpty) else {
                throw .dataFileMalformed(file: institutionFile.name, line: line, reason: "a body needs a canonical name and a scope (national, regional, any)")
            }
            institutions.append(Institution(canonical: isUnit ? "" : row[2], scope: scope ?? .any, isUnit: isUnit, isPortfolio: row[0] == "portfolio"))
            institutionTrie.insert(keys(row[1]), value: institutions.count - 1)
        }
        var ranks: [String] = []
        var corps: [String] = []
        for (line, row) in titleFile.numberedRows {
            guard row.count >= 2, row[1] == "before" || row[1] == "after", !row[0].isEmpty else {
                throw .dataFileMalformed(file: titleFile.name, line: line, reason: "expected surface and place (before or after)")
            }
            let kind = row.count > 2 ? row[2] : ""
            if kind == "corps" { corps.append(row[0]); continue }
            if kind == "rank" && row[1] == "before" && !row[0].contains(" ") && !row[0].contains("(") { ranks.append(row[0]) }
            addTitle(row[0], before: row[1] == "before", adat: kind == "adat")
        }
        // "Letkol Inf", "Serda Czi": a rank and its corps are one title.
        for rank in ranks {
            for branch in corps { addTitle(rank + " " + branch, before: true, adat: false) }
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
        for row in particleFile.rows where row.count >= 2 && row[0] == "balinese" {
            balineseNames.insert(TextNormalizer.fold(row[1]))
        }
        if let commonFile { commonWords = Set(commonFile.entries.map { TextNormalizer.fold($0) }) }
        if let givenFile { givenNames = Set(givenFile.entries.map { TextNormalizer.fold($0) }) }
        for (line, row) in anaphoraFile.numberedRows {
            guard row.count >= 2, row[0] == "pronoun" || row[0] == "speech" else {
                throw .dataFileMalformed(file: anaphoraFile.name, line: line, reason: "expected pronoun or speech, then a word")
            }
            if row[0] == "pronoun" { pronouns.insert(TextNormalizer.fold(row[1])) } else { speechVerbs.insert(TextNormalizer.fold(row[1])) }
        }
    }

    private mutating func addTitle(_ surface: String, before: Bool, adat: Bool) {
        titles.append(Title(surface: surface, before: before))
        if adat { adatTitles.insert(surface) }
        let key = Self.titleKey(surface)
        if before {
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

    /// A title's letters, parentheses kept: "S.H." → "sh", "Komjen Pol" → "komjenpol", "(P)" → "(p)".
    static func titleKey(_ surface: String) -> String {
        String(TextNormalizer.fold(surface).unicodeScalars.filter { $0 != "." && $0 != " " && $0 != "," }.map(Character.init))
    }
}
