import Foundation
import Testing
@testable import Pantau

/// report.html without a browser: escaping, formats, charts, what is gathered from a dataset,
/// and the file rules of `pantau report --output`. ReportBrowserTests renders it in Chromium.
@Suite struct ReportTests {
    // MARK: text

    @Test func scrapedTextStaysText() {
        #expect(HTMLText.escape("<script>alert('x')</script> & \"q\"") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        #expect(HTMLText.escape("Bupati Sikka") == "Bupati Sikka")
        #expect(HTMLText.link("javascript:alert(1)", text: "<b>klik</b>") == "&lt;b&gt;klik&lt;/b&gt;")
        #expect(HTMLText.link("data:text/html,x", text: "x") == "x")
        #expect(HTMLText.link("https://example.id/a?b=1&c=\"2\"", text: "Judul")
                == "<a href=\"https://example.id/a?b=1&amp;c=&quot;2&quot;\" rel=\"noopener noreferrer\">Judul</a>")
    }

    @Test func numbersAndDatesHaveOneStyle() {
        #expect(HTMLText.number(0) == "0")
        #expect(HTMLText.number(999) == "999")
        #expect(HTMLText.number(1000) == "1,000")
        #expect(HTMLText.number(1234567) == "1,234,567")
        #expect(HTMLText.percent(1, of: 3) == "33.3%")
        #expect(HTMLText.percent(2, of: 3) == "66.7%")
        #expect(HTMLText.percent(0, of: 0) == "–")
        #expect(HTMLText.duration(54.34) == "54.3 s")
        #expect(HTMLText.duration(125) == "2 min 05 s")
        #expect(HTMLText.duration(3725) == "1 h 02 min")
        #expect(HTMLText.timestamp("2026-12-04T19:05:12.345Z") == "2026-12-04 19:05:12 UTC")
    }

    @Test func publishedDatesOrderAcrossZones() throws {
        #expect(PublishedDate.daysFromCivil(1970, 1, 1) == 0)
        #expect(PublishedDate.daysFromCivil(2024, 3, 1) == 19783)
        #expect(PublishedDate.daysFromCivil(1900, 3, 1) == -25508)
        let wib = try #require(PublishedDate("2024-10-12T09:30:00+07:00"))
        #expect(wib.instant == 1_728_700_200)
        #expect(wib.month == "2024-10" && wib.day == "2024-10-12")
        #expect(PublishedDate("2024-10-12T02:30:00Z")?.instant == wib.instant)
        // No zone: WIB, as Pantau assumes for date lines that name none.
        #expect(PublishedDate("2024-10-12T09:30:00")?.instant == wib.instant)
        // 10:00 WITA is 09:00 WIB: earlier than 09:30 WIB.
        #expect(try #require(PublishedDate("2024-10-12T10:00:00+08:00")).instant < wib.instant)
        #expect(PublishedDate("2024-10-12")?.month == "2024-10")
        for bad in ["", "2024-13-01", "12 Oktober 2024", "2024/10/12"] { #expect(PublishedDate(bad) == nil, "\(bad)") }
    }

    // MARK: charts

    @Test func chartDrawsOneBarPerNonZeroValue() {
        let chart = ReportChart(id: "c", title: "Claims <by> type", categoryAxis: "month", valueAxis: "claims",
                                categories: ["2024-09", "2024-10", "2024-11"],
                                series: [.init(name: "sanction", color: "#000"), .init(name: "norm", color: "#111")],
                                values: [[3, 0], [0, 0], [2, 5]], kind: .columns)
        let html = chart.html()
        #expect(html.components(separatedBy: "<rect class=\"bar\"").count - 1 == 3)
        #expect(html.components(separatedBy: "data-value=").count - 1 == 3 + 6)
        #expect(html.contains("<title id=\"c-title\">Claims &lt;by&gt; type</title>"))
        #expect(html.contains("class=\"axis-label value-axis\"") && html.contains("class=\"axis-label category-axis\""))
        #expect(html.contains("<caption>Claims &lt;by&gt; type</caption>"))
        for kind in [ReportChart.Kind.rows, .groupedRows] {
            var other = chart
            other.kind = kind
            #expect(other.html().components(separatedBy: "<rect class=\"bar\"").count - 1 == 3)
        }
    }

    @Test func emptyChartSaysSoInsteadOfDrawing() {
        let chart = ReportChart(id: "e", title: "Nothing", categoryAxis: "x", valueAxis: "y", categories: ["a"],
                                series: [.init(name: "s", color: "#000")], values: [[0]], emptyText: "No claims.")
        let html = chart.html()
        #expect(!html.contains("<svg") && html.contains("<p class=\"empty\">No claims.</p>"))
    }

    @Test func ticksAreRoundAndCoverTheMaximum() {
        #expect(ReportChart.ticks(55) == [0, 20, 40, 60])
        #expect(ReportChart.ticks(7) == [0, 2, 4, 6, 8])
        #expect(ReportChart.ticks(0) == [0, 1])
        #expect(ReportChart.ticks(1234).last.map { $0 >= 1234 } == true)
    }

    @Test func latestClaimsKeepsTheLatestWhateverTheOrder() {
        var latest = LatestClaims(capacity: 3)
        let days = [5, 1, 9, 3, 7, 2, 8]
        for day in days {
            latest.offer(ClaimListing(docID: "d\(day)", claimID: "c", type: "sanction", subject: "ASN", speaker: "", speakerRole: "",
                                      regionCode: "", regionName: "", text: "", url: "", title: "", site: "", source: "",
                                      published: "2024-10-0\(day)", date: PublishedDate("2024-10-0\(day)"), start: 0))
        }
        latest.offer(ClaimListing(docID: "d0", claimID: "c", type: "sanction", subject: "ASN", speaker: "", speakerRole: "", regionCode: "",
                                  regionName: "", text: "", url: "", title: "", site: "", source: "", published: "", date: nil, start: 0))
        #expect(latest.listed.map(\.docID) == ["d9", "d8", "d7"])
        #expect(latest.total == days.count + 1)
    }

    // MARK: facts from a dataset

    /// A hand-written dataset: three documents, one official, claims with and without a speaker,
    /// one orphan claim row.
    static func writeSmallDataset() -> URL {
        let folder = Support.temporaryDirectory("report-small")
        Support.write("""
        doc_id,source,url,site,title,author,published,language,status,error,chars,words,sentences,content_sha256
        d0000000000000001,a.html,https://example.id/a,example.id,Judul A,,2024-10-12T09:30:00+07:00,id,ok,,10,2,1,
        d0000000000000002,b.pdf,,,,,,,unsupported,not HTML or text,0,0,0,
        d0000000000000003,c.html,https://example.id/c,example.id,"Judul <C>",,2024-11-01,id,ok,,10,2,1,

        """, to: folder.appendingPathComponent("documents.csv"))
        Support.write("""
        doc_id,official_id,name,titles,role,qualifier,institution,region_code,region_name,mentions,start,end,rule
        d0000000000000001,o0000000000000001,Budi Santoso,,Ketua,,Bawaslu,33.13,Kabupaten Karanganyar,3,0,5,r

        """, to: folder.appendingPathComponent("officials.csv"))
        Support.write("""
        doc_id,claim_id,type,labels,subject,speaker,speaker_official_id,attribution,region_code,start,end,rule,text
        d0000000000000001,c0000000000000001,sanction,sanction,ASN,Budi Santoso,o0000000000000001,direct,33.13,0,10,r,ASN dijatuhi sanksi.
        d0000000000000001,c0000000000000002,norm,norm,ASN,,,none,33.13,11,20,r,ASN wajib netral.
        d0000000000000003,c0000000000000003,violation,violation,Kepala Desa,,,indirect,,0,10,r,Kades ikut kampanye.
        d0000000000000009,c0000000000000009,norm,norm,TNI,,,none,,0,10,r,Orphan.

        """, to: folder.appendingPathComponent("claims.csv"))
        return folder
    }

    @Test func factsTallyTheDataset() throws {
        let folder = Self.writeSmallDataset()
        let facts = try DatasetFacts.read(folder: folder.path, regionNames: RegionNames(gazetteer: Support.knowledge.gazetteer))
        #expect(facts.documents == 3)
        #expect(facts.statusCounts == ["ok": 2, "unsupported": 1])
        #expect(facts.languages["unsupported"] == ["": 1])
        #expect(facts.problems["unsupported"]?.map(\.reason) == ["not HTML or text"])
        #expect(facts.claims == 3 && facts.orphanRows == 1)
        #expect(facts.claimsByMonth == ["2024-10": ["sanction": 1, "norm": 1], "2024-11": ["violation": 1]])
        #expect(facts.claimsByProvince == ["33": 2, "": 1])
        #expect(facts.attribution == ["direct": 1, "none": 1, "indirect": 1])
        #expect(facts.claimsBySubject["ASN"] == ["sanction": 1, "norm": 1])
        #expect(facts.topSpeakers.map(\.name) == ["Budi Santoso"])
        #expect(facts.topSpeakers.first?.institution == "Bawaslu")
        #expect(facts.topOfficials.first?.mentions == 3)
        let latest = facts.latestEnforcement
        #expect(latest.map(\.claimID) == ["c0000000000000003", "c0000000000000001"])
        #expect(latest.last?.speakerRole == "Ketua Bawaslu")
        #expect(latest.last?.regionName == "Kabupaten Karanganyar")
        #expect(facts.run == nil)
    }

    @Test func pageShowsTheDatasetEscaped() throws {
        let folder = Self.writeSmallDataset()
        let html = try DatasetReport.html(dataset: folder.path, regionNames: RegionNames(gazetteer: Support.knowledge.gazetteer))
        #expect(html.hasPrefix("<!DOCTYPE html>\n" + ReportPage.marker + "\n"))
        #expect(html.contains("Judul &lt;C&gt;") && !html.contains("Judul <C>"))
        #expect(html.contains("<a href=\"https://example.id/c\" rel=\"noopener noreferrer\">Judul &lt;C&gt;</a>"))
        #expect(html.contains("run.json</dt><dd>missing or unreadable"))
        // The only script and style are the ones the page's policy names by hash.
        #expect(html.components(separatedBy: "<script").count == 2 && html.components(separatedBy: "<style").count == 2)
        #expect(html.contains("script-src '\(ReportAssets.scriptHash)'") && html.contains("<script>\(ReportAssets.script)</script>"))
        // Nothing to fetch: no src, no linked style sheet; the only http address is SVG's namespace.
        #expect(!html.contains("src=") && !html.contains("<link"))
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").components(separatedBy: "http://").count == 1)
    }

    @Test func missingDatasetIsAnError() {
        #expect(throws: PantauError.self) {
            try DatasetReport.html(dataset: "/nonexistent/pantau-dataset", regionNames: RegionNames())
        }
    }

    // MARK: the report file

    @Test func writeReplacesOnlyReports() throws {
        let folder = Support.temporaryDirectory("report-file")
        let page = "<!DOCTYPE html>\n\(ReportPage.marker)\n<html></html>\n"
        let target = folder.appendingPathComponent("r.html")
        try DatasetReport.write(page, to: target.path)
        #expect(DatasetReport.isReport(target.path))
        try DatasetReport.write(page + "<!-- again -->\n", to: target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasSuffix("<!-- again -->\n"))
        let notes = folder.appendingPathComponent("notes.html")
        Support.write("<!DOCTYPE html>\n<p>my notes: pantau-report</p>\n", to: notes)
        #expect(throws: PantauError.self) { try DatasetReport.write(page, to: notes.path) }
        #expect(try String(contentsOf: notes, encoding: .utf8) == "<!DOCTYPE html>\n<p>my notes: pantau-report</p>\n")
        #expect(throws: PantauError.self) { try DatasetReport.write(page, to: folder.path) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["notes.html", "r.html"], "no temporary file is left behind")
    }

    // MARK: run, merge and the command line

    @Test func runWritesReportAndDataPackage() async throws {
        let output = Support.temporaryDirectory("report-run")
        var options = RunOptions(input: Support.fixture("mini").path, output: output.path)
        options.jobs = 2
        _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        let report = output.appendingPathComponent(DatasetReport.fileName)
        #expect(DatasetReport.isReport(report.path))
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<code>\(output.path)</code>"), "the report names the output folder, not the staging folder")
        #expect(!html.contains(".tmp-"))
        #expect(html.contains("binary content (PNG image)"))
        #expect(try Data(contentsOf: output.appendingPathComponent(DataPackage.fileName)) == Data(DataPackage.json()))

        let merged = Support.temporaryDirectory("report-merge")
        _ = try Merger(pipeline: Pipeline(knowledge: Support.knowledge)).merge([output.path], into: merged.path)
        #expect(DatasetReport.isReport(merged.appendingPathComponent(DatasetReport.fileName).path))
        #expect(try Data(contentsOf: merged.appendingPathComponent(DataPackage.fileName)) == Data(DataPackage.json()))
    }

    /// A run over an empty folder still gets a report that says there is nothing, not a broken page.
    @Test func emptyDatasetReportSaysSo() async throws {
        let input = Support.temporaryDirectory("report-empty-in"), output = Support.temporaryDirectory("report-empty-out")
        _ = try await Pipeline(knowledge: Support.knowledge).run(RunOptions(input: input.path, output: output.path))
        let html = try String(contentsOf: output.appendingPathComponent(DatasetReport.fileName), encoding: .utf8)
        #expect(html.contains("The dataset has no documents.") && html.contains("The dataset has no claims."))
        #expect(html.contains("The dataset has no violation or sanction claims.") && !html.contains("<svg"))
    }

    @Test func reportCommand() async throws {
        let dataset = Support.temporaryDirectory("report-cli-dataset")
        var options = RunOptions(input: Support.fixture("mini").path, output: dataset.path)
        options.jobs = 1
        _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        let folder = Support.temporaryDirectory("report-cli")

        let printed = try PantauBinary.run(["report", dataset.path])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.hasPrefix("<!DOCTYPE html>\n\(ReportPage.marker)\n"))

        let target = folder.appendingPathComponent("compare.html")
        let compared = try PantauBinary.run(["report", dataset.path, "--against", dataset.path, "--output", target.path])
        #expect(compared.status == 0, "\(compared.stderr)")
        let html = try String(contentsOf: target, encoding: .utf8)
        #expect(html.contains("<h2>What changed</h2>") && html.contains("The two datasets hold the same records."))

        let notes = folder.appendingPathComponent("notes.txt")
        Support.write("keep me\n", to: notes)
        let refused = try PantauBinary.run(["report", dataset.path, "--output", notes.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is not a Pantau report"), "\(refused.stderr)")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "keep me\n")

        let missing = try PantauBinary.run(["report", folder.appendingPathComponent("nothing").path, "--output", target.path])
        #expect(missing.status == 2 && missing.stderr.contains("not a Pantau dataset"), "\(missing.stderr)")
    }
}
