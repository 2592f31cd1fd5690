import Foundation
import Testing
@testable import Pantau

/// datapackage.json as written: its shape, its value lists taken from the code, its keys naming
/// real fields. `make test-datapackage` checks the same file with the Frictionless validator
/// and pandas (scripts/check_datapackage.py).
@Suite struct DataPackageTests {
    static func package() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(DataPackage.json())) as? [String: Any])
    }

    static func resources() throws -> [[String: Any]] {
        try #require(try package()["resources"] as? [[String: Any]])
    }

    static func schema(_ resource: [String: Any]) throws -> [String: Any] {
        try #require(resource["schema"] as? [String: Any])
    }

    static func fields(_ resource: [String: Any]) throws -> [[String: Any]] {
        try #require(try schema(resource)["fields"] as? [[String: Any]])
    }

    static func field(_ table: String, _ name: String) throws -> [String: Any] {
        let resource = try #require(try resources().first { $0["name"] as? String == table })
        return try #require(try fields(resource).first { $0["name"] as? String == name })
    }

    static func constraints(_ table: String, _ name: String) throws -> [String: Any] {
        try field(table, name)["constraints"] as? [String: Any] ?? [:]
    }

    @Test func oneResourcePerCSVWithItsColumnsInOrder() throws {
        let package = try Self.package()
        #expect(package["profile"] as? String == "tabular-data-package")
        let resources = try Self.resources()
        let csvs = DatasetWriter.files.filter { $0.hasSuffix(".csv") }
        #expect(resources.compactMap { $0["path"] as? String } == csvs)
        for resource in resources {
            let name = try #require(resource["name"] as? String)
            let table = try #require(DataDictionary.tables.first { $0.name == name })
            #expect(try Self.fields(resource).compactMap { $0["name"] as? String } == table.schema.columns)
            #expect(resource["profile"] as? String == "tabular-data-resource")
            #expect(resource["encoding"] as? String == "utf-8")
            for field in try Self.fields(resource) {
                #expect(["string", "integer"].contains(field["type"] as? String ?? ""), "\(name).\(field["name"] ?? "")")
                #expect(!(field["description"] as? String ?? "").isEmpty, "\(name).\(field["name"] ?? "") has no description")
            }
        }
    }

    /// Descriptions are the README's words, from the same DataDictionary entry.
    @Test func descriptionsAreTheDictionarysMeanings() throws {
        #expect(try Self.field("claims", "speaker")["description"] as? String == DataDictionary.claims.meaning(of: "speaker"))
        #expect(try Self.field("officials", "end")["description"] as? String == "the first mention's span")
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let status = try #require(try Self.field("documents", "status")["description"] as? String)
        #expect(readme.contains("| status | \(status) |"))
    }

    /// Value lists come from the code's enums, so a status added there flows into the package.
    @Test func enumsComeFromTheCode() throws {
        #expect(try Self.constraints("documents", "status")["enum"] as? [String] == DocumentStatus.allCases.map(\.rawValue))
        #expect(try Self.constraints("claims", "type")["enum"] as? [String] == ClaimType.allCases.map(\.rawValue))
        #expect(try Self.constraints("claims", "attribution")["enum"] as? [String] == ["direct", "indirect", "none"])
        #expect(try Self.constraints("regions", "level")["enum"] as? [String] == Region.Level.allCases.map(\.rawValue))
        #expect(try Self.constraints("documents", "status")["required"] as? Bool == true)
        #expect(try Self.constraints("near_duplicates", "distance")["maximum"] as? Int == RunIndex.nearDuplicateDistance)
    }

    /// The patterns accept what Pantau writes and refuse what it never does.
    @Test func patternsMatchTheData() throws {
        func matches(_ pattern: String, _ value: String) -> Bool {
            value.range(of: pattern, options: .regularExpression) != nil
        }
        let region = try #require(try Self.constraints("regions", "region_code")["pattern"] as? String)
        for code in Support.knowledge.gazetteer.regions.map(\.code) { #expect(matches(region, code), "\(code)") }
        for bad in ["3", "33.1", "33.01.1", "33-01", "33.01.01.2001", " 33"] { #expect(!matches(region, bad), "\(bad)") }
        let published = try #require(try Self.constraints("documents", "published")["pattern"] as? String)
        for good in ["2024-10-12", "2024-10-12T09:30:00", "2024-10-12T09:30:00+07:00", "2024-10-12T02:30:00Z"] {
            #expect(matches(published, good), "\(good)")
        }
        for bad in ["12 Oktober 2024", "2024-10-12 09:30", "2024-10-12T09:30:00 WIB"] { #expect(!matches(published, bad), "\(bad)") }
        let labels = try #require(try Self.constraints("claims", "labels")["pattern"] as? String)
        #expect(matches(labels, "sanction;violation;norm") && matches(labels, "risk") && !matches(labels, "risk;") && !matches(labels, "rumour"))
        let ids = [("documents", "doc_id", StableIDs.document(url: "https://example.id/a", source: "a.html")),
                   ("claims", "claim_id", StableIDs.claims(docID: "d0123456789abcdef", texts: ["ASN wajib netral."])[0])]
        for (table, field, id) in ids {
            #expect(matches(try #require(try Self.constraints(table, field)["pattern"] as? String), id), "\(table).\(field) \(id)")
        }
    }

    /// Keys name fields that exist; foreign keys point at resources that exist.
    @Test func keysNameRealFields() throws {
        let resources = try Self.resources()
        var fieldsByResource: [String: [String]] = [:]
        for resource in resources {
            fieldsByResource[try #require(resource["name"] as? String)] = try Self.fields(resource).compactMap { $0["name"] as? String }
        }
        for resource in resources {
            let name = try #require(resource["name"] as? String)
            let schema = try Self.schema(resource)
            let primary = try #require(schema["primaryKey"] as? [String])
            #expect(!primary.isEmpty && Set(primary).isSubset(of: fieldsByResource[name] ?? []), "\(name) primary key \(primary)")
            for foreign in schema["foreignKeys"] as? [[String: Any]] ?? [] {
                let fields = try #require(foreign["fields"] as? [String])
                let reference = try #require(foreign["reference"] as? [String: Any])
                let target = try #require(reference["resource"] as? String)
                let targetFields = try #require(reference["fields"] as? [String])
                #expect(Set(fields).isSubset(of: fieldsByResource[name] ?? []), "\(name) \(fields)")
                #expect(Set(targetFields).isSubset(of: fieldsByResource[target] ?? []), "\(target) \(targetFields)")
                #expect(fields.count == targetFields.count)
            }
        }
        let claims = try #require(resources.first { $0["name"] as? String == "claims" })
        let claimKeys = try #require(try Self.schema(claims)["foreignKeys"] as? [[String: Any]])
        #expect(claimKeys.contains { ($0["fields"] as? [String]) == ["speaker_official_id"] })
    }

    /// The same version writes the same bytes: no dates or counts in it.
    @Test func packageIsStable() {
        #expect(DataPackage.json() == DataPackage.json())
        #expect(DataPackage.json().last == 0x0A)
    }

    /// The indenting keeps strings as they are, brackets and colons inside them included.
    @Test func indentingKeepsTheJSON() throws {
        var writer = JSONObjectWriter()
        writer.string("a", "x: {y}, [z] \"q\" \\")
        writer.array("b", [])
        writer.raw("c", Array("{}".utf8))
        writer.strings("d", ["1", "2"])
        let compact = writer.finished()
        let pretty = JSONPretty.indent(compact)
        let left = try JSONSerialization.jsonObject(with: Data(compact)) as? NSDictionary
        let right = try JSONSerialization.jsonObject(with: Data(pretty)) as? NSDictionary
        #expect(left == right && left != nil)
        #expect(String(decoding: pretty, as: UTF8.self).contains("\n  \"d\": [\n    \"1\",\n    \"2\"\n  ]\n}"))
    }
}
