import Foundation
import Testing
@testable import Pantau

/// The five real text scrapes in ../shared/seeds: every article paragraph stays, furniture goes.
@Suite struct CleanSeedTests {
    func clean(_ name: String) throws -> CleanDocument {
        let url = try #require(Support.shared).appendingPathComponent("seeds").appendingPathComponent(name)
        let bytes = try Data(contentsOf: url)
        return try Support.knowledge.cleaner.clean(SourceDocument(source: name, payload: .bytes(Array(bytes)))).get()
    }

    /// Body lines of a seed: the prose lines, as the scrape holds them.
    func proseLines(_ name: String) throws -> [String] {
        let url = try #require(Support.shared).appendingPathComponent("seeds").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { Whitespace.collapse(String($0)) }
            .filter { $0.split(separator: " ").count >= 15 && !$0.contains("Mohon tunggu") && !$0.hasPrefix("Kompasiana adalah") && !$0.hasPrefix("Berkomentarlah") }
    }

    @Test(.enabled(if: Support.shared != nil)) func everyParagraphOfEverySeedStays() throws {
        for name in ["000_29cc49a3497a794d.txt", "001_444deb1a28118a23.txt", "002_1c7da90076c71555.txt", "003_66b24364befb2cb2.txt", "004_81cdcbffb9182e16.txt"] {
            let paragraphs = Set(try clean(name).text.components(separatedBy: "\n\n"))
            for line in try proseLines(name) { #expect(paragraphs.contains(line), "\(name) lost: \(line.prefix(60))") }
        }
    }

    @Test(.enabled(if: Support.shared != nil)) func kompasianaBlogPost() throws {
        let doc = try clean("001_444deb1a28118a23.txt")
        #expect(doc.metadata.title == "Netralitas ASN: Pilar Penting Demokrasi dalam Pemilihan Kepala Daerah")
        #expect(doc.metadata.author == "Syahrial")
        // No zone on the page: Kompasiana publishes in WIB (dates.tsv `default`).
        #expect(doc.metadata.published == "2024-09-03T00:01:00+07:00")
        let paragraphs = doc.text.components(separatedBy: "\n\n")
        #expect(paragraphs.first == "Dampak Ketidaknetralan ASN dalam Pemilihan Umum")
        #expect(paragraphs.contains("Kesimpulan"))
        #expect(paragraphs.last?.hasPrefix("Rapat kerja pengawasan yang diadakan di Kelapa Kampit") == true)
        for furniture in ["Mohon tunggu", "HALAMAN", "Laporkan", "Beri Komentar", "Selanjutnya", "Guru Madya", "UU ITE"] {
            #expect(!doc.text.contains(furniture), "kept \(furniture)")
        }
    }

    @Test(.enabled(if: Support.shared != nil)) func opinionPieceWithContributorNote() throws {
        let doc = try clean("002_1c7da90076c71555.txt")
        #expect(doc.metadata.title == "Mendukung Integritas ASN dalam Pilkada 2024")
        #expect(doc.metadata.author == "Rizky Pratama")
        #expect(!doc.text.contains("Penulis adalah"))
        #expect(!doc.text.contains("Back To Top"))
        #expect(!doc.text.contains("Oleh :"))
        #expect(doc.text.components(separatedBy: "\n\n").last?.hasPrefix("Menjaga netralitas ASN dalam Pilkada Serentak 2024") == true)
    }

    @Test(.enabled(if: Support.shared != nil)) func newsWithInlineBacaJuga() throws {
        let doc = try clean("003_66b24364befb2cb2.txt")
        #expect(!doc.text.localizedCaseInsensitiveContains("baca juga"))
        #expect(doc.text.hasPrefix("KORANBABELPOS.ID.- Adalah fakta"))
        #expect(doc.text.components(separatedBy: "\n\n").count == 9)
    }

    @Test(.enabled(if: Support.shared != nil)) func pemkabPageByAdmin() throws {
        let doc = try clean("004_81cdcbffb9182e16.txt")
        // "By Admin" is the page's byline; GUIDE takes "By X" as the author and the project's gold
        // keeps "Admin" (corpus/scrapes/pemkab-wonosobo-byadmin.txt).
        #expect(doc.metadata.author == "Admin")
        #expect(doc.metadata.published == "2024-07-10T10:24:45+07:00")
        #expect(doc.metadata.title == "Menghadiri Rapat Sosialisasi Netralitas ASN Pemerintah Kabupaten Purworejo Dalam Momen Pilkada 2024")
        #expect(doc.text.hasPrefix("Purworejo, 1 Juli 2024. Pilkada 2024"))
        for furniture in ["Keterangan Gambar", "Facebook", "View all comments", "Write a comment", "By Admin"] {
            #expect(!doc.text.contains(furniture), "kept \(furniture)")
        }
    }
}
