import Foundation
import Testing
@testable import Pantau

/// How a data file is read: the format a researcher edits (comments, blank lines, tabs),
/// and the line numbers that errors report.
@Suite struct DataFileTests {
    @Test func skipsCommentsAndBlankLinesButKeepsTheirLineNumbers() {
        let file = DataFile(name: "t.tsv", contents: "# header\n\nalpha\tA\n   # indented comment\n \t \nbeta\tB\n")
        #expect(file.lines == ["alpha\tA", "beta\tB"])
        #expect(file.lineNumbers == [3, 6])
        #expect(file.numberedRows.map(\.line) == [3, 6])
        #expect(file.rows == [["alpha", "A"], ["beta", "B"]])
    }

    @Test func readsWindowsLineEnds() {
        // A file saved by a Windows editor: every line ends in CR LF.
        let file = DataFile(name: "t.tsv", contents: "# list\r\nsatu\t1\r\n\r\ndua\t2\r\n")
        #expect(file.rows == [["satu", "1"], ["dua", "2"]])
        #expect(file.lineNumbers == [2, 4])
    }

    @Test func trimsColumnsIncludingNonASCIISpaces() {
        let nbsp = "\u{00A0}", ideographic = "\u{3000}"
        let file = DataFile(name: "t.tsv", contents: "  Kota Bima \t\(nbsp)5272\(nbsp)\t\(ideographic)x\n\(nbsp)\(nbsp)\n\(nbsp)# comment\n")
        #expect(file.rows == [["Kota Bima", "5272", "x"]])
        #expect(file.entries == ["Kota Bima"])
        #expect(file.lineNumbers == [1])
    }

    @Test func keepsEmptyColumnsAndALastLineWithoutNewline() {
        let file = DataFile(name: "t.tsv", contents: "a\t\tc\nlast")
        #expect(file.rows == [["a", "", "c"], ["last"]])
        #expect(file.lineNumbers == [1, 2])
    }

    @Test func errorsNameTheLineAnEditorShows() {
        // The bad rule sits on line 4, after a comment and a blank line.
        let contents = "# claim rules\n\nr.ok\tnorm\tMODAL\nr.bad\tpraise\tMODAL\n"
        do {
            _ = try ClaimRules(data: DataFile(name: "claim-rules.tsv", contents: contents), groups: ["MODAL"])
            Issue.record("an unknown claim type was accepted")
        } catch {
            #expect(error.description.contains("claim-rules.tsv, line 4"), "\(error.description)")
        }
    }

    /// Every shipped data file reads as Foundation's line and whitespace rules read it.
    @Test func shippedFilesReadAsFoundationReadsThem() throws {
        let manifest = try Support.dataDirectory.read("MANIFEST.txt")
        #expect(manifest.entries.count >= 20)
        for name in manifest.entries + ["MANIFEST.txt"] {
            let url = Support.dataDirectory.url.appendingPathComponent(name)
            let contents = try String(contentsOf: url, encoding: .utf8)
            let file = DataFile(name: name, contents: contents)
            let reference = contents.components(separatedBy: "\n").enumerated().compactMap { number, line -> (Int, [String])? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
                return (number + 1, line.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) })
            }
            #expect(file.numberedRows.map(\.line) == reference.map(\.0), "\(name)")
            #expect(file.rows == reference.map(\.1), "\(name)")
        }
    }

    @Test func cleanerAloneLoadsWithoutTheGazetteer() throws {
        let cleaner = try Knowledge.loadCleaner(from: Support.dataDirectory)
        let page = "<html><head><title>Bupati minta ASN netral</title></head><body><article><p>"
            + "Bupati Sikka meminta seluruh ASN menjaga netralitas selama tahapan Pilkada 2024 berlangsung di daerahnya.</p>"
            + "</article></body></html>"
        let document = SourceDocument(source: "t.html", payload: .bytes(Array(page.utf8)))
        let alone = try cleaner.clean(document).get()
        let full = try Support.knowledge.cleaner.clean(document).get()
        #expect(alone.text.contains("menjaga netralitas"))
        #expect(alone.text == full.text)
        #expect(alone.metadata == full.metadata)
    }
}
