import Foundation

/// What run.json says about the run that made a dataset, as the report shows it.
public struct RunInfo: Sendable {
    public var toolVersion = ""
    public var pipelineVersion = ""
    public var dataFiles: [(name: String, sha256: String)] = []
    public var inputRoot = ""
    public var jobs = 0
    public var mode = ""
    public var reused = 0
    public var fresh = 0
    public var started = ""
    public var finished = ""
    public var durationSeconds: Double?

    /// run.json of a dataset folder; nil when it is missing or not JSON (the report says so).
    public static func read(folder: String) -> RunInfo? {
        let path = (folder as NSString).appendingPathComponent("run.json")
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        var info = RunInfo()
        info.toolVersion = object["tool_version"] as? String ?? ""
        info.pipelineVersion = object["pipeline_version"] as? String ?? ""
        info.dataFiles = (object["data_files"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0["sha256"] as? String ?? "") }
        info.inputRoot = object["input_root"] as? String ?? ""
        info.jobs = (object["jobs"] as? NSNumber)?.intValue ?? 0
        info.mode = object["mode"] as? String ?? ""
        info.reused = (object["reused"] as? NSNumber)?.intValue ?? 0
        info.fresh = (object["fresh"] as? NSNumber)?.intValue ?? 0
        info.started = object["started"] as? String ?? ""
        info.finished = object["finished"] as? String ?? ""
        info.durationSeconds = (object["duration_seconds"] as? NSNumber)?.doubleValue
        return info
    }
}
