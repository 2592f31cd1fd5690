import Foundation
import Testing
@testable import Pantau

/// documents.jsonl and `pantau stream` lines must parse back to the exact strings written.
@Suite struct JSONWriterTests {
    @Test func escapedStringsParseBackExactly() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let samples = ["", "plain", "\"quoted\" \\ back\\slash", controls, "“Netral,” kata Pj. Bupati — 50%\n\tbaris", "\u{7F}\u{85}\u{2028}é",
                       String(repeating: "ASN \"x\" ", count: 5_000)]
        for sample in samples {
            var writer = JSONObjectWriter()
            writer.string("text", sample)
            writer.strings("list", [sample, "b"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(writer.finished())) as? [String: Any])
            #expect(object["text"] as? String == sample)
            #expect(object["list"] as? [String] == [sample, "b"])
        }
    }

    /// Numbers are written digit by digit; each must read back as itself, the line closed once.
    @Test func integersAndClosingReadBack() throws {
        let values = [0, 7, -12, 1_000_000, Int.max, Int.min]
        var writer = JSONObjectWriter()
        for (index, value) in values.enumerated() { writer.int("n\(index)", value) }
        let line = writer.finished(newline: true)
        #expect(line.last == 0x0A && line.dropLast().last == 0x7D)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.dropLast())) as? [String: Any])
        for (index, value) in values.enumerated() {
            #expect((object["n\(index)"] as? NSNumber)?.int64Value == Int64(value), "\(value)")
        }
        #expect(String(decoding: line, as: UTF8.self).hasPrefix(#"{"n0":0,"n1":7,"n2":-12,"n3":1000000,"#))
    }
}
