/// The clean stage's knowledge, read from data files: furniture lines, class hints, stop words.
public struct CleanRules: Sendable {
    public var exactLines: Set<String> = []
    public var linePrefixes: [String] = []
    public var lineContains: [String] = []
    public var profileMarkers: [String] = []
    public var hints = ClassHints()
    public var indonesian = StopWords([])
    public var english = StopWords([])
    /// Second-level labels of country domains ("co" in kompas.co.id), for a URL's site.
    public var domainSuffixes: Set<String> = []

    public init() {}

    public init(furniture: DataFile, classHints: DataFile, indonesian: DataFile, english: DataFile,
                domainSuffixes: DataFile? = nil) throws(PantauError) {
        for (index, row) in furniture.rows.enumerated() {
            guard row.count >= 2, !row[1].isEmpty else {
                throw .dataFileMalformed(file: furniture.name, line: index + 1, reason: "expected 'match<TAB>pattern'")
            }
            let pattern = TextNormalizer.fold(row[1])
            switch row[0] {
            case "exact": exactLines.insert(pattern)
            case "prefix": linePrefixes.append(pattern)
            case "contains": lineContains.append(pattern)
            case "profile": profileMarkers.append(pattern); lineContains.append(pattern)
            default:
                throw .dataFileMalformed(file: furniture.name, line: index + 1, reason: "unknown match '\(row[0])' (exact, prefix, contains, profile)")
            }
        }
        self.hints = try ClassHints(data: classHints)
        self.indonesian = StopWords(indonesian.entries)
        self.english = StopWords(english.entries)
        self.domainSuffixes = Set(domainSuffixes?.entries.map { $0.lowercased() } ?? [])
    }

    /// The registered domain of a URL: "https://regional.kompas.com/read/..." is "kompas.com".
    public func site(of url: String) -> String {
        let labels = URLHost.host(of: url).split(separator: ".").map(String.init)
        guard labels.count > 2 else { return labels.joined(separator: ".") }
        let keep = labels[labels.count - 1].count == 2 && domainSuffixes.contains(labels[labels.count - 2]) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    /// Whether a whole line of text is page furniture.
    public func isFurniture(_ line: String) -> Bool {
        var folded = TextNormalizer.fold(line).trimmingCharacters(in: .whitespaces)
        if folded.isEmpty { return false }
        if exactLines.contains(folded) { return true }
        while let last = folded.last, last == ":" || last == " " { folded.removeLast() }
        if exactLines.contains(folded) { return true }
        for prefix in linePrefixes where folded.hasPrefix(prefix) { return true }
        for phrase in lineContains where folded.contains(phrase) { return true }
        return false
    }

    /// The profile name on a blog's profile line ("Syahrial Mohon Tunggu... Guru" gives "Syahrial").
    public func profileName(_ line: String) -> String? {
        let folded = TextNormalizer.fold(line)
        for marker in profileMarkers {
            guard let range = folded.range(of: marker) else { continue }
            let name = folded[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ").count
            guard words >= 1 && words <= 5 else { continue }
            // The folded text is only for matching: the name is cut from the line itself.
            return String(line.prefix(name.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Whether a class or id attribute marks furniture to leave out whole.
    public func isFurnitureClass(_ attribute: String) -> Bool { hints.weight(attribute) <= ClassHints.skipAt }
}
