import Testing
@testable import Pantau

/// The role families and patterns of real Indonesian news (issue #16), one test each, on
/// sentences written for Pantau in the styles of detik, kompas, tribun, antara, a Polres or
/// Kodim press page and a Pemkab release.
@Suite struct OfficialRealNewsTests {
    func officials(_ text: String) -> [Official] { OfficialPatternTests.extract(text).officials }

    func row(_ official: Official) -> [String] {
        [official.name, official.role, official.qualifier, official.institution, official.regionCode]
    }

    @Test func electionBodyDivisionsAreMembers() throws {
        // antara: a long division name over commas, then the body and its region.
        let long = try OfficialPatternTests.only("Koordinator Divisi Hukum, Pencegahan, Partisipasi Masyarakat, dan Humas Bawaslu Kabupaten Sikka, Maria Goreti Ina mengatakan pengawasan diperketat.")
        #expect(row(long) == ["Maria Goreti Ina", "Anggota", "", "Bawaslu", "53.07"])
        // tribun: the short form, a comma before the body.
        let short = try OfficialPatternTests.only("Sementara itu, Kordiv Penanganan Pelanggaran Data dan Informasi, Bawaslu Ende, Yosef Dhae mengungkapkan ada tiga laporan.")
        #expect(row(short) == ["Yosef Dhae", "Anggota", "", "Bawaslu", "53.08"])
        // kompas: a commissioner of KPU with the division before the body.
        let commissioner = try OfficialPatternTests.only("Komisioner Divisi Sosialisasi, Pendidikan Pemilih, dan SDM KPU Kabupaten Kupang Yanti Lusi di Oelamasi, Senin, menyebut jadwal kampanye.")
        #expect(row(commissioner) == ["Yanti Lusi", "Anggota", "", "KPU", "53.01"])
        // detik: the name before "Divisi ... Bawaslu X".
        let before = try OfficialPatternTests.only("Rudi Hartono, Divisi Pengawasan Bawaslu Kabupaten Pati menyambut baik laporan warga.")
        #expect(row(before) == ["Rudi Hartono", "Anggota", "", "Bawaslu", "33.18"])
    }

    @Test func aDivisionAfterTheRegionOrWithoutItsBody() {
        // The division written after the body's region, the name right after it.
        let after = officials("Sebelumnya, anggota Bawaslu Sumsel Koordinator Divisi Hukum dan Penyelesaian Sengketa Darmawan sudah mengingatkan kades.")
        #expect(after.map(row) == [["Darmawan", "Anggota", "", "Bawaslu", "16"]])
        let unit = officials("\"Kami terima laporannya,\" ujar Komisioner Panwaslu Kota Bekasi Bidang Penindakan, Agus Salim seperti dikutip dari laman resmi.")
        #expect(unit.map(row) == [["Agus Salim", "Anggota", "", "Panwaslu", "32.75"]])
        // A Panwascam's divisions named after its chair take the chair's body.
        let team = officials("Kegiatan dipimpin Ketua Panwascam Cibeber, Heru Susanto beserta Divisi Pencegahan, Partisipasi Masyarakat dan Humas, Lina Marlina.")
        #expect(team.map(\.name) == ["Heru Susanto", "Lina Marlina"])
        #expect(team.map(\.institution) == ["Panwascam", "Panwascam"])
        #expect(team.map(\.role) == ["Ketua", "Anggota"])
        // "Divisi" alone heads a position only in an election body.
        #expect(officials("Divisi Humas Polri, Irjen Pol Sandi Nugroho, menyebut pengamanan siap.").isEmpty)
    }

