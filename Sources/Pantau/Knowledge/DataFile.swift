import Foundation

/// One language-knowledge file from the data folder, with the hash that goes into run.json.
///
/// Data files are plain UTF-8 text so that a researcher can read and extend them:
/// `#` starts a comment line, blank lines are ignored, and tabular files separate
/// columns with a tab.
public struct DataFile: Sendable, Hashable {
    public let name: String
    public let sha256: String
    public let lines: [String]

    public init(name: String, contents: String) {
        self.name = name
        self.sha256 = SHA256.hex(of: Array(contents.utf8))
        self.lines = contents.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !trimmed.isEmpty && !trimmed.hasPrefix("#")
            }
    }

    /// The non-comment lines split on tabs, each column trimmed.
    public var rows: [[String]] {
        lines.map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The first column of every line, for one-item-per-line lists.
    public var entries: [String] {
        rows.compactMap { $0.first }.filter { !$0.isEmpty }
    }
}
