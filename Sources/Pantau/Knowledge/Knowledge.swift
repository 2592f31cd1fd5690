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
        let rules = try CleanRules(furniture: try file("furniture.tsv"), classHints: try file("boilerplate-classes.txt"),
                                   indonesian: try file("stopwords-id.txt"), english: try file("stopwords-en.txt"),
                                   domainSuffixes: try file("domain-suffixes.txt"))
        let tokenizer = Tokenizer(abbreviations: Set(try file("abbreviations.txt").entries.map { TextNormalizer.fold($0) }))
        let gazetteer = try Gazetteer(table: try file("regions.tsv"), aliases: try file("region-aliases.tsv"))
        let regions = try RegionMatcher(gazetteer: gazetteer, context: try file("region-context.tsv"), tokenizer: tokenizer)
        return Knowledge(files: ordered, cleaner: Cleaner(rules: rules, dates: dates), tokenizer: tokenizer, gazetteer: gazetteer,
                         regions: regions, officials: OfficialExtractor(), claims: ClaimExtractor())
    }

    /// One hash over every data file: part of the pipeline version.
    public var dataHash: String {
        SHA256.hex(of: files.map { $0.name + ":" + $0.sha256 }.joined(separator: "\n"))
    }
}
