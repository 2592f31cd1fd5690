import Testing
@testable import Pantau

@Suite struct TextDecodingTests {
    /// Encodes text in Windows-1252 (the test strings stay inside its repertoire).
    static func cp1252(_ text: String) -> [UInt8] {
        let high: [UInt32: UInt8] = [0x20AC: 0x80, 0x201A: 0x82, 0x2026: 0x85, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
                                     0x201D: 0x94, 0x2013: 0x96, 0x2014: 0x97]
        return text.unicodeScalars.map { scalar in high[scalar.value] ?? UInt8(truncatingIfNeeded: scalar.value) }
    }

    @Test func declaredLatin1ButUTF8Bytes() {
        let page = "<meta charset=\"iso-8859-1\"><p>“Netral” – kata Andé</p>"
        let decoded = TextDecoding.decode(Array(page.utf8), sniffDeclaration: true)
        #expect(decoded.text == page)
        #expect(decoded.encoding.hasPrefix("utf-8"))
    }

    @Test func windows1252WithAndWithoutDeclaration() {
        let text = "<p>“Netral” – kata Andé</p>"
        let bare = TextDecoding.decode(Self.cp1252(text), sniffDeclaration: true)
        #expect(bare.text == text)
        let declared = TextDecoding.decode(Self.cp1252("<meta charset=windows-1252>" + text), sniffDeclaration: true)
        #expect(declared.text.hasSuffix(text))
        #expect(declared.encoding == "windows-1252")
    }

    @Test func invalidUTF8NeverFails() {
        let bytes: [UInt8] = [0x41, 0xC3, 0x28, 0xE2, 0x82, 0x41, 0xF0, 0x90]
        #expect(!TextDecoding.isValidUTF8(bytes))
        let decoded = TextDecoding.decode(bytes, sniffDeclaration: false)
        #expect(decoded.text.unicodeScalars.count == bytes.count)
    }
}
