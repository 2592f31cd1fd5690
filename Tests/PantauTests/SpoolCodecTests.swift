import Foundation
import Testing
@testable import Pantau

/// The spool carries every record between processing and writing: what goes in must come
/// out field for field, and a damaged spool must fail loudly, never yield a wrong record.
@Suite struct SpoolCodecTests {
    static let records: [DocumentRecord] = {
        let root = Support.packageRoot.appendingPathComponent("corpus/news")
        let processor = DocumentProcessor(knowledge: Support.knowledge)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        return files.compactMap { name in
            guard let data = try? Data(contentsOf: root.appendingPathComponent(name)) else { return nil }
            return processor.process(SourceDocument(source: "news/" + name, payload: .bytes(Array(data))))
        }
    }()

    @Test func corpusRecordsRoundTrip() throws {
        #expect(Self.records.count >= 15)
        #expect(Self.records.contains { !$0.claims.isEmpty && !$0.officials.isEmpty && !$0.regions.isEmpty })
        for record in Self.records {
            let decoded = try SpoolCodec.decode(SpoolCodec.encode(record))
            #expect(RecordCodec.encode(decoded) == RecordCodec.encode(record), "\(record.source)")
        }
    }

    @Test func unusualValuesRoundTrip() throws {
        var record = DocumentRecord(docID: "d1", source: "a/b.html#3", status: .error)
        record.error = "line 3: \u{0}\"quoted\"\n"
        record.chars = 1 << 40
        record.words = -1
        record.text = String(repeating: "é“x”", count: 10_000)
        record.regions = [RegionMention(regionCode: "53.10", regionName: "Sikka", level: "kabupaten", provinceCode: "53",
                                        surface: "Sikka", start: 0, end: Int.max, rule: "r")]
        let decoded = try SpoolCodec.decode(SpoolCodec.encode(record))
        #expect(RecordCodec.encode(decoded) == RecordCodec.encode(record))
        #expect(decoded.status == .error && decoded.chars == 1 << 40 && decoded.words == -1)
    }

    @Test func truncatedRecordsThrow() throws {
        let record = try #require(Self.records.first { !$0.claims.isEmpty })
        let bytes = SpoolCodec.encode(record)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(throws: SpoolCodec.DecodeError.self) { try SpoolCodec.decode(Array(bytes[..<cut])) }
        }
    }
}
