import Foundation
import Testing
@testable import Pantau

@Suite struct EncodingTests {
    func page(_ charset: String, body: String) -> String {
        """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=\(charset)"><title>Uji</title></head>
        <body><article><p>\(body)</p></article></body></html>
        """
    }

    static let sentence = "Bupati meminta seluruh ASN di Kabupaten Sikka tidak mengunggah dukungan kepada calon mana pun di media sosial selama tahapan Pilkada berlangsung — “netral itu wajib”, katanya."

    @Test func iso88591DeclarationOnUTF8BytesReadsAsUTF8() throws {
        let bytes = Array(page("iso-8859-1", body: Self.sentence).utf8)
        let decoded = TextDecoding.decode(bytes, sniffDeclaration: true)
        #expect(decoded.encoding == "utf-8 (declared iso-8859-1)")
        let doc = try Support.knowledge.cleaner.clean(SourceDocument(source: "x.html", payload: .bytes(bytes))).get()
        #expect(doc.text == Self.sentence)
    }

    @Test func windows1252BytesDecode() {
        // 0x93/0x94 are curly quotes and 0xE9 is é in windows-1252; none of them is valid UTF-8 here.
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Kades diminta ".utf8)
        bytes += [0x93] + Array("netral".utf8) + [0x94] + Array(", kata petugas caf".utf8) + [0xE9] + Array(" itu.</p></body></html>".utf8)
        let decoded = TextDecoding.decode(bytes, sniffDeclaration: true)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text.contains("“netral”"))
        #expect(decoded.text.contains("café"))
    }

    @Test func byteOrderMarkWins() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>Netralitas ASN</p>".utf8)
        let decoded = TextDecoding.decode(bytes, sniffDeclaration: true)
        #expect(decoded.encoding == "utf-8 (bom)")
        #expect(decoded.text == "<p>Netralitas ASN</p>")
    }

    @Test func outputIsNFCWithEntitiesDecodedAndBreaksKept() throws {
        // "e" + combining acute must come out precomposed; &amp; and &nbsp; decoded; <br> a line break.
        let html = "<html><body><article><p>Caf\u{65}\u{301} &amp; kopi&nbsp;pagi: Bupati Sikka meminta ASN menjaga netralitas dalam Pilkada 2024 di seluruh kecamatan.<br>Baris kedua dari paragraf yang sama tetap satu paragraf dengan baris pertama.</p></article></body></html>"
        let doc = try Support.knowledge.cleaner.clean(SourceDocument(source: "x.html", payload: .bytes(Array(html.utf8)))).get()
        #expect(doc.text.hasPrefix("Café & kopi pagi:"))
        #expect(doc.text.unicodeScalars.contains("\u{E9}"))
        #expect(doc.text.contains("2024 di seluruh kecamatan.\nBaris kedua"))
    }
}
