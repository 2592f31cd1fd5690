import Testing
@testable import Pantau

/// Texts that look like officials and are not, in the styles of real sites.
@Suite struct OfficialTrapTests {
    func names(_ text: String) -> [String] { OfficialPatternTests.extract(text).officials.map(\.name) }

    @Test func roleWithNoPersonIsNoRow() {
        #expect(names("Dalam kesempatan tersebut, Bupati Bengkalis juga menyebut bahwa pihaknya memberi akses feri.").isEmpty)
        #expect(names("Pj Gubernur juga memastikan upaya itu sudah diterapkan pada Pemilu 2024.").isEmpty)
    }

    @Test func capitalisedWordsAfterARoleAreNoName() {
        // A party chair and an unknown organisation: the capitalised words are the body, not a person.
        #expect(names("Ketua Umum Partai Maju Bersama menyatakan dukungan kepada pasangan calon.").isEmpty)
        #expect(names("Ketua Yayasan Bina Desa Mandiri Siti Aminah menyebut warga resah.").isEmpty)
        #expect(names("Menteri Investasi Bahlil Lahadalia menyebut anggaran pilkada cukup.").isEmpty)
        // Organisations, companies and countries after a role: no name is cut out of them.
        #expect(names("Gubernur Bank Indonesia (BI) Burhanuddin Abdullah menyatakan optimismenya.").isEmpty)
        #expect(names("\"Kita anggarkan Rp4 triliun,\" kata Wakil Presiden BCA Jahja Setiaatmadja di Jakarta.").isEmpty)
        #expect(names("Presiden Uni Emirat Arab berkunjung ke Jakarta pekan ini.").isEmpty)
        #expect(names("kata Direktur Pendanaan Luar Negeri Multilateral Bappenas, Dewo Broto, di Jakarta.").isEmpty)
        // A heading in title case: its capitalised verbs are not names.
        #expect(names("Pj Bupati Kumpulkan Camat\n\nPara camat diminta mengawasi kepala desa.").isEmpty)
    }

    @Test func theOrganisationAfterKetuaIsNotTheName() throws {
        let official = try OfficialPatternTests.only("Ketua Badan Pengawas Pemilu (Bawaslu) Jawa Tengah, Muhammad Amin, menegaskan bahwa netralitas ASN adalah tantangan.")
        #expect(official.name == "Muhammad Amin")
        #expect(official.institution == "Bawaslu")
        #expect(official.regionCode == "33")
    }

    @Test func authorsBloggersAndCitizensAreNoOfficials() {
        // Kompasiana profile and byline, an opinion piece's author line, a citizen quoted by name.
        #expect(names("Syahrial\nGuru - Guru Madya\n\nNetralitas ASN: Pilar Penting Demokrasi\n\nKetidaknetralan ASN bisa berakibat fatal.").isEmpty)
        #expect(names("Oleh : Rizky Pratama )*\n\nPelaksanaan Pilkada 2024 semakin dekat dan ASN diimbau netral.").isEmpty)
        #expect(names("\"Kami melihat ada kepala desa ikut kampanye,\" kata Yohanes Bala, warga Talibura, Senin (7/10/2024).").isEmpty)
    }

    @Test func aRegionBeforeACommaIsNoName() throws {
        let official = try OfficialPatternTests.only("Di Samarinda, Pj Gubernur Kalimantan Timur A.M. Lubis meminta bupati dan wali kota memastikan ASN netral.")
        #expect(official.name == "A.M. Lubis")
        #expect(official.regionCode == "64")
    }

    @Test func aSecondClauseIsNotASecondRole() {
        let text = """
        Ketua Bawaslu Kabupaten Bengkalis, Usman, mengingatkan ASN untuk selalu menjaga netralitas.
        Dalam sebuah pertemuan dengan Bupati Bengkalis, Usman menyampaikan pentingnya dukungan pemerintah daerah.
        Bupati Bengkalis, Kasmarni, dalam sambutannya juga menyampaikan pentingnya dukungan pemerintah daerah.
        """
        let found = OfficialPatternTests.extract(text).officials
        #expect(found.map(\.name) == ["Usman", "Kasmarni"])
        #expect(found.map(\.role) == ["Ketua", "Bupati"])
    }
}
