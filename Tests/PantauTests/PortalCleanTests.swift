import Foundation
import Testing
@testable import Pantau

/// Issue #3's Indonesian portal set: pages in the markup styles of detik, kompas, tribunnews,
/// antaranews, liputan6, okezone, republika, kompasiana and Pemda press sites
/// (Fixtures/portals/<name>.html), each with hand-written gold (<name>.gold.json: title, author,
/// published, site, url, text). scripts/make_portal_fixtures.py writes both: the article text
/// first, then the site's furniture around it. Main text is scored with the boilerplate
/// benchmark's metric (`ShingleScore`, as ../shared/eval/boilerplate-dev/score.py computes it).
@Suite struct PortalCleanTests {
    struct Gold: Decodable {
        var title: String
        var author: String
        var published: String
        var site: String
        var url: String
        var text: String
    }

    struct Page {
        var name: String
        var bytes: [UInt8]
        var gold: Gold
    }

    static let directory = Support.fixture("portals")

    static func pages() throws -> [Page] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
        return try names.map { name in
            let bytes = try Data(contentsOf: directory.appendingPathComponent(name + ".html"))
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent(name + ".gold.json")))
            return Page(name: name, bytes: Array(bytes), gold: gold)
        }
    }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    static func clean(_ page: Page) -> CleanDocument? {
        try? Support.knowledge.cleaner.clean(SourceDocument(source: "portals/\(page.name).html", payload: .bytes(page.bytes))).get()
    }

    @Test func everyStyleHasItsPages() throws {
        let names = try Self.pages().map(\.name)
        #expect(names.count >= 30)
        let styles = ["detik": "detik", "kompas-": "kompas", "tribun": "tribunnews", "antaranews": "antaranews", "liputan6": "liputan6",
                      "okezone": "okezone", "republika": "republika", "kompasiana": "kompasiana", "pem": "Pemkab/Pemkot/Pemprov"]
        for (prefix, style) in styles {
            #expect(names.filter { $0.hasPrefix(prefix) }.count >= 3, "fewer than 3 \(style) pages")
        }
    }

    @Test func mainTextScoresAtTheBar() throws {
        var overall = ShingleScore()
        var rows: [(name: String, f1: Double, precision: Double, recall: Double)] = []
        for page in try Self.pages() {
            let predicted = Self.clean(page)?.text ?? ""
            overall.add(gold: page.gold.text, predicted: predicted)
            var one = ShingleScore()
            one.add(gold: page.gold.text, predicted: predicted)
            rows.append((page.name, one.f1, one.precision, one.recall))
        }
        for row in rows.sorted(by: { $0.f1 < $1.f1 }) {
            print("portals: F1 \(Self.fixed(row.f1, 3)) P \(Self.fixed(row.precision, 3)) R \(Self.fixed(row.recall, 3))  \(row.name)")
        }
        print("portals: \(rows.count) pages, F1 \(Self.fixed(overall.f1, 4)) P \(Self.fixed(overall.precision, 4)) R \(Self.fixed(overall.recall, 4))")
        #expect(overall.f1 >= 0.95, "F1 \(overall.f1) (P \(overall.precision), R \(overall.recall))")
    }

    @Test func metadataIsExact() throws {
        var checked = 0, exact = 0
        for page in try Self.pages() {
            let metadata = Self.clean(page)?.metadata ?? DocumentMetadata()
            let fields: [(String, String, String)] = [
                ("title", page.gold.title, metadata.title), ("author", page.gold.author, metadata.author),
                ("published", page.gold.published, metadata.published), ("site", page.gold.site, metadata.site),
                ("url", page.gold.url, metadata.url),
            ]
            for (field, expected, got) in fields where !expected.isEmpty {
                checked += 1
                if got == expected { exact += 1 }
                #expect(got == expected, "\(page.name) \(field): got \"\(got)\", want \"\(expected)\"")
            }
        }
        print("portals: metadata \(exact) of \(checked) fields exact")
    }

    /// Pages that declare ISO-8859-1 while their bytes are UTF-8 must come out as the UTF-8 they are.
    @Test func misdeclaredLatin1PagesDecodeAsUTF8() throws {
        let misdeclared = try Self.pages().filter { page in
            let declared = TextDecoding.declaredCharset(page.bytes)
            return (declared == "iso-8859-1" || declared == "latin1") && TextDecoding.isValidUTF8(page.bytes) && page.bytes.contains { $0 >= 0x80 }
        }
        #expect(misdeclared.count >= 4)
        for page in misdeclared {
            let document = try #require(Self.clean(page), "\(page.name) gave no main text")
            #expect(document.encoding.hasPrefix("utf-8"), "\(page.name) read as \(document.encoding)")
            let special = Set(page.gold.text.unicodeScalars.filter { $0.value >= 0x80 })
            #expect(!special.isEmpty, "\(page.name) gold has no non-ASCII character to check")
            let got = Set(document.text.unicodeScalars)
            for scalar in special {
                #expect(got.contains(scalar), "\(page.name) lost U+\(String(scalar.value, radix: 16, uppercase: true)) \(Character(scalar))")
            }
            for mojibake in ["Ã", "â€", "Â"] {
                #expect(!document.text.contains(mojibake), "\(page.name) has mojibake \(mojibake)")
            }
            #expect(document.metadata.title == page.gold.title, "\(page.name) title")
        }
    }
}
