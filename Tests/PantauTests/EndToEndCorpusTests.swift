import Foundation
import Testing
@testable import Pantau

/// The whole pipeline over the annotated corpus, scored against the hand-made gold: what a
/// researcher gets from `make run`, not any one stage in isolation.
@Suite struct EndToEndCorpusTests {
    struct Counts {
        var truePositives = 0, predicted = 0, gold = 0
        var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var summary: String { String(format: "P %.3f R %.3f F1 %.3f (%d/%d, gold %d)", precision, recall, f1, truePositives, predicted, gold) }
    }

    struct Report {
        var text = ShingleScore()
        var regions = Counts(), officials = Counts(), claims = Counts()
        var fieldRight: [String: Int] = [:]
        var typeRight = 0, speakerRight = 0, attributed = 0
        var metadataRight: [String: Int] = [:], metadataGold: [String: Int] = [:]

        func accuracy(_ right: Int, _ total: Int) -> Double { total == 0 ? 0 : Double(right) / Double(total) }
    }

    /// One run over the corpus, made by the first test that asks and shared by the others.
    actor Cache {
        var report: Report?
        func get() async throws -> Report {
            if let report { return report }
            let made = try await EndToEndCorpusTests.run()
            report = made
            return made
        }
    }
    static let cache = Cache()

    static func run() async throws -> Report {
        let root = try #require(CorpusGold.root)
        let output = Support.temporaryDirectory("e2e")
        _ = try await Pipeline(knowledge: Support.knowledge).run(RunOptions(input: root.path, output: output.path))
        let lines = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        var records: [String: DocumentRecord] = [:]
        for line in lines.split(separator: "\n") {
            let record = try RecordCodec.decode(Array(line.utf8))
            records[record.source] = record
        }
        var report = Report()
        for gold in CorpusGold.documents {
            let record = records[gold.source] ?? DocumentRecord(docID: "", source: gold.source, status: .error)
            score(gold, record, into: &report)
        }
        return report
    }

    static func score(_ gold: CorpusGold.Document, _ record: DocumentRecord, into report: inout Report) {
        report.text.add(gold: gold.mainText, predicted: record.text)
        for field in ["title", "author", "published"] where !gold.field(field).isEmpty {
            report.metadataGold[field, default: 0] += 1
            let value = field == "title" ? record.title : field == "author" ? record.author : record.published
            if value == gold.field(field) { report.metadataRight[field, default: 0] += 1 }
        }
        // Regions: multisets of (code, surface).
        var wanted: [String: Int] = [:]
        for region in gold.regions { wanted["\(region["region_code"] ?? "")|\(region["surface"] ?? "")", default: 0] += 1 }
        report.regions.gold += gold.regions.count
        report.regions.predicted += record.regions.count
        for mention in record.regions {
            let key = mention.regionCode + "|" + mention.surface
            if let count = wanted[key], count > 0 { wanted[key] = count - 1; report.regions.truePositives += 1 }
        }
        // Officials: by exact name, then each field of the matched.
        report.officials.gold += gold.officials.count
        report.officials.predicted += record.officials.count
        var unmatched = record.officials
        for person in gold.officials {
            guard let index = unmatched.firstIndex(where: { $0.name == person["name"] as? String }) else { continue }
            let found = unmatched.remove(at: index)
            report.officials.truePositives += 1
            for (field, value) in [("role", found.role), ("qualifier", found.qualifier), ("institution", found.institution), ("region_code", found.regionCode)]
            where value == person[field] as? String {
                report.fieldRight[field, default: 0] += 1
            }
        }
        // Claims: a predicted sentence matches a gold one when one contains the other or most words are shared.
        report.claims.gold += gold.claims.count + gold.headlineClaims.count
        report.claims.predicted += record.claims.count
        var open = record.claims
        for claim in gold.claims + gold.headlineClaims {
            let sentence = claim["sentence"] as? String ?? ""
            guard let index = open.firstIndex(where: { sameSentence($0.text, sentence) }) else { continue }
            let found = open.remove(at: index)
            report.claims.truePositives += 1
            if found.type.rawValue == claim["type"] as? String { report.typeRight += 1 }
            if let speaker = claim["speaker"] as? String, !speaker.isEmpty {
                report.attributed += 1
                if found.speaker == speaker { report.speakerRight += 1 }
            }
        }
    }

    static func sameSentence(_ a: String, _ b: String) -> Bool {
        let x = Whitespace.collapse(a), y = Whitespace.collapse(b)
        if x.contains(y) || y.contains(x) { return true }
        let wordsX = Set(x.split(separator: " ")), wordsY = Set(y.split(separator: " "))
        return Double(wordsX.intersection(wordsY).count) > 0.6 * Double(min(wordsX.count, wordsY.count))
    }

    @Test(.enabled(if: CorpusGold.available)) func mainTextAndMetadata() async throws {
        let report = try await Self.cache.get()
        print(String(format: "e2e main text: shingle F1 %.4f (P %.4f R %.4f) over %d documents", report.text.f1, report.text.precision,
                     report.text.recall, CorpusGold.documents.count))
        #expect(CorpusGold.documents.count >= 30)
        #expect(report.text.f1 >= 0.95)
        for field in ["title", "author", "published"] {
            let right = report.metadataRight[field] ?? 0, total = report.metadataGold[field] ?? 0
            print("e2e \(field): \(right)/\(total) exact")
            #expect(right == total, "\(field): \(right)/\(total) exact")
        }
    }

    @Test(.enabled(if: CorpusGold.available)) func regions() async throws {
        let report = try await Self.cache.get()
        print("e2e regions (code and surface): \(report.regions.summary)")
        #expect(report.regions.f1 >= 0.97)
    }

    @Test(.enabled(if: CorpusGold.available)) func officials() async throws {
        let report = try await Self.cache.get()
        print("e2e officials (exact names): \(report.officials.summary)")
        #expect(report.officials.gold >= 60)
        #expect(report.officials.f1 >= 0.95)
        for field in ["role", "qualifier", "institution", "region_code"] {
            let accuracy = report.accuracy(report.fieldRight[field] ?? 0, report.officials.truePositives)
            print(String(format: "e2e officials %@ accuracy %.3f", field, accuracy))
            #expect(accuracy >= 0.95, "\(field) accuracy \(accuracy)")
        }
    }

    @Test(.enabled(if: CorpusGold.available)) func claims() async throws {
        let report = try await Self.cache.get()
        let typeAccuracy = report.accuracy(report.typeRight, report.claims.truePositives)
        let speakerAccuracy = report.accuracy(report.speakerRight, report.attributed)
        print("e2e claims: \(report.claims.summary)")
        print(String(format: "e2e claims: type accuracy %.3f, speaker accuracy %.3f (%d/%d)", typeAccuracy, speakerAccuracy,
                     report.speakerRight, report.attributed))
        #expect(report.claims.gold >= 200)
        #expect(report.claims.f1 >= 0.92)
        #expect(typeAccuracy >= 0.88)
        #expect(speakerAccuracy >= 0.92)
    }
}
