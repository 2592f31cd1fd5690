import Testing
@testable import Pantau

/// Speaker attribution, one test per pattern of GUIDE.md "speaker". Officials are built by
/// hand, so these tests do not depend on the officials extractor.
@Suite struct AttributionTests {
    static let yasinta = Official(name: "Yasinta Lamen Bura", role: "Ketua", institution: "Bawaslu", regionCode: "53.07", start: 0, end: 0, rule: "test")
    static let adrianus = Official(name: "Adrianus Ratu Seda", role: "Bupati", qualifier: "Pj", regionCode: "53.07", start: 0, end: 0, rule: "test")
    static let hendrikus = Official(name: "Hendrikus Dae Lado", role: "Kapolres", regionCode: "53.07", start: 0, end: 0, rule: "test")
    static let sri = Official(name: "Sri Wahyuningsih", role: "Bupati", regionCode: "33.22", start: 0, end: 0, rule: "test")
    static let officials = [yasinta, adrianus, hendrikus]

    func claims(_ text: String, officials: [Official] = officials) -> [Claim] {
        let tokenized = Support.tokenize(text)
        return Support.knowledge.claims.extract(tokenized, regions: Support.knowledge.regions.match(tokenized), officials: officials)
    }

    @Test func quoteTailNamesTheSpeaker() throws {
        // detik style: "...," ujar ROLE, NAME
        let claim = try #require(claims("\"Kepala desa dilarang ikut kampanye,\" ujar Ketua Bawaslu Kabupaten Sikka, Yasinta Lamen Bura, Senin (7/10/2024).").first)
        #expect(claim.speaker == "Yasinta Lamen Bura")
        #expect(claim.attribution == "direct")
        #expect(claim.regionCode == "53.07")
    }

