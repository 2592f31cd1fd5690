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

    public mutating func appendRow(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            appendCell(cell)
        }
        bytes.append(0x0A)
    }

    private mutating func appendCell(_ cell: String) {
        var utf8 = Array(cell.utf8)
        if safe, let first = utf8.first, first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D {
            // A negative number is data, not a formula.
            if !(first == 0x2D && utf8.count > 1 && utf8.dropFirst().allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E })) {
                utf8.insert(0x27, at: 0)
            }
        }
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { bytes.append(contentsOf: utf8); return }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }
}
