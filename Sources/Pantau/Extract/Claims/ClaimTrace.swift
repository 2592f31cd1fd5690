/// Where a sentence's subject came from.
public enum SubjectSource: String, Sendable {
    /// The sentence names it ("ASN", "kepala desa").
    case named
    /// An actor in the sentence implies it ("Kapolres" speaks of police officers).
    case implied
    /// The sentence before named it, and this one goes on about it.
    case inherited
    /// The heading of the list this sentence is an item of.
    case listHeading
    /// The document's topic (see `DocumentTopic`).
    case topic
    case none
}

/// Everything the claim stage decided about one sentence: what `pantau explain` prints.
public struct ClaimTrace: Sendable {
    public let sentence: ClaimSentence
    public let text: String
    /// Every term found, negation marked.
    public let hits: [TermHit]
    /// Every rule that fired, in claim-rules.tsv order.
    public let firings: [RuleFiring]
    public let subject: String?
    public let subjectSource: SubjectSource
    /// How the subject was found, in words.
    public let subjectReason: String
    public let attribution: Attribution
    public let claim: Claim?
    /// Why the claim's type won, or why the sentence is no claim.
    public let reason: String

    /// The sentence names its subject, or an actor in it implies one.
    var subjectNamed: Bool { subjectSource == .named || subjectSource == .implied }
}
