import ArgumentParser
import Foundation
import Logging
import Pantau

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the pipeline over every file under a folder and write the dataset.",
        discussion: """
        Reads .html, .htm and .txt files, .jsonl scraper output (one object per line with url and \
        one of html, text or content; optionally title and published; `--input -` reads such lines \
        from standard input, sources stdin#N), .warc/.warc.gz crawl files, and RSS 2.0, RSS 1.0 and Atom \
        feeds (by content, also saved as .html; .xml, .rss, .atom, .rdf files are read) item by item, \
        sources FILE#N, a teaser-only item with status teaser. Listing pages (front, index, tag pages) \
        get status unsupported, "listing page (N article links)". Writes documents.csv, \
        officials.csv, regions.csv, claims.csv, near_duplicates.csv, documents.jsonl, pantau.sqlite, \
        run.json, datapackage.json and report.html into the output folder, replacing the previous dataset in one step: a run that fails \
        or is killed leaves the previous dataset as it was.

        The output folder must be new, empty, or a dataset pantau wrote that holds nothing else; it \
        may not be, contain or lie inside the input. Anything else is refused before a file is touched. \
        A lock beside it (.OUTPUT.lock) keeps a second run into the same output out.

        Exit codes: 0 all good; 3 finished with some documents in error (the dataset is written); \
        2 usage error or an output folder that may not be replaced; 1 the run could not complete, or \
        another run holds the output (the previous dataset is intact); 130/143 interrupted by \
        SIGINT/SIGTERM (the unfinished dataset is removed).
        """
    )

    @Option(name: .long, help: "Folder (or single file) to read; - reads JSONL records from standard input.")
    var input: String

    @Option(name: .long, help: "Folder to write the dataset into.")
    var output: String

    @Option(name: .long, help: "Documents processed in parallel (default: number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "Reuse the previous dataset in the output folder for documents whose content and pipeline version are unchanged.")
    var incremental = false

    @Option(name: .long, help: "Process only shard K of N (e.g. 2/4), by each document's input identity; `pantau merge` joins the shards.")
    var shard: String?

    @OptionGroup var limitOptions: LimitOptions

    @Flag(name: .long, inversion: .prefixedNo, help: "Make CSV cells that start with = + - @ or a tab inert for spreadsheets (a leading ').")
    var safeCSV = true

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let knowledge = loadKnowledge(dataOptions)
        var options = RunOptions(input: input, output: output)
        if let jobs { options.jobs = jobs }
        options.limits = limitOptions.limits
        options.safeCSV = safeCSV
        options.incremental = incremental
        if let shard {
            do { options.shard = try Shard(parsing: shard) } catch { fail(error.description, code: 2) }
        }
        if input == RunOptions.standardInput && isatty(STDIN_FILENO) == 1 {
            // Without a pipe the run would seem to hang; say what it waits for.
            FileHandle.standardError.write(Data("pantau: reading JSONL records from standard input (end with Ctrl-D)\n".utf8))
        }
        Interruption.install()
        let progress = ProgressBar()
        if progress.enabled { options.progress = { done, total in progress.update(done: done, total: total) } }
        let summary: RunSummary
        do {
            summary = try await Pipeline(knowledge: knowledge, logger: Logger(label: "pantau")).run(options)
        } catch {
            progress.finish()
            if error.exitCode == 2 { fail(error.description, code: 2) }
            fail(error.description + " (the previous dataset, if any, is unchanged)", code: error.exitCode)
        }
        progress.finish()
        let reuse = incremental ? ", reused \(summary.reused)" : ""
        FileHandle.standardError.write(Data("pantau: \(summary.documents) documents (\(summary.countsLine)\(reuse)) → \(output)\n".utf8))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}

/// Documents done, rate and time left, redrawn on one line; silent when stderr is not a terminal.
final class ProgressBar: @unchecked Sendable {
    // Updated from the pipeline's collecting loop only, one call at a time.
    let enabled = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private var lastDraw = Date.distantPast

    func update(done: Int, total: Int) {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let elapsed = max(0.001, Date().timeIntervalSince(started))
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data(String(format: "\r[%@] %d/%d files  %.1f/s  ETA %.0fs ", bar, done, total, rate, eta).utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
