import Foundation
import Testing
@testable import Pantau

/// `pantau stream` in process: the function behind the command, over real descriptors.
@Suite struct StreamTests {
    /// Runs the stream processor from a file of input lines to a file of result lines.
    func stream(_ input: [UInt8], jobs: Int, into outPath: String) async throws -> Int {
        let inPath = outPath + ".in"
        _ = FileManager.default.createFile(atPath: inPath, contents: Data(input))
        let inFD = open(inPath, O_RDONLY)
        let outFD = open(outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { close(inFD); close(outFD); unlink(inPath) }
        return try await StreamProcessor(knowledge: Support.knowledge, jobs: jobs).run(input: inFD, output: outFD)
    }

    func stream(_ input: [UInt8], jobs: Int) async throws -> [[String: Any]] {
        let outPath = Support.temporaryDirectory("stream").appendingPathComponent("out.jsonl").path
        let count = try await stream(input, jobs: jobs, into: outPath)
        let lines = try String(contentsOfFile: outPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == count)
        return try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    func packed(_ root: URL) throws -> [UInt8] {
        try InputWalker(root: root.path).entries().flatMap { InputReader().read($0) }.flatMap { StreamRecords.line($0) + [0x0A] }
    }

    @Test func oneResultPerRecordInInputOrder() async throws {
        let input = try packed(ShardTests.input())
        let expected = input.split(separator: 0x0A).count
        let results = try await stream(input, jobs: 3)
        #expect(results.count == expected)
        let sources = results.compactMap { $0["source"] as? String }
        #expect(sources == sources.sorted { InputOrder(source: $0) < InputOrder(source: $1) })
        #expect(results.contains { $0["status"] as? String == "unsupported" })  // the PNG and .md rows travel too
        #expect(results.filter { $0["status"] as? String == "ok" }.allSatisfy { !($0["text"] as? String ?? "").isEmpty })
    }

    @Test func scraperLinesAndBadLinesFromStdin() async throws {
        let lines = """
        {"url": "https://www.antaranews.com/berita/1/asn", "text": "Maumere (ANTARA) - Ketua Bawaslu Kabupaten Sikka, Maria Goreti, meminta ASN menjaga netralitas dalam Pilkada 2024."}
        {"url": "https://example.id/x", "html": "<p>unterminated
        
        [1, 2, 3]
        {"title": "tanpa isi"}
        {"source": "kompasiana/opini.txt", "text": "Netralitas ASN adalah kunci Pilkada yang jujur di Kabupaten Tasikmalaya. PNS wajib menjaga jarak dari kampanye."}
        """
        let results = try await stream(Array(lines.utf8), jobs: 2)
        #expect(results.count == 5)  // the blank line is not a record
        #expect(results.map { $0["source"] as? String } == ["stdin#1", "stdin#2", "stdin#4", "stdin#5", "kompasiana/opini.txt"])
        #expect(results.map { $0["status"] as? String } == ["ok", "error", "error", "error", "ok"])
        #expect((results[1]["error"] as? String)?.contains("not a JSON object") == true)
        #expect((results[3]["error"] as? String)?.contains("none of the fields") == true)
        #expect(results[0]["url"] as? String == "https://www.antaranews.com/berita/1/asn")
    }

    @Test func packedBytesKeepTheirContentHash() async throws {
        // A Windows-1252 page (riau pos style) travels as base64 and hashes as the file does.
        let folder = Support.temporaryDirectory("latin")
        var page = Array("<html><head><title>Pengawasan kades di Meranti</title></head><body><p>Kepala desa di Kepulauan Meranti diminta netral, kata Ketua Bawaslu. ".utf8)
        page += [0xAB, 0x41, 0x53, 0x4E, 0xBB] + Array(" wajib netral.</p></body></html>".utf8)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("riaupos.html").path, contents: Data(page))
        let input = try packed(folder)
        #expect(String(decoding: input, as: UTF8.self).contains("content_base64"))
        let results = try await stream(input, jobs: 1)
        #expect(results.first?["content_sha256"] as? String == SHA256.hex(of: page))
        #expect(results.first?["source"] as? String == "riaupos.html")
    }

    @Test func streamResultsMergeIntoTheSingleRunDataset() async throws {
        let input = ShardTests.input()
        var options = RunOptions(input: input.path, output: Support.temporaryDirectory("single").path)
        options.jobs = 2
        _ = try await Pipeline(knowledge: Support.knowledge).run(options)
        // Two "partitions" processed separately, as two Spark executors would.
        let lines = try packed(input).split(separator: 0x0A).map { Array($0) + [0x0A] }
        let folder = Support.temporaryDirectory("parts")
        let partitions = [stride(from: 0, to: lines.count, by: 2), stride(from: 1, to: lines.count, by: 2)]
        for (index, partition) in partitions.enumerated() {
            let part = partition.flatMap { lines[$0] }
            _ = try await stream(part, jobs: 2, into: folder.appendingPathComponent("part-0000\(index)").path)
        }
        Support.write("", to: folder.appendingPathComponent("_SUCCESS"))
        let merged = Support.temporaryDirectory("stream-merged")
        _ = try Merger(pipeline: Pipeline(knowledge: Support.knowledge)).merge([folder.path], into: merged.path)
        for file in ShardTests.datasetFiles {
            let a = try Data(contentsOf: URL(fileURLWithPath: options.output).appendingPathComponent(file))
            let b = try Data(contentsOf: merged.appendingPathComponent(file))
            #expect(a == b, "\(file) differs")
        }
    }
}
