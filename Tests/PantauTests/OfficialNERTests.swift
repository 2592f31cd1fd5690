import Foundation
import Testing
@testable import Pantau

/// Officials' names checked against real news sentences with gold person spans (../shared/eval/ner-dev).
@Suite struct OfficialNERTests {
    struct Sentence: Decodable {
        struct Entity: Decodable { var start: Int; var end: Int; var type: String; var text: String }
        var id: String
        var text: String
        var entities: [Entity]
    }

    @Test(.enabled(if: Support.shared != nil))
    func officialNamesAreGoldPersonSpans() throws {
        let folder = try #require(Support.shared).appendingPathComponent("eval/ner-dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        #expect(!files.isEmpty)
        var found = 0, exact = 0
        var misses: [String] = []
        for file in files {
            let contents = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in contents.split(separator: "\n") {
                let sentence = try JSONDecoder().decode(Sentence.self, from: Data(line.utf8))
                let tokenized = Support.tokenize(sentence.text)
                let regions = Support.knowledge.regions.match(tokenized)
                let result = Support.knowledge.officials.extractWithMentions(tokenized, regions: regions)
                let gold = Set(sentence.entities.filter { $0.type == "PER" }.map { [$0.start, $0.end] })
                for (index, official) in result.officials.enumerated() {
                    found += 1
                    let spans = result.mentions.mentions.filter { $0.official == index && $0.kind != .role }
                    if let span = spans.first, gold.contains([span.start, span.end]) {
                        exact += 1
                    } else {
                        misses.append("\(sentence.id): \(official.name) [\(official.role) \(official.institution)]")
                    }
                }
            }
        }
        let precision = found == 0 ? 0 : Double(exact) / Double(found)
        print("ner-dev official names: \(exact)/\(found) exact gold PER spans = \(precision)")
        for miss in misses { print("  not a gold PER span: \(miss)") }
        #expect(found >= 30)
        #expect(precision >= 0.97)
    }
}
