import Foundation
import Testing
@testable import Pantau

/// A record's rows rendered on the worker and spooled must carry exactly what the files and
/// the database receive, and a damaged rendering must be refused, not trapped on.
@Suite struct RenderedRowsTests {
    /// The cells a reader gives back, in the form the packer stored them.
    static func cells(_ rendered: RenderedRows, from position: Int, count: Int) -> [String]? {
        var reader = RenderedRows.Reader(bytes: rendered.bytes, position: position)
        var cells: [String] = []
        for _ in 0..<count {
            switch reader.cell() {
            case .int(let value)?: cells.append("int:\(value)")
            case .text(let range)?: cells.append("text:" + String(decoding: rendered.bytes[range], as: UTF8.self))
            case nil: return nil
            }
        }
        return reader.position == rendered.bytes.count ? cells : nil
    }

    static func expected(_ row: [DatasetSchema.Cell]) -> [String] {
        row.map { cell in
            switch cell {
            case .int(let value): return "int:\(value)"
            case .text(let text): return "text:" + text
            case .list(let values): return "text:" + values.joined(separator: ";")
            }
        }
    }

    @Test(arguments: [false, true])
    func carriesEveryRowOfTheRecord(safeCSV: Bool) throws {
        let records = SpoolCodecTests.records
        #expect(records.count >= 10)
        #expect(records.contains { !$0.claims.isEmpty && !$0.officials.isEmpty && !$0.regions.isEmpty })
        for record in records {
            let rendered = RenderedRows.render(record, safeCSV: safeCSV)
            let layout = try #require(rendered.recordLayout())
            let rows = DatasetWriter.Rows(record)
            // Compared as text, so that a failure prints lines rather than byte arrays.
            let line = String(decoding: rendered.bytes[layout.jsonLine], as: UTF8.self)
            #expect(line == String(decoding: DatasetSchema.jsonLine(record), as: UTF8.self) + "\n")
            let tables = [[rows.documents], rows.officials, rows.regions, rows.claims]
            #expect(layout.rowCounts == tables.map(\.count))
            for (index, table) in tables.enumerated() {
                var csv = CSVWriter(safe: safeCSV)
                for row in table { csv.appendRow(row.map(\.csv)) }
                #expect(String(decoding: rendered.bytes[layout.csv[index]], as: UTF8.self) == String(decoding: csv.bytes, as: UTF8.self),
                        "\(record.source) table \(index)")
            }
            let count = zip(RenderedRows.tables, tables).reduce(0) { $0 + $1.0.columns.count * $1.1.count }
            #expect(Self.cells(rendered, from: layout.cells, count: count) == tables.flatMap { $0.flatMap(Self.expected) })
        }
    }

    @Test func packsIntegersOfEverySize() throws {
        let rows: [[DatasetSchema.Cell]] = [[.text(""), .text("a,\"b\"\n"), .int(0)], [.text("é"), .text("=1+1"), .int(-1)],
                                            [.text("x"), .text("y"), .int(Int.max)], [.text("x"), .text("y"), .int(Int.min)]]
        let rendered = RenderedRows.render(rows: rows, safeCSV: true)
        let layout = try #require(rendered.tableLayout())
        #expect(layout.rowCounts == [4])
        #expect(String(decoding: rendered.bytes[layout.csv[0]], as: UTF8.self)
            == ",\"a,\"\"b\"\"\n\",0\né,'=1+1,-1\nx,y,\(Int.max)\nx,y,\(Int.min)\n")
        #expect(Self.cells(rendered, from: layout.cells, count: 12) == rows.flatMap(Self.expected))
    }

    /// Every truncation and many single-byte changes of real renderings: the reader answers
    /// nil or a value, and never reads past the buffer (a trap would end the test run).
    @Test func damagedRenderingsAreReadSafely() {
        var refused = 0
        for record in SpoolCodecTests.records.prefix(4) {
            let whole = RenderedRows.render(record, safeCSV: true).bytes
            var damaged: [[UInt8]] = (0..<whole.count).map { Array(whole[..<$0]) }
            for index in stride(from: 0, to: whole.count, by: max(1, whole.count / 300)) {
                var copy = whole
                copy[index] ^= 0xFF
                damaged.append(copy)
            }
            for bytes in damaged {
                let rendered = RenderedRows(bytes: bytes)
                guard let layout = rendered.recordLayout() else { refused += 1; continue }
                let count = RenderedRows.tables.enumerated().reduce(0) { $0 + $1.element.columns.count * layout.rowCounts[$1.offset] }
                if Self.cells(rendered, from: layout.cells, count: count) == nil { refused += 1 }
            }
        }
        #expect(refused > 1000)
    }

    @Test(arguments: [false, true])
    func writerRefusesADamagedRendering(concurrent: Bool) {
        let directory = Support.temporaryDirectory("write-damaged")
        let good = RenderedRows.render(SpoolCodecTests.records[0], safeCSV: true)
        var served = 0
        do {
            try DatasetWriter(directory: directory.path, safeCSV: true).write(nearDuplicates: [], concurrent: concurrent) {
                () throws(PantauError) -> RenderedRows? in
                served += 1
                switch served {
                case 1: return good
                case 2: return RenderedRows(bytes: Array(good.bytes.prefix(good.bytes.count - 3)))
                default: return nil
                }
            }
            Issue.record("a damaged rendering was written")
        } catch {
            #expect(error.description.contains("damaged"), "\(error.description)")
        }
    }
}