    @Test func headsOfUnitsKeepTheUnitInTheRole() throws {
        let field = try OfficialPatternTests.only("\"Anggaran perbaikan sudah diusulkan,\" kata Kepala Bidang Bina Marga Dinas PUPR Maluku Yohana Latupeirissa di Ambon, Minggu.")
        #expect(row(field) == ["Yohana Latupeirissa", "Kepala Bidang Bina Marga", "", "Dinas PUPR", "81"])
        let fire = try OfficialPatternTests.only("\"Api padam dalam satu jam,\" kata Kabid Ops dan Penyelamatan Damkar Semarang Slamet Riyadi saat ditemui.")
        #expect([fire.name, fire.role, fire.institution] == ["Slamet Riyadi", "Kepala Bidang Ops dan Penyelamatan", "Damkar"])
        let police = try OfficialPatternTests.only("Kapolres Sikka didampingi Kasat Resnarkoba Ipda Yohanes Bala, saat rilis kasus di Mapolres Sikka.")
        #expect([police.name, police.role, police.titles.joined(separator: ";")] == ["Yohanes Bala", "Kasat Resnarkoba", "Ipda"])
        let assistant = try OfficialPatternTests.only("Asisten Pemerintahan Setda Kapuas Hulu, Markus Edi, mengatakan ASN dilarang memberi tanda suka pada unggahan paslon.")
        #expect(row(assistant) == ["Markus Edi", "Asisten Pemerintahan", "", "Sekretariat Daerah", "61.06"])
        let list = officials("Penandatanganan dihadiri Asisten III Bidang Administrasi Umum, Andi Baso, Staf Ahli Bidang Hukum dan Politik, Rahmat Said, Kepala BKPSDM, Akbar Tanjung.")
        #expect(list.map(\.name) == ["Andi Baso", "Rahmat Said", "Akbar Tanjung"])
        #expect(list.map(\.role) == ["Asisten III Bidang Administrasi Umum", "Staf Ahli Bidang Hukum dan Politik", "Kepala"])
        let disaster = try OfficialPatternTests.only("Kepala Pelaksana BPBD Jembrana I Ketut Sudiarta mengatakan pihaknya fokus membuka akses.")
        #expect([disaster.name, disaster.role, disaster.institution, disaster.regionCode] == ["I Ketut Sudiarta", "Kepala Pelaksana", "BPBD", "51.01"])
        // A unit with no body whose words run into a verb may have swallowed the name: no row.
        #expect(officials("Kepala Bidang Pendidikan Dasar Budi Santoso mengatakan sekolah siap.").isEmpty)
    }

    @Test func policeAndMilitaryUnitsNumbersAndRanks() {
        let sector = officials("Tim pemenangan melaporkan Kapolsek Kota Pamekasan AKP Sugeng Riyadi ke Bawaslu Kabupaten Pamekasan, Kamis (4/4).")
        #expect(sector.map(\.name) == ["Sugeng Riyadi"])
        #expect(sector.first?.titles == ["AKP"])
        // A Kodim number with a short seat and its expansion in brackets, a rank with its corps.
        let dandim = officials("Dandim 0211/TT (Tapanuli Tengah), Letkol Inf Rudi Hartawan mengingatkan istri prajurit tidak mengumpulkan KTP.")
        #expect(dandim.map(row) == [["Rudi Hartawan", "Dandim", "", "", "12.01"]])
        #expect(dandim.first?.titles == ["Letkol Inf"])
        let bare = officials("Komandan Kodim 0804, Letkol Infantri Dani Saputra menyinggung anggota yang tak netral.")
        #expect(bare.map(\.name) == ["Dani Saputra"])
        #expect(bare.first?.titles == ["Letkol Infantri"])
        let polman = officials("Komandan Kodim (Dandim) 1402/Polewali Mandar (Polman), Sulawesi Barat (Sulbar), Letkol Czi Andi Mappa, meminta bawahannya netral.")
        #expect(polman.map(row) == [["Andi Mappa", "Dandim", "", "", "76.04"]])
        // Non-commissioned ranks before a name are titles.
        let babinsa = officials("Babinsa Koramil Maumere, Serda Paulus Nong, hadir di TPS itu.")
        #expect(babinsa.map(\.name) == ["Paulus Nong"])
        #expect(babinsa.first?.titles == ["Serda"])
    }

    @Test func courtsAndLowerCaseRolesAfterSpeechVerbs() {
        let judge = officials("\"Terdakwa terbukti bersalah,\" kata ketua majelis hakim Nurlela Sitompul, Senin, 4 Februari 2019.")
        #expect(judge.map(\.name) == ["Nurlela Sitompul"])
        #expect(judge.first?.role == "Ketua Majelis Hakim")
        let titled = officials("Menurut Ketua Majelis Hakim, Raden Ari Wibowo, putusan itu sudah sesuai pertimbangan.")
        #expect(titled.map(\.name) == ["Ari Wibowo"])
        #expect(titled.first?.titles == ["Raden"])
        let member = officials("\"Kami akan banding,\" ujar anggota Bawaslu Kabupaten Indragiri Hilir Joni Saputra.")
        #expect(member.map(row) == [["Joni Saputra", "Anggota", "", "Bawaslu", "14.04"]])
        let before = officials("Menurut keterangan Sutrisno Hadi ketua KPU Kabupaten Kediri kegiatan itu juga dilakukan serentak.")
        #expect(before.map(row) == [["Sutrisno Hadi", "Ketua", "", "KPU", "35.06"]])
        // Lower case without a body, or before no name, is no official.
        #expect(officials("Para anggota Bawaslu Sikka turun ke desa-desa pada Senin pagi.").isEmpty)
        #expect(officials("Kedua anggota Polri itu sedang diperiksa di Propam Polda Sulut.").isEmpty)
        #expect(officials("Menurut dia, ketua panitia Budi Santoso belum datang.").isEmpty)
    }

