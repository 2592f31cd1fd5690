/// Where a document mentions each of its officials, for speaker attribution: full names,
/// partial names ("Usman", "kata Yasinta"), roles alone ("Pj Gubernur juga ..."), and a
/// resolver for pronouns ("Ia menegaskan", "kata dia") and "-nya" speech verbs ("ujarnya").
public struct OfficialMentions: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case fullName, partialName, role }

    public struct Mention: Sendable, Hashable {
        /// Index into the officials list returned with these mentions.
        public var official: Int
        public var kind: Kind
        /// Code-point span in the document text.
        public var start: Int
        public var end: Int
        /// Token range (inclusive) in the document's `TokenizedText`.
        public var firstToken: Int
        public var lastToken: Int
    }

    /// Every mention, in text order.
    public let mentions: [Mention]
    let pronouns: Set<String>
    let speechVerbs: Set<String>

    init(mentions: [Mention], pronouns: Set<String>, speechVerbs: Set<String>) {
        self.mentions = mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.pronouns = pronouns
        self.speechVerbs = speechVerbs
    }

    /// The official whose mention ends last at or before a code-point offset.
    public func official(mentionedBefore offset: Int) -> Int? {
        var index = mentions.partitionPoint { $0.start < offset } - 1
        while index >= 0 {
            if mentions[index].end <= offset { return mentions[index].official }
            index -= 1
        }
        return nil
    }

    /// The mention covering a code-point offset, if any.
    public func mention(covering offset: Int) -> Mention? {
        mentions.first { $0.start <= offset && offset < $0.end }
    }

    /// Whether the token refers back to a person: a pronoun (ia, dia, beliau) or a speech verb
    /// with -nya ("ujarnya", "katanya").
    public func isAnaphor(token index: Int, in text: TokenizedText) -> Bool {
        guard text.tokens.indices.contains(index) else { return false }
        let token = text.tokens[index]
        guard token.kind == .word else { return false }
        let word = text.normalized(token)
        if pronouns.contains(word) { return true }
        guard word.hasSuffix("nya") else { return false }
        return speechVerbs.contains(String(word.dropLast(3)))
    }

    /// The official an anaphor refers to: the last one mentioned before it.
    public func referent(ofToken index: Int, in text: TokenizedText) -> Int? {
        guard isAnaphor(token: index, in: text) else { return nil }
        return official(mentionedBefore: text.tokens[index].start)
    }
}

/// The officials of a document with the index of their mentions.
public struct OfficialExtraction: Sendable {
    public var officials: [Official]
    public var mentions: OfficialMentions
}
