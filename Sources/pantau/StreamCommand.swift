import ArgumentParser
import Foundation
import Pantau

struct Stream: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process JSONL records from stdin, one documents.jsonl line per record on stdout.",
        discussion: """
        For batch engines: Apache Spark's RDD.pipe, Hadoop Streaming, any scheduler. Each input line \
        is a JSON object with source (path; default stdin#N), url, title, published, and one of html, \
        text, content or content_base64; a scraper's JSONL line works as it is. Output lines come in \
        input order, in the shape of documents.jsonl; a bad line gives an error record. `pantau merge` \
        turns result lines into the dataset (duplicates and ids are decided there, over all records).

        With --pack DIR, reads a folder (or a file, .warc/.warc.gz included) as `run` would and writes \
        its documents as stream records instead, ready to be split across machines.
        """
    )

    @Option(name: .long, help: "Records processed in parallel (default: number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "Write the documents of this folder or file as stream input records, and process nothing.")
    var pack: String?

    @OptionGroup var limitOptions: LimitOptions

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        // A reader that goes away (head, a failed Spark task) must end us quietly, not by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        if let pack {
            do {
                try packRecords(pack)
            } catch {
                fail(error.description, code: 1)
            }
            return
        }
        let processor = StreamProcessor(knowledge: loadKnowledge(dataOptions), limits: limitOptions.limits,
                                        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        do {
            _ = try await processor.run(input: STDIN_FILENO, output: STDOUT_FILENO)
        } catch {
            fail(error.description, code: 1)
        }
    }

    func packRecords(_ root: String) throws(PantauError) {
        let reader = InputReader(maxBytes: limitOptions.maxBytes)
        let sink = FileHandle.standardOutput
        for entry in try InputWalker(root: root).entries() {
            var chunk: [UInt8] = []
            for document in reader.read(entry) { chunk += StreamRecords.line(document) + [0x0A] }
            do {
                try sink.write(contentsOf: Data(chunk))
            } catch {
                throw .outputNotWritable(path: "stdout", reason: "\(error.localizedDescription)")
            }
        }
    }
}
