import Testing
@testable import Pantau

/// Region patterns of real news that issue #16 names, on sentences written for Pantau in the
/// styles of antara, kompas, tribun and a regional portal.
@Suite struct RegionRealNewsTests {
    func found(_ text: String) -> [String] { RegionTrapTests.found(text).map { "\($0.0)=\($0.1)" } }

    @Test func aDatelineNamesTheCity() {
        // A name that is a province and a city: the dateline is the city, and so are its other bare mentions.
        #expect(found("JAMBI – Dandim meminta seluruh prajurit di Jambi tetap netral.") == ["JAMBI=15.71", "Jambi=15.71"])
        #expect(found("Bengkulu (ANTARA) - Bawaslu memanggil dua camat.") == ["Bengkulu=17.71"])
        // Unless the story names another reading for sure.
        #expect(found("MADIUN - KPU Kabupaten Madiun mendistribusikan logistik.") == ["MADIUN=35.19", "Kabupaten Madiun=35.19"])
        // A name in the middle of a line is no dateline.
        #expect(found("Warga Jambi – terutama ASN – diminta netral.") == ["Jambi=15"])
    }

    @Test func aProvinceOfTwoWordsCountsInLowerCase() {
        #expect(found("Ia keturunan bugis (sulawesi selatan) yang lama menetap di sana.") == ["sulawesi selatan=73"])
        #expect(found("Pemilih dari jawa tengah datang naik bus.") == ["jawa tengah=33"])
        // One word in lower case stays a common word.
        #expect(found("Ia membawa batu dari pasar.").isEmpty)
    }

    @Test func jakartaRayaIsNoPersonsName() {
        let text = "Pemerintah Daerah Khusus Ibukota Jakarta (DKI Jakarta, Jakarta Raya) menggelar rapat. Di Jakarta, rapat itu dihadiri lima wali kota."
        #expect(RegionTrapTests.codes(text) == ["31", "31", "31", "31"])
    }

    @Test func aDistrictWrittenAsOneWord() {
        #expect(found("Lubukbasung (ANTARA) - ASN di Kabupaten Agam diminta netral.") == ["Lubukbasung=13.06.02", "Kabupaten Agam=13.06"])
        // Without its regency named, a district stays unnamed.
        #expect(found("Rapat digelar di Lubukbasung pekan lalu.").isEmpty)
    }
}
