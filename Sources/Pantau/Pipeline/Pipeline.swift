import Foundation
import Logging

/// Options of one run.
public struct RunOptions: Sendable {
    public var input: String
    public var output: String
    public var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    public var limits = ProcessingLimits()
    public var safeCSV = true
    public var incremental = false
    /// Only the documents of this shard (`--shard K/N`); nil for all.
    public var shard: Shard?
    /// Called after each input entry with (entries done, entries in all).
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// The `input` that reads JSONL records from standard input.
    public static let standardInput = "-"

    public init(input: String, output: String) {
        self.input = input
        self.output = output
    }
}

/// The summary a run reports and records in run.json.
public struct RunSummary: Sendable {
    public var documents = 0
    public var counts: [DocumentStatus: Int] = [:]
    public var reused = 0
    public var nearDuplicates = 0
    /// Documents with status `ok` whose language is not `id`: kept, not extracted.
    public var notIndonesian = 0
    public var started: Date
    public var finished: Date

    /// 0 all good; 3 finished with some documents in error (the dataset is still written).
    public var exitCode: Int32 { (counts[.error] ?? 0) > 0 ? 3 : 0 }

    /// The counts of the summary line: each status, then the `ok` documents not extracted
    /// because they are not in Indonesian.
    public var countsLine: String {
        DocumentStatus.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
            + "; not Indonesian \(notIndonesian)"
    }
}

/// Runs the stages over an input folder and writes the dataset.
public struct Pipeline: Sendable {
    public let knowledge: Knowledge
    public let logger: Logger
    public static let toolVersion = "0.2.0"

    public init(knowledge: Knowledge, logger: Logger = Logger(label: "pantau")) {
        self.knowledge = knowledge
        self.logger = logger
    }

    /// Code and data together: a change in either makes every document count as new.
    public var pipelineVersion: String { "\(Self.toolVersion)+\(CodeIdentity.hash.prefix(12))+\(knowledge.dataHash.prefix(12))" }

    public func run(_ options: RunOptions) async throws(PantauError) -> RunSummary {
        let started = Date()
        // Before anything is read or written: may this folder be replaced, and by us alone?
        let lock = try OutputFolderGuard.claim(options.output, inputs: [options.input])
        defer { withExtendedLifetime(lock) {} }
        let target = AtomicDirectory(path: lock.folder)
        let entries: [InputEntry]
        let staging: String
        var piped: String?
        if options.input == RunOptions.standardInput {
            staging = try target.prepareStaging()
            let copy = (staging as NSString).appendingPathComponent(".stdin.jsonl")
            piped = copy
            try StandardInput.copy(to: copy)
            entries = JSONLIndex.expand([InputEntry(path: copy, relativePath: StreamProcessor.stdinSource, kind: .jsonl)])
        } else {
            entries = try InputWalker(root: options.input).entries()
            staging = try target.prepareStaging()
        }
        let spool = try RecordSpool(path: (staging as NSString).appendingPathComponent(".records.spool"))
        let previous = options.incremental ? PreviousDataset(directory: lock.folder, pipelineVersion: pipelineVersion) : nil
        let index = try await process(entries, options: options, spool: spool, previous: previous)
        if let piped { unlink(piped) }
        return try Self.finish(index, spool: spool, staging: staging, target: target, safeCSV: options.safeCSV,
                               concurrent: options.jobs > 1, started: started, regionNames: RegionNames(gazetteer: knowledge.gazetteer)) { summary in
            RunManifest(toolVersion: Self.toolVersion, pipelineVersion: pipelineVersion, dataFiles: knowledge.files,
                        inputRoot: options.input, summary: summary, jobs: options.jobs, incremental: options.incremental)
        }
    }