    @Test func aQuoteOverSeveralSentencesHasOneSpeaker() {
        // kompas style, surname in the tail
        let found = claims("\"Jempol ASN juga harus netral. Jangan sampai karena satu klik, karier ASN hilang,\" kata Adrianus.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Adrianus Ratu Seda" && $0.attribution == "direct" })
        #expect(found.map(\.type) == [.norm, .risk])
    }

    @Test func ujarnyaIsTheLastOfficialWhoSpoke() throws {
        // tribun style: indirect first, then "ujarnya"
        let found = claims("Kapolres Sikka AKBP Hendrikus Dae Lado menegaskan bahwa seluruh personel Polri wajib netral. \"Anggota Polri yang terbukti tidak netral akan kami proses melalui Propam,\" ujarnya.")
        #expect(found.count == 2)
        #expect(found.map(\.speaker) == ["Hendrikus Dae Lado", "Hendrikus Dae Lado"])
        #expect(found.map(\.attribution) == ["indirect", "direct"])
    }

    @Test func indirectSpeechPatterns() throws {
        // antaranews style: "Menurut NAME", then "Ia menambahkan"
        let found = claims("Menurut Yasinta, kepala desa dilarang berkampanye untuk pasangan calon mana pun. Ia menambahkan, Bawaslu membuka posko pengaduan netralitas kepala desa.")
        #expect(found.map(\.speaker) == ["Yasinta Lamen Bura", "Yasinta Lamen Bura"])
        #expect(found.map(\.attribution) == ["indirect", "indirect"])
        let mid = try #require(claims("Hingga pertengahan Oktober, kata Yasinta, belum ada laporan pelanggaran netralitas ASN.").first)
        #expect(mid.speaker == "Yasinta Lamen Bura")
    }

    @Test func theAuthorsVoiceHasNoSpeaker() throws {
        // kompasiana style opinion
        let claim = try #require(claims("Netralitas ASN adalah pilar penting demokrasi di daerah.").first)
        #expect(claim.speaker.isEmpty)
        #expect(claim.attribution == "none")
    }

    @Test func aQuoteWhoseSpeakerIsNamedOnlyAfterIt() {
        // Pemkab press release: the quote paragraph has no tail, the next sentence names the speaker
        let text = "\"Kepala desa tidak boleh ikut kampanye. Netralitas itu wajib bagi kepala desa.\"\nHal itu disampaikan Bupati Semarang Sri Wahyuningsih di Ungaran, Senin."
        let found = claims(text, officials: [Self.yasinta, Self.sri])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Sri Wahyuningsih" && $0.attribution == "direct" })
        #expect(found.first?.regionCode == "33.22")
    }

    @Test func aCitizenIsNotTheLastOfficial() throws {
        // kompas style: a quoted citizen after an official
        let text = "Pj Bupati Sikka Adrianus Ratu Seda meminta ASN tidak ikut kampanye. Warga Kota Baru, Agustina Manu, berharap imbauan itu dijalankan. \"Pegawai kantor diduga masih ikut kampanye pasangan calon,\" ujarnya."
        let found = claims(text)
        #expect(found.count == 2)
        #expect(found.first?.speaker == "Adrianus Ratu Seda")
        let quote = try #require(found.last)
        #expect(quote.text.hasPrefix("\"Pegawai"))
        #expect(quote.attribution == "direct")
        #expect(quote.speaker.isEmpty)
    }

    @Test func aRoleAloneNamesItsHolder() throws {
        let text = "Pj Bupati Sikka Adrianus Ratu Seda meminta ASN netral. Kapolres menegaskan personel Polri dilarang berfoto dengan pasangan calon."
        let found = claims(text)
        #expect(found.map(\.speaker) == ["Adrianus Ratu Seda", "Hendrikus Dae Lado"])
    }

    @Test func regionFallsBackToTheSentenceThenTheDocument() throws {
        let text = "Bawaslu Kabupaten Sikka mencatat tiga laporan. ASN wajib netral dalam Pilkada 2024."
        let tokenized = Support.tokenize(text)
        let regions = Support.knowledge.regions.match(tokenized)
        let claim = try #require(Support.knowledge.claims.extract(tokenized, regions: regions, officials: []).first)
        #expect(!regions.isEmpty)
        #expect(claim.regionCode == regions.first?.regionCode)
    }

    // MARK: patterns of real news

    @Test func aQuoteFollowedByTheNameWithoutAVerb() throws {
        // suara.com style: `"...," ROLE NAME saat ACARA`
        let claim = try #require(claims("\"Kepala desa wajib netral dalam pilkada,\" Ketua Bawaslu Kabupaten Sikka Yasinta Lamen Bura saat rapat koordinasi di Maumere.").first)
        #expect(claim.speaker == "Yasinta Lamen Bura")
        #expect(claim.attribution == "direct")
    }

    @Test func menurutnyaAndDikatakannyaPointBack() {
        // antara style: the account goes on in "menurutnya" and "dikatakannya" sentences.
        let text = """
            Ketua Bawaslu Kabupaten Sikka, Yasinta Lamen Bura, mengatakan ASN wajib menjaga netralitas.

            Menurutnya, kepala desa juga dilarang memasang baliho pasangan calon.

            Dikatakannya, ASN yang melanggar akan direkomendasikan ke KASN.
            """
        let found = claims(text)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker == "Yasinta Lamen Bura" }, "\(found.map(\.speaker))")
    }

    @Test func aSourceAfterMenurutNeedNotFollowItDirectly() throws {
        // tribun style: "Menurut ROLE NAME, ..."
        let claim = try #require(claims("Menurut Pj Bupati Sikka Adrianus Ratu Seda, ASN tidak boleh berfoto dengan pasangan calon.").first)
        #expect(claim.speaker == "Adrianus Ratu Seda")
        #expect(claim.attribution == "indirect")
    }

    @Test func menurutInformasiIsNoSource() throws {
        // The lurah is who the report is about, not who gives it.
        let lurah = Official(name: "Markus Wolo", role: "Lurah", regionCode: "53.07", start: 0, end: 0, rule: "test")
        let claim = try #require(claims("Menurut informasi yang diterima Bawaslu, Lurah Markus Wolo diduga ikut berkampanye.", officials: [lurah, Self.yasinta]).first)
        #expect(claim.speaker.isEmpty)
    }

    @Test func halItuDisampaikanNamesTheSpeakerOfTheSentencesBefore() {
        // Pemkab press page style: the statement first, its speaker in the next sentence.
        let text = """
            ASN yang terbukti tidak netral bisa dijatuhi sanksi disiplin berat.

            Hal itu disampaikan Pj Bupati Sikka Adrianus Ratu Seda dalam apel pagi di halaman kantor bupati.
            """
        let found = claims(text)
        #expect(found.first?.speaker == "Adrianus Ratu Seda")
        #expect(found.first?.attribution == "indirect")
    }

    @Test func anAddresseeIsNoSpeaker() {
        // "disampaikan ke Pj Bupati NAME": the report went to him; he did not say it.
        let text = """
            Bawaslu menemukan kepala desa yang diduga mendukung salah satu pasangan calon.

            Hasil penyelidikan itu sudah disampaikan ke Pj Bupati Sikka, Adrianus Ratu Seda.

            "Kepala desa itu sudah kami rekomendasikan untuk disanksi," kata Ketua Bawaslu Kabupaten Sikka, Yasinta Lamen Bura.
            """
        let found = claims(text)
        #expect(!found.contains { $0.speaker == "Adrianus Ratu Seda" }, "\(found.map { ($0.text, $0.speaker) })")
        #expect(found.last?.speaker == "Yasinta Lamen Bura")
    }

    @Test func initialsInBracketsStandForTheOfficial() throws {
        // republika style: "Gubernur NAME (NA)", then "NA" alone.
        let gubernur = Official(name: "Nurdin Abdullah", role: "Gubernur", regionCode: "73", start: 0, end: 0, rule: "test")
        let text = """
            Gubernur Sulawesi Selatan Nurdin Abdullah (NA) membuka rapat evaluasi pilkada di Makassar.

            Dalam sambutannya, NA mengingatkan agar seluruh PNS tetap menjaga netralitas.
            """
        let claim = try #require(claims(text, officials: [gubernur]).first)
        #expect(claim.speaker == "Nurdin Abdullah")
    }

    @Test func aLongRoleBeforeTheNameInTheTail() throws {
        // pos-kupang style: the role, its body and region, a bracketed short form, then the name.
        let panwaslu = Official(name: "Gregorius Bata", role: "Anggota", institution: "Panwaslu", regionCode: "53.15", start: 0, end: 0, rule: "test")
        let text = "\"ASN tidak boleh terlibat kampanye,\" kata anggota Panwaslu Kabupaten Manggarai Barat (Mabar), Gregorius Bata, Jumat."
        let claim = try #require(claims(text, officials: [panwaslu]).first)
        #expect(claim.speaker == "Gregorius Bata")
    }

    @Test func moreQuoteTailVerbs() throws {
        for verb in ["tutup", "tandas", "pinta", "beber"] {
            let claim = try #require(claims("\"Polri wajib netral dalam pilkada,\" \(verb) Kapolres Sikka AKBP Hendrikus Dae Lado.").first)
            #expect(claim.speaker == "Hendrikus Dae Lado", "\(verb)")
        }
    }
}
