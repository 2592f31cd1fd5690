/// What a document is about, as far as the claim rules care: the neutrality of one subject.
///
/// News carries its topic across sentences. In a story about police neutrality "Anggota
/// dilarang menggunakan hak pilih" is a norm though no neutrality word is in it, and "Kepala
/// desa itu juga disanksi" a sanction though it names no election; the same sentences in a
/// story about a village festival are no claims. The topic holds when enough sentences are
/// claims on their own strength: each names its subject and fires a rule without help from
/// the document. Rules with `^topic` then count in the document's other sentences.
public struct DocumentTopic: Sendable, Equatable {
    /// The subject most of those claims name: the subject of a sentence the topic licenses.
    public let subject: String
    /// How many sentences are claims on their own and name a subject.
    public let evidence: Int

    /// Fewer claims of their own are a passing mention: one sentence about ASN in a story
    /// about a road does not make the story about neutrality.
    public static let minimumEvidence = 2

    /// The topic of a document whose sentences were decided without it, if it has one.
    static func decide(_ traces: [ClaimTrace]) -> DocumentTopic? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for trace in traces {
            guard let claim = trace.claim, trace.subjectNamed else { continue }
            if counts[claim.subject] == nil { order.append(claim.subject) }
            counts[claim.subject, default: 0] += 1
        }
        let evidence = counts.values.reduce(0, +)
        guard evidence >= minimumEvidence else { return nil }
        // The most claimed subject; on a tie the one the document claims first.
        var best = order[0]
        for subject in order where counts[subject, default: 0] > counts[best, default: 0] { best = subject }
        return DocumentTopic(subject: best, evidence: evidence)
    }

    /// How `pantau explain` names it.
    public var description: String { "the neutrality of \(subject) (\(evidence) sentences are claims on their own)" }
}
