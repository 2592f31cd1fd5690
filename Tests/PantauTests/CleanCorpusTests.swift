import Foundation
import Testing
@testable import Pantau

/// The project's Indonesian corpus (corpus/, gold in corpus/gold/<path>.json): main text by the
/// benchmark's shingle metric, and metadata exactly.
@Suite struct CleanCorpusTests {
    static let corpus = Support.packageRoot.appendingPathComponent("corpus")
    static var present: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold").path) }

    struct Case { var source: String; var gold: [String: Any] }

    static func cases() throws -> [Case] {
        let gold = corpus.appendingPathComponent("gold")
        guard let walker = FileManager.default.enumerator(atPath: gold.path) else { return [] }
        var result: [Case] = []
        for case let path as String in walker where path.hasSuffix(".json") {
            let data = try Data(contentsOf: gold.appendingPathComponent(path))
            // The feed's gold holds records of a JSONL file, not one page: the pipeline tests cover it.
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any], let source = object["source"] as? String else { continue }
            result.append(Case(source: source, gold: object))
        }
        return result.sorted { $0.source < $1.source }
    }

    static func clean(_ source: String) throws -> CleanDocument {
        let bytes = try Data(contentsOf: corpus.appendingPathComponent(source))
        return try Support.knowledge.cleaner.clean(SourceDocument(source: source, payload: .bytes(Array(bytes)))).get()
    }

    @Test(.enabled(if: present)) func mainTextScoresAtTheBar() throws {
        var score = ShingleScore()
        let cases = try Self.cases()
        #expect(cases.count >= 30)
        for item in cases {
            let predicted = (try? Self.clean(item.source).text) ?? ""
            score.add(gold: item.gold["main_text"] as? String ?? "", predicted: predicted)
        }
        #expect(score.f1 >= 0.95, "F1 \(score.f1) (P \(score.precision), R \(score.recall))")
    }

    @Test(.enabled(if: present)) func htmlMetadataIsExact() throws {
        for item in try Self.cases() where item.source.hasSuffix(".html") {
            let metadata = try Self.clean(item.source).metadata
            let got = ["title": metadata.title, "author": metadata.author, "published": metadata.published, "site": metadata.site, "url": metadata.url]
            for (field, value) in got {
                guard let expected = item.gold[field] as? String, !expected.isEmpty else { continue }
                #expect(value == expected, "\(item.source) \(field)")
            }
        }
    }

    @Test(.enabled(if: present)) func scrapeMetadataIsExact() throws {
        for item in try Self.cases() where item.source.hasSuffix(".txt") {
            let metadata = try Self.clean(item.source).metadata
            for (field, value) in ["title": metadata.title, "author": metadata.author, "published": metadata.published] {
                guard let expected = item.gold[field] as? String, !expected.isEmpty else { continue }
                #expect(value == expected, "\(item.source) \(field)")
            }
        }
    }
}
