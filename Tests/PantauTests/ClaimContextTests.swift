import Testing
@testable import Pantau

/// The claim rules that look past the sentence: the document's topic, lists and their headings,
/// the sentence's shape (headline, question, fragment, a turn to another matter). Every text
/// here is written for the test, in the manner of real sites; each licence has a contrast case
/// where the same sentence in another story stays no claim.
@Suite struct ClaimContextTests {
    func explain(_ text: String, officials: [Official] = []) -> ClaimExplanation {
        let tokenized = Support.tokenize(text)
        return Support.knowledge.claims.explain(tokenized, regions: Support.knowledge.regions.match(tokenized), officials: officials)
    }

    func claim(_ sentence: String, in text: String) -> Claim? {
        explain(text).traces.first { $0.text.contains(sentence) }?.claim
    }

    // MARK: the document's topic

    /// tribun style: a story about police neutrality goes on about "anggota" without naming Polri.
    static let policeStory = """
        Kapolres Sikka AKBP Hendra Wijaya meminta seluruh anggota Polri menjaga netralitas dalam Pilkada 2024.

        Ia menegaskan polisi tidak boleh berpihak kepada pasangan calon mana pun.

        Anggota juga dilarang menggunakan hak pilih.

        "Dipecat sih ada, tapi belum banyak," kata Hendra.
        """

    @Test func theTopicLicensesSentencesThatGoOnAboutTheSubject() throws {
        let explanation = explain(Self.policeStory)
        let topic = try #require(explanation.topic)
        #expect(topic.subject == "Polri")
        #expect(topic.evidence >= DocumentTopic.minimumEvidence)
        let rights = try #require(explanation.traces.first { $0.text.hasPrefix("Anggota juga dilarang") })
        let norm = try #require(rights.claim)
        #expect(norm.type == .norm)
        #expect(norm.subject == "Polri")
        #expect(rights.firings.contains { $0.usedTopic })
        let fired = try #require(explanation.traces.first { $0.text.contains("Dipecat") }?.claim)
        #expect(fired.type == .sanction)
    }

    @Test func theSameSentencesInAnotherStoryAreNoClaims() {
        // A cooperative's meeting: "anggota" and "hak pilih" with no neutrality anywhere.
        let text = """
            Koperasi Tani Makmur menggelar rapat anggota tahunan di Maumere, Sabtu (6/7/2024).

            Anggota juga dilarang menggunakan hak pilih bila belum melunasi iuran.

            "Dipecat sih ada, tapi belum banyak," kata ketua koperasi.
            """
        let explanation = explain(text)
        #expect(explanation.topic == nil)
        #expect(explanation.traces.allSatisfy { $0.claim == nil }, "\(explanation.traces.compactMap(\.claim).map(\.text))")
    }

    @Test func oneClaimDoesNotMakeATopic() {
        // kompas style: one line on ASN inside a story about a bridge.
        let text = """
            Jembatan Waigete yang putus diterjang banjir mulai diperbaiki pekan ini.

            Bupati mengingatkan ASN Dinas PUPR tetap netral menjelang pilkada.

            Perbaikan ditargetkan rampung dalam dua bulan dan dikerjakan siang malam.
            """
        let explanation = explain(text)
        #expect(explanation.topic == nil)
        #expect(explanation.traces.compactMap(\.claim).count == 1)
    }

    @Test func aVillageHeadStoryCarriesSanctionsAndReferents() throws {
        // antara style: the case of one village head, told over several paragraphs.
        let text = """
            Bawaslu Kabupaten Sikka menemukan dugaan pelanggaran netralitas oleh seorang kepala desa di Kecamatan Talibura.

            Kepala desa itu diduga ikut berkampanye untuk salah satu pasangan calon.

            Yang bersangkutan memakai atribut partai saat jalan sehat di lapangan desa.

            Atas pelanggaran tersebut, Bawaslu sudah meneruskan temuan itu ke Bupati Sikka.

            Kepala desa di Sikka juga disanksi hukuman percobaan tahun lalu.
            """
        let explanation = explain(text)
        #expect(explanation.topic?.subject == "Kepala Desa")
        let referent = try #require(claim("Yang bersangkutan memakai atribut", in: text))
        #expect(referent.type == .violation)
        #expect(try #require(claim("meneruskan temuan itu ke Bupati", in: text)).type == .sanction)
        #expect(try #require(claim("disanksi hukuman percobaan", in: text)).type == .sanction)
    }

