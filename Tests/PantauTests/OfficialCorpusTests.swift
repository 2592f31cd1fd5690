import Foundation
import Testing
@testable import Pantau

/// Officials measured against annotated documents: the project's corpus (when merged in) and
/// the shared seeds.
@Suite struct OfficialCorpusTests {
    struct Gold: Decodable {
        struct Person: Decodable {
            var name: String
            var titles: [String]
            var role: String
            var qualifier: String
            var institution: String
            var region_code: String
        }
        var source: String
        /// For a record of a JSON-lines feed: its line, which the pipeline appends as "#line".
        var line: Int?
        var officials: [Person]

        var key: String { line.map { source + "#\($0)" } ?? source }
    }

    static func records(under root: URL) throws -> [String: DocumentRecord] {
        let processor = DocumentProcessor(knowledge: Support.knowledge)
        var records: [String: DocumentRecord] = [:]
        for entry in try InputWalker(root: root.path).entries() {
            for document in InputReader().read(entry) { records[document.source] = processor.process(document) }
        }
        return records
    }

    @Test(.enabled(if: CorpusGold.available))
    func corpusOfficialsReachTheBar() throws {
        let records = try Self.records(under: try #require(CorpusGold.root))
        var documents = 0, goldCount = 0, truePositives = 0, falsePositives = 0
        var correct: [String: Int] = [:]
        let golds = try CorpusGold.documents.map { try JSONDecoder().decode(Gold.self, from: $0.data) }
        for gold in golds {
            guard let record = records[gold.key] else {
                Issue.record("no document for gold \(gold.key)")
                continue
            }
            documents += 1
            goldCount += gold.officials.count
            let expected = Dictionary(gold.officials.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for official in record.officials {
                guard let person = expected[official.name] else {
                    falsePositives += 1
                    print("not in gold: \(gold.key): \(official.name) [\(official.role)]")
                    continue
                }
                truePositives += 1
                let fields = ["role": official.role == person.role, "qualifier": official.qualifier == person.qualifier,
                              "institution": official.institution == person.institution, "region_code": official.regionCode == person.region_code,
                              "titles": official.titles == person.titles]
                for (field, ok) in fields where ok { correct[field, default: 0] += 1 }
                for (field, ok) in fields where !ok { print("\(field) differs: \(gold.key): \(official.name)") }
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, goldCount))
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        print("corpus officials: \(documents) documents, \(goldCount) gold, P \(precision) R \(recall) F1 \(f1)")
        #expect(documents >= 20)
        #expect(goldCount >= 60)
        #expect(f1 >= 0.95)
        for field in ["role", "qualifier", "institution", "region_code"] {
            let accuracy = Double(correct[field, default: 0]) / Double(max(1, truePositives))
            print("  \(field): \(accuracy)")
            #expect(accuracy >= 0.95, "\(field)")
        }
    }

    @Test(.enabled(if: Support.shared != nil))
    func seedOfficials() throws {
        let records = try Self.records(under: try #require(Support.shared).appendingPathComponent("seeds"))
        func officials(_ prefix: String) throws -> [Official] {
            try #require(records.first { $0.key.hasPrefix(prefix) }?.value).officials
        }
        #expect(try officials("000").isEmpty)
        #expect(try officials("001").isEmpty)
        let jateng = try officials("002")
        #expect(jateng.map(\.name) == ["Nana Sudjana", "Usman", "Sumarno", "Muhammad Amin", "Kasmarni"])
        #expect(!jateng.contains { $0.name == "Rizky Pratama" })
        let governor = try #require(jateng.first)
        #expect(governor.titles == ["Komjen Pol", "(P)", "Drs.", "A.S.", "M.M."])
        #expect([governor.role, governor.qualifier, governor.regionCode] == ["Gubernur", "Pj", "33"])
        #expect(governor.mentions >= 3)
        #expect(jateng.map(\.regionCode) == ["33", "14.03", "33", "33", "14.03"])
        #expect(jateng.map(\.institution) == ["", "Bawaslu", "", "Bawaslu", ""])
        let babel = try officials("003")
        #expect(Set(babel.map(\.name)) == ["EM Osykar", "Lusje Anneke Tabalujan"])
        #expect(babel.first { $0.name == "Lusje Anneke Tabalujan" }.map { [$0.role, $0.qualifier, $0.regionCode] } == ["Wali Kota", "Pj", "19.71"])
        let national = try officials("004")
        #expect(national.map(\.name) == ["Amanda Setiawan", "Budi Santoso"])
        #expect(national.map(\.institution) == ["Kementerian PANRB", "KPU"])
        #expect(national.allSatisfy { $0.regionCode.isEmpty && $0.titles == ["Dr."] })
    }
}
