import Foundation
import Logging

/// Assembles the outputs of shard runs (their documents.jsonl) or of `pantau stream` (its
/// result lines, e.g. a Spark job's part files) into one dataset, byte for byte the dataset a
/// single run over the whole input writes (run.json aside, which records times).
///
/// Every dataset-wide decision is taken again here, over all records at once: doc_id
/// collisions, exact duplicates, near-duplicates, doc_id order. Those decisions depend on input
/// order ("first" copy = earliest input), which the records carry in their `source` (see
/// `InputOrder`), so shards may be merged in any order.
public struct Merger: Sendable {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    public func merge(_ inputs: [String], into output: String, safeCSV: Bool = true) throws(PantauError) -> RunSummary {
        let started = Date()
        let lock = try OutputFolderGuard.claim(output, inputs: inputs)
        defer { withExtendedLifetime(lock) {} }
        let files = try MergeInputs.files(inputs, pipelineVersion: pipeline.pipelineVersion)
        let target = AtomicDirectory(path: lock.folder)
        let staging = try target.prepareStaging()
        let spool = try RecordSpool(path: (staging as NSString).appendingPathComponent(".records.spool"))
        var keyed: [(order: InputOrder, entry: IndexEntry)] = []
        var sources: [String: String] = [:]
        for file in files {
            let descriptor = open(file, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .inputUnreadable(path: file, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            let lines = StreamLineReader(descriptor: descriptor)
            while let line = try lines.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                let record: DocumentRecord
                do {
                    record = try RecordCodec.decode(line)
                } catch {
                    throw .inputUnreadable(path: file, reason: "line \(lines.lineNumber) is not a Pantau record (documents.jsonl or `pantau stream` output)")
                }
                if let other = sources.updateValue(file, forKey: record.source) {
                    throw .usage("\(record.source) is in both \(other) and \(file): the inputs overlap (the same shard twice?)")
                }
                keyed.append((InputOrder(source: record.source), try Self.indexEntry(record, spool: spool)))
            }
        }
        // Stable: records of one source order (none share one) keep their file order.
        let ordered = keyed.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element.entry)
        keyed = []
        return try Pipeline.finish(ordered, spool: spool, staging: staging, target: target, safeCSV: safeCSV,
                                   concurrent: ProcessInfo.processInfo.activeProcessorCount > 1, started: started,
                                   regionNames: RegionNames(gazetteer: pipeline.knowledge.gazetteer)) { summary in
            RunManifest(toolVersion: Pipeline.toolVersion, pipelineVersion: pipeline.pipelineVersion, dataFiles: pipeline.knowledge.files,
                        inputRoot: inputs.joined(separator: " "), summary: summary, jobs: 1, incremental: false)
        }
    }

    /// The record as the run had it before dataset-wide decisions: its own doc_id, and, for a
    /// copy a shard already marked duplicate, the ok status it had (it is a duplicate again
    /// here, of the same or an earlier first copy).
    static func indexEntry(_ record: DocumentRecord, spool: RecordSpool) throws(PantauError) -> IndexEntry {
        let status: DocumentStatus = record.status == .duplicate ? .ok : record.status
        let range = try spool.append(SpoolCodec.encode(record))
        return IndexEntry(url: record.url, source: record.source, status: status, contentSHA256: record.contentSHA256,
                          simHash: record.status == .ok ? SimHash.of(record.text) : nil, spool: range, reused: false,
                          notIndonesian: status == .ok && record.language != "id")
    }
}

/// Which files a merge reads from the paths it is given.
enum MergeInputs {
    /// A folder with documents.jsonl is a shard's dataset; another folder is a set of stream
    /// result files (Spark's part-NNNNN; names starting with `_` or `.` are markers, skipped);
    /// a file is one stream result file.
    static func files(_ inputs: [String], pipelineVersion: String) throws(PantauError) -> [String] {
        guard !inputs.isEmpty else { throw .usage("merge needs at least one shard output or stream result") }
        var files: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { throw .inputNotFound(path: input) }
            guard isDirectory.boolValue else {
                files.append(input)
                continue
            }
            let dataset = (input as NSString).appendingPathComponent("documents.jsonl")
            if FileManager.default.fileExists(atPath: dataset) {
                try checkVersion(of: input, against: pipelineVersion)
                files.append(dataset)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
            files += names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted().map { (input as NSString).appendingPathComponent($0) }
        }
        return files
    }

    /// Shards made by another pipeline version would mix two sets of rules in one dataset.
    static func checkVersion(of directory: String, against pipelineVersion: String) throws(PantauError) {
        let path = (directory as NSString).appendingPathComponent("run.json")
        guard let data = FileManager.default.contents(atPath: path),
              let run = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let version = run["pipeline_version"] as? String else { return }
        if version != pipelineVersion {
            throw .usage("\(directory) was made by pipeline version \(version), this pantau is \(pipelineVersion): rerun that shard")
        }
    }
}

/// A source's place in the order a run reads its input: the walker's order of paths (by
/// UTF-8 bytes), then the record number within a JSONL, WARC or stdin stream (`path#N`).
struct InputOrder: Comparable {
    var path: [UInt8]
    var record: Int

    init(source: String) {
        let bytes = Array(source.utf8)
        if let hash = bytes.lastIndex(of: 0x23), hash + 1 < bytes.count,
           bytes[(hash + 1)...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           let number = Int(String(decoding: bytes[(hash + 1)...], as: UTF8.self)),
           Self.isContainer(String(decoding: bytes[..<hash], as: UTF8.self)) {
            path = Array(bytes[..<hash])
            record = number
        } else {
            path = bytes
            record = 0
        }
    }

    /// Only these hold numbered records; any other `#N` is part of a file name. A feed is
    /// known by its content, not its name, so every file that may hold one counts (a file
    /// really named `page.html#2` is then ordered as record 2 of `page.html`).
    static func isContainer(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || WARCIndex.isWARC(lower) || path == StreamProcessor.stdinSource { return true }
        let ext = (lower as NSString).pathExtension
        return InputWalker.documentExtensions.contains(ext) || InputWalker.feedExtensions.contains(ext)
    }

    static func < (a: InputOrder, b: InputOrder) -> Bool {
        a.path.lexicographicallyPrecedes(b.path) || (a.path == b.path && a.record < b.record)
    }
}
