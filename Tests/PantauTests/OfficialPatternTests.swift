import Testing
@testable import Pantau

/// GUIDE.md "Officials" patterns in short texts written the way real sites write them.
@Suite struct OfficialPatternTests {
    static func extract(_ text: String) -> OfficialExtraction {
        let tokenized = Support.tokenize(text)
        return Support.knowledge.officials.extractWithMentions(tokenized, regions: Support.knowledge.regions.match(tokenized))
    }

    static func only(_ text: String) throws -> Official {
        let found = extract(text).officials
        #expect(found.count == 1, "\(found.map(\.name))")
        return try #require(found.first)
    }

    @Test func roleInstitutionRegionCommaNameTitlesAfter() throws {
        // detik style
        let official = try Self.only("Ketua Bawaslu Kabupaten Sikka, Yasinta Lamen Bura, S.H., mengatakan pihaknya sudah meminta klarifikasi.")
        #expect(official.name == "Yasinta Lamen Bura")
        #expect(official.titles == ["S.H."])
        #expect(official.role == "Ketua")
        #expect(official.institution == "Bawaslu")
        #expect(official.regionCode == "53.07")
        #expect(official.rule == "official.role-name")
    }

    @Test func actingRoleRegionNameWithoutCommaRanksAndDegrees() throws {
        // antaranews style: rank, retirement marker and degrees on both sides
        let official = try Self.only("Pj Gubernur Jawa Tengah Komjen Pol (P) Drs. Nana Sudjana A.S., M.M., menyampaikan pesan kepada ASN.")
        #expect(official.name == "Nana Sudjana")
        #expect(official.titles == ["Komjen Pol", "(P)", "Drs.", "A.S.", "M.M."])
        #expect(official.role == "Gubernur")
        #expect(official.qualifier == "Pj")
        #expect(official.regionCode == "33")
    }

    @Test func nameBeforeRole() throws {
        // kompas style
        let official = try Self.only("Marthen Luther Ndun, Kepala BKPSDM Kota Kupang, mengatakan pihaknya menerima laporan warga.")
        #expect(official.name == "Marthen Luther Ndun")
        #expect(official.role == "Kepala")
        #expect(official.institution == "BKPSDM")
        #expect(official.regionCode == "53.71")
        #expect(official.rule == "official.name-role")
    }

    @Test func selaku() throws {
        // Pemkab press page style
        let official = try Self.only("Dalam apel itu, Hj. Ratna Dewi, M.Si. selaku Plt Sekretaris Daerah Kabupaten Wonosobo mengingatkan ASN.")
        #expect(official.name == "Ratna Dewi")
        #expect(official.titles == ["Hj.", "M.Si."])
        #expect(official.role == "Sekretaris Daerah")
        #expect(official.qualifier == "Plt")
        #expect(official.regionCode == "33.07")
        #expect(official.rule == "official.selaku")
    }

    @Test func quoteThenRoleCommaNameWithInitials() throws {
        // tribun style: "...," tegas ROLE, NAME
        let official = try Self.only("\"ASN wajib netral,\" tegas Ketua Bawaslu Babel, EM Osykar di Pangkalpinang, Minggu (23/6/2024).")
        #expect(official.name == "EM Osykar")
        #expect(official.regionCode == "19")
        let dotted = try Self.only("Anggota Bawaslu Babel A.R. Syahputra menambahkan, lembaganya menerbitkan surat imbauan.")
        #expect(dotted.name == "A.R. Syahputra")
        #expect(dotted.role == "Anggota")
    }

    @Test func nationalPositionsHaveNoRegion() throws {
        let minister = try Self.only("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB), Dr. Amanda Setiawan, menegaskan pentingnya netralitas.")
        #expect(minister.institution == "Kementerian PANRB")
        #expect(minister.regionCode == "")
        #expect(minister.titles == ["Dr."])
        let chair = try Self.only("Di Sikka, Ketua KPU RI Budi Hartono menyebut data pemilih sudah final.")
        #expect(chair.name == "Budi Hartono")
        #expect(chair.institution == "KPU")
        #expect(chair.regionCode == "")
    }

    @Test func candidateAndCityVersusRegency() throws {
        let candidate = try Self.only("Warga memakai kaus bergambar Calon Bupati Sikka, Petrus Lameng Wodon, saat kampanye.")
        #expect(candidate.role == "Calon Bupati")
        #expect(candidate.regionCode == "53.07")
        let mayor = try Self.only("Penjabat Wali Kota Kupang George Hadjoh meminta ASN menjaga netralitas.")
        #expect(mayor.role == "Wali Kota")
        #expect(mayor.qualifier == "Pj")
        #expect(mayor.regionCode == "53.71")
        let regent = try Self.only("Bupati Kupang Korinus Masneno meminta ASN menjaga netralitas.")
        #expect(regent.regionCode == "53.01")
    }

