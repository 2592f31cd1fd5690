import Foundation
import Testing
@testable import Pantau

/// Claim extraction measured against the annotated corpus (corpus/gold/<path>.json).
///
/// The gold main text is used, not the cleaner's, and officials are built from the gold
/// officials table, so that the numbers measure the claim stage alone. A predicted claim
/// matches a gold claim when their sentence spans overlap by at least half of the shorter
/// span (one contains the other, or they differ only at a quote's edge); matching is one to one.
@Suite struct ClaimCorpusTests {
    @Test(.enabled(if: CorpusGold.available)) func claimsMeetTheBar() throws {
        let score = ClaimScore.measure(CorpusGold.documents)
        print(score.report)
        #expect(score.goldClaims >= 1)
        #expect(score.f1 >= 0.92, "claim F1 \(score.f1)")
        #expect(score.typeAccuracy >= 0.88, "type accuracy \(score.typeAccuracy)")
        #expect(score.speakerAccuracy >= 0.92, "speaker accuracy \(score.speakerAccuracy)")
    }
}

struct ClaimScore {
    var goldClaims = 0, predicted = 0, matched = 0, typeRight = 0, attributed = 0, speakerRight = 0, documents = 0
    var report = ""

    var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    var recall: Double { goldClaims == 0 ? 0 : Double(matched) / Double(goldClaims) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var typeAccuracy: Double { matched == 0 ? 0 : Double(typeRight) / Double(matched) }
    var speakerAccuracy: Double { attributed == 0 ? 0 : Double(speakerRight) / Double(attributed) }

    static func measure(_ documents: [CorpusGold.Document]) -> ClaimScore {
        var score = ClaimScore()
        for document in documents where !document.mainText.isEmpty && document.object["claims"] != nil {
            score.documents += 1
            score.add(document: document.source, text: document.mainText, headline: document.field("title"),
                      claims: document.claims, headlineClaims: document.headlineClaims, officials: document.officials)
        }
        score.report = String(format: "claims: %d documents, %d gold, %d predicted, %d matched; P %.4f R %.4f F1 %.4f; type accuracy %.4f (%d/%d); speaker accuracy %.4f (%d/%d)\n",
                              score.documents, score.goldClaims, score.predicted, score.matched, score.precision, score.recall, score.f1,
                              score.typeAccuracy, score.typeRight, score.matched, score.speakerAccuracy, score.speakerRight, score.attributed) + score.report
        return score
    }

    mutating func add(document: String, text: String, headline: String, claims gold: [[String: Any]], headlineClaims: [[String: Any]],
                      officials goldOfficials: [[String: Any]]) {
        let tokenized = Support.tokenize(text)
        let regions = Support.knowledge.regions.match(tokenized)
        let officials = goldOfficials.compactMap { row -> Official? in
            guard let name = row["name"] as? String, let span = Self.span(of: name, in: text) else { return nil }
            return Official(name: name, role: row["role"] as? String ?? "", regionCode: row["region_code"] as? String ?? "",
                            start: span.lowerBound, end: span.upperBound, rule: "gold")
        }
        let explanation = Support.knowledge.claims.explain(tokenized, regions: regions, officials: officials,
                                                          headline: Support.tokenize(headline))
        let traces = explanation.traces
        let predicted = traces.compactMap(\.claim)
        // The headline's claims: matched by their sentence, which is the whole headline.
        let predictedHeadline = explanation.headline.compactMap(\.claim)
        goldClaims += headlineClaims.count
        self.predicted += predictedHeadline.count
        for claim in headlineClaims {
            guard let found = predictedHeadline.first(where: { $0.text == claim["sentence"] as? String }) else {
                report += "  MISSED \(document) headline: [\(claim["type"] ?? "")] \(headline)\n"
                continue
            }
            matched += 1
            if found.type.rawValue == claim["type"] as? String { typeRight += 1 } else {
                report += "  TYPE \(document) headline: \(found.type.rawValue) (\(found.rule)) for \(claim["type"] ?? ""): \(headline)\n"
            }
        }
        for extra in predictedHeadline where !headlineClaims.contains(where: { $0["sentence"] as? String == extra.text }) {
            report += "  EXTRA \(document) headline: [\(extra.type.rawValue) \(extra.rule)] \(extra.text)\n"
        }
        goldClaims += gold.count
        self.predicted += predicted.count
        var used = Set<Int>()
        for claim in gold {
            let sentence = claim["sentence"] as? String ?? ""
            guard let span = Self.span(of: sentence, in: text),
                  let best = predicted.indices.filter({ !used.contains($0) && Self.overlaps(span, predicted[$0].start..<predicted[$0].end) })
                    .max(by: { Self.overlap(span, predicted[$0].start..<predicted[$0].end) < Self.overlap(span, predicted[$1].start..<predicted[$1].end) })
            else {
                let trace = Self.span(of: sentence, in: text).flatMap { span in traces.first { Self.overlaps(span, $0.sentence.start..<$0.sentence.end) } }
                let why = trace.map { "\($0.reason); \($0.subjectReason); terms: " + $0.hits.map { ($0.negated ? "-" : "") + $0.group + ":" + $0.term }.joined(separator: " ") } ?? "not found"
                report += "  MISSED \(document): [\(claim["type"] ?? "")] \(sentence.prefix(110))\n      \(why)\n"
                continue
            }
            used.insert(best)
            matched += 1
            let guess = predicted[best]
            if guess.type.rawValue == claim["type"] as? String { typeRight += 1 } else {
                let terms = traces.first { $0.claim == guess }?.hits.map { ($0.negated ? "-" : "") + $0.group + ":" + $0.term }.joined(separator: " ") ?? ""
                report += "  TYPE \(document): \(guess.type.rawValue) (\(guess.rule)) for \(claim["type"] ?? ""): \(sentence.prefix(90))\n      \(terms)\n"
            }
            if (claim["attribution"] as? String ?? "none") != "none" {
                attributed += 1
                if guess.speaker == claim["speaker"] as? String ?? "" { speakerRight += 1 } else {
                    report += "  SPEAKER \(document): \"\(guess.speaker)\" for \"\(claim["speaker"] ?? "")\": \(sentence.prefix(80))\n"
                }
            }
        }
        for index in predicted.indices where !used.contains(index) {
            report += "  EXTRA \(document): [\(predicted[index].type.rawValue) \(predicted[index].rule)] \(predicted[index].text.prefix(110))\n"
        }
    }

    /// Code-point span of `needle` in `text`.
    static func span(of needle: String, in text: String) -> Range<Int>? {
        guard !needle.isEmpty, let range = text.range(of: needle) else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return start..<(start + needle.unicodeScalars.count)
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int { max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)) }

    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        overlap(a, b) * 2 >= min(a.count, b.count)
    }
}
