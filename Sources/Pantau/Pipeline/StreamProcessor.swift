import Foundation

/// `pantau stream`: stream records in (see `StreamRecords`), one documents.jsonl-shaped line
/// out per record, in input order, `jobs` records at a time. This is what a batch engine runs
/// on each machine (Spark's `RDD.pipe`, Hadoop Streaming); `pantau merge` then takes the
/// dataset-wide decisions (duplicates, doc_id collisions, order) over all result lines.
public struct StreamProcessor: Sendable {
    /// The source of a record that names none: `stdin#N`, N its line number.
    public static let stdinSource = "stdin"

    public let processor: DocumentProcessor
    public let jobs: Int

    public init(knowledge: Knowledge, limits: ProcessingLimits = ProcessingLimits(), jobs: Int) {
        processor = DocumentProcessor(knowledge: knowledge, limits: limits)
        self.jobs = max(1, jobs)
    }

    /// Reads `input` to its end and writes every result to `output`; returns the records done.
    /// A bad line becomes an error record; only an unreadable input or unwritable output stops it.
    public func run(input: Int32, output: Int32) async throws(PantauError) -> Int {
        let lines = StreamLineReader(descriptor: input)
        let sink = DescriptorSink(descriptor: output)
        // Finished results wait for earlier ones; the window bounds how many may wait.
        let window = jobs * 16
        var failure: PantauError?
        var emitted = 0
        let processor = self.processor
        await withTaskGroup(of: (Int, [UInt8]).self) { group in
            var pending: [Int: [UInt8]] = [:]
            var scheduled = 0
            var inFlight = 0
            var exhausted = false
            func schedule() {
                while failure == nil, !exhausted, inFlight < jobs, scheduled - emitted < window {
                    do throws(PantauError) {
                        guard let slice = try lines.next() else { exhausted = true; return }
                        // A copy, so that the reader's buffer is not shared while it refills.
                        let line = Array(slice)
                        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        let number = lines.lineNumber
                        let index = scheduled
                        scheduled += 1
                        inFlight += 1
                        group.addTask {
                            let record = processor.process(StreamRecords.document(line[...], lineNumber: number))
                            return (index, RecordCodec.encode(record) + [0x0A])
                        }
                    } catch {
                        failure = error
                    }
                }
            }
            schedule()
            while let (index, bytes) = await group.next() {
                inFlight -= 1
                pending[index] = bytes
                while let ready = pending.removeValue(forKey: emitted) {
                    sink.append(ready)
                    emitted += 1
                }
                do throws(PantauError) { try sink.flush() } catch { failure = failure ?? error }
                schedule()
            }
        }
        if let failure { throw failure }
        return emitted
    }
}

/// Output to a descriptor in whole lines, so a reader never sees half a record.
final class DescriptorSink {
    let descriptor: Int32
    private var buffer: [UInt8] = []

    init(descriptor: Int32) { self.descriptor = descriptor }

    func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    func flush() throws(PantauError) {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, buffer.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .outputNotWritable(path: "descriptor \(descriptor)", reason: String(cString: strerror(errno)))
            }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
