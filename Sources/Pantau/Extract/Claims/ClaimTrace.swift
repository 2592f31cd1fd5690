/// Everything the claim stage decided about one sentence: what `pantau explain` prints.
public struct ClaimTrace: Sendable {
    public let sentence: ClaimSentence
    public let text: String
    /// Every term found, negation marked.
    public let hits: [TermHit]
    /// Every rule that fired, in claim-rules.tsv order.
    public let firings: [RuleFiring]
    public let subject: String?
    /// How the subject was found: named in the sentence, implied by an actor, or inherited.
    public let subjectReason: String
    public let attribution: Attribution
    public let claim: Claim?
    /// Why the claim's type won, or why the sentence is no claim.
    public let reason: String
}
