import Foundation

/// Options of one run.
public struct RunOptions: Sendable {
    public var input: String
    public var output: String
    public var jobs: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    public var maxBytes: Int = 64 << 20
    public var safeCSV = true

    public init(input: String, output: String) {
        self.input = input
        self.output = output
    }
}

/// The summary a run reports and records in run.json.
public struct RunSummary: Sendable {
    public var documents = 0
    public var counts: [DocumentStatus: Int] = [:]
    public var started: Date
    public var finished: Date

    /// 0 all good; 3 finished with some documents in error.
    public var exitCode: Int32 { (counts[.error] ?? 0) > 0 ? 3 : 0 }
}

/// Runs the stages over an input folder and writes the dataset.
public struct Pipeline: Sendable {
    public let knowledge: Knowledge
    public static let toolVersion = "0.1.0"

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    public func run(_ options: RunOptions) async throws(PantauError) -> RunSummary {
        let started = Date()
        let entries = try InputWalker(root: options.input).entries()
        let records = await process(entries, options: options)
        let dataset = Self.finalize(records)
        var summary = RunSummary(documents: dataset.count, started: started, finished: Date())
        for record in dataset { summary.counts[record.status, default: 0] += 1 }
        let manifest = RunManifest(toolVersion: Self.toolVersion, dataFiles: knowledge.files, dataHash: knowledge.dataHash,
                                   inputRoot: options.input, summary: summary, jobs: options.jobs)
        try DatasetWriter(directory: options.output, safeCSV: options.safeCSV).write(dataset, manifest: manifest)
        return summary
    }

    /// Processes entries on `jobs` workers; the result keeps the entries' order.
    func process(_ entries: [InputEntry], options: RunOptions) async -> [DocumentRecord] {
        let reader = InputReader(maxBytes: options.maxBytes)
        let processor = DocumentProcessor(knowledge: knowledge)
        var slots = [[DocumentRecord]](repeating: [], count: entries.count)
        await withTaskGroup(of: (Int, [DocumentRecord]).self) { group in
            var next = 0
            func schedule() {
                guard next < entries.count else { return }
                let index = next
                let entry = entries[index]
                next += 1
                group.addTask { (index, reader.read(entry).map { processor.process($0) }) }
            }
            for _ in 0..<max(1, options.jobs) { schedule() }
            while let (index, records) = await group.next() {
                slots[index] = records
                schedule()
            }
        }
        return slots.flatMap { $0 }
    }

    /// Marks duplicates (same content as an earlier document), makes ids unique, sorts by doc_id.
    static func finalize(_ records: [DocumentRecord]) -> [DocumentRecord] {
        var firstByContent: [String: String] = [:]
        var usedIDs: Set<String> = []
        var result: [DocumentRecord] = []
        result.reserveCapacity(records.count)
        for var record in records {
            if !usedIDs.insert(record.docID).inserted {
                // Two inputs with one canonical URL: the later one is told apart by its source.
                record.docID = StableIDs.document(url: record.url + "#" + record.source, source: record.source)
                usedIDs.insert(record.docID)
            }
            if record.status == .ok, !record.contentSHA256.isEmpty {
                if let first = firstByContent[record.contentSHA256] {
                    record = Self.duplicate(of: first, record)
                } else {
                    firstByContent[record.contentSHA256] = record.docID
                }
            }
            result.append(record)
        }
        return result.sorted { $0.docID < $1.docID }
    }

    static func duplicate(of first: String, _ record: DocumentRecord) -> DocumentRecord {
        var copy = DocumentRecord(docID: record.docID, source: record.source, status: .duplicate)
        copy.error = "same content as \(first)"
        copy.url = record.url
        copy.site = record.site
        copy.title = record.title
        copy.author = record.author
        copy.published = record.published
        copy.language = record.language
        copy.contentSHA256 = record.contentSHA256
        return copy
    }
}
