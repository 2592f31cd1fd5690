import Foundation
import Testing
@testable import Pantau

/// Feed input (issue #18): RSS 2.0, RSS 1.0 and Atom files become one document per item,
/// whatever their extension. Fixtures/feeds is written by scripts/make_feed_fixtures.py, each
/// feed with its gold rows (<file>.gold.json) written beside it by hand in that script.
@Suite struct FeedTests {
    struct GoldRow: Decodable {
        var source: String
        var status: String
        var url: String
        var title: String
        var published: String
        var author: String
        var text: String
    }

    struct Gold: Decodable { var rows: [GoldRow] }

    static let directory = Support.fixture("feeds")

    static func feedNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasSuffix(".gold.json") }.sorted()
    }

    static func gold(_ name: String) throws -> [GoldRow] {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent(name + ".gold.json"))).rows
    }

    /// The feeds in a folder of their own, run as a user would.
    static func runFeeds(_ options: (inout RunOptions) -> Void = { _ in }) async throws -> (input: URL, output: URL, records: [String: DocumentRecord]) {
        let input = Support.temporaryDirectory("feeds-in")
        for name in try feedNames() {
            try FileManager.default.copyItem(at: directory.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        let output = Support.temporaryDirectory("feeds-out")
        var runOptions = RunOptions(input: input.path, output: output.path)
        runOptions.jobs = 2
        options(&runOptions)
        _ = try await Pipeline(knowledge: Support.knowledge).run(runOptions)
        return (input, output, try records(output))
    }

    static func records(_ output: URL) throws -> [String: DocumentRecord] {
        let text = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        var result: [String: DocumentRecord] = [:]
        for line in text.split(separator: "\n") {
            let record = try RecordCodec.decode(Array(line.utf8))
            result[record.source] = record
        }
        return result
    }

    /// Markup or an undecoded entity left in a text: `<` before a letter or `/`, `&amp;`, `&lt;`, `&#...;`.
    static func hasMarkup(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() where scalar == "<" && i + 1 < scalars.count {
            let next = scalars[i + 1]
            if next == "/" || next == "!" || next.properties.isAlphabetic { return true }
        }
        return text.range(of: #"&(amp|lt|gt|quot|nbsp|#[0-9]+|#x[0-9a-fA-F]+);"#, options: .regularExpression) != nil
    }

    @Test func everyItemIsARowAsItsGoldSays() async throws {
        let (_, _, records) = try await Self.runFeeds()
        var expected = 0
        for name in try Self.feedNames() {
            for row in try Self.gold(name) {
                expected += 1
                let record = try #require(records[row.source], "no row for \(row.source)")
                #expect(record.status.rawValue == row.status, "\(row.source): \(record.status) \(record.error)")
                #expect(record.url == row.url, "\(row.source)")
                #expect(record.title == row.title, "\(row.source)")
                #expect(record.published == row.published, "\(row.source)")
                #expect(record.author == row.author, "\(row.source)")
                #expect(record.text == row.text, "\(row.source)")
            }
        }
        // Nothing else: every item is one row, a broken feed one row.
        #expect(records.count == expected)
    }

    @Test func itemRowsHoldNoMarkupAndHaveTheirLinkAndDate() async throws {
        let (_, _, records) = try await Self.runFeeds()
        let items = records.values.filter { $0.source.contains("#") && $0.status != .duplicate }
        #expect(items.count == 13)
        for record in items {
            #expect(!Self.hasMarkup(record.text), "\(record.source): \(record.text.prefix(200))")
            #expect(!Self.hasMarkup(record.title), "\(record.source): \(record.title)")
            #expect(record.url.hasPrefix("https://"), "\(record.source)")
            #expect(record.published.count >= 25, "\(record.source): '\(record.published)' has no date-time with its zone")
        }
        // The test catches what the issue saw: the feed's own XML as text.
        #expect(Self.hasMarkup("<copyright>2015 ANTARA News</copyright> <description>&lt;img src="))
    }

    @Test func teasersAreExtractedAndSaySo() async throws {
        let (_, output, records) = try await Self.runFeeds()
        let teasers = records.values.filter { $0.status == .teaser }
        #expect(teasers.count == 8)
        for record in teasers {
            #expect(record.error == "feed item with only a teaser (\(record.chars) chars)")
            #expect(record.chars > 0 && record.words > 0 && record.sentences > 0)
        }
        // Still extracted: the Kapolda's teaser names NTT and makes a claim.
        let kapolda = try #require(records["antara-terkini-rss.html#4"])
        #expect(kapolda.language == "id")
        #expect(kapolda.regions.contains { $0.regionCode == "53" })
        #expect(!kapolda.claims.isEmpty)
        let run = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("run.json"))) as? [String: Any]
        let counts = try #require(run?["status_counts"] as? [String: Int])
        #expect(counts["teaser"] == 8 && counts["ok"] == 5 && counts["duplicate"] == 1 && counts["error"] == 1)
        #expect(Set(counts.keys) == Set(DocumentStatus.allCases.map(\.rawValue)))
    }

    @Test func aBrokenFeedIsOneErrorRowWithItsReason() async throws {
        let (_, output, records) = try await Self.runFeeds()
        let broken = records.values.filter { $0.source.hasPrefix("rusak-rss.xml") }
        #expect(broken.count == 1)
        let row = try #require(broken.first)
        #expect(row.source == "rusak-rss.xml" && row.status == .error)
        #expect(row.error.hasPrefix("RSS 2.0 feed is not well-formed XML: "), "\(row.error)")
        #expect(row.error.contains("line 14"))
        let csv = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(csv.contains("rusak-rss.xml,,,,,,,error,RSS 2.0 feed is not well-formed XML"))
    }

    @Test func theSameItemInTwoFeedsIsADuplicateAndARewrittenOneKeepsItsRow() async throws {
        let (_, _, records) = try await Self.runFeeds()
        let first = try #require(records["antara-terkini-rss.html#1"])
        let again = try #require(records["politik-rss.xml#1"])
        #expect(again.status == .duplicate && again.error == "same content as \(first.docID)")
        // Same link, new teaser: a second row, its id told apart by its source.
        let original = try #require(records["antara-terkini-rss.html#2"])
        let rewritten = try #require(records["politik-rss.xml#2"])
        #expect(original.url == rewritten.url && original.docID != rewritten.docID)
        #expect(original.docID == StableIDs.document(url: original.url, source: original.source))
    }

    @Test func feedsAreKnownByContentWhateverTheirName() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent("blog-atom.xml")))
        let folder = Support.temporaryDirectory("names")
        for name in ["a.html", "b.htm", "c.txt", "d.xml", "e.rss", "f.atom"] {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes))
        }
        let reader = InputReader()
        for entry in try InputWalker(root: folder.path).entries() {
            let documents = reader.read(entry)
            #expect(documents.map(\.source) == (1...3).map { "\(entry.relativePath)#\($0)" })
            #expect(documents.allSatisfy { if case .feedItem = $0.payload { true } else { false } })
        }
        #expect(FeedFormat.of(Array(#"<?xml version="1.0"?><rss version="2.0"><channel/></rss>"#.utf8)) == .rss)
        #expect(FeedFormat.of(Array("\u{FEFF}<!-- cached --><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>".utf8)) == .atom)
        #expect(FeedFormat.of(Array(#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">"#.utf8)) == .rdf)
        // A page that mentions a feed, or a <feed> without Atom's namespace, is no feed.
        #expect(FeedFormat.of(Array("<!DOCTYPE html><html><body><p>&lt;rss&gt; feed kami</p></body></html>".utf8)) == nil)
        #expect(FeedFormat.of(Array("<feed><item>x</item></feed>".utf8)) == nil)
        #expect(FeedFormat.of(Array("Berita <rss> hari ini".utf8)) == nil)
    }

    @Test func otherXMLIsUnsupportedWithItsRootNamed() throws {
        let sitemap = Array(#"<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.id/a</loc></url></urlset>"#.utf8)
        let documents = InputReader.documents(of: sitemap, source: "sitemap.xml")
        guard case .failed(let status, let reason) = try #require(documents.first).payload else {
            Issue.record("a sitemap became a document")
            return
        }
        #expect(documents.count == 1 && status == .unsupported)
        #expect(reason == "XML document with root element <urlset>, not an RSS, RDF or Atom feed, HTML or text")
        // XHTML stays a page.
        let xhtml = Array(#"<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Teks.</p></body></html>"#.utf8)
        guard case .bytes = try #require(InputReader.documents(of: xhtml, source: "x.xml").first).payload else {
            Issue.record("XHTML was not kept as a page")
            return
        }
    }

    @Test func aFeedInsideAWARCOrJSONLRecordSaysHowToReadIt() throws {
        let feed = String(decoding: try Data(contentsOf: Self.directory.appendingPathComponent("kabar-rdf.rdf")), as: UTF8.self)
        var line = JSONObjectWriter()
        line.string("url", "https://kabarflores.example/rss")
        line.string("content", feed)
        let record = XMLInput.screen(JSONLRecords.record(line.finished(), source: "scrape.jsonl#1"), in: "a JSONL record")
        guard case .failed(let status, let reason) = record.payload else {
            Issue.record("a feed in a JSONL record became a document")
            return
        }
        #expect(status == .unsupported)
        #expect(reason.hasPrefix("RSS 1.0 (RDF) feed in a JSONL record: Pantau reads feeds item by item from feed files"))
        // In an `html` field too; a page stays a page.
        var html = JSONObjectWriter()
        html.string("url", "https://kabarflores.example/rss")
        html.string("html", feed)
        guard case .failed(.unsupported, _) = XMLInput.screen(JSONLRecords.record(html.finished(), source: "s.jsonl#2"), in: "a JSONL record").payload else {
            Issue.record("a feed in a JSONL html field became a document")
            return
        }
        var page = JSONObjectWriter()
        page.string("html", "<!DOCTYPE html><html><body><p>Teks berita.</p></body></html>")
        guard case .html = XMLInput.screen(JSONLRecords.record(page.finished(), source: "s.jsonl#3"), in: "a JSONL record").payload else {
            Issue.record("a page in a JSONL html field was screened out")
            return
        }
    }

    @Test func rfc822AndISODatesWithTheirZones() {
        let dates = Support.knowledge.cleaner.dates
        #expect(dates.normalize("Tue, 01 Oct 2024 15:27:00 +0700") == "2024-10-01T15:27:00+07:00")
        #expect(dates.normalize("Wed, 2 Oct 2024 03:10:00 +0000") == "2024-10-02T03:10:00+00:00")
        #expect(dates.normalize("Wed, 02 Oct 2024 03:10 -0500") == "2024-10-02T03:10:00-05:00")
        #expect(dates.normalize("Wed, 02 Oct 2024 03:10:00 GMT") == "2024-10-02T03:10:00+00:00")
        #expect(dates.normalize("Wed, 02 Oct 2024 03:10:00 EST") == "2024-10-02T03:10:00-05:00")
        #expect(dates.normalize("2024-10-02T07:20:00Z") == "2024-10-02T07:20:00+00:00")
        #expect(dates.normalize("2024-10-02T09:15:00+0800") == "2024-10-02T09:15:00+08:00")
        // Indonesian date lines read as before.
        #expect(dates.normalize("Selasa, 01 Okt 2024 15:27 WIB") == "2024-10-01T15:27:00+07:00")
        #expect(DateNormalizer.numericOffset("+07:00") == "+07:00")
        #expect(DateNormalizer.numericOffset("-0930") == "-09:30")
        for bad in ["+7000", "0700", "+07", "+2500", "-12a4"] { #expect(DateNormalizer.numericOffset(bad) == nil, "\(bad)") }
    }

    static func feed(_ items: String, encoding: String = "UTF-8", extra: String = "") -> [UInt8] {
        Array("""
        <?xml version="1.0" encoding="\(encoding)"?>\(extra)
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Uji</title>\(items)</channel></rss>
        """.utf8)
    }

    static func item(_ body: String, link: String = "https://contoh.id/a") -> String {
        "<item><title>Judul</title><link>\(link)</link><pubDate>Tue, 01 Oct 2024 15:27:00 +0700</pubDate>\(body)</item>"
    }

    static func process(_ bytes: [UInt8]) -> [DocumentRecord] {
        let processor = DocumentProcessor(knowledge: Support.knowledge)
        return InputReader.documents(of: bytes, source: "uji.xml").map { processor.process($0) }
    }

    static let paragraph = "Bupati Sikka meminta seluruh aparatur sipil negara menjaga netralitas selama masa kampanye pemilihan kepala daerah di Maumere."

    @Test func whatMakesATeaser() {
        let short = Self.process(Self.feed(Self.item("<description>\(Self.paragraph)</description>")))
        #expect(short.first?.status == .teaser)
        // A long description is the full text; a short content:encoded is an article.
        let long = String(repeating: "<p>\(Self.paragraph)</p>", count: 9)
        let full = Self.process(Self.feed(Self.item("<description><![CDATA[\(long)]]></description>")))
        #expect(full.first?.status == .ok && (full.first?.chars ?? 0) >= Cleaner.teaserChars)
        let brief = Self.process(Self.feed(Self.item("<content:encoded><![CDATA[<p>\(Self.paragraph)</p>]]></content:encoded>")))
        #expect(brief.first?.status == .ok)
        // Content cut off by the feed is a teaser too.
        let cut = Self.process(Self.feed(Self.item("<content:encoded><![CDATA[<p>\(Self.paragraph) Ia juga [&#8230;]</p>]]></content:encoded>")))
        #expect(cut.first?.status == .teaser)
        // A teaser wrapped in its own link is still the teaser; a "read more" link is not text.
        let linked = Self.process(Self.feed(Self.item("<description>&lt;a href='https://contoh.id/a'&gt;\(Self.paragraph)&lt;/a&gt;</description>")))
        #expect(linked.first?.text == Self.paragraph)
        let more = Self.process(Self.feed(Self.item("<description>&lt;p&gt;\(Self.paragraph)&lt;/p&gt;&lt;p&gt;&lt;a href='https://contoh.id/a'&gt;Baca selengkapnya&lt;/a&gt;&lt;/p&gt;</description>")))
        #expect(more.first?.text == Self.paragraph)
        // An item with a title and a link only has no text.
        let bare = Self.process(Self.feed(Self.item("")))
        #expect(bare.first?.status == .empty && bare.first?.error == "feed item has no text (no content, description or summary)")
        #expect(Self.process(Self.feed("")).first?.error == "RSS 2.0 feed has no items")
    }

    @Test func encodingsFollowTheDeclarationUnlessTheBytesAreUTF8() {
        var latin = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><link>https://contoh.id/k</link><description>Caf"#.utf8)
        latin += [0xE9] + Array(" di Bajawa, suhu 16".utf8) + [0xB0] + Array("C. Kopi arabika dari kebun warga dibagikan gratis kepada pengunjung festival.</description></item></channel></rss>".utf8)
        #expect(Self.process(latin).first?.text.hasPrefix("Café di Bajawa, suhu 16°C.") == true)
        // Declared Latin-1, written in UTF-8 (as portals often do): read as UTF-8, not as mojibake.
        let mislabelled = Self.feed(Self.item("<description>Café di Bajawa, suhu 16°C. Kopi arabika dibagikan gratis kepada pengunjung.</description>"),
                                    encoding: "ISO-8859-1")
        #expect(Self.process(mislabelled).first?.text.hasPrefix("Café di Bajawa, suhu 16°C.") == true)
    }

    @Test func noNetworkNoExternalEntitiesNoEntityExpansion() throws {
        let secret = Support.temporaryDirectory("xxe").appendingPathComponent("rahasia.txt")
        Support.write("RAHASIA-JANGAN-BOCOR", to: secret)
        let external = Self.feed(Self.item("<description>Teks &xxe; selesai. \(Self.paragraph)</description>"),
                                 extra: "\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://\(secret.path)\">]>")
        let records = Self.process(external)
        #expect(records.count == 1)
        #expect(!records.contains { $0.text.contains("RAHASIA") || $0.error.contains("RAHASIA") })
        // A billion laughs: references stay references, nothing is multiplied.
        var laughs = "<!ENTITY l0 \"ha\">"
        for level in 1...9 { laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let bomb = Self.feed(Self.item("<description>&l9; \(Self.paragraph)</description>"), extra: "\n<!DOCTYPE rss [\(laughs)]>")
        let exploded = Self.process(bomb)
        #expect(exploded.count == 1)
        #expect(exploded.allSatisfy { $0.text.utf8.count < 10_000 })
        // An entity a feed uses without declaring it (HTML's &nbsp;) breaks the XML: one error row.
        let nbsp = Self.process(Self.feed(Self.item("<description>Satu&nbsp;dua</description>")))
        #expect(nbsp.count == 1 && nbsp.first?.status == .error)
        #expect(nbsp.first?.error.contains("nbsp") == true)
    }

    @Test func incrementalRunsReuseUnchangedItemsAndRedoChangedOnes() async throws {
        let (input, output, _) = try await Self.runFeeds()
        // One item's title changes: only that item is processed again.
        let path = input.appendingPathComponent("kabar-rdf.rdf")
        let text = try String(contentsOf: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Air Bersih di Onekore Mengalir Dua Kali Sepekan", with: "Air Bersih Onekore Mengalir Dua Kali Seminggu")
            .write(to: path, atomically: true, encoding: .utf8)
        var options = RunOptions(input: input.path, output: output.path)
        options.incremental = true
        let summary = try await Pipeline(knowledge: Support.knowledge).run(options)
        // 15 rows; the duplicate and the broken feed's row are processed again by design, and
        // so is the changed item.
        #expect(summary.documents == 15)
        #expect(summary.reused == 12)
        let full = Support.temporaryDirectory("feeds-full")
        _ = try await Pipeline(knowledge: Support.knowledge).run(RunOptions(input: input.path, output: full.path))
        for file in ["documents.csv", "documents.jsonl", "regions.csv", "officials.csv", "claims.csv"] {
            #expect(try Data(contentsOf: output.appendingPathComponent(file)) == Data(contentsOf: full.appendingPathComponent(file)), "\(file)")
        }
        #expect(try Self.records(output)["kabar-rdf.rdf#2"]?.title == "Air Bersih Onekore Mengalir Dua Kali Seminggu")
    }

    @Test func shardsOfFeedsMergeIntoTheSingleRun() async throws {
        let (input, single, _) = try await Self.runFeeds()
        var shards: [String] = []
        for index in 1...3 {
            let output = Support.temporaryDirectory("feed-shard")
            var options = RunOptions(input: input.path, output: output.path)
            options.shard = try Shard(index: index, count: 3)
            _ = try await Pipeline(knowledge: Support.knowledge).run(options)
            shards.append(output.path)
        }
        let merged = Support.temporaryDirectory("feed-merged")
        _ = try Merger(pipeline: Pipeline(knowledge: Support.knowledge)).merge(shards, into: merged.path)
        for file in ShardTests.datasetFiles {
            #expect(try Data(contentsOf: single.appendingPathComponent(file)) == Data(contentsOf: merged.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test func packedFeedItemsStreamAndMergeIntoTheSingleRun() async throws {
        let (input, single, _) = try await Self.runFeeds()
        let lines = try InputWalker(root: input.path).entries().flatMap { InputReader().read($0) }.map { StreamRecords.line($0) }
        #expect(lines.count == 15)
        let packed = String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self)
        #expect(packed.contains("\"feed_item\":\"content\"") && packed.contains("\"feed_item\":\"description\""))
        // Each packed line comes back as the document it was.
        let processor = DocumentProcessor(knowledge: Support.knowledge)
        let results = Support.temporaryDirectory("feed-stream")
        var out: [UInt8] = []
        for (number, line) in lines.enumerated() {
            let record = processor.process(StreamRecords.document(line[...], lineNumber: number + 1))
            out += RecordCodec.encode(record) + [0x0A]
        }
        _ = FileManager.default.createFile(atPath: results.appendingPathComponent("part-00000").path, contents: Data(out))
        let merged = Support.temporaryDirectory("feed-stream-merged")
        _ = try Merger(pipeline: Pipeline(knowledge: Support.knowledge)).merge([results.path], into: merged.path)
        for file in ShardTests.datasetFiles {
            #expect(try Data(contentsOf: single.appendingPathComponent(file)) == Data(contentsOf: merged.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test func itemSourcesOrderByItemNumberInAMerge() {
        #expect(InputOrder(source: "feeds/antara.html#2") < InputOrder(source: "feeds/antara.html#10"))
        #expect(InputOrder(source: "feeds/antara.html#10") < InputOrder(source: "feeds/antara.html.bak"))
        #expect(InputOrder(source: "a.xml#3").record == 3)
    }
}

/// What `make fuzz` does with each input for the feed reader (Sources/pantau-fuzz), replayed on
/// the fuzz and mini inputs and the feed fixtures: read as a feed file, and as the body of a
/// feed's items. Every document comes out with a status, and a reason unless ok.
@Suite struct FeedFuzzReplayTests {
    static let inputs: [URL] = FuzzRegressionTests.inputs + ((try? FeedTests.feedNames()) ?? []).map { FeedTests.directory.appendingPathComponent($0) }

    static func wrapped(_ bytes: [UInt8]) -> [UInt8] {
        let body = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
        return Array("""
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\
        <item><title><![CDATA[\(body)]]></title><link>https://fuzz.example/1</link><description><![CDATA[\(body)]]></description></item>\
        <item><link>https://fuzz.example/2</link><content:encoded><![CDATA[\(body)]]></content:encoded></item></channel></rss>
        """.utf8)
    }

    @Test(arguments: inputs)
    func replay(_ input: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: input))
        let processor = DocumentProcessor(knowledge: Support.knowledge)
        for document in InputReader.documents(of: bytes, source: input.lastPathComponent) + InputReader.documents(of: Self.wrapped(bytes), source: "w.xml") {
            let record = processor.process(document)
            #expect(DocumentStatus.allCases.contains(record.status))
            if record.status != .ok { #expect(!record.error.isEmpty, "\(record.source)") }
        }
    }
}

/// `pantau clean`, `extract` and `explain` on a feed file (the built binary).
@Suite struct FeedCommandTests {
    static let atom = FeedTests.directory.appendingPathComponent("blog-atom.xml").path

    @Test func cleanPrintsEveryItemUnderItsSourceAndLink() throws {
        let result = try PantauBinary.run(["clean", Self.atom])
        #expect(result.status == 0)
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("==> ") }
        #expect(headers == [
            "==> blog-atom.xml#1 https://catatanalok.example/2024/10/camat-kumpulkan-lurah.html <==",
            "==> blog-atom.xml#2 https://catatanalok.example/2024/10/guru-honorer-kewapante.html <==",
            "==> blog-atom.xml#3 https://catatanalok.example/2024/09/pasar-nita.html <==",
        ])
        #expect(result.stdout.contains("Sebanyak 37 guru honorer di Kecamatan Kewapante"))
        #expect(!FeedTests.hasMarkup(result.stdout))
    }

    @Test func extractPrintsOneRecordPerItem() throws {
        let result = try PantauBinary.run(["extract", Self.atom])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let statuses = try lines.map { try RecordCodec.decode(Array($0.utf8)).status }
        #expect(statuses == [.ok, .ok, .teaser])
    }

    @Test func aBrokenFeedFailsWithItsReasonAndExplainAsksForOneDocument() throws {
        let broken = try PantauBinary.run(["clean", FeedTests.directory.appendingPathComponent("rusak-rss.xml").path])
        #expect(broken.status == 3)
        #expect(broken.stderr.contains("RSS 2.0 feed is not well-formed XML"))
        let explain = try PantauBinary.run(["explain", Self.atom])
        #expect(explain.status == 2)
        #expect(explain.stderr.contains("is a feed of 3 items and `pantau explain` reads one document"))
    }
}
