import Testing
@testable import Pantau

/// One short text per rule family, in the styles of real sites, and the traps.
@Suite struct ClaimRuleTests {
    func claims(_ text: String, officials: [Official] = []) -> [Claim] {
        let tokenized = Support.tokenize(text)
        return Support.knowledge.claims.extract(tokenized, regions: Support.knowledge.regions.match(tokenized), officials: officials)
    }

    func only(_ text: String) throws -> Claim {
        let found = claims(text)
        #expect(found.count == 1, "\(found.map(\.text))")
        return try #require(found.first)
    }

    @Test func sanctionWinsOverTheViolationItPunishes() throws {
        // antaranews style
        let claim = try only("Kepala BKPSDM Kota Kupang mengatakan dua ASN yang terbukti tidak netral dijatuhi sanksi penundaan kenaikan pangkat.")
        #expect(claim.type == .sanction)
        #expect(claim.labels.contains(.violation))
        #expect(claim.subject == "ASN")
    }

    @Test func reportedConductIsAViolation() throws {
        // detik style
        let claim = try only("Dua kepala desa di Kecamatan Talibura diduga ikut berkampanye untuk petahana.")
        #expect(claim.type == .violation)
        #expect(claim.subject == "Kepala Desa")
        #expect(claim.rule == "violation.reported")
    }

    @Test func urgingByANamedActorIsAnAppeal() throws {
        // tribun style
        let claim = try only("Bupati Semarang meminta seluruh ASN tidak mengunggah dukungan di media sosial.")
        #expect(claim.type == .appeal)
    }

    @Test func aReportingChannelIsOversight() throws {
        // Pemkab press release style
        let claim = try only("Bawaslu membuka posko pengaduan netralitas ASN di setiap kecamatan.")
        #expect(claim.type == .oversight)
    }

    @Test func consequencesAreARisk() throws {
        // kompasiana style
        let claim = try only("Keberpihakan birokrasi dapat merusak kepercayaan publik terhadap pemerintah daerah.")
        #expect(claim.type == .risk)
        #expect(claim.subject == "ASN")
    }

    @Test func dutiesAreANorm() throws {
        let claim = try only("PNS wajib menjaga jarak dari kegiatan kampanye.")
        #expect(claim.type == .norm)
        #expect(claim.rule == "norm.modal")
    }

    @Test func theSubjectsOfTheElectionsLaw() throws {
        #expect(try only("Prajurit TNI dilarang berfoto dengan pasangan calon.").subject == "TNI")
        #expect(try only("Anggota Polri wajib netral selama Pilkada 2024.").subject == "Polri")
        #expect(try only("Kades dilarang menjadi tim sukses pasangan calon.").subject == "Kepala Desa")
        #expect(try only("Tenaga honorer juga wajib netral.").subject == "ASN")
    }

    @Test func negationFlipsMeaningAsTheGuideSays() throws {
        #expect(try only("ASN tidak netral dapat memicu konflik di tengah masyarakat.").type == .risk)
        #expect(try only("ASN tidak boleh ikut kampanye pasangan calon.").type == .norm)
        #expect(try only("ASN yang tidak netral dijatuhi sanksi disiplin.").type == .sanction)
        #expect(try only("ASN itu abdi negara, bukan tim sukses.").rule == "norm.identity")
        // Negation still reaches its term when a background clause was dropped before it.
        #expect(try only("Usai sosialisasi, ASN tidak netral dapat memicu konflik.").type == .risk)
    }

    @Test func affixedFormsMatchOneRoot() {
        for verb in ["mengawasi", "memantau"] {
            let found = claims("Bawaslu \(verb) netralitas ASN di Kabupaten Sikka.")
            #expect(found.first?.type == .oversight, "\(verb)")
        }
        #expect(claims("Netralitas ASN diawasi ketat oleh Bawaslu.").first?.type == .oversight)
        #expect(claims("Pengawasan netralitas ASN diperketat menjelang pencoblosan.").first?.type == .oversight)
    }

