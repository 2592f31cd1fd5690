import Foundation
import Testing
@testable import Pantau

/// The whole pipeline over ../shared/eval/real-dev: 60 real Indonesian news documents and press
/// releases nobody here wrote, annotated to GUIDE.md by others. Scored by the set's own
/// `score.py` (python3), so the figures are the ones its README and the issues quote; the tests
/// hold the bars of issues #15 (claims, speakers) and #16 (officials, regions). The suite passes
/// over the set when ../shared is absent, and says so.
@Suite struct RealDevTests {
    static let folder: URL? = Support.shared.map { $0.appendingPathComponent("eval/real-dev") }
        .flatMap { FileManager.default.fileExists(atPath: $0.appendingPathComponent("score.py").path) ? $0 : nil }
    static var available: Bool {
        if folder == nil { print("RealDevTests: ../shared/eval/real-dev is absent; nothing measured") }
        return folder != nil
    }

    /// One run over the set, made by the first test that asks and shared by the others.
    actor Cache {
        // A task, not its result: a second test that asks while the run is going waits for it.
        var run: Task<Scores, Error>?
        func get() async throws -> Scores {
            let task = run ?? Task { try await RealDevTests.run() }
            run = task
            return try await task.value
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
        let result = try Support.run("/usr/bin/env", ["python3"] + arguments)
        try #require(result.status == 0, "python3 \(arguments.joined(separator: " ")): \(result.stderr)")
        return String(decoding: result.stdout, as: UTF8.self)
    }

    @Test(.enabled(if: available)) func claimsMeetTheBar() async throws {
        let scores = try await Self.cache.get()
        #expect(scores["claims_p"] >= 0.92, "claims precision \(scores["claims_p"])")
        #expect(scores["claims_r"] >= 0.85, "claims recall \(scores["claims_r"])")
        #expect(scores["claims_f1"] >= 0.88, "claims F1 \(scores["claims_f1"])")
        #expect(scores["claims_type_acc"] >= 0.88, "claim type accuracy \(scores["claims_type_acc"])")
    }

    /// Issue #15's bar for attribution, on the officials the pipeline itself finds.
    @Test(.enabled(if: available)) func speakersMeetTheBar() async throws {
        let scores = try await Self.cache.get()
        #expect(scores["claims_speaker_acc"] >= 0.85, "speaker accuracy \(scores["claims_speaker_acc"])")
    }

    /// Issue #16's bar for officials and regions.
    @Test(.enabled(if: available)) func officialsAndRegionsMeetTheBar() async throws {
        let scores = try await Self.cache.get()
        #expect(scores["officials_p"] >= 0.92, "officials precision \(scores["officials_p"])")
        #expect(scores["officials_r"] >= 0.88, "officials recall \(scores["officials_r"])")
        #expect(scores["officials_f1"] >= 0.90, "officials F1 \(scores["officials_f1"])")
        #expect(scores["officials_role_acc"] >= 0.90, "role accuracy \(scores["officials_role_acc"])")
        #expect(scores["regions_f1"] >= 0.95, "regions F1 \(scores["regions_f1"])")
    }

    /// The 12 documents that are not about neutrality (ordinary news, and election news about
    /// logistics, counting and candidates) hold at most one claim between them.
    @Test(.enabled(if: available)) func storiesNotAboutNeutralityHoldAtMostOneClaim() async throws {
        let scores = try await Self.cache.get()
        let offTopic = scores.claimsPerDocument.filter { $0.key.hasPrefix("dev_off_") }
        #expect(offTopic.count == 12)
        #expect(offTopic.values.reduce(0, +) <= 1, "claims in documents not about neutrality: \(offTopic.filter { $0.value > 0 })")
    }

    // MARK: attribution alone

    /// Speaker accuracy when the claim stage is given the gold officials: what attribution
    /// does by itself, apart from the officials the officials stage finds or misses. The text
    /// is the pipeline's main text; claims are matched to gold keys as score.py matches them.
    @Test(.enabled(if: available)) func attributionWithTheGoldOfficials() async throws {
        let folder = try #require(Self.folder)
        let gold = try Self.gold(folder)
        var attributed = 0, right = 0
        var misses: [String] = []
        for (file, document) in gold.sorted(by: { $0.key < $1.key }) {
            let bytes = try Data(contentsOf: folder.appendingPathComponent("docs").appendingPathComponent(file))
            guard case .success(let clean) = Support.knowledge.cleaner.clean(SourceDocument(source: file, payload: .bytes([UInt8](bytes)))) else { continue }
            let tokenized = Support.tokenize(clean.text)
            let officials = document.officials.compactMap { official -> Official? in
                let words = official.name.split(separator: " ").map(String.init)
                guard let span = ClaimScore.span(of: official.name, in: clean.text)
                        ?? words.reversed().lazy.compactMap({ ClaimScore.span(of: $0, in: clean.text) }).first else { return nil }
                return Official(name: official.name, role: official.role, institution: official.institution,
                                regionCode: official.region, start: span.lowerBound, end: span.upperBound, rule: "gold")
            }
            let claims = Support.knowledge.claims.extract(tokenized, regions: Support.knowledge.regions.match(tokenized), officials: officials)
            for claim in document.claims where !claim.opt && claim.speaker != nil {
                let key = Self.fold(claim.key)
                guard let found = claims.first(where: { Self.fold($0.text).contains(key) }) else { continue }
                attributed += 1
                if Self.fold(found.speaker) == Self.fold(claim.speaker ?? "") { right += 1 } else {
                    misses.append("\(file): got \"\(found.speaker)\" want \"\(claim.speaker ?? "")\": \(claim.key.prefix(80))")
                }
            }
        }
        let accuracy = attributed == 0 ? 0 : Double(right) / Double(attributed)
        print(String(format: "real-dev attribution with gold officials: %.3f (%d/%d)", accuracy, right, attributed))
        if ProcessInfo.processInfo.environment["PANTAU_EVAL_VERBOSE"] == "1" { print(misses.joined(separator: "\n")) }
        #expect(attributed >= 150)
        #expect(accuracy >= 0.85, "speaker accuracy with gold officials \(accuracy)")
    }

    struct GoldOfficial: Decodable { var name: String; var role: String; var institution: String; var region: String }
    struct GoldClaim: Decodable { var key: String; var types: [String]; var speaker: String?; var opt: Bool }
    struct GoldDocument: Decodable { var officials: [GoldOfficial]; var claims: [GoldClaim] }

    /// The gold files are Python; python3 turns them into JSON.
    static func gold(_ folder: URL) throws -> [String: GoldDocument] {
        let script = """
            import glob, json, runpy, sys
            gold = {}
            for f in sorted(glob.glob(sys.argv[1] + "/gold/*.py")):
                gold.update(runpy.run_path(f)["GOLD_PART"])
            print(json.dumps({k: {"officials": v["officials"], "claims": v["claims"]} for k, v in gold.items()}))
            """
        let json = try python(["-c", script, folder.path])
        return try JSONDecoder().decode([String: GoldDocument].self, from: Data(json.utf8))
    }

    /// score.py's normalisation: NFKC, lower case, runs of white space as one space.
    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
