import Foundation

/// report.html for a dataset folder, alone or against an older dataset, and the file it goes to.
public enum DatasetReport {
    public static let fileName = "report.html"

    /// The page for `dataset`; with `against`, what changed since that older dataset too.
    public static func html(dataset: String, against old: String? = nil, regionNames: RegionNames) throws(PantauError) -> String {
        guard let old else {
            return ReportPage.render(try DatasetFacts.read(folder: dataset, regionNames: regionNames), title: dataset, regionNames: regionNames)
        }
        let comparison = try DatasetComparison.compare(new: dataset, old: old, regionNames: regionNames)
        return ReportPage.render(comparison.new, title: dataset, regionNames: regionNames, comparison: comparison)
    }

    /// datapackage.json and report.html, written into a run's staging folder once its CSVs and
    /// run.json are there; `name` is the output folder the dataset is about to become.
    /// The files `writeExtras` adds to a dataset, after its run.json.
    static var extraFiles: [String] { [DataPackage.fileName, fileName] }

    static func writeExtras(into staging: String, name: String, regionNames: RegionNames) throws(PantauError) {
        try AtomicDirectory.writeSynced(DataPackage.json(), to: (staging as NSString).appendingPathComponent(DataPackage.fileName))
        var facts = try DatasetFacts.read(folder: staging, regionNames: regionNames)
        facts.folder = name
        let page = ReportPage.render(facts, title: name, regionNames: regionNames)
        try AtomicDirectory.writeSynced(Array(page.utf8), to: (staging as NSString).appendingPathComponent(fileName))
    }

    /// Writes a report to `output`, replacing a report Pantau wrote there before and nothing
    /// else: an existing file without the report's marker line is left alone (`.outputRefused`).
    public static func write(_ page: String, to output: String, datasets: [String] = []) throws(PantauError) {
        // The rule every writer follows: a new file, or a report written before; never a
        // folder, another file, a dataset given to the command or anything inside one.
        let path = try OutputFolderGuard.checkFile(output, inputs: datasets, kind: "a Pantau report", isOwn: isReport)
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = ((directory.isEmpty ? "." : directory) as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try AtomicDirectory.writeSynced(Array(page.utf8), to: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .outputNotWritable(path: path, reason: reason)
        }
    }

    /// Whether the file at `path` starts as every report does (a doctype, then the marker).
    public static func isReport(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 512)) ?? Data()
        return String(decoding: head, as: UTF8.self).split(separator: "\n", maxSplits: 2).dropFirst().first.map(String.init) == ReportPage.marker
    }
}

extension RegionNames {
    /// The names in the data folder's region table, without loading the rest of the knowledge.
    public static func load(from directory: DataDirectory) throws(PantauError) -> RegionNames {
        RegionNames(gazetteer: try Gazetteer(table: try directory.read("regions.tsv"), aliases: try directory.read("region-aliases.tsv")))
    }
}
