/// One record's dataset rows as the files receive them: its documents.jsonl line, its CSV
/// lines for each table, and its cells packed for SQLite, in one byte buffer.
///
/// A run renders each record on the worker that processed it and spools the bytes, so the
/// single thread that writes the dataset at the end copies bytes and binds cells instead of
/// rendering 20,000 records while the other cores wait.
///
/// Layout: the JSON line, then for each of `tables` its CSV lines and its row count, then
/// the cells of every row in table order. Lengths and counts are 32-bit little-endian; a
/// text cell is its length and UTF-8 bytes, an integer cell eight little-endian bytes.
public struct RenderedRows: Sendable {
    public let bytes: [UInt8]

    /// The record tables in the order their sections appear.
    static let tables = [DatasetSchema.documents, DatasetSchema.officials, DatasetSchema.regions, DatasetSchema.claims]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Renders every row of a record; `safeCSV` as in `CSVWriter`.
    public static func render(_ record: DocumentRecord, safeCSV: Bool) -> RenderedRows {
        let rows = DatasetWriter.Rows(record)
        var packer = Packer()
        packer.section(rows.jsonLine)
        let tables = [[rows.documents], rows.officials, rows.regions, rows.claims]
        for table in tables {
            var csv = CSVWriter(safe: safeCSV)
            for row in table { csv.appendRow(row.map(\.csv)) }
            packer.section(csv.bytes)
            packer.count(table.count)
        }
        for table in tables {
            for row in table { packer.cells(row) }
        }
        return RenderedRows(bytes: packer.bytes)
    }

    /// Rows of a table that has no record behind it (near_duplicates), packed the same way:
    /// the CSV lines, then the cells.
    static func render(rows: [[DatasetSchema.Cell]], safeCSV: Bool) -> RenderedRows {
        var csv = CSVWriter(safe: safeCSV)
        for row in rows { csv.appendRow(row.map(\.csv)) }
        var packer = Packer()
        packer.section(csv.bytes)
        packer.count(rows.count)
        for row in rows { packer.cells(row) }
        return RenderedRows(bytes: packer.bytes)
    }

    /// Where each part lies in `bytes`.
    struct Layout {
        var jsonLine: Range<Int> = 0..<0
        var csv: [Range<Int>] = []
        var rowCounts: [Int] = []
        /// Where the packed cells start.
        var cells = 0
    }

    /// The layout of a record's rows; nil when the bytes are not such a rendering (a damaged
    /// spool), which the writer reports instead of trapping.
    func recordLayout() -> Layout? {
        var reader = Reader(bytes: bytes)
        var layout = Layout()
        guard let json = reader.section() else { return nil }
        layout.jsonLine = json
        for _ in Self.tables {
            guard let csv = reader.section(), let count = reader.count() else { return nil }
            layout.csv.append(csv)
            layout.rowCounts.append(count)
        }
        layout.cells = reader.position
        return layout
    }

    /// The layout of a single table's rows (`render(rows:)`).
    func tableLayout() -> Layout? {
        var reader = Reader(bytes: bytes)
        guard let csv = reader.section(), let count = reader.count() else { return nil }
        return Layout(csv: [csv], rowCounts: [count], cells: reader.position)
    }

    /// Appends the packed format.
    private struct Packer {
        var bytes: [UInt8] = []

        mutating func count(_ value: Int) {
            let value = UInt32(truncatingIfNeeded: value)
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
        }

        mutating func section(_ section: [UInt8]) {
            count(section.count)
            bytes.append(contentsOf: section)
        }

        mutating func cells(_ row: [DatasetSchema.Cell]) {
            for cell in row {
                switch cell {
                case .int(let value):
                    bytes.append(1)
                    let value = UInt64(bitPattern: Int64(value))
                    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
                case .text(let text):
                    bytes.append(0)
                    section(Array(text.utf8))
                case .list(let values):
                    bytes.append(0)
                    section(Array(values.joined(separator: ";").utf8))
                }
            }
        }
    }

    /// Reads the packed format, checking every length against the buffer.
    struct Reader {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8], position: Int = 0) {
            self.bytes = bytes
            self.position = position
        }

        mutating func count() -> Int? {
            guard position + 4 <= bytes.count else { return nil }
            var value = 0
            for index in 0..<4 { value |= Int(bytes[position + index]) << (8 * index) }
            position += 4
            return value
        }

        mutating func section() -> Range<Int>? {
            guard let length = count(), length <= bytes.count - position else { return nil }
            defer { position += length }
            return position..<(position + length)
        }

        enum Cell {
            case int(Int64)
            case text(Range<Int>)
        }

        mutating func cell() -> Cell? {
            guard position < bytes.count else { return nil }
            let tag = bytes[position]
            position += 1
            switch tag {
            case 0:
                return section().map(Cell.text)
            case 1:
                guard position + 8 <= bytes.count else { return nil }
                var value: UInt64 = 0
                for index in 0..<8 { value |= UInt64(bytes[position + index]) << UInt64(8 * index) }
                position += 8
                return .int(Int64(bitPattern: value))
            default:
                return nil
            }
        }
    }
}
