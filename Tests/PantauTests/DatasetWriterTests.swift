import Foundation
import Testing
@testable import Pantau

/// The dataset write on one thread and split over two (runs with --jobs > 1) must give the
/// same bytes, and an error on either side must surface instead of hanging or half-writing.
@Suite struct DatasetWriterTests {
    static let files = ["documents.csv", "officials.csv", "regions.csv", "claims.csv", "near_duplicates.csv", "documents.jsonl",
                        "pantau.sqlite"]

    func write(_ records: [DocumentRecord], concurrent: Bool, into directory: URL) throws(PantauError) {
        var position = 0
        let pairs = [NearDuplicate(docID: "d2", nearDuplicateOf: "d1", distance: 2)]
        try DatasetWriter(directory: directory.path, safeCSV: true).write(nearDuplicates: pairs, concurrent: concurrent) {
            () throws(PantauError) -> DocumentRecord? in
            guard position < records.count else { return nil }
            defer { position += 1 }
            return records[position]
        }
    }

    @Test func concurrentWriteGivesTheSameBytes() throws {
        // Many records, so that the hand-off queue fills and drains several times.
        let records = (0..<15).flatMap { round in SpoolCodecTests.records.map { $0.reassigned(docID: $0.docID + "-\(round)") } }
        let serial = Support.temporaryDirectory("write-serial"), concurrent = Support.temporaryDirectory("write-concurrent")
        try write(records, concurrent: false, into: serial)
        try write(records, concurrent: true, into: concurrent)
        for file in Self.files {
            let a = try Data(contentsOf: serial.appendingPathComponent(file)), b = try Data(contentsOf: concurrent.appendingPathComponent(file))
            #expect(a == b && !a.isEmpty, "\(file)")
        }
        let lines = try String(contentsOf: concurrent.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == records.count)
    }

    @Test(arguments: [false, true])
    func writerFailureSurfaces(concurrent: Bool) {
        let missing = Support.temporaryDirectory("write-missing").appendingPathComponent("no/such/folder")
        #expect(throws: PantauError.self) { try write(SpoolCodecTests.records, concurrent: concurrent, into: missing) }
    }

    @Test(arguments: [false, true])
    func readerFailureSurfaces(concurrent: Bool) {
        let directory = Support.temporaryDirectory("write-reader")
        var served = 0
        #expect(throws: PantauError.inputUnreadable(path: "spool", reason: "broken")) {
            try DatasetWriter(directory: directory.path, safeCSV: true).write(nearDuplicates: [], concurrent: concurrent) {
                () throws(PantauError) -> DocumentRecord? in
                served += 1
                if served > 300 { throw .inputUnreadable(path: "spool", reason: "broken") }
                return SpoolCodecTests.records[served % SpoolCodecTests.records.count].reassigned(docID: "d\(served)")
            }
        }
    }
}
