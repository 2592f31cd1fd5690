/// The clean stage's knowledge, read from data files: furniture lines, class hints, stop words.
public struct CleanRules: Sendable {
    public var exactLines: Set<String> = []
    public var linePrefixes: [String] = []
    public var lineContains: [String] = []
    public var classHints: [String] = []
    public var indonesianStopwords: Set<String> = []
    public var englishStopwords: Set<String> = []

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
        self.classHints = classHints.entries.map { $0.lowercased() }
        self.indonesianStopwords = Set(indonesian.entries.map { $0.lowercased() })
        self.englishStopwords = Set(english.entries.map { $0.lowercased() })
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

    /// Whether a class or id attribute marks furniture: a hint must start a word in it.
    public func isFurnitureClass(_ attribute: String) -> Bool {
        let lowered = Array(attribute.lowercased().utf8)
        for hint in classHints {
            let needle = Array(hint.utf8)
            guard needle.count <= lowered.count else { continue }
            var i = 0
            while i + needle.count <= lowered.count {
                let atWordStart = i == 0 || !Self.isLetter(lowered[i - 1])
                if atWordStart && lowered[i..<(i + needle.count)].elementsEqual(needle) { return true }
                i += 1
            }
        }
        return false
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
}
