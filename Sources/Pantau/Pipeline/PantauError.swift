import Foundation

/// Errors that stop a command, each with a message a user can act on.
public enum PantauError: Error, Sendable, Equatable, CustomStringConvertible {
    case dataMissing(searched: [String])
    case dataFileUnreadable(path: String)
    case dataFileNotUTF8(path: String)
    case dataFileMalformed(file: String, line: Int, reason: String)
    case inputNotFound(path: String)
    case inputUnreadable(path: String, reason: String)
    case outputNotWritable(path: String, reason: String)
    /// The output folder is not one a command may replace (`OutputFolderGuard`): nothing was touched.
    case outputRefused(path: String, reason: String)
    /// Another process holds the output folder's lock.
    case outputLocked(path: String, pid: Int32?)
    case usage(String)

    /// The exit code a command ends with: 2 for what the user must change in the command
    /// line (a usage error, an output folder it may not replace), 1 for the rest.
    public var exitCode: Int32 {
        switch self {
        case .usage, .outputRefused: return 2
        default: return 1
        }
    }

    public var description: String {
        switch self {
        case .dataMissing(let searched):
            return "cannot find Pantau's data files (MANIFEST.txt); looked in: "
                + searched.joined(separator: ", ") + ". Pass --data DIR or set PANTAU_DATA."
        case .dataFileUnreadable(let path):
            return "cannot read data file \(path)"
        case .dataFileNotUTF8(let path):
            return "data file \(path) is not valid UTF-8"
        case .dataFileMalformed(let file, let line, let reason):
            return "data file \(file), line \(line): \(reason)"
        case .inputNotFound(let path):
            return "input \(path) does not exist"
        case .inputUnreadable(let path, let reason):
            return "cannot read input \(path): \(reason)"
        case .outputNotWritable(let path, let reason):
            return "cannot write output to \(path): \(reason)"
        case .outputRefused(let path, let reason):
            return "refusing to write into \(path): \(reason). Nothing was changed."
        case .outputLocked(let path, let pid):
            let holder = pid.map { "pantau (pid \($0))" } ?? "pantau"
            return "another \(holder) is writing \(path); this run stops rather than mix the two. "
                + "Wait for it to finish, or give another --output"
        case .usage(let message):
            return message
        }
    }
}
