import ArgumentParser
import Foundation
import Pantau

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two datasets: records added, removed and changed per table, keyed by stable ids.",
        discussion: """
        Keys: documents by doc_id; officials by doc_id/official_id; regions by doc_id/start/end; \
        claims by doc_id/claim_id. Exit status as diff(1): 0 when equal, 1 when different, 2 on trouble.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @Argument(help: "The older dataset folder.")
    var old: String

    @Argument(help: "The newer dataset folder.")
    var new: String

    @Option(name: .long, help: "text (a readable summary), csv or json (one change per line).")
    var format: Format = .text

    @Option(name: .long, help: "With text: changes listed per table at most (0 lists none, -1 all).")
    var limit: Int = 20

    func run() throws {
        let out = StandardOutput()
        var listed: [String: Int] = [:]
        if format == .csv { out.write("table,change,key,field,old,new\n") }
        let summary: DiffSummary
        do {
            summary = try DatasetDiff(old: old, new: new).run { change in
                switch format {
                case .csv: out.write(DiffFormat.csv(change))
                case .json: out.write(DiffFormat.json(change))
                case .text:
                    let count = listed[change.table, default: 0]
                    listed[change.table] = count + 1
                    if limit < 0 || count < limit { out.write(DiffFormat.text(change)) }
                }
            }
        } catch {
            fail(error.description, code: 2)
        }
        for change in summary.columns {
            let note = "\(change.table).csv: " + [("only in the old dataset", change.onlyOld), ("only in the new dataset", change.onlyNew)]
                .filter { !$0.1.isEmpty }.map { "\($0.1.joined(separator: ", ")) \($0.0)" }.joined(separator: "; ")
                + " (not compared; a dataset written by another version of pantau)\n"
            // The machine formats stay one change per line; the note goes to standard error.
            if format == .text { out.write(note) } else { FileHandle.standardError.write(Data(note.utf8)) }
        }
        if format == .text {
            out.write(summary.isEqual ? "datasets are equal\n" : "\nsummary\n")
            for (table, counts) in summary.tables where counts.total > 0 {
                out.write("  \(table): \(counts.added) added, \(counts.removed) removed, \(counts.changed) changed\n")
            }
        }
        if !summary.isEqual { throw ExitCode(1) }
    }
}

/// Writes text to standard output as it comes.
struct StandardOutput {
    func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
}
