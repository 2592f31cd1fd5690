import Testing
@testable import Pantau

/// GUIDE.md "Regions" on short texts written in the styles of real sites: what counts, what
/// does not, and how same-name cities and regencies are told apart.
@Suite struct RegionTrapTests {
    static func found(_ text: String) -> [(String, String)] {
        Support.knowledge.regions.match(Support.tokenize(text)).map { ($0.surface, $0.regionCode) }
    }

    static func codes(_ text: String) -> [String] { found(text).map(\.1) }

    @Test func commonWordsInLowerCaseAreNotRegions() {
        #expect(Self.codes("Warga melempar batu ke arah agam yang sedang buru-buru membawa banjar kayu ke pasar tual.").isEmpty)
        #expect(Self.codes("Pemerintah menyiapkan kota baru di lahan seluas lima puluh kota kecil.").isEmpty)
        #expect(Self.codes("Anak-anak bermain bola di lapangan.").isEmpty)
    }

    @Test func capitalisedInRunningTextTheyAre() {
        #expect(Self.codes("Pilkada di Batu berlangsung aman, kata Kapolres.") == ["35.79"])
        #expect(Self.codes("Bawaslu Agam mencatat dua laporan.") == ["13.06"])
        #expect(Self.codes("Sejumlah ASN di Lima Puluh Kota diperiksa.") == ["13.07"])
        #expect(Self.codes("Bupati Kota Baru meminta ASN netral.") == ["63.02"])
    }

    @Test func personNamesAreNotRegions() {
        #expect(Self.codes("Agam Pratama, warga setempat, mengaku tidak tahu.").isEmpty)
        #expect(Self.codes("Menurut Bima Arya, ASN harus netral.").isEmpty)
        #expect(Self.codes("Hal itu disampaikan politikus Arya Bima di Senayan.").isEmpty)
        #expect(Self.codes("Paimin bin Sikka hadir.").isEmpty)
    }

    @Test func countryStreetsBuildingsFerriesAndNeighbourhoodsAreNot() {
        #expect(Self.codes("Indonesia menggelar pilkada serentak di seluruh Indonesia.").isEmpty)
        #expect(Self.codes("Posko berada di Jalan Sudirman dan Jl. Bogor Raya, tidak jauh dari Jalan Situbondo.").isEmpty)
        #expect(Self.codes("Apel digelar di Gedung Sate dan Hotel Santika Kupang.").isEmpty)
        #expect(Self.codes("Penumpang KMP Bengkalis dan KM Kelud tiba di pelabuhan.").isEmpty)
        #expect(Self.codes("Apel akbar di Lapangan Kota Baru diikuti 2.700 ASN.").isEmpty)
        #expect(Self.codes("Kepala Desa Gondang dan warga Dusun Karanganyar hadir.").isEmpty)
        #expect(Self.codes("Polda Metro Jaya menurunkan personel ke kawasan Puncak.").isEmpty)
        #expect(Self.codes("Laga PSMS Medan ditonton ribuan suporter.").isEmpty)
    }

    @Test func cityAndRegencyOfTheSameNameByCue() {
        #expect(Self.codes("Wali Kota Bogor dan Bupati Bogor menandatangani pakta netralitas.") == ["32.71", "32.01"])
        #expect(Self.codes("Pemkot Bekasi dan Pemkab Bekasi sama-sama membentuk satgas.") == ["32.75", "32.16"])
        #expect(Self.codes("Kab. Malang dan Kota Malang masuk daerah rawan.") == ["35.07", "35.73"])
        #expect(Self.found("Penjabat Wali Kota Kupang meminta ASN netral.").map(\.0) == ["Kupang"])
    }

    @Test func cityAndRegencyOfTheSameNameByTheDocument() {
        // tribun style: the dateline is resolved by the article's own mentions.
        let kota = "SOLOK - Pemerintah Kota Solok menggelar apel netralitas. Di Solok, ASN dilarang hadir di kampanye."
        #expect(Self.codes(kota) == ["13.72", "13.72", "13.72"])
        let both = "Kota Kupang dan Kabupaten Kupang rawan. Di Kabupaten Kupang, camat diperiksa. Warga Kupang resah."
        #expect(Self.codes(both) == ["53.71", "53.01", "53.01", "53.01"])
        // No other mention: a bare name that is both falls back to the regency.
        #expect(Self.codes("ASN di Magelang diminta netral.") == ["33.08"])
    }

    @Test func districtsNeedTheirPrefixOrTheirParent() {
        // antara style: a district named alone, its regency absent, is not taken.
        #expect(Self.codes("Warga Alok dan Nita mengikuti sosialisasi.").isEmpty)
        #expect(Self.codes("Kabupaten Sikka: warga Alok dan Nita mengikuti sosialisasi.") == ["53.07", "53.07.05", "53.07.04"])
        // detik style: a list after "Kecamatan".
        let list = Self.found("Laporan berasal dari Kecamatan Talibura, Waigete, dan Kewapante.")
        #expect(list.map(\.0) == ["Kecamatan Talibura", "Waigete", "Kewapante"])
        #expect(list.map(\.1) == ["53.07.08", "53.07.09", "53.07.10"])
        // "Kecamatan X, Regency" is an address, not a list.
        #expect(Self.codes("Wuwur adalah desa di kecamatan Gabus, Pati, Jawa Tengah.") == ["33.18.11", "33.18", "33"])
    }

    @Test func abbreviationsAndInstitutionForms() {
        let text = "Bawaslu Jateng, Pemprov Babel, KPU Provinsi NTT, Pemkab Sikka dan Kapolres Sikka sepakat; DIY dan Kepri menyusul."
        #expect(Self.found(text).map(\.0) == ["Jateng", "Pemprov Babel", "Provinsi NTT", "Pemkab Sikka", "Sikka", "DIY", "Kepri"])
        #expect(Self.codes(text) == ["33", "19", "53", "53.07", "53.07", "34", "21"])
        // kompas and liputan6 style spellings.
        #expect(Self.codes("Pemkot Pangkal Pinang, Pematang Siantar dan Jakarta Selatan.") == ["19.71", "12.72", "31.74"])
    }
}
