import Foundation
import Testing
@testable import Pantau

/// Listing pages (issue #18): front, index, section, tag and search pages become `unsupported`
/// with the reason "listing page (N article links)", never an article made of teasers; articles
/// with long related, popular and latest lists keep their status and their text.
/// Fixtures/listings is written by scripts/make_listing_fixtures.py (own pages in the markup of
/// detik, kompas, tribun, antara, okezone, liputan6, kompasiana, a Pemkab site and a small
/// regional portal), each with its gold beside it.
@Suite struct ListingPageTests {
    struct Gold: Decodable {
        var kind: String
        var article_links: Int?
        var title: String?
        var text: String?
    }

    struct Page {
        var name: String
        var bytes: [UInt8]
        var gold: Gold
    }

    static let directory = Support.fixture("listings")

    static func pages() throws -> [Page] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
        return try names.map { name in
            Page(name: name, bytes: Array(try Data(contentsOf: directory.appendingPathComponent(name + ".html"))),
                 gold: try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent(name + ".gold.json"))))
        }
    }

    static func clean(_ bytes: [UInt8], source: String) -> Result<CleanDocument, CleanFailure> {
        Support.knowledge.cleaner.clean(SourceDocument(source: source, payload: .bytes(bytes)))
    }

    @Test func thereAreListingsOfFivePortalStylesAndArticlesWithLongLists() throws {
        let pages = try Self.pages()
        let listings = pages.filter { $0.gold.kind == "listing" }.map(\.name)
        let styles = ["detik", "kompas-", "tribun", "antara", "okezone", "liputan6", "pemkab"]
        for style in styles { #expect(listings.contains { $0.hasPrefix(style) }, "no \(style) listing page") }
        #expect(pages.filter { $0.gold.kind == "article" }.count >= 5)
    }

    @Test func listingPagesAreUnsupportedWithTheirArticleLinks() throws {
        for page in try Self.pages() where page.gold.kind == "listing" {
            let links = try #require(page.gold.article_links)
            switch Self.clean(page.bytes, source: page.name) {
            case .success(let clean):
                Issue.record("\(page.name) came out as an article of \(clean.text.count) characters: \(clean.text.prefix(120))")
            case .failure(let failure):
                #expect(failure == .listing(links: links), "\(page.name)")
                #expect(failure.status == .unsupported)
                #expect(failure.reason == "listing page (\(links) article links)")
            }
        }
    }

    @Test func articlesWithLongListsKeepTheirText() throws {
        for page in try Self.pages() where page.gold.kind == "article" {
            let clean = try #require(try? Self.clean(page.bytes, source: page.name).get(), "\(page.name) was refused")
            #expect(clean.text == page.gold.text, "\(page.name)")
            #expect(clean.metadata.title == page.gold.title, "\(page.name)")
            #expect(clean.listing?.isListing == false)
        }
    }

    /// The portal set (issue #3) and the sample corpus: every page is still an article.
    @Test func portalPagesAndTheSampleCorpusAreNotListings() throws {
        var pages: [URL] = []
        for folder in [Support.fixture("portals")] + ["news", "pemda", "blog"].map({ Support.packageRoot.appendingPathComponent("corpus/\($0)") }) {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
            pages += names.map { folder.appendingPathComponent($0) }
        }
        #expect(pages.count >= 34 + 20)
        for url in pages {
            let result = Self.clean(Array(try Data(contentsOf: url)), source: url.lastPathComponent)
            guard case .success(let clean) = result else {
                Issue.record("\(url.lastPathComponent): \(result)")
                continue
            }
            // The test ran, and found article prose.
            #expect(clean.listing?.isListing == false, "\(url.lastPathComponent)")
            #expect((clean.listing?.articleBytes ?? 0) > 0 || (clean.listing?.links ?? 0) < ListingPage.minimumLinks)
        }
    }

    /// ../shared/eval/boilerplate-dev (181 real article pages, mostly English): none is a listing.
    @Test(.enabled(if: Support.shared != nil)) func boilerplateDevPagesAreNotListings() throws {
        let html = try #require(Support.shared).appendingPathComponent("eval/boilerplate-dev/html")
        let names = try FileManager.default.contentsOfDirectory(atPath: html.path).filter { $0.hasSuffix(".html") }.sorted()
        #expect(names.count == 181)
        var refused: [String] = []
        for name in names {
            if case .failure(let failure) = Self.clean(Array(try Data(contentsOf: html.appendingPathComponent(name))), source: name),
               case .listing = failure {
                refused.append(name)
            }
        }
        #expect(refused.isEmpty, "refused as listings: \(refused)")
    }

    @Test func aRunCountsListingsAsUnsupportedWithTheirReason() async throws {
        let output = Support.temporaryDirectory("listings-out")
        var options = RunOptions(input: Self.directory.path, output: output.path)
        options.jobs = 2
        let summary = try await Pipeline(knowledge: Support.knowledge).run(options)
        let pages = try Self.pages()
        // Gold files are not HTML: unsupported rows of their own.
        #expect(summary.counts[.ok] == pages.filter { $0.gold.kind == "article" }.count)
        #expect(summary.counts[.unsupported] == pages.count + pages.filter { $0.gold.kind == "listing" }.count)
        let csv = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
        let detik = try #require(csv.split(separator: "\n").first { $0.contains(",detik-indeks-berita.html,") })
        #expect(detik.hasSuffix(",unsupported,listing page (25 article links),0,0,0,\(SHA256.hex(of: pages.first { $0.name == "detik-indeks-berita" }?.bytes ?? []))"))
    }

    @Test func headlinesAreLinksOfFourWordsOrMore() {
        func reads(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { ListingPage.readsAsHeadline($0, 0..<bytes.count) }
        }
        #expect(reads("Bawaslu Sikka Panggil Lima Kepala Desa"))
        #expect(!reads("Prev 1 2 3 Next"))  // pagination: five words, but too short for a headline
        #expect(!reads("Selengkapnya"))
        #expect(!reads("Pilkada 2024"))
        #expect(!reads("Lihat Semua Berita"))
        #expect(!reads(String(repeating: "kata ", count: 130)))  // a whole block made a link
    }
}
