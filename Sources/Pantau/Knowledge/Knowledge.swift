/// Every stage's knowledge, loaded once from the data folder and shared by all workers.
public struct Knowledge: Sendable {
    /// Every data file that shaped the run, with its hash, in MANIFEST.txt order.
    public let files: [DataFile]
    public let cleaner: Cleaner
    public let tokenizer: Tokenizer
    public let gazetteer: Gazetteer
    public let regions: RegionMatcher
    public let officials: OfficialExtractor
    public let claims: ClaimExtractor

    public static func load(from directory: DataDirectory) throws(PantauError) -> Knowledge {
        let manifest = try directory.read("MANIFEST.txt")
        var files: [String: DataFile] = [:]
        var ordered: [DataFile] = []
        for row in manifest.rows {
            guard let name = row.first, !name.isEmpty else { continue }
            let file = try directory.read(name)
            files[name] = file
            ordered.append(file)
        }
        func file(_ name: String) throws(PantauError) -> DataFile {
            guard let found = files[name] else {
                throw .dataFileMalformed(file: "MANIFEST.txt", line: 0, reason: "does not list \(name)")
            }
            return found
        }
        let dates = try DateNormalizer(data: try file("dates.tsv"))
        let cleaner = try makeCleaner(dates: dates, file: file)
        let tokenizer = Tokenizer(lexicon: try TokenLexicon(
            abbreviations: try file("abbreviations.txt"), terms: try file("abbreviations-terms.txt"),
            cliticExceptions: try file("clitic-exceptions.txt"), months: dates.months.keys, zones: dates.zones.keys,
            functionWords: try file("stopwords-id.txt").entries))
        let gazetteer = try Gazetteer(table: try file("regions.tsv"), aliases: try file("region-aliases.tsv"))
        let regions = try RegionMatcher(gazetteer: gazetteer, context: try file("region-context.tsv"),
                                         stoplist: try file("region-stoplist.tsv"), tokenizer: tokenizer)
        let officials = try OfficialExtractor(positions: try file("positions.tsv"), institutions: try file("institutions.tsv"),
                                              titles: try file("titles.tsv"), stops: try file("name-stops.txt"),
                                              particles: try file("name-particles.txt"), anaphora: try file("official-anaphora.tsv"),
                                              commonWords: try file("common-words.txt"), givenNames: try file("given-names.txt"),
                                              tokenizer: tokenizer, gazetteer: gazetteer)
        let lexicon = try ClaimLexicon(terms: try file("claim-terms.tsv"), stripper: try AffixStripper(data: try file("affixes.tsv")))
        let claims = ClaimExtractor(lexicon: lexicon, rules: try ClaimRules(data: try file("claim-rules.tsv"), groups: lexicon.groups),
                                    cues: try SpeechCues(data: try file("speech-verbs.tsv")),
                                    abbreviations: Set(try file("abbreviations.txt").entries.map { TextNormalizer.fold($0) }))
        return Knowledge(files: ordered, cleaner: cleaner, tokenizer: tokenizer, gazetteer: gazetteer,
                         regions: regions, officials: officials, claims: claims)
    }

    /// Only the clean stage's knowledge, for commands that clean and do nothing else: the
    /// gazetteer and the lexicons take most of a full load, and `pantau clean` run once per
    /// page would pay for them on every page.
    public static func loadCleaner(from directory: DataDirectory) throws(PantauError) -> Cleaner {
        try makeCleaner(dates: try DateNormalizer(data: try directory.read("dates.tsv"))) { name throws(PantauError) in
            try directory.read(name)
        }
    }

    private static func makeCleaner(dates: DateNormalizer,
                                     file: (String) throws(PantauError) -> DataFile) throws(PantauError) -> Cleaner {
        let rules = try CleanRules(furniture: try file("furniture.tsv"), classHints: try file("boilerplate-classes.txt"),
                                   indonesian: try file("stopwords-id.txt"), english: try file("stopwords-en.txt"),
                                   domainSuffixes: try file("domain-suffixes.txt"))
        let evidence = try IndonesianEvidence(data: try file("language-id.tsv"), regions: try file("regions.tsv"))
        return Cleaner(rules: rules, dates: dates, evidence: evidence)
    }

    /// One hash over every data file: part of the pipeline version.
    public var dataHash: String {
        SHA256.hex(of: files.map { $0.name + ":" + $0.sha256 }.joined(separator: "\n"))
    }
}
