import Foundation

/// Decides whether a command may replace a folder with a dataset, before anything is written.
///
/// A writer replaces its output folder whole, so the folder must be one whose loss costs
/// nothing: missing, empty, or a dataset Pantau wrote (its run.json carries `format` and lists
/// the files it wrote, and the folder holds nothing else). Any other folder is refused, and so
/// is an output that is an input, contains one or lies inside one. Paths are compared after
/// resolving symbolic links, `..` and trailing slashes. A lock beside the output keeps two
/// writers apart (`OutputLock`). Every command that writes a dataset folder calls `claim`.
public enum OutputFolderGuard {
    /// run.json's `format`: marks a folder as a Pantau dataset that a later run may replace.
    public static let datasetFormat = "pantau-dataset/1"

    /// The files of a dataset written before run.json listed its files (no `format` yet),
    /// and the report and data package written in the same releases.
    static let legacyFiles: Set<String> = Set(["documents.csv", "officials.csv", "regions.csv", "claims.csv", "near_duplicates.csv",
                                               "documents.jsonl", "pantau.sqlite", "run.json"] + DatasetReport.extraFiles)

    /// Files a writer keeps in its staging folder while it works, never in a finished dataset.
    static let workFiles: Set<String> = [".records.spool", ".stdin.jsonl", "pantau.sqlite-journal"]

    /// Resolves `output`, checks it against `inputs` (paths read by the command; pass none for
    /// standard input) and against what it holds, then takes its lock. Throws
    /// `.outputRefused` (nothing touched; exit 2) or `.outputLocked` (exit 1).
    public static func claim(_ output: String, inputs: [String]) throws(PantauError) -> OutputLock {
        let target = try resolve(output)
        let shown = URL(fileURLWithPath: output).standardizedFileURL.path == target ? target : "\(output) (\(target))"
        try checkOverlap(output: target, shown: shown, inputs: inputs)
        // Checked before locking, so that a refused command leaves no lock file behind, and
        // again under the lock, in case another writer changed the folder in between.
        try checkReplaceable(target, shown: shown)
        let lock = try OutputLock(folder: target)
        try checkReplaceable(target, shown: shown)
        return lock
    }

    /// The same rule for a command that writes one file (a report): the file may be missing, or
    /// one that `isOwn` (given its path) recognises as written by that command; it may not be a
    /// folder, nor an input, nor lie inside one. Returns the resolved path to write (atomically:
    /// a temporary file beside it, then a rename).
    /// `kind` names what the command writes ("a Pantau report"), for the refusal.
    public static func checkFile(_ output: String, inputs: [String], kind: String = "a file pantau wrote",
                                 isOwn: (String) -> Bool) throws(PantauError) -> String {
        let target = try resolve(output)
        for input in inputs where input != RunOptions.standardInput {
            let resolved = try resolve(input)
            if target == resolved || isInside(target, resolved) || isInside(resolved, target) {
                throw .outputRefused(path: output, reason: "it is, or lies inside, the input \(input)")
            }
        }
        var status = stat()
        guard lstat(target, &status) == 0 else { return target }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .outputRefused(path: output, reason: status.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is not a regular file")
        }
        guard isOwn(target) else {
            throw .outputRefused(path: output, reason: "it exists and is not \(kind); give another name or move that file away")
        }
        return target
    }

