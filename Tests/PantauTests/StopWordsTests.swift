import Foundation
import Testing
@testable import Pantau

/// The stop-word table answers exactly as the word list does, for every word of real text.
@Suite struct StopWordsTests {
    @Test func tableAgreesWithTheListOnCorpusWords() throws {
        let list = try String(contentsOf: Support.dataDirectory.url.appendingPathComponent("stopwords-id.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let words = Set(list)
        let table = StopWords(Array(words))
        #expect(!table.isEmpty && words.count > 100)
        // Every listed word, in any case.
        for word in words {
            #expect(table.contains(hash: StopWords.hash(Array(word.utf8)[...])))
            #expect(table.contains(hash: StopWords.hash(Array(word.uppercased().utf8)[...])))
        }
        // Every word of the sample corpus: in the table exactly when in the list.
        var checked = 0
        let corpus = Support.packageRoot.appendingPathComponent("corpus")
        let files = FileManager.default.enumerator(atPath: corpus.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") } ?? []
        for file in files {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            for word in text.split(whereSeparator: { !$0.isLetter }).map({ $0.lowercased() }) where word.unicodeScalars.allSatisfy(\.isASCII) {
                #expect(table.contains(hash: StopWords.hash(Array(word.utf8)[...])) == words.contains(word), "\(word)")
                checked += 1
            }
        }
        #expect(checked > 1_000)
        #expect(StopWords([]).isEmpty && !StopWords([]).contains(hash: StopWords.hash(Array("yang".utf8)[...])))
    }
}
