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
}