    /// An absolute path with every symbolic link, `.` and `..` resolved in the part that
    /// exists; the part that does not is appended as written, `.` and `..` applied.
    public static func resolve(_ path: String) throws(PantauError) -> String {
        guard !path.isEmpty else { throw .usage("--output is empty") }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let components = absolute.split(separator: "/").map(String.init)
        for existing in stride(from: components.count, through: 0, by: -1) {
            let prefix = "/" + components[..<existing].joined(separator: "/")
            guard let real = realPath(prefix) else { continue }
            var resolved = real.split(separator: "/").map(String.init)
            for component in components[existing...] {
                switch component {
                case ".": continue
                case "..": if !resolved.isEmpty { resolved.removeLast() }
                default: resolved.append(component)
                }
            }
            let result = "/" + resolved.joined(separator: "/")
            if isDanglingLink(result) {
                let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: result)) ?? "?"
                throw .outputRefused(path: path, reason: "it is a symbolic link to \(destination), which does not exist")
            }
            return result
        }
        return absolute
    }

    /// Refuses an output that is one of the inputs, contains one, or lies inside one.
    static func checkOverlap(output: String, shown given: String, inputs: [String]) throws(PantauError) {
        for input in inputs where input != RunOptions.standardInput {
            let resolved = try resolve(input)
            if output == resolved {
                throw .outputRefused(path: given, reason: "it is the input \(input); replacing it would delete what is read")
            }
            if isInside(resolved, output) {
                throw .outputRefused(path: given, reason: "it contains the input \(input); replacing it would delete the input")
            }
            if isInside(output, resolved) {
                throw .outputRefused(path: given, reason: "it lies inside the input \(input); the dataset would become input of the next run")
            }
        }
    }

    /// Refuses a path that is not a folder, or a folder that is neither empty nor a Pantau dataset
    /// holding only the files it wrote.
    static func checkReplaceable(_ folder: String, shown: String) throws(PantauError) {
        var status = stat()
        guard lstat(folder, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw .outputRefused(path: shown, reason: "it is a file, not a folder")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw .outputRefused(path: shown, reason: "its contents cannot be listed (\(AtomicDirectory.describe(error)))")
        }
        guard !names.isEmpty else { return }
        guard let written = datasetFiles(folder) else {
            throw .outputRefused(path: shown, reason: "it is not a Pantau dataset (no run.json written by pantau) and holds "
                + describe(names, in: folder) + "; give an empty or new folder")
        }
        let foreign = names.filter { !written.contains($0) }
        guard foreign.isEmpty else {
            throw .outputRefused(path: shown, reason: "it is a Pantau dataset but also holds " + describe(foreign, in: folder)
                + ", which pantau did not write; move \(foreign.count == 1 ? "it" : "them") out first")
        }
    }

    /// The names a Pantau dataset in `folder` consists of, from its run.json; nil when the
    /// folder has no run.json that pantau wrote.
    static func datasetFiles(_ folder: String) -> Set<String>? {
        let path = (folder as NSString).appendingPathComponent("run.json")
        guard let data = FileManager.default.contents(atPath: path),
              let run = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        if run["format"] as? String == datasetFormat, let files = run["files"] as? [String] {
            return Set(files).union(["run.json"])
        }
        // Datasets written before the format marker: recognised by the tool's name and version.
        if run["format"] == nil, run["tool"] as? String == "pantau", run["pipeline_version"] is String { return legacyFiles }
        return nil
    }

    /// Whether a staging folder left by a killed run holds only what a Pantau writer puts there,
    /// so that removing it removes nothing else.
    static func isPantauStaging(_ folder: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        let allowed = (datasetFiles(folder) ?? []).union(legacyFiles).union(workFiles)
        return names.allSatisfy { allowed.contains($0) }
    }

    /// "3 entries: a.txt, notes/, thesis.tex" (at most five names; folders end in "/").
    static func describe(_ names: [String], in folder: String) -> String {
        let shown = names.prefix(5).map { name -> String in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? name + "/" : name
        }
        let more = names.count > 5 ? ", ..." : ""
        return "\(names.count) \(names.count == 1 ? "entry" : "entries"): " + shown.joined(separator: ", ") + more
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDanglingLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK && access(path, F_OK) != 0
    }
}

/// An exclusive `flock` on `.<name>.lock` beside the output folder, held while a command writes
/// it. The kernel releases it when the process ends however it ends, so a killed run leaves no
/// lock behind (the file stays, empty of meaning; it is never removed, as removing a lock file
/// lets two processes lock two different files).
public final class OutputLock: Sendable {
    /// The resolved output folder the lock is for.
    public let folder: String
    public let path: String
    private let descriptor: Int32

    init(folder: String) throws(PantauError) {
        self.folder = folder
        let parent = (folder as NSString).deletingLastPathComponent
        path = (parent as NSString).appendingPathComponent("." + (folder as NSString).lastPathComponent + ".lock")
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .outputNotWritable(path: parent, reason: AtomicDirectory.describe(error))
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outputNotWritable(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.pid(in: descriptor)
            close(descriptor)
            throw .outputLocked(path: folder, pid: holder)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    private static func pid(in descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
