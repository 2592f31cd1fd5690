import Foundation
import Testing
@testable import Pantau

/// Claims on the real scraped documents in ../shared/seeds, judged by GUIDE.md. Officials are
/// given by hand (name, role, region) so that attribution is tested apart from their extractor.
@Suite struct ClaimSeedTests {
    func claims(seed prefix: String, officials: [Official]) throws -> [Claim] {
        let seeds = try #require(Support.shared).appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix(prefix) })
        let entry = InputEntry(path: seeds.appendingPathComponent(name).path, relativePath: name, kind: .document)
        let document = try #require(InputReader().read(entry).first)
        guard case .success(let clean) = Support.knowledge.cleaner.clean(document) else {
            Issue.record("seed \(name) does not clean")
            return []
        }
        let tokenized = Support.tokenize(clean.text)
        return Support.knowledge.claims.extract(tokenized, regions: Support.knowledge.regions.match(tokenized), officials: officials)
    }

    func claim(_ claims: [Claim], startingWith prefix: String) throws -> Claim {
        try #require(claims.first { $0.text.hasPrefix(prefix) }, "no claim starts with \(prefix)")
    }

    @Test(.enabled(if: Support.shared != nil)) func antaraStyleQuotesAndAppeals() throws {
        let osykar = Official(name: "EM Osykar", role: "Ketua", institution: "Bawaslu", regionCode: "19", start: 0, end: 0, rule: "test")
        let lusje = Official(name: "Lusje Anneke Tabalujan", role: "Wali Kota", qualifier: "Pj", regionCode: "19.71", start: 0, end: 0, rule: "test")
        let found = try claims(seed: "003", officials: [osykar, lusje])
        let risk = try claim(found, startingWith: "\"ASN tidak netral dapat")
        #expect(risk.type == .risk)
        #expect(risk.speaker == "EM Osykar" && risk.attribution == "direct")
        // "ujarnya" after "Ia mengatakan ..." is still the chairman.
        #expect(try claim(found, startingWith: "\"Sikap netral perlu").speaker == "EM Osykar")
        let appeal = try claim(found, startingWith: "Penjabat Wali Kota Pangkalpinang")
        #expect(appeal.type == .appeal && appeal.speaker == "Lusje Anneke Tabalujan" && appeal.attribution == "indirect")
        #expect(appeal.regionCode == "19.71")
        let norm = try claim(found, startingWith: "\"Berdasarkan UU ASN")
        #expect(norm.type == .norm && norm.speaker == "Lusje Anneke Tabalujan")
    }

    @Test(.enabled(if: Support.shared != nil)) func opinionPieceInTheAuthorsVoice() throws {
        let found = try claims(seed: "000", officials: [])
        #expect(found.count >= 8)
        #expect(found.allSatisfy { $0.attribution == "none" && $0.speaker.isEmpty && $0.subject == "ASN" })
        #expect(try claim(found, startingWith: "Netralitas ASN dalam proses").type == .norm)
        #expect(try claim(found, startingWith: "Ketika ASN, sebagai pelayan publik").type == .risk)
        #expect(try claim(found, startingWith: "ASN tidak boleh tergoda").type == .norm)
        #expect(!found.contains { $0.text.hasPrefix("Sebagai provinsi dengan potensi") })
    }

    @Test(.enabled(if: Support.shared != nil)) func pressReleaseWithSeveralSpeakers() throws {
        let officials = [
            Official(name: "Nana Sudjana", role: "Gubernur", qualifier: "Pj", regionCode: "33", start: 0, end: 0, rule: "test"),
            Official(name: "Usman", role: "Ketua", institution: "Bawaslu", regionCode: "14.03", start: 0, end: 0, rule: "test"),
            Official(name: "Sumarno", role: "Sekretaris Daerah", regionCode: "33", start: 0, end: 0, rule: "test"),
            Official(name: "Muhammad Amin", role: "Ketua", institution: "Bawaslu", regionCode: "33", start: 0, end: 0, rule: "test"),
        ]
        let found = try claims(seed: "002", officials: officials)
        let nana = try claim(found, startingWith: "Dalam beberapa kesempatan, ia menegaskan")
        #expect(nana.type == .norm && nana.speaker == "Nana Sudjana" && nana.attribution == "indirect")
        let usman = try claim(found, startingWith: "Usman menekankan")
        #expect(usman.speaker == "Usman" && usman.regionCode == "14.03")
        #expect(try claim(found, startingWith: "Ketua Badan Pengawas Pemilu (Bawaslu) Jawa Tengah").speaker == "Muhammad Amin")
        #expect(found.contains { $0.type == .sanction }, "\"ASN yang terbukti melanggar netralitas telah mendapat sanksi\"")
    }
}
