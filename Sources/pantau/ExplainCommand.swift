import ArgumentParser
import Foundation
import Pantau

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show, sentence by sentence, how the claim rules decided: terms, rules fired, subject, speaker, type.",
        discussion: "For auditing claim-rules.tsv and claim-terms.tsv. Offsets are Unicode code points into the main text."
    )

    @Argument(help: "The document, or - for standard input.")
    var file: String

    @Flag(name: .long, help: "Only sentences on which some rule fired.")
    var firedOnly = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let knowledge = loadKnowledge(dataOptions)
        let clean: CleanDocument
        switch knowledge.cleaner.clean(readDocument(file, command: "explain")) {
        case .success(let document): clean = document
        case .failure(let failure): fail("\(file): \(failure.reason)", code: 3)
        }
        let tokenized = knowledge.tokenizer.tokenize(clean.text)
        let headline = knowledge.tokenizer.tokenize(clean.metadata.title)
        let regions = knowledge.regions.match(tokenized)
        let officials = knowledge.officials.extract(tokenized, regions: regions)
        let explanation = knowledge.claims.explain(tokenized, regions: regions, officials: officials, headline: headline)
        let traces = explanation.traces
        let claims = (explanation.headline + traces).filter { $0.claim != nil }.count
        var out = "\(file): \(traces.count) sentences, \(claims) claims, \(officials.count) officials\n"
        out += "topic: " + (explanation.topic.map { $0.description + "; rules with ^topic count" }
            ?? "none (fewer than \(DocumentTopic.minimumEvidence) sentences are claims on their own; rules with ^topic do not count)") + "\n"
        // The headline's sentences first, numbered [title N]; then the main text's.
        let numbered = explanation.headline.enumerated().map { ("title \($0.offset)", $0.element, headline) }
            + traces.enumerated().map { ("\($0.offset)", $0.element, tokenized) }
        for (label, trace, text) in numbered where !firedOnly || !trace.firings.isEmpty {
            out += "\n[\(label)] \(trace.sentence.start)-\(trace.sentence.end) paragraph \(trace.sentence.paragraph)\n"
            out += "  \(trace.text)\n"
            let terms = trace.hits.map { "\($0.negated ? "-" : "")\($0.group):\(tokens($0.tokens, text))" }
            out += "  terms:   \(terms.isEmpty ? "none" : terms.joined(separator: "  "))\n"
            for firing in trace.firings {
                let matched = firing.matched.map { "\(tokens($0.tokens, text))[\($0.negated ? "-" : "")\($0.group)]" }
                    + firing.contextAtoms
                out += "  fired:   \(firing.rule.id) → \(firing.type.rawValue): \(matched.joined(separator: " "))\n"
            }
            out += "  subject: \(trace.subjectReason)\n"
            let speaker = trace.attribution.official.map { officials[$0].name } ?? "-"
            out += "  speaker: \(trace.attribution.kind.rawValue), \(speaker) (\(trace.attribution.evidence))\n"
            if let claim = trace.claim {
                out += "  CLAIM:   type=\(claim.type.rawValue) labels=\(claim.labels.map(\.rawValue).joined(separator: ";")) subject=\(claim.subject) "
                    + "speaker=\(claim.speaker.isEmpty ? "-" : claim.speaker) attribution=\(claim.attribution) region=\(claim.regionCode.isEmpty ? "-" : claim.regionCode) "
                    + "field=\(claim.field.rawValue) rule=\(claim.rule)\n"
            }
            out += "  why:     \(trace.reason)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func tokens(_ range: Range<Int>, _ text: TokenizedText) -> String {
        range.map { text.surface(text.tokens[$0]) }.joined(separator: " ")
    }
}
