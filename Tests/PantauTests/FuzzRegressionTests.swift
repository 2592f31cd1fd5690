import Foundation
import Testing
@testable import Pantau

/// Every input in Fixtures/fuzz (crashers that `make fuzz` found, and seeds) and the mini
/// corpus the fuzzer starts from goes through the whole document path and comes out as a
/// record with a status, never a crash.
@Suite struct FuzzRegressionTests {
    static let inputs: [URL] = ["fuzz", "mini", "mini/news"].flatMap { folder -> [URL] in
        let dir = Support.fixture(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0) }.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    @Test(arguments: inputs)
    func replay(_ input: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: input))
        let processor = DocumentProcessor(knowledge: Support.knowledge)
        let record = processor.process(SourceDocument(source: input.lastPathComponent, payload: .bytes(bytes)))
        #expect(DocumentStatus.allCases.contains(record.status))
        if record.status != .ok { #expect(!record.error.isEmpty) }
        for document in JSONLRecords.parse(bytes, source: input.lastPathComponent) {
            let line = processor.process(document)
            if line.status != .ok { #expect(!line.error.isEmpty) }
        }
        // As the fuzz target does: the bytes as a text scrape, and through the language guesser.
        let text = String(decoding: bytes, as: UTF8.self)
        let scrape = processor.process(SourceDocument(source: input.lastPathComponent + ".txt", payload: .text(text)))
        if scrape.status != .ok { #expect(!scrape.error.isEmpty) }
        #expect(["", "id", "en", "other"].contains(Support.knowledge.cleaner.language.guess(text)))
    }

    @Test func thereAreInputsToReplay() {
        #expect(Self.inputs.count >= 3)
    }
}
