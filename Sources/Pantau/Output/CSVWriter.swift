/// RFC 4180 CSV into a byte buffer: header row, `\n` line endings, quotes only where needed.
///
/// With `safe` on, a cell that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or carriage return) gets a leading apostrophe, which spreadsheets show as
/// text and pandas/R read as part of the string.
public struct CSVWriter {
    public private(set) var bytes: [UInt8] = []
    let safe: Bool

    public init(header: [String], safe: Bool) {
        self.safe = safe
        appendRow(header)
    }

    /// Rows only, no header: for a record's lines, rendered apart from their file.
    public init(safe: Bool) {
        self.safe = safe
    }

    /// Hands over what is buffered and starts empty, for writing in chunks.
    public mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    public mutating func appendRow(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            appendCell(cell)
        }
        bytes.append(0x0A)
    }

    /// = + - @ tab CR: what spreadsheets treat as the start of a formula.
    static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// "-5" or "-2.5" is data, not a formula.
    static func isNegativeNumber(_ utf8: [UInt8]) -> Bool {
        guard utf8.count > 1, utf8[0] == 0x2D else { return false }
        return utf8.dropFirst().allSatisfy { byte in (byte >= 0x30 && byte <= 0x39) || byte == 0x2E }
    }

    /// Comma, quote, LF, CR: what RFC 4180 requires a quoted cell for.
    static func needsQuoting(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2C, 0x22, 0x0A, 0x0D: return true
        default: return false
        }
    }

    private mutating func appendCell(_ cell: String) {
        var utf8 = Array(cell.utf8)
        if safe, let first = utf8.first, Self.formulaStarts.contains(first), !Self.isNegativeNumber(utf8) {
            utf8.insert(0x27, at: 0)
        }
        let needsQuotes = utf8.contains(where: Self.needsQuoting)
        guard needsQuotes else { bytes.append(contentsOf: utf8); return }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }
}
