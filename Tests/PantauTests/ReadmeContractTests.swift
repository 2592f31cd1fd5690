import Foundation
import Testing
@testable import Pantau

/// The README's data dictionary is the contract researchers read: it must list exactly the
/// columns the writers produce, in order.
@Suite struct ReadmeContractTests {
    /// Column names of the table under the "### <file>" heading, in order.
    static func documentedColumns(_ file: String) throws -> [String] {
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let heading = readme.range(of: "### \(file)\n") else { return [] }
        var columns: [String] = []
        var inTable = false
        for line in readme[heading.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### ") || line.hasPrefix("## ") { break }
            guard line.hasPrefix("|") else { if inTable { break } else { continue } }
            inTable = true
            let cell = line.dropFirst().split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if cell == "column" || cell.hasPrefix("---") { continue }
            // "start, end" documents two columns in one row.
            columns.append(contentsOf: cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return columns
    }

    @Test(arguments: [("documents.csv", DatasetSchema.documents), ("officials.csv", DatasetSchema.officials),
                      ("regions.csv", DatasetSchema.regions), ("claims.csv", DatasetSchema.claims),
                      ("near_duplicates.csv", DatasetWriter.nearDuplicates)])
    func dictionaryMatchesTheWriters(_ file: String, _ table: DatasetSchema.Table) throws {
        #expect(try Self.documentedColumns(file) == table.columns)
    }

    /// The status list lives in `DocumentStatus`; the data dictionary's status row names each.
    @Test func everyStatusIsDocumented() throws {
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let row = try #require(readme.split(separator: "\n").first { $0.hasPrefix("| status |") })
        for status in DocumentStatus.allCases {
            #expect(row.contains("`\(status.rawValue)`"), "README's status row does not explain \(status.rawValue)")
        }
    }

    @Test func everyOutputFileIsDocumented() throws {
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for file in DatasetWriter.files {
            #expect(readme.contains("### \(file)"), "README has no section for \(file)")
        }
    }

    @Test func everyDataFileIsDocumented() throws {
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for file in Support.knowledge.files {
            #expect(readme.contains(file.name), "README does not mention data file \(file.name)")
        }
    }
}
