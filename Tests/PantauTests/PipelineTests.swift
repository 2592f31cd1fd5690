import Foundation
import Testing
@testable import Pantau

@Suite struct PipelineTests {
    func runMini() async throws -> (URL, RunSummary) {
        let output = Support.temporaryDirectory("mini-out")
        var options = RunOptions(input: Support.fixture("mini").path, output: output.path)
        options.jobs = 2
        let summary = try await Pipeline(knowledge: Support.knowledge).run(options)
        return (output, summary)
    }

    @Test func everyInputIsAccountedFor() async throws {
        let (output, summary) = try await runMini()
        let csv = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "doc_id,source,url,site,title,author,published,language,status,error,chars,words,sentences,content_sha256")
        // antara-sikka.html, scrape.txt, picture.html, empty.txt, notes.md, and 3 JSONL lines.
        #expect(lines.count == 1 + 8)
        #expect(summary.documents == 8)
        #expect(summary.counts[.error] == 1)        // the malformed JSONL line
        #expect(summary.counts[.unsupported] == 2)  // the PNG and the .md
        #expect(summary.counts[.empty] == 1)        // the zero-byte file
        #expect(csv.contains("feed.jsonl#3"))
        #expect(csv.contains("JSONL line is not valid JSON"))
        #expect(csv.contains("binary content (PNG image)"))
        #expect(summary.exitCode == 3)
    }

    @Test func writesEveryFileWithItsColumns() async throws {
        let (output, _) = try await runMini()
        for (file, table) in [("officials.csv", DatasetSchema.officials), ("regions.csv", DatasetSchema.regions), ("claims.csv", DatasetSchema.claims)] {
            let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(text.split(separator: "\n").first.map(String.init) == table.columns.joined(separator: ","))
        }
        let run = try Data(contentsOf: output.appendingPathComponent("run.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: run) as? [String: Any])
        #expect((manifest["data_files"] as? [[String: Any]])?.count == Support.knowledge.files.count)
        #expect((manifest["status_counts"] as? [String: Int])?["ok"] == 4)
    }

    @Test func offsetsPointIntoTheText() async throws {
        let (output, _) = try await runMini()
        let jsonl = try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        var checked = 0
        for line in jsonl.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let scalars = Array(((object["text"] as? String) ?? "").unicodeScalars)
            for region in (object["regions"] as? [[String: Any]]) ?? [] {
                let start = try #require(region["start"] as? Int), end = try #require(region["end"] as? Int)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(String(view) == region["surface"] as? String)
                checked += 1
            }
        }
        #expect(checked >= 4)
    }

    @Test func outputIsDeterministicAcrossJobs() async throws {
        let one = Support.temporaryDirectory("det-1"), two = Support.temporaryDirectory("det-2")
        for (dir, jobs) in [(one, 1), (two, 2)] {
            var options = RunOptions(input: Support.fixture("mini").path, output: dir.path)
            options.jobs = jobs
            _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        }
        for file in ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "documents.jsonl"] {
            let a = try Data(contentsOf: one.appendingPathComponent(file)), b = try Data(contentsOf: two.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between --jobs 1 and --jobs 2")
        }
    }
}
