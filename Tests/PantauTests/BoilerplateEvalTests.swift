import Foundation
import Testing
@testable import Pantau

/// The article-extraction benchmark's metric, as ../shared/eval/boilerplate-dev/score.py computes
/// it: 4-token shingles of `\w+` tokens; per-page normalised TP/FP/FN; precision and recall are
/// means over pages (an empty output lowers recall only); F1 from the two means.
struct ShingleScore {
    private var precisions: [Double] = []
    private var recalls: [Double] = []

    mutating func add(gold: String, predicted: String) {
        let g = Self.shingles(gold), p = Self.shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for (key, count) in p { let shared = min(count, g[key] ?? 0); tp += shared; fp += count - shared }
        for (key, count) in g { fn += max(0, count - (p[key] ?? 0)) }
        let total = Double(tp + fp + fn)
        guard total > 0 else { return }
        let (t, f, n) = (Double(tp) / total, Double(fp) / total, Double(fn) / total)
        if t + f > 0 { precisions.append(f == 0 && n == 0 ? 1 : t / (t + f)) }
        if t + n > 0 { recalls.append(f == 0 && n == 0 ? 1 : t / (t + n)) }
    }

    var precision: Double { precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count) }
    var recall: Double { recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Python's `\w`: letters, numbers and the underscore, code point by code point.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isWord: Bool
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                isWord = true
            default:
                isWord = scalar == "_"
            }
            if isWord {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    static func shingles(_ text: String, n: Int = 4) -> [[String]: Int] {
        let t = tokens(text)
        guard !t.isEmpty else { return [:] }
        guard t.count > n else { return [t: 1] }
        var result: [[String]: Int] = [:]
        for i in 0...(t.count - n) { result[Array(t[i..<(i + n)]), default: 0] += 1 }
        return result
    }
}

@Suite struct BoilerplateEvalTests {
    @Test func metricMatchesScorePy() {
        var score = ShingleScore()
        score.add(gold: "one two three four five", predicted: "one two three four five")
        #expect(score.f1 == 1)
        var half = ShingleScore()
        // Gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x): TP 1, FP 1, FN 1.
        half.add(gold: "a b c d e", predicted: "a b c d x")
        #expect(abs(half.precision - 0.5) < 1e-9 && abs(half.recall - 0.5) < 1e-9)
        #expect(ShingleScore.tokens("ASN_x, pegawai-negeri 2024") == ["ASN_x", "pegawai", "negeri", "2024"])
    }

    /// The public benchmark: 181 real pages with gold main text (mostly English).
    @Test(.enabled(if: Support.shared != nil)) func boilerplateDevScoresAtTheBar() throws {
        let root = try #require(Support.shared).appendingPathComponent("eval/boilerplate-dev")
        let goldDirectory = root.appendingPathComponent("gold")
        let names = try FileManager.default.contentsOfDirectory(atPath: goldDirectory.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 181)
        var score = ShingleScore()
        for name in names {
            let id = String(name.dropLast(4))
            let gold = try String(contentsOf: goldDirectory.appendingPathComponent(name), encoding: .utf8)
            let bytes = try Data(contentsOf: root.appendingPathComponent("html/\(id).html"))
            let predicted = (try? Support.knowledge.cleaner.clean(SourceDocument(source: id, payload: .bytes(Array(bytes)))).get().text) ?? ""
            score.add(gold: gold, predicted: predicted)
        }
        print("boilerplate-dev: F1 \(score.f1) P \(score.precision) R \(score.recall)")
        #expect(score.f1 >= 0.965, "F1 \(score.f1) (P \(score.precision), R \(score.recall))")
    }
}
