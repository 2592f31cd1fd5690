import ArgumentParser
import Foundation
import Pantau

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the pipeline over every file under a folder and write the dataset.",
        discussion: """
        Reads .html, .htm and .txt files and .jsonl scraper output (one object per line with url and \
        one of html, text or content). Writes documents.csv, officials.csv, regions.csv, claims.csv, \
        documents.jsonl and run.json into the output folder, replacing the previous dataset in one step.
        Exit codes: 0 all good; 3 finished with some documents in error; 2 usage error; 1 the run \
        could not complete (the previous dataset is left as it was).
        """
    )

    @Option(name: .long, help: "Folder (or single file) to read.")
    var input: String

    @Option(name: .long, help: "Folder to write the dataset into.")
    var output: String

    @Option(name: .long, help: "Documents processed in parallel (default: number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "Largest input file in bytes; larger files become error rows.")
    var maxBytes: Int = 64 << 20

    @Flag(name: .long, inversion: .prefixedNo, help: "Make CSV cells that start with = + - @ inert for spreadsheets.")
    var safeCSV = true

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
    }

    func run() async throws {
        let knowledge = loadKnowledge(dataOptions)
        var options = RunOptions(input: input, output: output)
        if let jobs { options.jobs = jobs }
        options.maxBytes = maxBytes
        options.safeCSV = safeCSV
        let summary: RunSummary
        do {
            summary = try await Pipeline(knowledge: knowledge).run(options)
        } catch {
            fail(error.description, code: 1)
        }
        let counts = DocumentStatus.allCases.map { "\($0.rawValue) \(summary.counts[$0] ?? 0)" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("pantau: \(summary.documents) documents (\(counts)) → \(output)\n".utf8))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
