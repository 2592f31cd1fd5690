import Foundation
import Testing
@testable import Pantau

@Suite struct DiffTests {
    /// Two real runs: the second after one document changed, one was added and one removed.
    static func twoDatasets() async throws -> (URL, URL) {
        let input = Support.temporaryDirectory("diff-in")
        let pages = [
            "a.html": "<html><body><article><p>Ketua Bawaslu Kabupaten Sikka meminta ASN menjaga netralitas selama Pilkada 2024 di daerah itu.</p></article></body></html>",
            "b.html": "<html><body><article><p>Bupati Bekasi mengingatkan kepala desa agar tidak berkampanye untuk calon mana pun tahun ini.</p></article></body></html>",
            "c.html": "<html><body><article><p>Pemprov Jateng membuka posko pengaduan netralitas ASN di seluruh kabupaten dan kota.</p></article></body></html>",
        ]
        for (name, page) in pages { try Data(page.utf8).write(to: input.appendingPathComponent(name)) }
        let old = Support.temporaryDirectory("diff-old"), new = Support.temporaryDirectory("diff-new")
        _ = try await Pipeline(knowledge: Support.knowledge).run(RunOptions(input: input.path, output: old.path))
        try Data("<html><body><article><p>Bupati Bekasi mengingatkan kepala desa di Kota Bekasi agar tidak berkampanye untuk calon mana pun.</p></article></body></html>".utf8)
            .write(to: input.appendingPathComponent("b.html"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("c.html"))
        try Data("<html><body><article><p>Wali Kota Kupang meminta seluruh ASN Pemkot Kupang netral dalam Pilkada serentak.</p></article></body></html>".utf8)
            .write(to: input.appendingPathComponent("d.html"))
        _ = try await Pipeline(knowledge: Support.knowledge).run(RunOptions(input: input.path, output: new.path))
        return (old, new)
    }

    @Test func equalDatasets() async throws {
        let (old, _) = try await Self.twoDatasets()
        var changes: [RecordChange] = []
        let summary = try DatasetDiff(old: old.path, new: old.path).run { changes.append($0) }
        #expect(summary.isEqual)
        #expect(changes.isEmpty)
    }

    /// A dataset written before claims.csv had `field`: the shared columns are compared, the
    /// missing one is named, and unchanged claims are no changes.
    @Test func aColumnOneVersionLacksIsNamedAndLeftOut() async throws {
        let (old, _) = try await Self.twoDatasets()
        let older = Support.temporaryDirectory("diff-older")
        for file in try FileManager.default.contentsOfDirectory(atPath: old.path) {
            try FileManager.default.copyItem(at: old.appendingPathComponent(file), to: older.appendingPathComponent(file))
        }
        let claimsPath = older.appendingPathComponent("claims.csv")
        let rows = try CSVReader(path: claimsPath.path)
        var header: [String] = []
        var lines: [[String]] = []
        while let row = rows.next() { if header.isEmpty { header = row } else { lines.append(row) } }
        let field = try #require(header.firstIndex(of: "field"))
        #expect(!lines.isEmpty)
        var writer = CSVWriter(header: header.enumerated().filter { $0.offset != field }.map(\.element), safe: false)
        for line in lines { writer.appendRow(line.enumerated().filter { $0.offset != field }.map(\.element)) }
        try Data(writer.bytes).write(to: claimsPath)
        var changes: [RecordChange] = []
        let summary = try DatasetDiff(old: older.path, new: old.path).run { changes.append($0) }
        #expect(summary.columns == [DiffSummary.ColumnChange(table: "claims", onlyOld: [], onlyNew: ["field"])])
        #expect(changes.isEmpty, "\(changes)")
        #expect(!summary.isEqual)
    }

    @Test func addedRemovedChanged() async throws {
        let (old, new) = try await Self.twoDatasets()
        var changes: [RecordChange] = []
        let summary = try DatasetDiff(old: old.path, new: new.path).run { changes.append($0) }
        let documents = try #require(summary.tables.first { $0.name == "documents" }?.counts)
        #expect(documents.added == 1)
        #expect(documents.removed == 1)
        #expect(documents.changed == 1)
        let changed = try #require(changes.first { $0.table == "documents" && $0.kind == .changed })
        #expect(changed.key == StableIDs.document(url: "", source: "b.html"))
        #expect(Set(changed.fields.map(\.name)).isSuperset(of: ["chars", "content_sha256"]))
        // The new region in b.html shows up in the regions table.
        #expect(changes.contains { $0.table == "regions" && $0.kind == .added && $0.key.hasPrefix(changed.key) })
    }

    @Test func commandExitsAndFormats() async throws {
        let (old, new) = try await Self.twoDatasets()
        let same = try PantauBinary.run(["diff", old.path, old.path])
        #expect(same.status == 0)
        #expect(same.stdout.contains("datasets are equal"))
        let text = try PantauBinary.run(["diff", old.path, new.path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("documents: 1 added, 1 removed, 1 changed"))
        let csv = try PantauBinary.run(["diff", old.path, new.path, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("table,change,key,field,old,new\n"))
        #expect(csv.stdout.contains("documents,changed,"))
        let json = try PantauBinary.run(["diff", old.path, new.path, "--format", "json"])
        for line in json.stdout.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
        let missing = try PantauBinary.run(["diff", old.path, "/nonexistent/dataset"])
        #expect(missing.status == 2)
    }

    @Test func csvReaderReadsWhatTheWriterWrote() throws {
        var writer = CSVWriter(header: ["a", "b"], safe: false)
        writer.appendRow(["multi\nline, with \"quotes\"", ""])
        writer.appendRow(["plain", "x"])
        let path = Support.temporaryDirectory("csv").appendingPathComponent("t.csv")
        try Data(writer.bytes).write(to: path)
        let reader = try CSVReader(path: path.path)
        #expect(reader.next() == ["a", "b"])
        #expect(reader.next() == ["multi\nline, with \"quotes\"", ""])
        #expect(reader.next() == ["plain", "x"])
        #expect(reader.next() == nil)
    }

    /// The edges of the reader's row-at-once scan: CRLF, empty lines and cells, a quote inside
    /// a cell, a last line without a line feed, rows across its 1 MiB reads.
    @Test func csvReaderEdges() throws {
        let long = String(repeating: "panjang ", count: 300_000)
        let many = (0..<40_000).map { "r\($0),\"x\"\"\($0)\"\"\",tail" }.joined(separator: "\n")
        let text = "a,b\r\n\n,\n\"q,\"\"1\"\"\",x\nab\"c,d\"e,f\n\"\(long)\nline\",2\n\(many)\nlast,\"open"
        let path = Support.temporaryDirectory("csv-edges").appendingPathComponent("t.csv")
        try Data(text.utf8).write(to: path)
        let reader = try CSVReader(path: path.path)
        #expect(reader.next() == ["a", "b"])
        #expect(reader.next() == [""])
        #expect(reader.next() == ["", ""])
        #expect(reader.next() == ["q,\"1\"", "x"])
        #expect(reader.next() == ["abc,de", "f"])
        #expect(reader.next() == [long + "\nline", "2"])
        for index in 0..<40_000 {
            let row = reader.next()
            if row != ["r\(index)", "x\"\(index)\"", "tail"] {
                Issue.record("row \(index): \(String(describing: row))")
                break
            }
        }
        #expect(reader.next() == ["last", "open"])
        #expect(reader.next() == nil)
    }
}
