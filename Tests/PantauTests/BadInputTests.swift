import Foundation
import Testing
@testable import Pantau

/// Inputs that must not crash or hang a run; each ends as one row with a status and a reason.
@Suite struct BadInputTests {
    /// Runs the pipeline over files made by `make` and returns documents.csv rows by source.
    func run(limits: ProcessingLimits = ProcessingLimits(), _ make: (URL) throws -> Void) async throws -> [String: [String: String]] {
        let input = Support.temporaryDirectory("bad-in"), output = Support.temporaryDirectory("bad-out")
        try make(input)
        var options = RunOptions(input: input.path, output: output.path)
        options.jobs = 2
        options.limits = limits
        _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        let reader = try CSVReader(path: output.appendingPathComponent("documents.csv").path)
        let header = try #require(reader.next())
        var rows: [String: [String: String]] = [:]
        while let row = reader.next() {
            let record = Dictionary(uniqueKeysWithValues: zip(header, row))
            rows[record["source"] ?? ""] = record
        }
        return rows
    }

    static let article = "<html><head><title>Bawaslu ingatkan ASN</title></head><body><article><p>Ketua Bawaslu Kabupaten Sikka meminta seluruh aparatur sipil negara menjaga netralitas selama tahapan Pilkada 2024 berlangsung di daerah itu.</p></article></body></html>"