    @Test func regionNamedEarlierInTheSentence() throws {
        // A position written without its region takes the one its sentence has just named.
        let secretary = try Self.only("Dari Kota Depok, Plh Sekda Supian Suri meminta ASN tidak membagikan materi kampanye.")
        #expect([secretary.role, secretary.qualifier, secretary.regionCode] == ["Sekretaris Daerah", "Plh", "32.76"])
        let chair = try Self.only("Di Kabupaten Ende, Ketua Bawaslu Hj. Maria Imakulata menyebut ada dua laporan.")
        #expect([chair.institution, chair.regionCode] == ["Bawaslu", "53.08"])
        #expect(chair.titles == ["Hj."])
    }

    @Test func blogProfileIsNoOfficialButTheQuotedRegentIs() throws {
        // Kompasiana: profile name and job line above the article.
        let text = "Dimas Aryo\nPNS - Penulis Lepas\n\nApel Netralitas di Purworejo\n\nBupati Purworejo, Yuli Hastuti, dalam apel itu meminta ASN netral. Saya sebagai ASN setuju."
        let official = try Self.only(text)
        #expect(official.name == "Yuli Hastuti")
        #expect(official.regionCode == "33.06")
    }

    @Test func policeAndMilitaryPosts() throws {
        let police = try Self.only("Kapolres Sikka AKBP Hendrikus Dae Lado menegaskan seluruh personel wajib netral.")
        #expect(police.name == "Hendrikus Dae Lado")
        #expect(police.titles == ["AKBP"])
        #expect(police.role == "Kapolres")
        #expect(police.regionCode == "53.07")
        let army = try Self.only("Dandim 0303/Bengkalis Letkol Inf Wahyu Setiaji menyatakan seluruh Babinsa dilarang berfoto dengan calon.")
        #expect(army.name == "Wahyu Setiaji")
        #expect(army.titles == ["Letkol Inf"])
        #expect(army.regionCode == "14.03")
    }

    @Test func subUnitsAndUnitNumbers() throws {
        // A one-line sentence of capitalised words is no heading when it ends with a period.
        let chair = try Self.only("Sidang dipimpin Ketua Komisi II DPR Ahmad Doli Kurnia.")
        #expect(chair.name == "Ahmad Doli Kurnia")
        #expect(chair.institution == "Komisi II DPR RI")
        #expect(chair.regionCode == "")
        let spokesperson = try Self.only("Kabid Humas Polda Sumut Kombes Pol Hadi Wahyudi mengatakan personel yang melanggar akan diperiksa.")
        // The unit stays in the role, the body is the institution (as real-news annotators write it).
        #expect([spokesperson.role, spokesperson.institution, spokesperson.regionCode] == ["Kepala Bidang Humas", "Polda", "12"])
        #expect(spokesperson.titles == ["Kombes Pol"])
        // "V Jaya" names the Kodam, not a person.
        #expect(Self.extract("Kepala Staf Kodam V Jaya dalam masa itu juga pernah menjadi duta besar.").officials.isEmpty)
    }

    @Test func villageHeadsParticlesAndAdatTitles() throws {
        let head = try Self.only("Kepala Desa Lerep, Kecamatan Ungaran Barat, Paimin bin Sastrowiyono, diduga memimpin rombongan warga.")
        #expect(head.name == "Paimin bin Sastrowiyono")
        #expect(head.role == "Kepala Desa")
        #expect(head.regionCode == "33.22.18")
        let mayor = try Self.only("Penjabat Wali Kota Solok, H. Syafrizal Dt. Rajo Bagindo, S.H., mengingatkan ASN di lingkungan Pemkot Solok.")
        #expect(mayor.name == "Syafrizal")
        #expect(mayor.titles == ["H.", "Dt. Rajo Bagindo", "S.H."])
    }

    @Test func twoOfficialsInOneSentence() {
        let found = Self.extract("Bupati Sikka Fransiskus Roberto Diogo dan Ketua DPRD Sikka Donatus David menandatangani pakta integritas netralitas ASN.").officials
        #expect(found.map(\.name) == ["Fransiskus Roberto Diogo", "Donatus David"])
        #expect(found.map(\.role) == ["Bupati", "Ketua"])
        #expect(found.last?.institution == "DPRD")
    }

    @Test func nameSplitByLineBreaksInAScrape() throws {
        let wrapped = try Self.only("Ketua Bawaslu Kabupaten Sinjai, Andi Muhammad Arsyad\nMappanyukki, pernah menyampaikan bahwa\npengawasan netralitas ASN penting.")
        #expect(wrapped.name == "Andi Muhammad Arsyad Mappanyukki")
        let paragraphs = try Self.only("Ketua Bawaslu Kabupaten Sinjai, Andi Muhammad Arsyad\n\nMappanyukki, pernah menyampaikan bahwa pengawasan penting.")
        #expect(paragraphs.name == "Andi Muhammad Arsyad Mappanyukki")
        // A wrapped line of capitalised words is a sentence, not a heading.
        let line = try Self.only("Pj Bupati Sikka Dr. Adrianus Ratu Seda meminta\nseluruh ASN di lingkungan Pemkab Sikka menahan diri.")
        #expect(line.name == "Adrianus Ratu Seda")
    }
}
