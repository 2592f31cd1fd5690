import Foundation
import Testing
@testable import Pantau

@Suite struct RawTextSkipperTests {
    static func skipped(_ html: String) -> String? {
        RawTextSkipper.skip(Array(html.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func emptiesScriptAndStyleBodiesKeepingTheTags() {
        let page = #"<html><head><style type="text/css">p{color:red}</style><SCRIPT>var a = "<p>x</p>";</SCRIPT ></head><body><p>Teks</p><script src="a.js"></script></body></html>"#
        #expect(Self.skipped(page) == #"<html><head><style type="text/css"></style><SCRIPT></SCRIPT ></head><body><p>Teks</p><script src="a.js"></script></body></html>"#)
    }

    @Test func keepsJSONLDBodies() {
        let page = #"<head><script type="application/LD+JSON">{"@type":"NewsArticle"}</script><script>track()</script></head>"#
        #expect(Self.skipped(page) == #"<head><script type="application/LD+JSON">{"@type":"NewsArticle"}</script><script></script></head>"#)
    }

    /// A script body ends at the first `</script`, as libxml2 ends it, even inside a string.
    @Test func bodyEndsAtTheFirstClosingTag() {
        let page = #"<script>document.write("</script>");</script><p>Isi</p>"#
        #expect(Self.skipped(page) == #"<script></script>");</script><p>Isi</p>"#)
    }

    @Test func leavesCommentsAttributesAndSelfClosedScriptsAlone() {
        #expect(Self.skipped(#"<!-- <script>x</script> --><p>Isi</p>"#) == nil)
        #expect(Self.skipped(#"<div data-html="<script>x</script>">Isi</div>"#) == nil)
        // libxml2 closes `<script/>` at once; the paragraph after it is page text.
        #expect(Self.skipped(#"<script src="a.js"/><p>Isi</p></script>"#) == nil)
        #expect(Self.skipped(#"<p>Isi</p><script>never closed"#) == nil)
        #expect(Self.skipped(#"<scripts>x</scripts><stylesheet>y</stylesheet>"#) == nil)
    }

    /// Skipping is only worth having if the clean stage cannot tell: every portal fixture and
    /// every boilerplate-dev page cleans to the same text and metadata either way.
    @Test func cleanStageOutputIsUnchanged() throws {
        var pages = try PortalCleanTests.pages().map { ($0.name, $0.bytes) }
        if let shared = Support.shared {
            let directory = shared.appendingPathComponent("eval/boilerplate-dev/html")
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".html") {
                pages.append((name, Array(try Data(contentsOf: directory.appendingPathComponent(name)))))
            }
        }
        #expect(pages.count >= 34)
        var changedBytes = 0
        for (name, bytes) in pages {
            let decoded = TextDecoding.decodeToUTF8(bytes, sniffDeclaration: true).bytes
            changedBytes += decoded.count - (RawTextSkipper.skip(decoded)?.count ?? decoded.count)
            let skipping = Support.knowledge.cleaner.cleanHTML(decoded, encoding: "utf-8")
            let parsingAll = Support.knowledge.cleaner.cleanHTML(decoded, encoding: "utf-8", skipRawText: false)
            #expect(skipping.text == parsingAll.text, "\(name)")
            #expect(skipping.metadata == parsingAll.metadata, "\(name)")
        }
        #expect(changedBytes > 0)
    }
}
