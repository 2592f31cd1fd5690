import Testing
@testable import Pantau

/// Every region of the Kemendagri table, under every written form, resolves to its own code.
@Suite struct RegionTableTests {
    static let gazetteer = Support.knowledge.gazetteer

    /// The mentions found in `sentence` that cover exactly `form`.
    static func mentions(of form: String, in sentence: String) -> [RegionMention] {
        Support.knowledge.regions.match(Support.tokenize(sentence)).filter { $0.surface == form }
    }

    /// A region's name with each prefix its level takes, and its official name.
    static func forms(_ region: Region) -> [String] {
        let base = region.baseName
        switch region.level {
        case .provinsi: return [region.name, "Provinsi " + base, "Prov. " + base, "Pemprov " + base]
        case .kabupaten: return [region.name, "Kabupaten " + base, "Kab. " + base, "Pemkab " + base]
        case .kota: return [region.name, "Kota " + base, "Pemkot " + base]
        case .kecamatan: return []
        }
    }

    @Test func everyProvinceRegencyAndCityResolvesUnderEachPrefix() {
        var failures: [String] = []
        var checked = 0
        for region in Self.gazetteer.regions where region.level != .kecamatan {
            for form in Self.forms(region) {
                let found = Self.mentions(of: form, in: "Bawaslu mengawasi netralitas ASN di \(form) menjelang pilkada.")
                checked += 1
                if found.map(\.regionCode) != [region.code] { failures.append("\(form) → \(found.map(\.regionCode)) want \(region.code)") }
            }
        }
        #expect(checked == 38 * 4 + 416 * 4 + 98 * 3)
        #expect(failures.isEmpty, "\(failures.count) forms fail, e.g. \(failures.prefix(10))")
    }

    @Test func everyDistrictResolvesWithItsParentNamed() {
        var failures: [String] = []
        var checked = 0
        for region in Self.gazetteer.regions where region.level == .kecamatan {
            guard let parent = Self.gazetteer.region(code: region.parent) else { continue }
            let form = "Kecamatan " + region.name
            let found = Self.mentions(of: form, in: "Camat meminta ASN di \(form), \(parent.name), tidak ikut berkampanye.")
            checked += 1
            if found.map(\.regionCode) != [region.code] { failures.append("\(form) (\(parent.name)) → \(found.map(\.regionCode)) want \(region.code)") }
        }
        #expect(checked == 7285)
        #expect(failures.isEmpty, "\(failures.count) districts fail, e.g. \(failures.prefix(10))")
    }

    @Test func lookupByCodeAndByName() throws {
        let sikka = try #require(Self.gazetteer.region(code: "53.07"))
        #expect(sikka.name == "Kabupaten Sikka" && sikka.level == .kabupaten && sikka.parent == "53")
        #expect(Self.gazetteer.search("Jateng").map(\.code) == ["33"])
        #expect(Self.gazetteer.search("Kota Kupang").map(\.code) == ["53.71"])
        #expect(Set(Self.gazetteer.search("Kupang").map(\.code)).isSuperset(of: ["53.01", "53.71"]))
        #expect(Self.gazetteer.search("53.71.04").first?.name == "Oebobo")
    }

    @Test func mainRegionIsTheMostMentionedRegencyOrCity() throws {
        let text = "Pemkot Kupang dan Bawaslu Provinsi NTT. Wali Kota Kupang hadir. Bupati Sikka tidak hadir."
        let mentions = Support.knowledge.regions.match(Support.tokenize(text))
        #expect(Self.gazetteer.mainRegion(of: mentions)?.code == "53.71")
        #expect(Self.gazetteer.mainRegion(of: mentions.filter { $0.level == "provinsi" })?.code == "53")
    }
}
