/// The clean stage's knowledge, read from data files: furniture lines, class hints, stop words.
public struct CleanRules: Sendable {
    public var exactLines: Set<String> = []
    public var linePrefixes: [String] = []
    public var lineContains: [String] = []
    public var hints = ClassHints()
    public var indonesian = StopWords([])
    public var english = StopWords([])

    public init() {}

    public init(furniture: DataFile, classHints: DataFile, indonesian: DataFile, english: DataFile) throws(PantauError) {
        for (index, row) in furniture.rows.enumerated() {
            guard row.count >= 2, !row[1].isEmpty else {
                throw .dataFileMalformed(file: furniture.name, line: index + 1, reason: "expected 'match<TAB>pattern'")
            }
            let pattern = TextNormalizer.fold(row[1])
            switch row[0] {
            case "exact": exactLines.insert(pattern)
            case "prefix": linePrefixes.append(pattern)
            case "contains": lineContains.append(pattern)
            default:
                throw .dataFileMalformed(file: furniture.name, line: index + 1, reason: "unknown match '\(row[0])' (exact, prefix, contains)")
            }
        }
        self.hints = try ClassHints(data: classHints)
        self.indonesian = StopWords(indonesian.entries)
        self.english = StopWords(english.entries)
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

    /// Whether a class or id attribute marks furniture to leave out whole.
    public func isFurnitureClass(_ attribute: String) -> Bool { hints.weight(attribute) <= ClassHints.skipAt }
}
