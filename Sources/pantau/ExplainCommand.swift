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
        let regions = knowledge.regions.match(tokenized)
        let officials = knowledge.officials.extract(tokenized, regions: regions)
        let traces = knowledge.claims.explain(tokenized, regions: regions, officials: officials)
        var out = "\(file): \(traces.count) sentences, \(traces.filter { $0.claim != nil }.count) claims, \(officials.count) officials\n"
        for (n, trace) in traces.enumerated() where !firedOnly || !trace.firings.isEmpty {
            out += "\n[\(n)] \(trace.sentence.start)-\(trace.sentence.end) paragraph \(trace.sentence.paragraph)\n"
            out += "  \(trace.text)\n"
            let terms = trace.hits.map { "\($0.negated ? "-" : "")\($0.group):\(tokens($0.tokens, tokenized))" }
            out += "  terms:   \(terms.isEmpty ? "none" : terms.joined(separator: "  "))\n"
            for firing in trace.firings {
                let matched = firing.matched.map { "\(tokens($0.tokens, tokenized))[\($0.negated ? "-" : "")\($0.group)]" }
                    + (firing.usedPreviousClaim ? ["^prev"] : [])
                out += "  fired:   \(firing.rule.id) → \(firing.type.rawValue): \(matched.joined(separator: " "))\n"
            }
            out += "  subject: \(trace.subjectReason)\n"
            let speaker = trace.attribution.official.map { officials[$0].name } ?? "-"
            out += "  speaker: \(trace.attribution.kind.rawValue), \(speaker) (\(trace.attribution.evidence))\n"
            if let claim = trace.claim {
                out += "  CLAIM:   type=\(claim.type.rawValue) labels=\(claim.labels.map(\.rawValue).joined(separator: ";")) subject=\(claim.subject) "
                    + "speaker=\(claim.speaker.isEmpty ? "-" : claim.speaker) attribution=\(claim.attribution) region=\(claim.regionCode.isEmpty ? "-" : claim.regionCode) rule=\(claim.rule)\n"
            }
            out += "  why:     \(trace.reason)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    private func tokens(_ range: Range<Int>, _ text: TokenizedText) -> String {
        range.map { text.surface(text.tokens[$0]) }.joined(separator: " ")
    }
}
