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

    /// The README's table under "### <file>", line for line as written.
    static func documentedTable(_ file: String) throws -> String {
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let heading = readme.range(of: "### \(file)\n") else { return "" }
        var lines: [Substring] = []
        for line in readme[heading.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { break }
            if line.hasPrefix("|") { lines.append(line) } else if !lines.isEmpty { break }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The data dictionary has one source, DataDictionary, which also writes datapackage.json:
    /// the README's tables must be exactly what it generates.
    @Test(arguments: DataDictionary.tables.map(\.name))
    func readmeTablesAreGenerated(_ name: String) throws {
        let table = try #require(DataDictionary.tables.first { $0.name == name })
        let generated = DataDictionary.markdown(table)
        #expect(try Self.documentedTable(name + ".csv") == generated,
                "README's table under ### \(name).csv is not DataDictionary's (Sources/Pantau/Output/DataDictionary.swift); it should read:\n\(generated)")
    }

    @Test func dictionaryHasEveryColumnOfTheWriters() {
        for table in DataDictionary.tables {
            #expect(table.fields.map(\.name) == table.schema.columns, "\(table.name)")
        }
        #expect(DataDictionary.tables.map(\.schema.columns) == (RenderedRows.tables + [DatasetWriter.nearDuplicates]).map(\.columns))
    }

    /// A status added to the code needs its meaning in the dictionary, or the README and
    /// datapackage.json would list it without saying what it means.
    @Test func everyStatusHasAMeaning() {
        for status in DocumentStatus.allCases where status != .ok {
            #expect(DataDictionary.statusMeanings[status.rawValue] != nil, "DataDictionary.statusMeanings lacks \(status.rawValue)")
        }
        #expect(Set(DataDictionary.statusMeanings.keys).isSubset(of: Set(DocumentStatus.allCases.map(\.rawValue))))
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
