import ArgumentParser
import Foundation
import Pantau

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write report.html for a dataset, or for a dataset against an older one.",
        discussion: """
        One self-contained HTML file (inline CSS and SVG charts, nothing loaded from the network, \
        readable without JavaScript): the run, claims by type, month, subject, province and \
        attribution, top speakers and officials, the latest violation and sanction claims; with \
        --against, records added, removed and changed per table, claims per type and province then \
        and now, and the new violation and sanction claims. `run` and `merge` write the single \
        dataset's report into the dataset as report.html.

        Writes to standard output, or to --output FILE. An existing FILE is replaced only when it is \
        a report Pantau wrote; any other file is left alone and the command exits with 2.

        Exit codes: 0 written; 2 usage error (no dataset there, FILE is not a Pantau report); 1 the \
        report could not be written.
        """
    )

    @Argument(help: "The dataset folder to report on.")
    var dataset: String

    @Option(name: .long, help: "An older dataset folder to compare with.")
    var against: String?

    @Option(name: .long, help: "The file to write (default: standard output).")
    var output: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        if output == nil && isatty(STDOUT_FILENO) == 1 {
            fail("the report is HTML: give --output FILE or redirect standard output", code: 2)
        }
        let regionNames: RegionNames
        do {
            regionNames = try RegionNames.load(from: try DataDirectory.locate(explicit: dataOptions.data))
        } catch {
            fail(error.description, code: 1)
        }
        let page: String
        do {
            page = try DatasetReport.html(dataset: dataset, against: against, regionNames: regionNames)
        } catch {
            switch error {
            case .inputNotFound(let path): fail("\(path) does not exist: not a Pantau dataset", code: 2)
            case .usage: fail(error.description, code: 2)
            default: fail(error.description, code: 1)
            }
        }
        guard let output else {
            StandardOutput().write(page)
            return
        }
        do {
            try DatasetReport.write(page, to: output, datasets: [dataset] + (against.map { [$0] } ?? []))
        } catch {
            fail(error.description, code: error.exitCode)
        }
    }
}