    @Test func anaphoraTakesTheSubjectOfThePreviousSentence() throws {
        let found = claims("Bawaslu menemukan lima ASN diduga ikut kampanye. Mereka akan diperiksa dan bisa dijatuhi sanksi.")
        #expect(found.count == 2)
        let second = try #require(found.last)
        #expect(second.subject == "ASN")
        #expect(second.type == .sanction)
    }

    @Test func neutralAboutARefereeAColourOrPHIsNoClaim() {
        #expect(claims("Wasit yang memimpin laga Persib melawan Persija dinilai netral oleh kedua tim.").isEmpty)
        #expect(claims("Warna netral seperti abu-abu cocok untuk ruang kerja.").isEmpty)
        #expect(claims("Air sumur di desa itu memiliki pH netral dan layak diminum.").isEmpty)
    }

    @Test func civilServantsOutsidePoliticsAreNoClaim() {
        #expect(claims("Gaji ASN dan PPPK naik delapan persen mulai Januari 2024.").isEmpty)
        #expect(claims("Pemkab Sikka membuka seleksi PPPK untuk 500 formasi guru.").isEmpty)
        #expect(claims("Peserta tes PPPK wajib membawa kartu ujian dan KTP asli.").isEmpty)
        #expect(claims("Selain soal netralitas, Bupati juga meminta ASN disiplin mengikuti apel pagi.").isEmpty)
    }

    @Test func backgroundEventsAndMaskedPhrasesDoNotCount() {
        // Pemkab style: the oversight event is only the time of what follows.
        #expect(claims("Usai sosialisasi netralitas ASN, peserta diajak meninjau taman kota yang baru direnovasi.").isEmpty)
        // "meminta dukungan" asks for support: no appeal to be neutral.
        #expect(!claims("Calon bupati itu meminta dukungan kepala desa saat kampanye.").contains { $0.type == .appeal })
        #expect(claims("Apel pagi ASN diisi dengan pemeriksaan kesehatan gratis.").isEmpty)
        // The background clause ends at the main verb: the duty is asserted, the pledge is not.
        let duty = claims("Pj Gubernur yang menyaksikan ikrar itu menegaskan bahwa netralitas adalah kewajiban setiap ASN.")
        #expect(duty.map(\.type) == [.norm])
    }

    @Test func aHeadingContinuesNothing() {
        let found = claims("ASN yang terbukti berpihak dijatuhi sanksi.\nDaerah Rawan\nBawaslu memetakan tiga kecamatan.")
        #expect(found.count == 1)
    }

    @Test func rulesNamingAnUnknownGroupAreRejected() {
        #expect(throws: PantauError.self) {
            try ClaimRules(data: DataFile(name: "claim-rules.tsv", contents: "x.y\tnorm\tMODAL & NOPE\t0\n"), groups: ["MODAL"])
        }
        #expect(throws: PantauError.self) {
            try ClaimRules(data: DataFile(name: "claim-rules.tsv", contents: "x.y\tpraise\tMODAL\t0\n"), groups: ["MODAL"])
        }
    }

    @Test func explainShowsEveryRuleAndWhyTheTypeWon() throws {
        let tokenized = Support.tokenize("ASN yang terbukti tidak netral dijatuhi sanksi penundaan pangkat.")
        let trace = try #require(Support.knowledge.claims.explain(tokenized, regions: [], officials: []).traces.first)
        let fired = Set(trace.firings.map(\.rule.id))
        #expect(fired.contains("sanction.penalty"))
        #expect(fired.contains("violation.reported"))
        #expect(trace.reason.contains("sanction wins over violation"))
        let sanction = try #require(trace.firings.first { $0.rule.id == "sanction.penalty" })
        #expect(sanction.matched.contains { $0.group == "SANCTION" && $0.term == "dijatuhi" && !$0.negated })
        #expect(sanction.matched.contains { $0.group == "NEUTRAL" && $0.negated })
    }
}
