/// Words that mark who is speaking (speech-verbs.tsv).
public struct SpeechCues: Sendable {
    public let tail: ByteSet
    public let indirect: ByteSet
    public let according: ByteSet
    public let pronouns: ByteSet
    public let demonstratives: ByteSet
    public let persons: ByteSet
    public let prepositions: ByteSet
    public let genericRoles: ByteSet
    public let agentMarkers: ByteSet

    public init(data: DataFile) throws(PantauError) {
        var sets: [String: Set<[UInt8]>] = [:]
        let kinds: Set<String> = ["tail", "indirect", "according", "pronoun", "demonstrative", "person", "preposition", "generic-role", "agent"]
        for (line, row) in data.numberedRows {
            guard row.count >= 2, kinds.contains(row[0]), !row[1].isEmpty else {
                throw .dataFileMalformed(file: data.name, line: line,
                                         reason: "expected a kind (\(kinds.sorted().joined(separator: ", "))) and a word")
            }
            sets[row[0], default: []].insert(Array(TextNormalizer.fold(row[1]).utf8))
        }
        tail = ByteSet(sets["tail"] ?? [])
        indirect = ByteSet(sets["indirect"] ?? [])
        according = ByteSet(sets["according"] ?? [])
        pronouns = ByteSet(sets["pronoun"] ?? [])
        demonstratives = ByteSet(sets["demonstrative"] ?? [])
        persons = ByteSet(sets["person"] ?? [])
        prepositions = ByteSet(sets["preposition"] ?? [])
        genericRoles = ByteSet(sets["generic-role"] ?? [])
        agentMarkers = ByteSet(sets["agent"] ?? [])
    }
}
