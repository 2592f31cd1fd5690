import Foundation

/// run.json: what made the dataset. The only file with timestamps.
public struct RunManifest: Sendable {
    public var toolVersion: String
    /// Code version plus every rule and data file: a change in either changes it.
    public var pipelineVersion: String
    public var dataFiles: [DataFile]
    public var inputRoot: String
    public var summary: RunSummary
    public var jobs: Int
    public var incremental: Bool
    /// The files of the dataset besides run.json: a later run replaces the folder only when it
    /// holds nothing else (`OutputFolderGuard`).
    public var files: [String] = []

    public func json() -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("tool", "pantau")
        writer.string("format", OutputFolderGuard.datasetFormat)
        writer.string("tool_version", toolVersion)
        writer.string("pipeline_version", pipelineVersion)
        writer.array("data_files", dataFiles.map { file in
            var entry = JSONObjectWriter()
            entry.string("name", file.name)
            entry.string("sha256", file.sha256)
            return entry.finished()
        })
        writer.strings("files", files)
        writer.string("input_root", inputRoot)
        writer.int("jobs", jobs)
        writer.int("documents", summary.documents)
        var counts = JSONObjectWriter()
        for status in DocumentStatus.allCases { counts.int(status.rawValue, summary.counts[status] ?? 0) }
        writer.raw("status_counts", counts.finished())
        writer.int("near_duplicates", summary.nearDuplicates)
        writer.int("not_indonesian", summary.notIndonesian)
        writer.string("mode", incremental ? "incremental" : "full")
        writer.int("reused", summary.reused)
        writer.int("fresh", summary.documents - summary.reused)
        writer.string("started", Self.timestamp(summary.started))
        writer.string("finished", Self.timestamp(summary.finished))
        writer.double("duration_seconds", (summary.finished.timeIntervalSince(summary.started) * 1000).rounded() / 1000)
        return writer.finished() + [0x0A]
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
