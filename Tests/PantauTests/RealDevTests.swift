import Foundation
import Testing
@testable import Pantau

/// The whole pipeline over ../shared/eval/real-dev: 60 real Indonesian news documents and press
/// releases nobody here wrote, annotated to GUIDE.md by others. Scored by the set's own
/// `score.py` (python3), so the figures are the ones its README and the issues quote. The
/// suite passes over the set when ../shared is absent, and says so.
@Suite struct RealDevTests {
    static let folder: URL? = Support.shared.map { $0.appendingPathComponent("eval/real-dev") }
        .flatMap { FileManager.default.fileExists(atPath: $0.appendingPathComponent("score.py").path) ? $0 : nil }
    static var available: Bool {
        if folder == nil { print("RealDevTests: ../shared/eval/real-dev is absent; nothing measured") }
        return folder != nil
    }

    /// One run over the set, made by the first test that asks and shared by the others.
    actor Cache {
        var scores: Scores?
        func get() async throws -> Scores {
            if let scores { return scores }
            let made = try await RealDevTests.run()
            scores = made
            return made
        }
    }
    static let cache = Cache()

    struct Scores {
        /// score.py --json: keep_recall, regions_f1, officials_p, claims_p, claims_speaker_acc, ...
        var figures: [String: Double]
        /// Claims per document file name.
        var claimsPerDocument: [String: Int]
        subscript(_ name: String) -> Double { figures[name] ?? -1 }
    }

    static func run() async throws -> Scores {
        let folder = try #require(folder)
        let output = Support.temporaryDirectory("real-dev")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await Pipeline(knowledge: Support.knowledge).run(
            RunOptions(input: folder.appendingPathComponent("docs").path, output: output.path))
        let json = try python([folder.appendingPathComponent("score.py").path, output.path, "--json"])
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Double])
        var sources: [String: String] = [:]
        var perDocument: [String: Int] = [:]
        for line in try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n") {
            let record = try RecordCodec.decode(Array(line.utf8))
            let name = URL(fileURLWithPath: record.source).lastPathComponent
            sources[record.docID] = name
            perDocument[name] = record.claims.count
        }
        print("real-dev:", figures.keys.sorted().map { String(format: "%@ %.3f", $0, figures[$0] ?? 0) }.joined(separator: ", "))
        return Scores(figures: figures, claimsPerDocument: perDocument)
    }

    /// Runs python3 with the arguments and returns its standard output; fails on a non-zero exit.
    static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 \(arguments.joined(separator: " ")): \(String(decoding: errors, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: available)) func claimsMeetTheBar() async throws {
        let scores = try await Self.cache.get()
        #expect(scores["claims_p"] >= 0.92, "claims precision \(scores["claims_p"])")
        #expect(scores["claims_r"] >= 0.85, "claims recall \(scores["claims_r"])")
        #expect(scores["claims_f1"] >= 0.88, "claims F1 \(scores["claims_f1"])")
        #expect(scores["claims_type_acc"] >= 0.88, "claim type accuracy \(scores["claims_type_acc"])")
    }

    /// The 12 documents that are not about neutrality (ordinary news, and election news about
    /// logistics, counting and candidates) hold at most one claim between them.
    @Test(.enabled(if: available)) func storiesNotAboutNeutralityHoldAtMostOneClaim() async throws {
        let scores = try await Self.cache.get()
        let offTopic = scores.claimsPerDocument.filter { $0.key.hasPrefix("dev_off_") }
        #expect(offTopic.count == 12)
        #expect(offTopic.values.reduce(0, +) <= 1, "claims in documents not about neutrality: \(offTopic.filter { $0.value > 0 })")
    }
}
