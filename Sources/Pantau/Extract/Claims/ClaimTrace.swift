/// Where a sentence's subject came from.
public enum SubjectSource: String, Sendable {
    /// The sentence names it ("ASN", "kepala desa").
    case named
    /// An actor in the sentence implies it ("Kapolres" speaks of police officers).
    case implied
    /// The sentence before named it, and this one goes on about it.
    case inherited
    /// The claim of the quotation the sentence is part of.
    case quotation
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
    /// The term that named the subject, or for a list item its heading's index.
    let subjectCue: String
    /// The document's topic, when the sentence took its subject.
    let topic: DocumentTopic?
    public let attribution: Attribution
    public let claim: Claim?

    /// The sentence names its subject, or an actor in it implies one.
    var subjectNamed: Bool { subjectSource == .named || subjectSource == .implied }

    /// How the subject was found, in words (made only when asked: `pantau explain`).
    public var subjectReason: String {
        let value = subject ?? ""
        switch subjectSource {
        case .named: return "named: \"\(subjectCue)\" → \(value)"
        case .implied: return "implied by \"\(subjectCue)\" → \(value)"
        case .inherited: return "inherited from the previous sentence (\(value))"
        case .quotation: return "inherited from the quotation's claim (\(value))"
        case .listHeading: return "from the list heading [\(subjectCue)] (\(value))"
        case .topic: return "from the document's topic: " + (topic?.description ?? value)
        case .none: return "no subject named"
        }
    }

    /// Why the claim's type won, or why the sentence is no claim.
    public var reason: String {
        if firings.isEmpty { return "no rule fired" }
        guard let claim else { return "rules fired but the sentence names no ASN, TNI, Polri or village head" }
        let others = claim.labels.filter { $0 != claim.type }.map(\.rawValue)
        return others.isEmpty ? "only \(claim.type.rawValue) fits"
            : "\(claim.type.rawValue) wins over \(others.joined(separator: ", ")) (precedence: sanction, violation, appeal, oversight, risk, norm)"
    }
}