    @Test func actingQualifiersWithTheirShortForms() {
        let regent = officials("Penjabat (Pj) Bupati Madiun, Joko Santoso, turut mendukung distribusi logistik.")
        #expect(regent.map(row) == [["Joko Santoso", "Bupati", "Pj", "", "35.19"]])
        let temporary = officials("Pjs Bupati Sikka, Maria Yasinta, meminta ASN menjaga netralitas.")
        #expect(temporary.map(row) == [["Maria Yasinta", "Bupati", "Pj", "", "53.07"]])
        let daily = officials("\"Kami dalami motifnya,\" ujar Plh. Kepala Badan Kepegawaian Daerah Provinsi Banten Bapak Dedi Kurnia SE., M.Ak kepada wartawan.")
        #expect(daily.map(row) == [["Dedi Kurnia", "Kepala", "Plh", "BKD", "36"]])
        #expect(daily.first?.titles == ["Bapak", "S.E.", "M.Ak."])
    }

    @Test func placesWrittenBetweenTheRoleAndTheName() {
        let district = officials("JAKARTA, KOMPAS.TV - Camat Negeri Katon, Kabupaten Pesawaran, Provinsi Lampung, Andi Pratama terpergok membawa alat peraga kampanye.")
        #expect(district.map(row) == [["Andi Pratama", "Camat", "", "", "18.09.02"]])
        let secretary = officials("Sekretaris Daerah Kabupaten (Sekdakab) Agam, Sumatera Barat, Hendra Putra mengingatkan ASN setempat.")
        #expect(secretary.map(row) == [["Hendra Putra", "Sekretaris Daerah", "", "", "13.06"]])
        let village = officials("Hakim memvonis Kepala Desa Tegal Rejo Jaya, Kecamatan Pelangiran, Kabupaten Indragiri Hilir, Suparman, dengan hukuman delapan bulan.")
        #expect(village.map(\.name) == ["Suparman"])
        #expect(village.first?.role == "Kepala Desa")
    }

    @Test func candidatePairs() {
        // antara: the pairs a KPU decision names.
        let decided = officials("KPU Kabupaten Malang menetapkan Budi Prasetyo-Siti Aminah dan Gunawan-Umar Said sebagai pasangan calon bupati dan wakil bupati.")
        #expect(decided.map(\.name) == ["Budi Prasetyo", "Siti Aminah", "Gunawan", "Umar Said"])
        #expect(decided.map(\.role) == ["Calon Bupati", "Calon Wakil Bupati", "Calon Bupati", "Calon Wakil Bupati"])
        #expect(decided.allSatisfy { $0.regionCode == "35.07" })
        // A presidential pair after "Capres 01".
        let president = officials("Di Kebumen, Capres 01 Jokowi-Ma'ruf Amin unggul jauh dari Capres 02 Prabowo-Sandi.")
        #expect(president.map(\.name) == ["Jokowi", "Ma'ruf Amin", "Prabowo", "Sandi"])
        #expect(president.map(\.role) == ["Calon Presiden", "Calon Wakil Presiden", "Calon Presiden", "Calon Wakil Presiden"])
        #expect(president.allSatisfy { $0.regionCode.isEmpty })
        // "paslon nomor urut 1, yakni NAME dan NAME" in a governor's race.
        let governor = officials("Kalimat itu dianggap mengkampanyekan paslon nomor urut 1, yakni, paslon Rina Marlina dan Ahmad Fauzi dalam Pilgub Banten.")
        #expect(governor.map(\.role) == ["Calon Gubernur", "Calon Wakil Gubernur"])
        // A pair inside an organisation's name is no candidacy.
        #expect(officials("Tim Sukses Pemenangan Prabowo-Sandi Kabupaten Pamekasan melapor ke Bawaslu soal paslon 01.").isEmpty)
    }

    @Test func namesWithBaliInitialsNicknamesAndTypedDegrees() {
        let bali = officials("Bupati Jembrana meninjau lokasi bersama Ketua DPRD I Made Sudira.")
        #expect(bali.map(row) == [["I Made Sudira", "Ketua", "", "DPRD", "51.01"]])
        // "Joko Widodo (Jokowi)": one person, whatever the document calls him later.
        let president = officials("Instruksi itu datang dari Presiden Joko Widodo (Jokowi) pada rakor di Istana. Akmal menyampaikan tujuh pesan Presiden Jokowi.")
        #expect(president.map(\.name) == ["Joko Widodo"])
        #expect(president.first?.mentions == 2)
        let nickname = officials("Calon itu antara lain mantan Wali Kota Makassar Ramli (Dani) Pratama dan mantan Wakil Wali Kota Makassar Syamsul Bahri (Deng Ical).")
        #expect(nickname.map(\.name) == ["Ramli Pratama", "Syamsul Bahri"])
        #expect(nickname.map(\.role) == ["Wali Kota", "Wakil Wali Kota"])
        let typed = officials("Kegiatan dipimpin Ketua Panwascam Cibeber, Yusuf Hidayat S,Pdi beserta anggota.")
        #expect(typed.map(\.name) == ["Yusuf Hidayat"])
        #expect(typed.first?.titles == ["S.Pd.I."])
        let initials = officials("Wali Kota Tomohon G.S Vicky Lumentut dan Kepala Dinas Pendidikan Tomohon M. Hafidz hadir.")
        #expect(initials.map(\.name) == ["G.S Vicky Lumentut", "M. Hafidz"])
    }

