import Foundation
import Testing
@testable import Pantau

/// WARC ingest over fixtures written by scripts/make_warc_fixtures.py: pages in the styles of
/// detik, antara, a Pemkab press page and a tribun text page, among requests, images, redirects
/// and metadata records that must not become rows.
@Suite struct WARCTests {
    func documents(_ name: String) throws -> [SourceDocument] {
        let entries = try InputWalker(root: Support.fixture("warc/" + name).path).entries()
        return entries.flatMap { InputReader().read($0) }
    }

    func text(_ document: SourceDocument) -> String {
        guard case .bytes(let bytes) = document.payload else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func plainWARCGivesOneDocumentPerPageRecord() throws {
        let docs = try documents("crawl.warc")
        // Records 3, 4, 7 (responses with HTML), 9 (a text resource); not the warcinfo, request,
        // PNG, 301 redirect or metadata records.
        #expect(docs.map(\.source) == ["crawl.warc#3", "crawl.warc#4", "crawl.warc#7", "crawl.warc#9"])
        #expect(docs[0].url == "https://news.detik.com/berita/d-7501/bawaslu-bogor")
        #expect(docs[0].published == "2024-09-03T01:00:02Z")
        #expect(text(docs[0]).hasPrefix("<!DOCTYPE html>"))
        #expect(!text(docs[0]).contains("HTTP/1.1"))
        // Chunked transfer encoding is joined, gzip content encoding inflated.
        #expect(text(docs[1]).contains("Kupang (ANTARA) - Penjabat Gubernur NTT"))
        #expect(!text(docs[1]).contains("\r\n61\r\n"))
        #expect(text(docs[2]).contains("apel ikrar netralitas ASN"))
        #expect(text(docs[3]).hasPrefix("Kades di Semarang Diminta Netral"))
    }

    @Test func gzipMembersReadLikeThePlainFile() throws {
        let plain = try documents("crawl.warc")
        let gzip = try documents("crawl.warc.gz")
        #expect(gzip.map(\.source) == plain.map { $0.source.replacingOccurrences(of: ".warc#", with: ".warc.gz#") })
        #expect(gzip.map(text) == plain.map(text))
        #expect(gzip.map(\.url) == plain.map(\.url))
    }

    @Test func aFolderOfCrawlFilesKeepsTheWalkerOrder() throws {
        let sources = try InputWalker(root: Support.fixture("warc").path).entries().map(\.relativePath)
        #expect(sources == ["bad/garbage.warc#1", "bad/garbage.warc#2", "bad/short.warc#1", "bad/short.warc#2",
                            "bad/truncated.warc.gz#3", "bad/truncated.warc.gz#4", "bad/wholefile.warc.gz#1",
                            "crawl.warc#3", "crawl.warc#4", "crawl.warc#7", "crawl.warc#9",
                            "crawl.warc.gz#3", "crawl.warc.gz#4", "crawl.warc.gz#7", "crawl.warc.gz#9"])
    }

    @Test func damagedFilesGiveErrorRowsAfterTheirGoodRecords() throws {
        let cases: [(String, [String], String)] = [
            ("bad/truncated.warc.gz", ["#3"], "cut short"),
            ("bad/garbage.warc", ["#1"], "not WARC"),
            ("bad/short.warc", ["#1"], "cut short"),
            ("bad/wholefile.warc.gz", [], "warcio recompress"),
        ]
        for (name, good, reason) in cases {
            let docs = try documents(name)
            let ok = docs.filter { if case .bytes = $0.payload { return true } else { return false } }
            #expect(ok.map { String($0.source.drop(while: { $0 != "#" })) } == good, "\(name)")
            let failures = docs.compactMap { doc -> String? in
                if case .failed(.error, let why) = doc.payload { return why } else { return nil }
            }
            #expect(failures.count == 1, "\(name)")
            #expect(failures.first?.contains(reason) == true, "\(name): \(failures)")
        }
    }

    @Test func pipelineUsesTargetURIAndWARCDateAsFallbacks() async throws {
        let output = Support.temporaryDirectory("warc-out")
        var options = RunOptions(input: Support.fixture("warc/crawl.warc.gz").path, output: output.path)
        options.jobs = 2
        let summary = try await Pipeline(knowledge: Support.knowledge).run(options)
        #expect(summary.documents == 4)
        #expect(summary.counts[.ok] == 4)
        let reader = try CSVReader(path: output.appendingPathComponent("documents.csv").path)
        let header = try #require(reader.next())
        var rows: [[String: String]] = []
        while let row = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, row))) }
        let detik = try #require(rows.first { $0["source"] == "crawl.warc.gz#3" })
        #expect(detik["url"] == "https://news.detik.com/berita/d-7501/bawaslu-bogor")
        #expect(detik["published"] == "2024-09-03T01:00:02+00:00")   // the page names no date
        let antara = try #require(rows.first { $0["source"] == "crawl.warc.gz#4" })
        #expect(antara["published"] == "2024-09-02T10:00:00+08:00")  // the page's own date wins
    }

    @Test func recordsSeparatedByBareNewlinesAndAKompasianaPage() throws {
        let page = """
        <html><head><title>Netralitas ASN di Tasikmalaya Halaman 1 - Kompasiana.com</title></head><body>
        <div class="read-content"><p>Menjelang Pilkada 2024, ASN di Kabupaten Tasikmalaya diingatkan untuk tidak memberi jempol pada unggahan calon.</p></div>
        </body></html>
        """
        func record(_ number: Int, _ body: String) -> String {
            let http = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n" + body
            return "WARC/1.1\nWARC-Type: response\nWARC-Date: 2024-10-0\(number)T08:00:00Z\n"
                + "WARC-Target-URI: <https://www.kompasiana.com/user/\(number)/netralitas>\n"
                + "Content-Type: application/http;msgtype=response\nContent-Length: \(http.utf8.count)\n\n" + http + "\n\n"
        }
        let folder = Support.temporaryDirectory("warc-lf")
        Support.write(record(1, page) + record(2, page.replacingOccurrences(of: "jempol", with: "komentar")), to: folder.appendingPathComponent("blog.warc"))
        let docs = try InputWalker(root: folder.path).entries().flatMap { InputReader().read($0) }
        #expect(docs.map(\.source) == ["blog.warc#1", "blog.warc#2"])
        #expect(docs.map(\.url) == ["https://www.kompasiana.com/user/1/netralitas", "https://www.kompasiana.com/user/2/netralitas"])
        #expect(text(docs[1]).contains("memberi komentar"))
    }
}
