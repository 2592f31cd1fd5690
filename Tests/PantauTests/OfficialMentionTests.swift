import Testing
@testable import Pantau

/// Later mentions, pronouns and ids that follow a person across documents.
@Suite struct OfficialMentionTests {
    static let story = """
    Pj Bupati Sikka Dr. Adrianus Ratu Seda, M.Si. meminta seluruh ASN menahan diri di media sosial.
    "Jempol ASN juga harus netral," kata Adrianus.
    Ketua Bawaslu Kabupaten Sikka, Yasinta Lamen Bura, mengatakan pihaknya sudah meminta klarifikasi.
    "Kepala desa itu jabatan pelayanan," ujarnya.
    Pj Bupati juga meminta ASN disiplin. Ia menegaskan sanksi menanti.
    """

    @Test func laterMentionsBySurnameAndRoleAreCounted() throws {
        let result = OfficialPatternTests.extract(Self.story)
        #expect(result.officials.map(\.name) == ["Adrianus Ratu Seda", "Yasinta Lamen Bura"])
        let regent = try #require(result.officials.first)
        // full name, "kata Adrianus", "Pj Bupati juga"
        #expect(regent.mentions == 3)
        #expect(result.officials.last?.mentions == 1)
        let kinds = result.mentions.mentions.filter { $0.official == 0 }.map(\.kind)
        #expect(kinds == [.fullName, .partialName, .role])
        let nameStart = try #require(Self.story.range(of: "Adrianus Ratu Seda"))
        #expect(regent.start == Self.story.unicodeScalars.distance(from: Self.story.startIndex, to: nameStart.lowerBound))
        #expect(regent.end == regent.start + "Adrianus Ratu Seda".unicodeScalars.count)
    }

    @Test func pronounsAndSpeechVerbsResolveToTheLastOfficial() throws {
        let tokenized = Support.tokenize(Self.story)
        let result = OfficialPatternTests.extract(Self.story)
        let ujarnya = try #require(tokenized.tokens.firstIndex { tokenized.normalized($0) == "ujarnya" })
        #expect(result.mentions.referent(ofToken: ujarnya, in: tokenized) == 1)
        let ia = try #require(tokenized.tokens.lastIndex { tokenized.normalized($0) == "ia" })
        #expect(result.mentions.referent(ofToken: ia, in: tokenized) == 0)
        let meminta = try #require(tokenized.tokens.firstIndex { tokenized.normalized($0) == "meminta" })
        #expect(result.mentions.referent(ofToken: meminta, in: tokenized) == nil)
        #expect(result.mentions.official(mentionedBefore: 0) == nil)
    }

    @Test func officialIDIsStableAcrossDocumentsForTheSamePersonAndRegion() throws {
        let knowledge = Support.knowledge
        func record(_ text: String, _ source: String) -> DocumentRecord {
            DocumentProcessor(knowledge: knowledge).process(SourceDocument(source: source, url: nil, payload: .text(text)))
        }
        let padding = " Bawaslu terus mengawasi netralitas ASN dan kepala desa selama tahapan pilkada berlangsung di daerah itu."
        let march = record("Ketua Bawaslu Kabupaten Sikka, Yasinta Lamen Bura, S.H., mengatakan pihaknya siap." + padding, "a.txt")
        let october = record("Yasinta Lamen Bura, Ketua Bawaslu Sikka, menyebut laporan bertambah." + padding, "b.txt")
        let first = try #require(march.officials.first)
        let second = try #require(october.officials.first)
        #expect(!first.officialID.isEmpty)
        #expect(first.officialID == second.officialID)
        #expect(first.officialID == StableIDs.official(name: "Yasinta Lamen Bura", regionCode: "53.07"))
    }
}
