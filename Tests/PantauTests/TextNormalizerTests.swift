import Foundation
import Testing
@testable import Pantau

/// Stable ids hash folded text: the byte-level fast path must agree with the full
/// Foundation path (NFKC, lower case, plain quotes) on everything it accepts.
@Suite struct TextNormalizerTests {
    @Test func fastPathAgreesWithFoundationOnEveryScalarItAccepts() {
        var accepted = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(Character(scalar)) + "z"
            guard let fast = TextNormalizer.fastFold(Array(text.utf8)) else { continue }
            accepted += 1
            #expect(fast == TextNormalizer.foldedByFoundation(text), "U+\(String(value, radix: 16))")
        }
        #expect(accepted == 205)   // ASCII, U+00A0, U+00C0...U+00FF, six punctuation marks, five invisible ones
    }

    @Test func foldsNewsText() {
        #expect(TextNormalizer.fold("“Netralitas ASN—MUTLAK,” kata Pj. Bupati…") == "\"netralitas asn-mutlak,\" kata pj. bupati...")
        #expect(TextNormalizer.fold("Ca\u{301}MAT") == "cámat")          // combining mark: full path composes
        #expect(TextNormalizer.fold("ＡＳＮ ﬁ") == "asn fi")               // compatibility forms: full path
        #expect(TextNormalizer.fold("RÉSUMÉ\u{200B}") == "résumé")
        #expect(TextNormalizer.fold(Array("Kota BATU".utf8)[...]) == "kota batu")
    }

    @Test func foldsTheCorpusAsFoundationDoes() throws {
        let root = Support.packageRoot.appendingPathComponent("corpus")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".html") || $0.hasSuffix(".txt") }
        #expect(files.count >= 25)
        for file in files {
            let text = String(decoding: try Data(contentsOf: root.appendingPathComponent(file)), as: UTF8.self)
            #expect(TextNormalizer.fold(text) == TextNormalizer.foldedByFoundation(text), "\(file)")
        }
    }
}
