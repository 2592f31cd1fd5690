import ArgumentParser
import Foundation
import Logging
import Pantau

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assemble shard outputs or stream results into one dataset.",
        discussion: """
        Each SHARD is a folder written by `pantau run --shard K/N` (its documents.jsonl is read), a \
        folder of `pantau stream` result files (e.g. Spark's part-NNNNN; _SUCCESS and dot files are \
        skipped), or one result file. The dataset written to OUT is byte-identical to what one \
        `pantau run` over the whole input writes (run.json aside): duplicates, doc_id collisions and \
        near-duplicates are decided again over all records, in input order.

        OUT follows `run`'s rule: new, empty, or a dataset pantau wrote that holds nothing else, and \
        not one of the shards, nor containing or inside one.

        Exit codes: 0 all good; 3 some documents are in error (the dataset is written); 2 usage \
        error, overlapping shards or an output that may not be replaced; 1 an input could not be \
        read, the output not written, or another run holds it; 130/143 interrupted by SIGINT/SIGTERM.
        """
    )

    @Argument(help: "Folder to write the merged dataset into.")
    var output: String

    @Argument(help: "Shard output folders or stream result files/folders.")
    var shards: [String]

    @Flag(name: .long, inversion: .prefixedNo, help: "Make CSV cells that start with = + - @ or a tab inert for spreadsheets (a leading ').")
    var safeCSV = true

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give at least one shard output or stream result") }
    }

    func run() throws {
        Interruption.install()
        let pipeline = Pipeline(knowledge: loadKnowledge(dataOptions), logger: Logger(label: "pantau"))
        let summary: RunSummary
        do {
            summary = try Merger(pipeline: pipeline).merge(shards, into: output, safeCSV: safeCSV)
        } catch {
            if error.exitCode == 2 { fail(error.description, code: 2) }
            fail(error.description + " (the previous dataset, if any, is unchanged)", code: error.exitCode)
        }
        FileHandle.standardError.write(Data("pantau: merged \(summary.documents) documents (\(summary.countsLine)) → \(output)\n".utf8))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
