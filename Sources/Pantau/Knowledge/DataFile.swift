import Foundation

/// One language-knowledge file from the data folder, with the hash that goes into run.json.
///
/// Data files are plain UTF-8 text so that a researcher can read and extend them:
/// `#` starts a comment line, blank lines are ignored, and tabular files separate
/// columns with a tab.
public struct DataFile: Sendable, Hashable {
    public let name: String
    public let sha256: String
    /// The non-comment, non-blank lines, without their line ends.
    public let lines: [String]
    /// Each kept line's 1-based number in the file, so that an error names the line an
    /// editor shows, not its place among the kept lines.
    public let lineNumbers: [Int]

    public init(name: String, contents: String) {
        self.name = name
        let bytes = Array(contents.utf8)
        self.sha256 = SHA256.hex(of: bytes)
        var lines: [String] = []
        var numbers: [Int] = []
        var start = 0
        var number = 1
        // Split by bytes: this runs over every line of the 7,000-row gazetteer at each start,
        // and Foundation's trimming per line was most of the start-up time.
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if Self.isContent(bytes, start..<lineEnd) {
                lines.append(String(decoding: bytes[start..<lineEnd], as: UTF8.self))
                numbers.append(number)
            }
            if end == bytes.count { break }
            start = end + 1
            number += 1
        }
        self.lines = lines
        self.lineNumbers = numbers
    }

    /// The non-comment lines split on tabs, each column trimmed.
    public var rows: [[String]] {
        lines.map(Self.columns)
    }

    /// The rows with their line numbers in the file, for error messages.
    public var numberedRows: [(line: Int, columns: [String])] {
        zip(lineNumbers, lines).map { ($0, Self.columns(of: $1)) }
    }

    /// The first column of every line, for one-item-per-line lists.
    public var entries: [String] {
        rows.compactMap { $0.first }.filter { !$0.isEmpty }
    }

    private static func columns(of line: String) -> [String] {
        let bytes = Array(line.utf8)
        var columns: [String] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x09 {
            columns.append(column(bytes, start..<index))
            start = index + 1
        }
        return columns
    }

    private static func column(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        let trimmed = trimmed(bytes, range)
        let text = String(decoding: bytes[trimmed], as: UTF8.self)
        guard let first = bytes[trimmed].first, let last = bytes[trimmed].last, first >= 0x80 || last >= 0x80 else {
            return text
        }
        // A column may start or end with a non-ASCII space (no-break space, ideographic space):
        // Foundation knows those, and they are rare enough to hand over.
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether a line holds data: not blank and not a `#` comment.
    private static func isContent(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let trimmed = trimmed(bytes, range)
        guard let first = bytes[trimmed].first, let last = bytes[trimmed].last else { return false }
        if first < 0x80, last < 0x80 { return first != UInt8(ascii: "#") }
        let text = String(decoding: bytes[trimmed], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return !text.isEmpty && !text.hasPrefix("#")
    }

    /// The range without ASCII spaces and tabs at either end.
    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return lower..<upper
    }
}
