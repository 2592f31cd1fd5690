import Foundation
import Testing
@testable import Pantau

/// Token boundaries, kinds, offsets and normalisation on news text in the styles of real sites.
@Suite struct TokenizerTests {
    /// Surface and kind of every token.
    func tokens(_ text: String) -> [(String, TokenKind)] {
        let t = Support.tokenize(text)
        return t.tokens.map { (t.surface($0), $0.kind) }
    }

    func surfaces(_ text: String) -> [String] { tokens(text).map(\.0) }

    func kind(of surface: String, in text: String) -> TokenKind? {
        tokens(text).first { $0.0 == surface }?.1
    }

    @Test func codePointOffsetsPointIntoTheOriginalText() {
        let text = "“Pilkada café 🇮🇩 netral,” kata Hj. Siti\u{00A0}Aisyah—Ketua Bawaslu NTT… ok"
        let t = Support.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in t.tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view) == t.surface(token))
        }
        #expect(surfaces(text).contains("café"))
        #expect(surfaces(text).contains("Siti"))
        #expect(surfaces(text).contains("Aisyah"))
        #expect(surfaces(text).contains("…"))
    }

    @Test func offsetsHoldOnEveryRealSeed() throws {
        guard let shared = Support.shared else { return }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("seeds").path)
        #expect(!seeds.isEmpty)
        for name in seeds {
            let text = try String(contentsOf: shared.appendingPathComponent("seeds").appendingPathComponent(name), encoding: .utf8)
            let t = Support.tokenize(text)
            let scalars = Array(text.unicodeScalars)
            var previousEnd = 0
            for token in t.tokens {
                #expect(token.start >= previousEnd && token.end > token.start)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[token.start..<token.end])
                #expect(String(view) == t.surface(token), "\(name) at \(token.start)")
                previousEnd = token.end
            }
        }
    }

    @Test func reduplicationAndCliticsStayOnTheWord() {
        let t = Support.tokenize("Pihak-pihak terkait menyetujuinya, APBD-nya telah dibahas, apakah ASN-lah yang salah? Walaupun punya hak, ia bertanya.")
        func clitic(_ s: String) -> Int? { t.tokens.first { t.surface($0) == s }?.cliticLength }
        #expect(t.tokens.contains { t.surface($0) == "Pihak-pihak" })
        #expect(clitic("menyetujuinya") == 3)
        #expect(clitic("APBD-nya") == 3)
        #expect(clitic("ASN-lah") == 3)
        #expect(clitic("Walaupun") == 3)
        #expect(clitic("telah") == 0)
        #expect(clitic("salah") == 0)
        #expect(clitic("punya") == 0)
        #expect(clitic("bertanya") == 0)
    }

    @Test func rangesAndPairsOfNamesSplit() {
        #expect(surfaces("naik 5-10 persen") == ["naik", "5", "-", "10", "persen"])
        #expect(surfaces("Ketua Bapepam-LK hadir") == ["Ketua", "Bapepam", "-", "LK", "hadir"])
        #expect(surfaces("periode Januari-September") == ["periode", "Januari", "-", "September"])
        #expect(surfaces("Raja-Raja Jawa") == ["Raja-Raja", "Jawa"])
        #expect(surfaces("jet Sukhoi Su-30 dan KRI Usman-Harun") == ["jet", "Sukhoi", "Su-30", "dan", "KRI", "Usman", "-", "Harun"])
        #expect(surfaces("tahun 1960-an, abad ke-5") == ["tahun", "1960-an", ",", "abad", "ke-5"])
        #expect(surfaces("Covid-19 dan non-ASN") == ["Covid-19", "dan", "non-ASN"])
    }

    @Test func abbreviationPeriodsAreSeparateTokens() {
        #expect(surfaces("Kab. Sikka") == ["Kab", ".", "Sikka"])
        #expect(surfaces("Sri Lestari, S.H., M.H.") == ["Sri", "Lestari", ",", "S", ".", "H", ".", ",", "M", ".", "H", "."])
        #expect(surfaces("gelar Ph.D. dari") == ["gelar", "Ph", ".", "D", ".", "dari"])
    }

    @Test func moneyPercentagesTimesAndDates() {
        let text = "Anggaran Rp 1,5 miliar dan Rp9.000 per dolar, US$ 2 juta, naik 2,5 persen atau 34%. Rapat pukul 10.30 WIB pada 4 Maret 2024, lalu 23/6/2024 jam 09:15."
        let t = Support.tokenize(text)
        let kinds = Dictionary(t.tokens.map { (t.surface($0), $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Rp"] == .money)
        #expect(kinds["1,5"] == .money)
        #expect(kinds["miliar"] == .money)
        #expect(kinds["9.000"] == .money)
        #expect(kinds["US"] == .money && kinds["$"] == .money && kinds["2"] == .money)
        #expect(kinds["2,5"] == .percent && kinds["persen"] == .percent)
        #expect(kinds["34"] == .percent && kinds["%"] == .percent)
        #expect(kinds["10.30"] == .time && kinds["WIB"] == .time)
        #expect(kinds["09:15"] == .time)
        #expect(kinds["4"] == .date && kinds["Maret"] == .date && kinds["2024"] == .date)
        #expect(kinds["23/6/2024"] == .date)
        #expect(surfaces("Rp9.000") == ["Rp", "9.000"])
        #expect(surfaces("Rp 1.500.000,00") == ["Rp", "1.500.000,00"])
        #expect(kind(of: "1.500", in: "sebanyak 1.500 orang") == .number)
    }

    @Test func acronymsInCapitalsAndInTitleCase() {
        let text = "ASN, PPPK, KPU dan Bawaslu mengawasi Pilkada; pemilu berjalan."
        #expect(kind(of: "ASN", in: text) == .acronym)
        #expect(kind(of: "PPPK", in: text) == .acronym)
        #expect(kind(of: "KPU", in: text) == .acronym)
        #expect(kind(of: "Bawaslu", in: text) == .acronym)
        #expect(kind(of: "Pilkada", in: text) == .acronym)
        #expect(kind(of: "pemilu", in: text) == .word)
        #expect(kind(of: "mengawasi", in: text) == .word)
    }

    @Test func linksAddressesHashtagsAndMentions() {
        let text = "Lapor ke https://bawaslu.go.id/lapor?id=5, www.bkn.go.id atau humas@sikkakab.go.id (via @BawasluRI #NetralitasASN). Baca KOMPAS.com dan detik.com/berita."
        let all = tokens(text)
        #expect(all.contains { $0 == ("https://bawaslu.go.id/lapor?id=5", .url) })
        #expect(all.contains { $0 == ("www.bkn.go.id", .url) })
        #expect(all.contains { $0 == ("humas@sikkakab.go.id", .email) })
        #expect(all.contains { $0 == ("@BawasluRI", .mention) })
        #expect(all.contains { $0 == ("#NetralitasASN", .hashtag) })
        #expect(all.contains { $0 == ("KOMPAS.com", .url) })
        #expect(all.contains { $0 == ("detik.com/berita", .url) })
        #expect(all.last?.0 == ".")
    }

    @Test func punctuationRuns() {
        #expect(surfaces("menunggu... lalu") == ["menunggu", "...", "lalu"])
        #expect(surfaces("A -- B") == ["A", "--", "B"])
        #expect(surfaces("``Apa?'' tanya dia") == ["``", "Apa", "?", "''", "tanya", "dia"])
        #expect(surfaces("Benarkah?!") == ["Benarkah", "?", "!"])
        #expect(surfaces("33° dan 5 km²") == ["33", "°", "dan", "5", "km²"])
    }

    @Test func normalisationIsForMatchingOnly() {
        let text = "“Netralitas” ASN—PNS ﬁnal\u{200B}"
        let t = Support.tokenize(text)
        let folded = t.tokens.map { t.normalized($0) }
        #expect(folded == ["\"", "netralitas", "\"", "asn", "-", "pns", "final"])
        #expect(t.surface(t.tokens[0]) == "“")
        #expect(t.tokens.count == 7)
    }

    @Test func brokenInput() {
        #expect(Support.tokenize("").tokens.isEmpty)
        #expect(Support.tokenize(" \n\t\u{00A0}\u{200B}").tokens.isEmpty)
        // Invalid UTF-8 is repaired upstream into U+FFFD, which is a letter-like character here.
        let repaired = String(decoding: [0x41, 0x53, 0x4E, 0xFF, 0x20, 0x6E, 0x65, 0x74, 0x72, 0x61, 0x6C], as: UTF8.self)
        let t = Support.tokenize(repaired)
        #expect(t.tokens.map { t.surface($0) } == ["ASN\u{FFFD}", "netral"])
        #expect(t.tokens[1].start == 5)
        // A truncated multi-byte character at the end is a token of its own, not a crash.
        #expect(Support.tokenize("ASN é").tokens.count == 2)
    }

    @Test func aMegabyteParagraph() {
        let words = ["aparatur", "sipil", "negara", "wajib", "netral", "dalam", "pilkada", "serentak"]
        var text = ""
        var count = 0
        while text.utf8.count < 1_000_000 { text += words[count % words.count] + " "; count += 1 }
        let t = Support.tokenize(text)
        #expect(t.tokens.count == count)
        #expect(t.sentences.count == 1)
        #expect(t.tokens.last?.end == text.unicodeScalars.count - 1)
    }
}