    @Test func emptyAndBinaryFiles() async throws {
        let rows = try await run { dir in
            try Data().write(to: dir.appendingPathComponent("zero.html"))
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: dir.appendingPathComponent("image.html"))
            try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8).write(to: dir.appendingPathComponent("report.txt"))
            try Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]).write(to: dir.appendingPathComponent("page.htm"))
        }
        #expect(rows["zero.html"]?["status"] == "empty")
        #expect(rows["image.html"]?["status"] == "unsupported")
        #expect(rows["image.html"]?["error"]?.contains("PNG") == true)
        #expect(rows["report.txt"]?["error"]?.contains("PDF") == true)
        #expect(rows["page.htm"]?["error"]?.contains("gzip") == true)
    }

    @Test func brokenEncodingsBecomeValidText() async throws {
        let body = "<p>Kepala desa di Kabupaten Malang dilarang berkampanye, kata Camat Dau “Agus” Salim – tegas.</p>"
        let rows = try await run { dir in
            var invalid = Array(("<html><body>" + body).utf8)
            invalid.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: 20)
            try Data(invalid).write(to: dir.appendingPathComponent("invalid-utf8.html"))
            let cp1252 = TextDecodingTests.cp1252("<html><head><meta charset=\"windows-1252\"></head><body>" + body + "</body></html>")
            try Data(cp1252).write(to: dir.appendingPathComponent("cp1252-declared.html"))
            try Data(TextDecodingTests.cp1252("<html><body>" + body + "</body></html>")).write(to: dir.appendingPathComponent("cp1252-bare.html"))
            let latin1 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>" + body + "</body></html>"
            try Data(latin1.utf8).write(to: dir.appendingPathComponent("latin1-declared-but-utf8.html"))
            try Data(TextDecodingTests.cp1252("<html><body><p>Caf\u{E9} di Kabupaten Sikka menolak kampanye ASN di tempatnya.</p></body></html>"))
                .write(to: dir.appendingPathComponent("latin1-bare.html"))
        }
        for name in ["invalid-utf8.html", "cp1252-declared.html", "cp1252-bare.html", "latin1-declared-but-utf8.html", "latin1-bare.html"] {
            let row = try #require(rows[name], "no row for \(name)")
            #expect(row["status"] == "ok", "\(name): \(row["error"] ?? "")")
        }
        let jsonl = rows["cp1252-declared.html"]
        #expect(jsonl?["chars"].flatMap(Int.init) ?? 0 > 50)
    }

    @Test func hostileMarkup() async throws {
        let rows = try await run { dir in
            try Data(Self.article.prefix(180).utf8).write(to: dir.appendingPathComponent("truncated.html"))
            let nested = String(repeating: "<div>", count: 100_000) + "<p>Teks yang sangat dalam tentang netralitas ASN di Pilkada.</p>"
            try Data(nested.utf8).write(to: dir.appendingPathComponent("nested.html"))
            let entity = """
                <?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://127.0.0.1:9/never.dtd" [
                <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
                <html><body><p>&xxe; &remote; Bawaslu Jateng mengawasi netralitas ASN di seluruh kabupaten dan kota.</p></body></html>
                """
            try Data(entity.utf8).write(to: dir.appendingPathComponent("entities.html"))
        }
        #expect(rows["truncated.html"]?["status"] != nil)
        #expect(rows["nested.html"]?["status"] != nil)
        let entities = try #require(rows["entities.html"])
        #expect(entities["status"] == "ok")
        #expect(!(entities["title"] ?? "").contains("root:"))
    }

    @Test func hugePageWithinLimitsAndOverThem() async throws {
        var limits = ProcessingLimits()
        limits.maxBytes = 60 << 20
        let rows = try await run(limits: limits) { dir in
            // 50 MB, most of it inline script as on bloated portal pages.
            var page = "<html><head><script>var data = \""
            page += String(repeating: "x", count: 50 << 20)
            page += "\";</script></head><body>" + Self.article.dropFirst(12)
            try Data(page.utf8).write(to: dir.appendingPathComponent("fifty-mb.html"))
        }
        #expect(rows["fifty-mb.html"]?["status"] == "ok")

        limits.maxBytes = 1000
        let limited = try await run(limits: limits) { dir in
            try Data(String(repeating: "<p>teks</p>", count: 200).utf8).write(to: dir.appendingPathComponent("big.html"))
        }
        #expect(limited["big.html"]?["status"] == "error")
        #expect(limited["big.html"]?["error"]?.contains("--max-bytes") == true)
    }

    @Test func timeLimitIsNamed() async throws {
        var limits = ProcessingLimits()
        limits.maxSeconds = 1e-9
        let rows = try await run(limits: limits) { dir in
            try Data(Self.article.utf8).write(to: dir.appendingPathComponent("slow.html"))
        }
        #expect(rows["slow.html"]?["status"] == "error")
        #expect(rows["slow.html"]?["error"]?.contains("--max-seconds") == true)
    }

    @Test func unreadableEntriesAndLoops() async throws {
        let rows = try await run { dir in
            let fm = FileManager.default
            try Data(Self.article.utf8).write(to: dir.appendingPathComponent("good.html"))
            try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.html").path, withDestinationPath: "/nonexistent/file.html")
            try fm.createDirectory(at: dir.appendingPathComponent("loop"), withIntermediateDirectories: true)
            try fm.createSymbolicLink(atPath: dir.appendingPathComponent("loop/again").path, withDestinationPath: dir.appendingPathComponent("loop").path)
            try Data("{\"url\": \"https://x.id/a\", \"text\": \"ASN wajib netral dalam pilkada serentak tahun ini di semua daerah.\"}\n{broken\n".utf8)
                .write(to: dir.appendingPathComponent("feed.jsonl"))
            try fm.createDirectory(at: dir.appendingPathComponent("folder.html"), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: dir.appendingPathComponent("folder.html/inner.txt"))
        }
        #expect(rows["good.html"]?["status"] == "ok")
        #expect(rows["dangling.html"]?["status"] == "error")
        #expect(rows["dangling.html"]?["error"]?.contains("symbolic link") == true)
        #expect(rows["loop/again"]?["error"]?.contains("loop") == true)
        #expect(rows["feed.jsonl#1"]?["status"] == "ok")
        #expect(rows["feed.jsonl#2"]?["status"] == "error")
        #expect(rows["folder.html/inner.txt"] != nil)
    }

    /// Files that cannot be read are rows with a reason, and never stall the run: a dangling
    /// link, a named pipe (opening one would wait for a writer for ever), and, when the tests
    /// do not run as root (root reads every file), a file without read permission.
    @Test func unreadableFiles() async throws {
        let asRoot = getuid() == 0
        let rows = try await run { dir in
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("gone.html").path,
                                                       withDestinationPath: "/nonexistent/pantau/page.html")
            #expect(mkfifo(dir.appendingPathComponent("pipe.html").path, 0o644) == 0)
            if !asRoot {
                let path = dir.appendingPathComponent("secret.html")
                try Data(Self.article.utf8).write(to: path)
                chmod(path.path, 0)
            }
        }
        #expect(rows["gone.html"]?["status"] == "error")
        #expect(rows["gone.html"]?["error"]?.contains("broken symbolic link") == true)
        #expect(rows["pipe.html"]?["status"] == "error")
        #expect(rows["pipe.html"]?["error"]?.contains("named pipe") == true)
        if !asRoot {
            #expect(rows["secret.html"]?["status"] == "error")
            #expect(rows["secret.html"]?["error"]?.contains("Permission denied") == true)
        }
    }
}
