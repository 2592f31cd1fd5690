import Foundation

/// The dataset a previous run left in the output folder, for `run --incremental`.
///
/// A record is reused when its source, its content hash and the pipeline version (code and
/// every data file) are unchanged. Duplicates are never reused: whether a document is a
/// duplicate depends on the other inputs of this run, so they are processed again.
final class PreviousDataset: @unchecked Sendable {
    // Immutable after init; reads use pread, which is safe from several threads.
    private let descriptor: Int32
    private let path: String
    private let lines: [String: (sha: String, range: Range<Int>)]

    var count: Int { lines.count }

    init?(directory: String, pipelineVersion: String) {
        let runPath = (directory as NSString).appendingPathComponent("run.json")
        guard let runData = FileManager.default.contents(atPath: runPath),
              let run = try? JSONSerialization.jsonObject(with: runData) as? [String: Any],
              run["pipeline_version"] as? String == pipelineVersion else { return nil }
        path = (directory as NSString).appendingPathComponent("documents.jsonl")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var lines: [String: (String, Range<Int>)] = [:]
        let bytes = [UInt8](data)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if let key = Self.key(bytes[start..<end]) { lines[key.source] = (key.sha, start..<end) }
            start = end + 1
        }
        self.lines = lines
    }

    deinit { close(descriptor) }

    /// The previous record for this source, if its content is the same.
    func record(source: String, contentSHA256: String) -> DocumentRecord? {
        guard !contentSHA256.isEmpty, let line = lines[source], line.sha == contentSHA256,
              let bytes = try? RecordSpool.read(descriptor: descriptor, range: line.range, path: path),
              let record = try? RecordCodec.decode(bytes) else { return nil }
        return record
    }

    /// Source and content hash of a line, read without decoding the whole record.
    private static func key(_ line: ArraySlice<UInt8>) -> (source: String, sha: String)? {
        // The documents.jsonl columns come first, and text after them: decode just the head.
        let head = line.prefix(4096)
        guard let source = field("source", head), let sha = field("content_sha256", head),
              let status = field("status", head), status != DocumentStatus.duplicate.rawValue else { return nil }
        return (source, sha)
    }

    private static func field(_ name: String, _ bytes: ArraySlice<UInt8>) -> String? {
        let needle = Array("\"\(name)\":\"".utf8)
        guard let start = firstRange(of: needle, in: bytes) else { return nil }
        var value: [UInt8] = []
        var i = start
        while i < bytes.endIndex, bytes[i] != 0x22 {
            if bytes[i] == 0x5C { return nil }  // escaped values are rare here; fall back to processing
            value.append(bytes[i])
            i += 1
        }
        return String(decoding: value, as: UTF8.self)
    }

    private static func firstRange(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.startIndex
        while i <= bytes.endIndex - needle.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }
}