    @Test func roleAndSurnameIsALaterMentionOfTheFullName() {
        let text = "Kapolresta Sikka Kombes Pol Efos Marlon Lado menegaskan personel wajib netral. Kapolresta Efos juga meminta warga melapor."
        let found = officials(text)
        #expect(found.map(\.name) == ["Efos Marlon Lado"])
        #expect(found.first?.mentions == 2)
    }
}

/// Capitalised words after a role that name no one (issue #16 "A name is a name"), one test per
/// rejection class.
@Suite struct OfficialRejectionTests {
    func names(_ text: String) -> [String] { OfficialPatternTests.extract(text).officials.map(\.name) }

    @Test func aRegionAfterARoleIsTheRolesRegion() {
        #expect(names("Gubernur Sumatera Barat menyatakan dukungan pada pengawasan.").isEmpty)
        #expect(names("Pj Bupati Sikka meminta camat mengawasi kepala desa.").isEmpty)
    }

    @Test func countriesAndForeignPlaces() {
        #expect(names("Presiden Pilipina menyampaikan ucapan selamat atas pemilu damai.").isEmpty)
        #expect(names("Presiden Amerika Serikat dijadwalkan berkunjung bulan depan.").isEmpty)
        #expect(names("Duta Besar Swiss dan Presiden Korea Selatan hadir pada forum itu.").isEmpty)
    }

    @Test func institutionsAndBuildings() {
        #expect(names("Kapolres Sikka bersama Forkopimda meninjau gudang logistik.").isEmpty)
        #expect(names("Rapat digelar Ketua Bawaslu di Mapolres Sikka, Senin.").isEmpty)
        #expect(names("Dandim bersama Babinsa memantau TPS di desa itu.").isEmpty)
    }

    @Test func calendarAndNumberWords() {
        #expect(names("Pemilihan Gubernur dan Wakil Gubernur Bali Tahun 2018 memasuki masa kampanye.").isEmpty)
        #expect(names("Ketua KPU Sikka Senin lalu menetapkan daftar pemilih.").isEmpty)
        #expect(names("Bupati Ende Nomor 12 Tahun 2024 mengatur cuti ASN.").isEmpty)
    }

    @Test func commonWordsButNotGivenNamesThatAreWords() {
        #expect(names("Bupati Ende Kemarin meresmikan pasar desa.").isEmpty)
        #expect(names("Wakil Bupati Sikka, Petani dan nelayan diminta menjaga ketertiban.").isEmpty)
        #expect(names("Komisioner KPU Ende, Pendidikan Pemilih jadi fokus tahun ini.").isEmpty)
        // Given names that are also words stay names.
        #expect(names("Hadir Kepala Dinas PUPR, H Munir, dan Kadis Kimpraswil, Hari, dalam peninjauan itu.") == ["Munir", "Hari"])
        #expect(names("Ketua Bawaslu Sikka, Agung Mulia, membuka rapat.") == ["Agung Mulia"])
    }

    @Test func sentenceWordsAfterANameAreCut() {
        // A scrape's line without its period: the connective opening the next sentence ends the name.
        #expect(names("Kapolres Sikka AKBP Hendrikus Lado Apalagi menurut dia seluruh anggota wajib netral") == ["Hendrikus Lado"])
        #expect(names("Ketua Bawaslu Ende Maria Bupu Namun laporan itu belum diregister") == ["Maria Bupu"])
    }

    @Test func derivedCommonWords() {
        let document = OfficialDocument(text: Support.tokenize("x"), regions: [], lexicon: Support.knowledge.officials.lexicon, lookup: nil)
        let words = ["tahun", "pendidikan", "pemilih", "petani", "kesehatan", "pelanggaran", "penanganan", "pengawas"]
        #expect(words.filter { !document.isCommonWord($0) } == [])
        let names = ["budi", "hari", "agung", "usman", "purwanto", "permana", "dimas", "petrus", "gunawan"]
        #expect(names.filter { document.isCommonWord($0) } == [])
    }
}
