import Foundation
import Testing
@testable import Pantau

/// JSONL feeds are read record by record: the same documents as reading the whole file, any
/// size of feed, the size limit per record, and the same records piped in on standard input.
@Suite struct JSONLIndexTests {
    static func record(_ n: Int, padding: Int = 0) -> String {
        let text = "Bupati meminta ASN menjaga netralitas dalam Pilkada 2024 nomor \(n). " + String(repeating: "Warga diminta melapor. ", count: padding)
        return #"{"url": "https://berita.example.id/\#(n)", "title": "Berita \#(n)", "text": "\#(text)"}"#
    }

    static func documents(of path: String, relative: String = "feed.jsonl", maxBytes: Int = 64 << 20) -> [SourceDocument] {
        let entries = JSONLIndex.expand([InputEntry(path: path, relativePath: relative, kind: .jsonl)])
        let reader = InputReader(maxBytes: maxBytes)
        return entries.flatMap(reader.read)
    }

    static func summary(_ documents: [SourceDocument]) -> [String] {
        documents.map { document in
            let payload: String
            switch document.payload {
            case .failed(let status, let reason): payload = "failed \(status) \(reason)"
            case .text(let text): payload = "text \(text)"
            case .html(let html): payload = "html \(html)"
            case .bytes(let bytes): payload = "bytes \(bytes.count)"
            case .feedItem(let item): payload = "feed item \(item.body) \(item.markup)"
            }
            return "\(document.source) | \(document.url ?? "-") | \(document.title ?? "-") | \(payload)"
        }
    }

    /// Blank lines, CRLF ends, a damaged line, a line that is not an object and a last line
    /// without a newline: record by record gives what reading the whole file gives.
    @Test func recordByRecordEqualsTheWholeFile() throws {
        let lines = [Self.record(1), "", "   ", Self.record(2) + "\r", "{broken", "[1, 2]", #"{"url": "https://x.id/n"}"#,
                     "\t\r", Self.record(3)]
        let file = Support.temporaryDirectory("jsonl").appendingPathComponent("feed.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let indexed = Self.documents(of: file.path)
        let whole = JSONLRecords.parse(Array(try Data(contentsOf: file)), source: "feed.jsonl")
        #expect(Self.summary(indexed) == Self.summary(whole))
        #expect(indexed.map(\.source) == ["feed.jsonl#1", "feed.jsonl#4", "feed.jsonl#5", "feed.jsonl#6", "feed.jsonl#7", "feed.jsonl#9"])
    }

    /// Lines longer than the read block and lines that cross block boundaries.
    @Test func recordsAcrossReadBlocks() throws {
        let lines = (1...40).map { Self.record($0, padding: $0 % 7 == 0 ? 60_000 : 3_000) }
        let contents = lines.joined(separator: "\n") + "\n"
        #expect(contents.utf8.count > 3 * JSONLIndex.blockBytes)
        let file = Support.temporaryDirectory("jsonl-big").appendingPathComponent("big.jsonl")
        try Data(contents.utf8).write(to: file)
        let indexed = Self.documents(of: file.path, relative: "big.jsonl")
        #expect(indexed.count == 40)
        #expect(Self.summary(indexed) == Self.summary(JSONLRecords.parse(Array(contents.utf8), source: "big.jsonl")))
    }

    @Test func emptyAndBlankFeedsSayTheyHoldNoRecords() throws {
        for contents in ["", "\n\n  \r\n"] {
            let file = Support.temporaryDirectory("jsonl-empty").appendingPathComponent("none.jsonl")
            try Data(contents.utf8).write(to: file)
            let documents = Self.documents(of: file.path, relative: "none.jsonl")
            #expect(Self.summary(documents) == ["none.jsonl | - | - | failed empty JSONL file has no records"])
        }
    }

    /// A feed far larger than --max-bytes is read; only a record over the limit is an error row.
    @Test func sizeLimitAppliesToEachRecord() throws {
        let lines = [Self.record(1), Self.record(2, padding: 400), Self.record(3)]
        let file = Support.temporaryDirectory("jsonl-limit").appendingPathComponent("feed.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let limit = 2_000
        let size = try Data(contentsOf: file).count
        #expect(lines[0].utf8.count < limit && lines[1].utf8.count > limit && size > limit)
        let documents = Self.documents(of: file.path, maxBytes: limit)
        #expect(documents.count == 3)
        #expect(documents[0].url == "https://berita.example.id/1" && documents[2].url == "https://berita.example.id/3")
        guard case .failed(.error, let reason) = documents[1].payload else {
            Issue.record("the oversized record was read: \(Self.summary([documents[1]]))")
            return
        }
        #expect(reason.contains("over the size limit of 2000 bytes (--max-bytes)"))
        #expect(documents[1].source == "feed.jsonl#2")
    }

    /// `pantau run --input -`: the records of a feed piped in give the dataset of the same feed
    /// read from a file, with sources stdin#N, and nothing of the copy is left in the output.
    @Test func standardInputGivesTheFeedsDataset() throws {
        let feed = Support.packageRoot.appendingPathComponent("corpus/feeds/scraper-2024-07.jsonl")
        let piped = Support.temporaryDirectory("stdin-out"), fromFile = Support.temporaryDirectory("file-out")
        let quotedFeed = "'" + feed.path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        let run = try PantauBinary.run(["run", "--input", "-", "--output", piped.path, "--jobs", "2"], shellPrefix: "exec < " + quotedFeed)
        #expect(run.status == 0, "\(run.stderr)")
        let single = try PantauBinary.run(["run", "--input", feed.path, "--output", fromFile.path, "--jobs", "2"])
        #expect(single.status == 0, "\(single.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: piped.path).sorted()
        #expect(names == DatasetWriter.files.sorted())
        let name = feed.lastPathComponent
        for file in ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "documents.jsonl"] {
            let a = try String(contentsOf: piped.appendingPathComponent(file), encoding: .utf8)
            let b = try String(contentsOf: fromFile.appendingPathComponent(file), encoding: .utf8)
            #expect(!a.isEmpty)
            #expect(a == b.replacingOccurrences(of: name + "#", with: "stdin#"), "\(file)")
        }
        let documents = try String(contentsOf: piped.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(documents.contains(",stdin#1,") && documents.contains(",stdin#3,"))
    }

    @Test func emptyStandardInputIsOneEmptyRow() throws {
        let output = Support.temporaryDirectory("stdin-empty")
        let run = try PantauBinary.run(["run", "--input", "-", "--output", output.path], shellPrefix: "exec < /dev/null")
        #expect(run.status == 0, "\(run.stderr)")
        let documents = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
        #expect(documents.contains(",stdin,") && documents.contains("JSONL file has no records"))
    }
}
