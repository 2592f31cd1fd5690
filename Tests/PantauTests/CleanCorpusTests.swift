import Foundation
import Testing
@testable import Pantau

/// The project's Indonesian corpus (corpus/, gold in corpus/gold/<path>.json): main text by the
/// benchmark's shingle metric, and metadata exactly.
@Suite struct CleanCorpusTests {
    static var present: Bool { CorpusGold.available }

    struct Case { var source: String; var gold: [String: Any] }

    /// One case per gold file; a feed's records (a JSONL file, not a page) are left to the
    /// end-to-end tests.
    static func cases() throws -> [Case] {
        CorpusGold.documents.filter { !$0.source.contains("#") }.map { Case(source: $0.source, gold: $0.object) }
    }

    static func clean(_ source: String) throws -> CleanDocument {
        let root = try #require(CorpusGold.root)
        let bytes = try Data(contentsOf: root.appendingPathComponent(source))
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
        print("corpus: \(cases.count) documents, F1 \(score.f1) P \(score.precision) R \(score.recall)")
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
