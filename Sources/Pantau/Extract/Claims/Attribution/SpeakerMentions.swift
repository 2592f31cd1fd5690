/// Which tokens name which official: full names, single name words ("Yasinta", "Usman"),
/// and roles that only one official holds ("Pj Gubernur juga ..."). The claim stage needs
/// this to attribute speech; it looks only at the officials it is given.
struct SpeakerMentions {
    /// Per token, the index of the official it names, if any.
    let owner: [Int?]

    init(_ text: TokenizedText, folded: FoldedDocument, officials: [Official], genericRoles: ByteSet) {
        owner = Self.owners(text, folded: folded, officials: officials, genericRoles: genericRoles)
    }

    private static func owners(_ text: TokenizedText, folded: FoldedDocument, officials: [Official], genericRoles: ByteSet) -> [Int?] {
        var owner = [Int?](repeating: nil, count: text.tokens.count)
        guard !officials.isEmpty else { return owner }
        var nameWords: [[UInt8]: Int] = [:]
        var ambiguous = Set<[UInt8]>()
        for (index, official) in officials.enumerated() {
            for word in Self.words(official.name) where word.count >= 3 {
                if let other = nameWords[word], other != index { ambiguous.insert(word) } else { nameWords[word] = index }
            }
        }
        for word in ambiguous { nameWords[word] = nil }
        var roleCounts: [[[UInt8]]: Int] = [:]
        for official in officials { roleCounts[Self.words(official.role), default: 0] += 1 }
        let roles: [([[UInt8]], Int)] = officials.enumerated().compactMap { index, official in
            let words = Self.words(official.role)
            guard !words.isEmpty, roleCounts[words] == 1, !(words.count == 1 && genericRoles.contains(words[0]))
            else { return nil }
            return (words, index)
        }.sorted { $0.0.count > $1.0.count }
        let allRoles = Set(officials.map { Self.words($0.role) }).sorted { $0.count > $1.count }
        var i = 0
        while i < text.tokens.count {
            guard folded.isWord[i], ByteClass.isUpper(text.utf8[text.tokens[i].byteStart]) else { i += 1; continue }
            if let length = allRoles.first(where: { Self.matches($0, at: i, folded) })?.count {
                // A role phrase is consumed whole, so "Calon Bupati" never reads as "Bupati".
                if let (_, index) = roles.first(where: { Self.matches($0.0, at: i, folded) && $0.0.count == length }) {
                    for j in i..<(i + length) { owner[j] = index }
                }
                i += length
                continue
            }
            if let index = nameWords[folded.folded[i]] { owner[i] = index }
            i += 1
        }
        addAliases(text, folded: folded, to: &owner)
        return owner
    }

    /// "Gubernur Nurdin Abdullah (NA)", "Presiden Joko Widodo (Jokowi)": a single word in
    /// brackets right after a named official is what the story calls him from then on.
    private static func addAliases(_ text: TokenizedText, folded: FoldedDocument, to owner: inout [Int?]) {
        var aliases: [[UInt8]: Int] = [:]
        for i in 1..<max(1, text.tokens.count - 2) {
            guard let index = owner[i - 1], isByte(0x28, i, text), isByte(0x29, i + 2, text), folded.isWord[i + 1],
                  owner[i + 1] == nil, ByteClass.isUpper(text.utf8[text.tokens[i + 1].byteStart]) else { continue }
            aliases[folded.folded[i + 1]] = index
        }
        guard !aliases.isEmpty else { return }
        for i in owner.indices where owner[i] == nil && folded.isWord[i] {
            if let index = aliases[folded.folded[i]], ByteClass.isUpper(text.utf8[text.tokens[i].byteStart]) { owner[i] = index }
        }
    }

    private static func isByte(_ byte: UInt8, _ i: Int, _ text: TokenizedText) -> Bool {
        i < text.tokens.count && text.tokens[i].byteEnd - text.tokens[i].byteStart == 1 && text.utf8[text.tokens[i].byteStart] == byte
    }

    static func words(_ string: String) -> [[UInt8]] {
        TextNormalizer.fold(string).split(whereSeparator: { $0 == " " || $0 == "." }).map { Array($0.utf8) }
    }

    private static func matches(_ words: [[UInt8]], at i: Int, _ folded: FoldedDocument) -> Bool {
        guard i + words.count <= folded.folded.count else { return false }
        for (k, word) in words.enumerated() where folded.folded[i + k] != word { return false }
        return true
    }
}
