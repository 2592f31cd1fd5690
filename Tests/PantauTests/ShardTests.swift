import Foundation
import Testing
@testable import Pantau

/// `run --shard K/N` and `merge`: every document in exactly one shard, and the merged shards
/// byte-identical to one run, duplicates, doc_id collisions and near-duplicates included.
@Suite struct ShardTests {
    static let datasetFiles = ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "near_duplicates.csv",
                               "documents.jsonl", "pantau.sqlite"]

    /// An input where shard boundaries matter: the mini fixture and the WARC crawl, copies of one
    /// page under several names (exact duplicates whose "first" copy is decided by input order),
    /// a scraper feed that repeats a URL (a doc_id collision) and 12 JSONL lines (#10 after #9).
    static func input() -> URL {
        let root = Support.temporaryDirectory("shard-in")
        let fm = FileManager.default
        try? fm.copyItem(at: Support.fixture("mini"), to: root.appendingPathComponent("mini"))
        try? fm.copyItem(at: Support.fixture("warc/crawl.warc.gz"), to: root.appendingPathComponent("crawl.warc.gz"))
        let page = (try? String(contentsOf: Support.fixture("mini/news/antara-sikka.html"), encoding: .utf8)) ?? ""
        for name in ["z-copy.html", "a-copy.html", "m/copy.htm"] { Support.write(page, to: root.appendingPathComponent(name)) }
        var feed = ""
        for i in 1...12 {
            let url = i == 7 ? "https://jateng.tribunnews.com/2024/09/1/kades" : "https://jateng.tribunnews.com/2024/09/\(i)/kades"
            let body = "Bupati Semarang, Ngesti Nugraha, mengingatkan kepala desa nomor \(i) agar netral dalam Pilkada 2024. "
                + String(repeating: "Kepala desa dilarang menjadi tim kampanye pasangan calon di Kabupaten Semarang. ", count: 3)
            feed += "{\"url\": \"\(url)\", \"title\": \"Kades Semarang \(i)\", \"text\": \"\(i % 4 == 0 ? "Ulang: " : "")\(body)\"}\n"
        }
        Support.write(feed, to: root.appendingPathComponent("feeds/tribun.jsonl"))
        return root
    }

    func run(_ input: URL, shard: Shard?) async throws -> URL {
        let output = Support.temporaryDirectory("shard-out")
        var options = RunOptions(input: input.path, output: output.path)
        options.jobs = 2
        options.shard = shard
        _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        return output
    }

    func sources(_ dataset: URL) throws -> [String] {
        let reader = try CSVReader(path: dataset.appendingPathComponent("documents.csv").path)
        _ = reader.next()
        var result: [String] = []
        while let row = reader.next() { result.append(row[1]) }
        return result
    }

    @Test func shardsPartitionTheDocumentsExactlyOnce() async throws {
        let input = Self.input()
        let all = try Set(sources(try await run(input, shard: nil)))
        #expect(all.count >= 25)
        for count in [2, 3, 5] {
            var seen: [String] = []
            for index in 1...count {
                let part = try sources(try await run(input, shard: try Shard(index: index, count: count)))
                #expect(!part.isEmpty || count == 5, "shard \(index)/\(count) is empty")
                seen += part
            }
            #expect(seen.count == all.count, "N=\(count)")
            #expect(Set(seen) == all, "N=\(count)")
        }
    }

    @Test func mergedShardsAreByteIdenticalToOneRun() async throws {
        let input = Self.input()
        let single = try await run(input, shard: nil)
        let text = try String(contentsOf: single.appendingPathComponent("documents.csv"), encoding: .utf8)
        // The input does exercise duplicates, a doc_id collision and near-duplicates.
        #expect(text.contains(",duplicate,"))
        #expect(text.components(separatedBy: "https://jateng.tribunnews.com/2024/09/1/kades,").count == 3)
        let near = try String(contentsOf: single.appendingPathComponent("near_duplicates.csv"), encoding: .utf8)
        #expect(near.split(separator: "\n").count > 1)
        var shards: [String] = []
        for index in 1...3 { shards.append(try await run(input, shard: try Shard(index: index, count: 3)).path) }
        let merged = Support.temporaryDirectory("merged")
        // Given in reverse: the order of shards on the command line must not matter.
        let summary = try Merger(pipeline: Pipeline(knowledge: Support.knowledge)).merge(shards.reversed(), into: merged.path)
        #expect(summary.documents == (try sources(single)).count)
        for file in Self.datasetFiles {
            let a = try Data(contentsOf: single.appendingPathComponent(file))
            let b = try Data(contentsOf: merged.appendingPathComponent(file))
            #expect(a == b, "\(file) differs")
        }
    }

    @Test func overlappingShardsAreRefused() async throws {
        let input = Self.input()
        let shard = try await run(input, shard: try Shard(index: 1, count: 2))
        let merger = Merger(pipeline: Pipeline(knowledge: Support.knowledge))
        #expect(throws: PantauError.self) { try merger.merge([shard.path, shard.path], into: Support.temporaryDirectory("m").path) }
    }

    @Test func shardSpecificationsAreChecked() throws {
        #expect(try Shard(parsing: "2/4") == Shard(index: 2, count: 4))
        for bad in ["0/2", "3/2", "2", "a/b", "1/0", "-1/2"] {
            #expect(throws: PantauError.self, "\(bad)") { try Shard(parsing: bad) }
        }
    }

    @Test func inputOrderFollowsTheWalkerAndRecordNumbers() {
        let sources = ["feeds/a.jsonl#10", "feeds/a.jsonl#9", "feeds/a.jsonl.txt", "feeds/a.jsonl", "crawl.warc.gz#2",
                       "crawl.warc.gz#11", "news/x#2.html", "news/x#10.html", "stdin#3", "stdin#20"]
        let sorted = sources.sorted { InputOrder(source: $0) < InputOrder(source: $1) }
        #expect(sorted == ["crawl.warc.gz#2", "crawl.warc.gz#11", "feeds/a.jsonl", "feeds/a.jsonl#9", "feeds/a.jsonl#10",
                           "feeds/a.jsonl.txt", "news/x#10.html", "news/x#2.html", "stdin#3", "stdin#20"])
    }
}
