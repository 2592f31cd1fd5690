/// Words that mark who is speaking (speech-verbs.tsv).
public struct SpeechCues: Sendable {
    public let tail: Set<[UInt8]>
    public let indirect: Set<[UInt8]>
    public let according: Set<[UInt8]>
    public let pronouns: Set<[UInt8]>
    public let demonstratives: Set<[UInt8]>
    public let persons: Set<[UInt8]>
    public let prepositions: Set<[UInt8]>
    public let genericRoles: Set<[UInt8]>

    public init(data: DataFile) throws(PantauError) {
        var sets: [String: Set<[UInt8]>] = [:]
        let kinds: Set<String> = ["tail", "indirect", "according", "pronoun", "demonstrative", "person", "preposition", "generic-role"]
        for (index, row) in data.rows.enumerated() {
            guard row.count >= 2, kinds.contains(row[0]), !row[1].isEmpty else {
                throw .dataFileMalformed(file: data.name, line: index + 1,
                                         reason: "expected a kind (\(kinds.sorted().joined(separator: ", "))) and a word")
            }
            sets[row[0], default: []].insert(Array(TextNormalizer.fold(row[1]).utf8))
        }
        tail = sets["tail"] ?? []
        indirect = sets["indirect"] ?? []
        according = sets["according"] ?? []
        pronouns = sets["pronoun"] ?? []
        demonstratives = sets["demonstrative"] ?? []
        persons = sets["person"] ?? []
        prepositions = sets["preposition"] ?? []
        genericRoles = sets["generic-role"] ?? []
    }
}
