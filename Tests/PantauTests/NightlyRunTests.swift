import Foundation
import GRDB
import Testing
@testable import Pantau

/// What operators rely on: exit codes, a dataset that is never half-written, incremental runs.
@Suite(.serialized) struct NightlyRunTests {
    static let files = ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "near_duplicates.csv", "documents.jsonl"]

    /// A corpus big enough that a run takes a while: the fixture texts repeated with variations.
    static func makeCorpus(documents: Int) throws -> URL {
        let dir = Support.temporaryDirectory("nightly-in")
        for index in 0..<documents {
            let page = """
                <html><head><title>Berita \(index) - Portal</title></head><body><article>
                <p>Ketua Bawaslu Kabupaten Sikka, Maria Goreti, meminta ASN nomor \(index) menjaga netralitas dalam Pilkada 2024.</p>
                <p>\(String(repeating: "Pengawasan netralitas ASN terus dilakukan di Kabupaten Sikka dan Kota Kupang. ", count: 40 + index % 7))</p>
                </article></body></html>
                """
            try Data(page.utf8).write(to: dir.appendingPathComponent(String(format: "doc-%05d.html", index)))
        }
        return dir
    }

    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in files { result[file] = try Data(contentsOf: dir.appendingPathComponent(file)) }
        return result
    }

    @Test func exitCodes() throws {
        let out = Support.temporaryDirectory("exit")
        let ok = try PantauBinary.run(["run", "--input", Support.fixture("mini/news").path, "--output", out.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        let someErrors = try PantauBinary.run(["run", "--input", Support.fixture("mini").path, "--output", out.path])
        #expect(someErrors.status == 3)
        #expect(someErrors.stderr.contains("source=feed.jsonl#3"))
        let usage = try PantauBinary.run(["run", "--input", "x"])
        #expect(usage.status == 2)
        let cannot = try PantauBinary.run(["run", "--input", "/nonexistent/input", "--output", out.path])
        #expect(cannot.status == 1)
        #expect(cannot.stderr.contains("does not exist"))
        // The failed run left the last dataset alone.
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("documents.csv").path))
    }

    @Test func killedRunsLeaveThePreviousDatasetIntact() throws {
        let input = try Self.makeCorpus(documents: 400)
        let out = Support.temporaryDirectory("kill")
        let first = try PantauBinary.run(["run", "--input", input.path, "--output", out.path, "--jobs", "2"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Self.snapshot(out)
        // Change the input so that a finished second run would differ, then kill runs part-way.
        try Data("<html><body><p>Dokumen baru tentang netralitas ASN di Kota Kupang yang cukup panjang untuk dibaca.</p></body></html>".utf8)
            .write(to: input.appendingPathComponent("doc-new.html"))
        var killed = 0
        for delay in [0.05, 0.2, 0.5, 1.0, 1.5] {
            let result = try PantauBinary.run(["run", "--input", input.path, "--output", out.path, "--jobs", "2"], killAfter: delay)
            if result.signalled { killed += 1 }
            let now = try Self.snapshot(out)
            if result.signalled {
                #expect(now == before, "dataset changed by a run killed after \(delay) s")
            }
        }
        #expect(killed >= 2, "runs finished too fast to be killed part-way")
        // No staging folders of killed runs pile up: the next run clears them.
        _ = try PantauBinary.run(["run", "--input", input.path, "--output", out.path])
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(out.lastPathComponent + ".tmp-") })
    }

    /// With one worker and with two (whose dataset write uses a second thread).
    @Test(arguments: ["1", "2"])
    func fileSizeLimitMidWriteLeavesThePreviousDataset(jobs: String) throws {
        let input = try Self.makeCorpus(documents: 60)
        let out = Support.temporaryDirectory("fsize")
        #expect(try PantauBinary.run(["run", "--input", input.path, "--output", out.path, "--jobs", jobs]).status == 0)
        let before = try Self.snapshot(out)
        // A disk that fills up: no file may grow past 64 KiB (the shell's ulimit -f is in 512-byte blocks).
        let full = try PantauBinary.run(["run", "--input", input.path, "--output", out.path, "--jobs", jobs], shellPrefix: "ulimit -f 128")
        #expect(full.status == 1)
        #expect(full.stderr.contains("File too large"))
        #expect(try Self.snapshot(out) == before)
    }

    @Test func outputPathThatIsAFile() throws {
        let file = Support.temporaryDirectory("notdir").appendingPathComponent("dataset")
        try Data("not a folder".utf8).write(to: file)
        let result = try PantauBinary.run(["run", "--input", Support.fixture("mini/news").path, "--output", file.path])
        // Refused before anything is written, as any output that is not a dataset folder is (OutputSafetyTests).
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a folder"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")
    }

    @Test func incrementalRunEqualsFullRun() async throws {
        let input = try Self.makeCorpus(documents: 30)
        let incremental = Support.temporaryDirectory("inc"), full = Support.temporaryDirectory("full")
        var options = RunOptions(input: input.path, output: incremental.path)
        _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        // One document changes, one is added, one removed.
        try Data("<html><body><p>Isi baru: Bupati Sikka meminta ASN tetap netral selama masa kampanye pilkada.</p></body></html>".utf8)
            .write(to: input.appendingPathComponent("doc-00003.html"))
        try Data("<html><body><p>Tambahan: Bawaslu Kota Kupang membuka posko pengaduan netralitas ASN.</p></body></html>".utf8)
            .write(to: input.appendingPathComponent("doc-extra.html"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("doc-00007.html"))
        options.incremental = true
        let summary = try await Pipeline(knowledge: Support.knowledge).run(options)
        #expect(summary.reused == 28)
        #expect(summary.documents == 30)
        _ = try await Pipeline(knowledge: Support.knowledge).run(RunOptions(input: input.path, output: full.path))
        #expect(try Self.snapshot(incremental) == Self.snapshot(full))
        let run = try JSONSerialization.jsonObject(with: Data(contentsOf: incremental.appendingPathComponent("run.json"))) as? [String: Any]
        #expect(run?["reused"] as? Int == 28)
        #expect(run?["fresh"] as? Int == 2)
    }

    @Test func sqliteHoldsTheSameRowsAsTheCSVs() async throws {
        let one = Support.temporaryDirectory("sql-1"), two = Support.temporaryDirectory("sql-2")
        for (dir, jobs) in [(one, 1), (two, 2)] {
            var options = RunOptions(input: Support.fixture("mini").path, output: dir.path)
            options.jobs = jobs
            _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        }
        func dump(_ dir: URL) throws -> [String] {
            let queue = try DatabaseQueue(path: dir.appendingPathComponent("pantau.sqlite").path)
            return try queue.read { db in
                var lines: [String] = []
                for table in ["documents", "officials", "regions", "claims", "near_duplicates"] {
                    for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") { lines.append(table + ":" + row.description) }
                }
                lines.append(contentsOf: try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('index','view') ORDER BY name"))
                return lines
            }
        }
        let rowsOne = try dump(one)
        #expect(rowsOne == (try dump(two)))
        #expect(rowsOne.contains("claims_in_context"))
        #expect(rowsOne.contains("claims_type"))
        let csvRows = try String(contentsOf: one.appendingPathComponent("documents.csv"), encoding: .utf8).split(separator: "\n").count - 1
        #expect(rowsOne.filter { $0.hasPrefix("documents:") }.count == csvRows)
    }

    @Test func duplicatesAndNearDuplicates() async throws {
        let input = Support.temporaryDirectory("dups"), out = Support.temporaryDirectory("dups-out")
        let story = (1...12).map { "Kalimat ke-\($0) tentang pengawasan netralitas ASN oleh Bawaslu Kabupaten Sikka menjelang pilkada." }.joined(separator: " ")
        let detik = "<html><body><nav>Beranda Berita</nav><article><p>\(story)</p></article><footer>detikcom</footer></body></html>"
        let kompas = "<html><body><div class=\"menu\">Home</div><div class=\"read__content\"><p>\(story) Baca berita lainnya.</p></div></body></html>"
        try Data(detik.utf8).write(to: input.appendingPathComponent("a-detik.html"))
        try Data(detik.utf8).write(to: input.appendingPathComponent("b-copy.html"))
        try Data(kompas.utf8).write(to: input.appendingPathComponent("c-kompas.html"))
        _ = try await Pipeline(knowledge: Support.knowledge).run(RunOptions(input: input.path, output: out.path))
        let documents = try String(contentsOf: out.appendingPathComponent("documents.csv"), encoding: .utf8)
        let first = StableIDs.document(url: "", source: "a-detik.html")
        #expect(documents.contains("b-copy.html,,,,,,id,duplicate,same content as \(first)"))
        let near = try String(contentsOf: out.appendingPathComponent("near_duplicates.csv"), encoding: .utf8).split(separator: "\n")
        #expect(near.count == 2)
        #expect(near.last?.hasPrefix(StableIDs.document(url: "", source: "c-kompas.html") + "," + first) == true)
    }

    @Test func safeCSVMakesFormulasInert() throws {
        var writer = CSVWriter(header: ["a", "b", "c", "d"], safe: true)
        writer.appendRow(["=HYPERLINK(\"x\")", "+62 812", "-5", "@user"])
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text == "a,b,c,d\n\"'=HYPERLINK(\"\"x\"\")\",'+62 812,-5,'@user\n")
        var raw = CSVWriter(header: ["a"], safe: false)
        raw.appendRow(["=1+1"])
        #expect(String(decoding: raw.bytes, as: UTF8.self) == "a\n=1+1\n")
    }
}
