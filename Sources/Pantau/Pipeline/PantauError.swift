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
    case usage(String)

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
        case .usage(let message):
            return message
        }
    }
}
