import Foundation
@testable import Pantau

/// The project's annotated corpus (corpus/, gold in corpus/gold/<path>.json), read once for
/// every test that measures against it. `PANTAU_CORPUS` points at another corpus.
enum CorpusGold {
    /// One annotated document: a file's gold, or one record of a JSONL feed's gold.
    /// Read once, never mutated: safe to share although it holds a parsed JSON object.
    struct Document: @unchecked Sendable {
        /// The pipeline's `source`: the path under corpus/, with `#N` for line N of a feed.
        var source: String
        var object: [String: Any]
        /// The record as JSON, for tests that decode it into their own types.
        var data: Data

        var mainText: String { object["main_text"] as? String ?? "" }
        var officials: [[String: Any]] { object["officials"] as? [[String: Any]] ?? [] }
        var regions: [[String: Any]] { object["regions"] as? [[String: Any]] ?? [] }
        var claims: [[String: Any]] { object["claims"] as? [[String: Any]] ?? [] }
        /// Claims whose sentence is the headline (`title`), which is not part of the main text.
        var headlineClaims: [[String: Any]] { object["headline_claims"] as? [[String: Any]] ?? [] }
        func field(_ name: String) -> String { object[name] as? String ?? "" }
    }

    static let root: URL? = {
        let url = ProcessInfo.processInfo.environment["PANTAU_CORPUS"].map { URL(fileURLWithPath: $0) }
            ?? Support.packageRoot.appendingPathComponent("corpus")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("gold").path) ? url : nil
    }()

    static var available: Bool { root != nil }

    /// Every gold document, sorted by source.
    static let documents: [Document] = {
        guard let root else { return [] }
        let gold = root.appendingPathComponent("gold")
        let files = (FileManager.default.enumerator(at: gold, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "json" }
        var result: [Document] = []
        for file in files {
            guard let data = try? Data(contentsOf: file),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
            let source = object["source"] as? String ?? ""
            if let records = object["records"] as? [[String: Any]] {
                for record in records {
                    let line = record["line"] as? Int ?? 0
                    let recordData = (try? JSONSerialization.data(withJSONObject: record)) ?? Data()
                    result.append(Document(source: (record["source"] as? String ?? source) + "#\(line)", object: record, data: recordData))
                }
            } else {
                result.append(Document(source: source, object: object, data: data))
            }
        }
        return result.sorted { $0.source < $1.source }
    }()
}