    // MARK: lists

    @Test func itemsOfARulesListAreClaimsWithTheHeadingsSubject() throws {
        // Pemkab press page style: a heading with a colon, one short paragraph per item.
        let text = """
            Berikut larangan bagi ASN selama Pilkada 2024:

            Dilarang foto bersama calon kepala daerah.

            Memasang spanduk pasangan calon di rumah dinas.

            Membagikan unggahan kampanye di media sosial.

            Pemkab juga menyiapkan layanan antar jemput pegawai mulai bulan depan.
            """
        let explanation = explain(text)
        let heading = try #require(explanation.traces.first?.claim)
        #expect(heading.type == .norm)
        let items = explanation.traces.dropFirst().prefix(3)
        for item in items {
            let found = try #require(item.claim, "\(item.text)")
            #expect(found.subject == "ASN")
            #expect(found.type == .norm)
        }
        #expect(items.allSatisfy { $0.firings.contains { $0.usedList } })
        #expect(explanation.traces.last?.claim == nil)
    }

    @Test func aSanctionsListTakesTheHeadingsType() throws {
        // kompas style: the penalties, listed.
        let text = """
            Sanksi bagi PNS yang tidak netral antara lain:

            Penundaan kenaikan gaji berkala selama satu tahun.

            Pemblokiran data kepegawaian sampai rekomendasi KASN ditindaklanjuti.
            """
        let traces = explain(text).traces
        #expect(traces.count == 3)
        for trace in traces { #expect(trace.claim?.type == .sanction, "\(trace.text)") }
    }

    @Test func listWordsInRunningTextOpenNoList() {
        // "antara lain" mid-sentence, no colon and no items: no list heading.
        let text = "Hal yang perlu dibenahi dalam reformasi internal TNI antara lain bisnis militer dan peradilan, kata pengamat itu."
        #expect(explain(text).traces.allSatisfy { $0.claim == nil })
    }

    @Test func aListAfterAHeadingThatIsNoClaimStaysUnclaimed() {
        let text = """
            Berikut jadwal kampanye rapat umum di Kabupaten Sikka:

            Senin di Lapangan Kota Baru.

            Rabu di Stadion Gelora Samador.
            """
        #expect(explain(text).traces.allSatisfy { $0.claim == nil })
    }

    // MARK: the sentence's shape

    @Test func headlinesInTitleCaseWithShortVerbs() throws {
        // detik and tribun headlines: bare verbs, title case, no final stop.
        let appeal = try #require(claim("Beri Peringatan", in: "Pj Bupati Sikka Beri Peringatan ASN Jaga Netralitas"))
        #expect(appeal.type == .appeal)
        let remind = try #require(claim("Ingatkan", in: "Wali Kota Ingatkan Lurah Tak Ikut Kampanye"))
        #expect(remind.type == .appeal)
        #expect(try #require(claim("Kepergok", in: "Camat di Pesawaran Kepergok Bawa Banner Calon Bupati")).type == .violation)
    }

    @Test func aHeadlineOrAQuestionDoesNotBorrowTheTopic() {
        var text = Self.policeStory + "\n\nNetral Tapi Dicurigai\n\nSekarang kampanye atau tidak?"
        text += "\n\nKampanye, ya."
        let traces = explain(text).traces
        for line in ["Netral Tapi Dicurigai", "Sekarang kampanye", "Kampanye, ya."] {
            #expect(traces.first { $0.text.hasPrefix(line) }?.claim == nil, "\(line)")
        }
    }

    @Test func anOpenerThatTurnsToAnotherMatterInheritsNothing() throws {
        // liputan6 style: a campaign rule for candidates right after a rule for ASN.
        let text = """
            Ketua Bawaslu menegaskan ASN dilarang terlibat kampanye pasangan calon.

            Selain itu, pelibatan anak-anak dalam kegiatan kampanye juga sangat dilarang.
            """
        let traces = explain(text).traces
        #expect(traces.first?.claim != nil)
        let second = try #require(traces.last)
        #expect(second.subject == nil)
        #expect(second.claim == nil)
    }

    // MARK: vocabulary of real news

    @Test func courtAndEnforcementVocabulary() throws {
        // tribun and antara style court and disciplinary reports.
        #expect(try #require(claim("divonis", in: "Kepala desa itu divonis tiga bulan penjara karena berkampanye untuk caleg.")).type == .sanction)
        #expect(try #require(claim("teruskan", in: "Untuk dua camat dan tiga PNS yang tidak netral sudah kami teruskan ke BKN.")).type == .sanction)
        let referral = try #require(claim("ditindaklanjuti", in: "Rekomendasi KASN soal ASN yang tidak netral belum ditindaklanjuti pejabat pembina kepegawaian."))
        #expect(referral.type == .sanction)
        #expect(referral.rule == "sanction.referral")
        // Passing a report on to Bawaslu is no sanction.
        let handled = claim("meneruskan", in: "Satgas netralitas menerima laporan masyarakat tentang ASN lalu meneruskannya kepada Bawaslu.")
        #expect(handled?.type != .sanction)
    }

    @Test func aCrimeIsAViolationAndACourtIsNoSanctionByItsName() throws {
        let text = "Kasus tindak pidana pemilu ini bermula saat kepala desa memfasilitasi kegiatan kampanye caleg."
        #expect(try #require(claim("tindak pidana", in: text)).type == .violation)
    }

    @Test func violationVocabulary() throws {
        // okezone and detik style.
        #expect(try #require(claim("terkesan", in: "Oknum lurah itu terkesan mengarahkan warga memilih salah satu pasangan calon.")).type == .violation)
        #expect(try #require(claim("kepergok", in: "Seorang camat kepergok membawa banner calon bupati di mobil dinasnya.")).type == .violation)
        let ktp = "Bawaslu menerima laporan kepala desa yang mengumpulkan KTP warga untuk salah satu bakal calon."
        #expect(try #require(claim("mengumpulkan KTP", in: ktp)).type == .violation)
        let candidacy = "Bawaslu menerima laporan ada sebelas honorer yang terdaftar dalam DCT pemilihan legislatif."
        #expect(try #require(claim("DCT", in: candidacy)).type == .violation)
    }

    @Test func headlineVerbsOfWatchingDemotingAndSupporting() throws {
        // riaupos, republika and tribun headline styles.
        #expect(try #require(claim("Awasi", in: "Bawaslu Meranti Susuri Pulau Awasi Kades dan ASN")).type == .oversight)
        #expect(try #require(claim("Diturunkan", in: "MenPANRB: ASN Tak Netral Siap-siap Diturunkan Jabatannya")).type == .sanction)
        #expect(try #require(claim("Dukung", in: "Lurah di Kupang Diduga Dukung Calon Wali Kota")).type == .violation)
        #expect(try #require(claim("Bernuansa", in: "Sekda Minta ASN Tak Pasang Foto Profil Bernuansa Politik")).type == .appeal)
        // Watching the election in general, with the personnel named far from the verb, is no claim.
        #expect(claim("memantau", in: "Polres memantau arus mudik dan menyiagakan personel Polri di tiap pos.") == nil)
    }

    @Test func conditionalsAndSummonsAreNoViolationReports() throws {
        // A call to report ("kalau ada ..., laporkan") reports no case.
        let call = try #require(claim("laporkan", in: "Kalau ada anggota TNI yang tidak netral, segera laporkan ke Kodim setempat."))
        #expect(call.type == .oversight)
        // Summoning or looking into an "oknum" is oversight, not the allegation itself.
        let summons = try #require(claim("oknum", in: "BKD akan melayangkan surat panggilan kepada oknum pejabat ASN yang memasang spanduk paslon."))
        #expect(summons.type == .oversight)
        // A circulating video of an "oknum" is the allegation.
        let video = try #require(claim("beredar", in: "Sebelumnya beredar video oknum polisi yang ikut membagikan kalender bergambar calon bupati."))
        #expect(video.type == .violation)
    }

    @Test func divisionNamesAreNoActsOfOversight() throws {
        // Bawaslu's standard division names carry "pencegahan"; the sentence is a norm.
        let text = "Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat dan Humas Bawaslu Sikka mengatakan lurah tidak boleh ikut kampanye."
        #expect(try #require(claim("tidak boleh", in: text)).type == .norm)
    }

    @Test func negationReachesThroughAuxiliariesAndClitics() throws {
        let abstains = try #require(claim("berpihak", in: "Polri tidak akan berpihak kepada pasangan calon mana pun."))
        #expect(abstains.type == .norm)
        #expect(abstains.rule == "norm.abstains")
        // "netralitasnya": the neutrality term without its clitic.
        #expect(try #require(claim("netralitasnya", in: "Sekda meminta para lurah menjaga netralitasnya.")).type == .appeal)
    }

    @Test func neutralColoursFloodsAndSecurityDutiesAreNoClaims() {
        let text = Self.policeStory + """


            Ruang pelayanan SKCK kini dicat dengan warna netral agar terasa lapang.

            Polres juga membantu warga yang terdampak banjir di Kecamatan Alok.

            Personel Polri dilibatkan dalam pengamanan distribusi logistik ke pulau-pulau.
            """
        let traces = explain(text).traces
        for line in ["Ruang pelayanan", "Polres juga membantu", "Personel Polri dilibatkan"] {
            #expect(traces.first { $0.text.hasPrefix(line) }?.claim == nil, "\(line)")
        }
    }

    // MARK: headlines

    static let sikkaBody = """
        MAUMERE - Penjabat Bupati Sikka Adrianus Ratu Seda meminta seluruh aparatur sipil negara menjaga netralitas selama Pilkada 2024.

        Ia mengatakan ASN yang terbukti tidak netral akan dijatuhi sanksi disiplin.
        """

    @Test func aHeadlineIsJudgedWithItsOwnFieldAndOffsets() throws {
        let text = Support.tokenize(Self.sikkaBody)
        let headline = Support.tokenize("Pj Bupati Sikka Ingatkan ASN Jaga Netralitas")
        let claims = Support.knowledge.claims.extract(text, regions: [], officials: [], headline: headline)
        let first = try #require(claims.first)
        #expect(first.field == .title)
        #expect(first.type == .appeal)
        #expect(first.start == 0 && first.end == headline.text.unicodeScalars.count)
        #expect(claims.count == 3)
        #expect(claims.dropFirst().allSatisfy { $0.field == .text })
    }

    @Test func aHeadlineTheTextOpensWithIsJudgedOnce() {
        let title = "Pj Bupati Sikka Ingatkan ASN Jaga Netralitas"
        let text = Support.tokenize(title + "\n\n" + Self.sikkaBody)
        let claims = Support.knowledge.claims.extract(text, regions: [], officials: [], headline: Support.tokenize(title))
        #expect(claims.filter { $0.text == title }.count == 1)
        #expect(claims.allSatisfy { $0.field == .text })
    }

    @Test func aHeadlineCountsTowardsTheTopic() throws {
        // tribun style: the headline and one sentence of the body name the subject; the
        // rest goes on about it.
        let text = """
            Bawaslu Sikka menemukan seorang kepala desa memakai kaus salah satu pasangan calon saat jalan sehat.

            Yang bersangkutan mengakui memakai atribut itu.
            """
        let headline = Support.tokenize("Kades di Sikka Kepergok Pakai Kaus Paslon, Bawaslu Lakukan Klarifikasi")
        let tokenized = Support.tokenize(text)
        let explanation = Support.knowledge.claims.explain(tokenized, regions: [], officials: [], headline: headline)
        #expect(explanation.headline.first?.claim?.type == .violation)
        #expect(explanation.topic?.subject == "Kepala Desa")
        #expect(explanation.traces.last?.claim?.type == .violation)
    }

    @Test func theProcessorJudgesThePagesHeadline() throws {
        // A Pemkab press page: the headline in <h1>, which the main text leaves out.
        let page = """
            <html><head><title>Pj Bupati Sikka Ingatkan ASN Jaga Netralitas - Kabar Sikka</title></head><body><article>
            <h1>Pj Bupati Sikka Ingatkan ASN Jaga Netralitas</h1>
            <p>MAUMERE - Penjabat Bupati Sikka Adrianus Ratu Seda meminta seluruh aparatur sipil negara di lingkungan Pemkab Sikka menjaga netralitas selama tahapan Pilkada 2024.</p>
            <p>Ia mengatakan ASN yang terbukti tidak netral akan dijatuhi sanksi disiplin sesuai peraturan, mulai dari teguran sampai penundaan kenaikan pangkat.</p>
            </article></body></html>
            """
        let record = DocumentProcessor(knowledge: Support.knowledge).process(SourceDocument(source: "sikka.html", payload: .html(page)))
        #expect(!record.text.contains("Ingatkan ASN Jaga"))
        let headline = try #require(record.claims.first { $0.field == .title })
        #expect(headline.text == record.title)
        #expect(Array(record.title.unicodeScalars)[headline.start..<headline.end].map(String.init).joined() == headline.text)
        #expect(record.claims.filter { $0.field == .text }.count == 2)
    }
}