    /// The dataset-wide decisions (duplicates, ids, order) and the write into place; shared by
    /// `run` and `merge` so that both give the same bytes for the same records. `concurrent`:
    /// the write may use a second core.
    static func finish(_ index: [IndexEntry], spool: RecordSpool, staging: String, target: AtomicDirectory, safeCSV: Bool,
                       concurrent: Bool, started: Date, regionNames: RegionNames,
                       manifest: (RunSummary) -> RunManifest) throws(PantauError) -> RunSummary {
        let (ordered, nearDuplicates) = RunIndex.finalize(index)
        var summary = RunSummary(documents: ordered.count, started: started, finished: Date())
        for entry in ordered {
            summary.counts[entry.duplicateOf == nil ? entry.status : .duplicate, default: 0] += 1
            if entry.reused { summary.reused += 1 }
            if entry.notIndonesian && entry.duplicateOf == nil && entry.status == .ok { summary.notIndonesian += 1 }
        }
        summary.nearDuplicates = nearDuplicates.count
        var position = 0
        try DatasetWriter(directory: staging, safeCSV: safeCSV).write(nearDuplicates: nearDuplicates, concurrent: concurrent) {
            () throws(PantauError) -> RenderedRows? in
            guard position < ordered.count else { return nil }
            defer { position += 1 }
            let entry = ordered[position]
            if let rendered = entry.finalRendering { return RenderedRows(bytes: try spool.read(rendered)) }
            return RenderedRows.render(try load(entry, from: spool), safeCSV: safeCSV)
        }
        summary.finished = Date()
        unlink(spool.path)
        var run = manifest(summary)
        // Everything in the staging folder is the dataset, with the report and data package
        // written next from it: run.json lists them all.
        let written = (try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? []
        run.files = Set(written + DatasetReport.extraFiles).subtracting(["run.json"]).sorted()
        try AtomicDirectory.writeSynced(run.json(), to: (staging as NSString).appendingPathComponent("run.json"))
        // Read back from the files just written, as `pantau report` reads any dataset.
        try DatasetReport.writeExtras(into: staging, name: target.path, regionNames: regionNames)
        try target.commit(staging)
        return summary
    }

    /// Processes entries on `jobs` workers, spooling each record as it is done.
    func process(_ entries: [InputEntry], options: RunOptions, spool: RecordSpool,
                 previous: PreviousDataset?) async throws(PantauError) -> [IndexEntry] {
        let reader = InputReader(maxBytes: options.limits.maxBytes)
        let processor = DocumentProcessor(knowledge: knowledge, limits: options.limits)
        let logger = self.logger
        var slots = [[IndexEntry]](repeating: [], count: entries.count)
        var failure: PantauError?
        await withTaskGroup(of: (Int, [Processed]).self) { group in
            var next = 0
            var done = 0
            func schedule() {
                guard next < entries.count else { return }
                let index = next
                let entry = entries[index]
                next += 1
                group.addTask {
                    let results = reader.read(entry).filter { options.shard?.contains($0) ?? true }.map { document -> Processed in
                        // Hashed here only for reuse: `process` hashes the content itself.
                        if let previous, let reused = previous.record(source: document.source,
                                                                      contentSHA256: DocumentProcessor.contentHash(document.payload)) {
                            return Processed(reused.reassigned(docID: StableIDs.document(url: reused.url, source: reused.source)), reused: true,
                                         safeCSV: options.safeCSV)
                        }
                        return Processed(processor.process(document), reused: false, safeCSV: options.safeCSV)
                    }
                    return (index, results)
                }
            }
            for _ in 0..<max(1, options.jobs) { schedule() }
            while let (index, results) = await group.next() {
                for result in results {
                    let record = result.record
                    if record.status == .error {
                        logger.error("document not processed", metadata: [
                            "doc_id": .string(record.docID), "source": .string(record.source), "reason": .string(record.error)])
                    }
                    do throws(PantauError) {
                        let range = try spool.append(result.encoded)
                        let rendered = try spool.append(result.rendered.bytes)
                        slots[index].append(IndexEntry(url: record.url, source: record.source, docID: record.docID, status: record.status,
                                                       contentSHA256: record.contentSHA256, simHash: result.simHash,
                                                       spool: range, rendered: rendered, reused: result.reused,
                                                       notIndonesian: record.status == .ok && record.language != "id"))
                    } catch {
                        failure = failure ?? error
                    }
                }
                done += 1
                options.progress?(done, entries.count)
                if failure == nil { schedule() }
            }
        }
        if let failure { throw failure }
        return slots.flatMap { $0 }
    }

    /// A record with the work that would otherwise run on one thread done on the worker:
    /// its spool encoding, its SimHash and its rendered rows.
    struct Processed: Sendable {
        var record: DocumentRecord
        var encoded: [UInt8]
        var rendered: RenderedRows
        var simHash: UInt64?
        var reused: Bool

        init(_ record: DocumentRecord, reused: Bool, safeCSV: Bool) {
            self.record = record
            self.reused = reused
            encoded = SpoolCodec.encode(record)
            rendered = RenderedRows.render(record, safeCSV: safeCSV)
            simHash = record.status == .ok ? SimHash.of(record.text) : nil
        }
    }

    /// A spooled record as the dataset shows it: with its final id, stripped if a duplicate.
    static func load(_ entry: IndexEntry, from spool: RecordSpool) throws(PantauError) -> DocumentRecord {
        let bytes = try spool.read(entry.spool)
        let decoded: DocumentRecord
        do {
            decoded = try SpoolCodec.decode(bytes)
        } catch {
            throw .outputNotWritable(path: spool.path, reason: "spooled record \(entry.docID) does not decode")
        }
        let docID = entry.docID
        let record = decoded.docID == docID ? decoded : decoded.reassigned(docID: docID)
        guard let first = entry.duplicateOf else { return record }
        return record.duplicate(of: first.docID)
    }
}
