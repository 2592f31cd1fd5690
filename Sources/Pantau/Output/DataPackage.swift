/// datapackage.json: the dataset's CSVs as a Frictionless Tabular Data Package (Data Package and
/// Table Schema v1), written from `DataDictionary`: one resource per CSV with every field's type,
/// description and constraints, the primary keys and the foreign keys.
///
/// It holds no counts, hashes or dates, so the same Pantau version writes the same bytes.
public enum DataPackage {
    public static let fileName = "datapackage.json"

    public static func json() -> [UInt8] {
        var package = JSONObjectWriter()
        package.string("profile", "tabular-data-package")
        package.string("name", "pantau-dataset")
        package.string("title", "Pantau: political neutrality of civil servants (ASN) in the 2024 Pilkada")
        package.string("description",
                       "Documents, the officials they name, the regions they mention and the neutrality claims they make, "
                       + "extracted by Pantau from Indonesian news, blogs and government press releases. "
                       + "Columns are described in the README's data dictionary, from which this file is generated.")
        package.array("resources", DataDictionary.tables.map(resource))
        return JSONPretty.indent(package.finished()) + [0x0A]
    }

    static func resource(_ table: DataDictionary.Table) -> [UInt8] {
        var resource = JSONObjectWriter()
        resource.string("name", table.name)
        resource.string("path", table.name + ".csv")
        resource.string("profile", "tabular-data-resource")
        resource.string("description", table.rowMeaning)
        resource.string("format", "csv")
        resource.string("mediatype", "text/csv")
        resource.string("encoding", "utf-8")
        // The CSV dialect is the specification's default (comma, double quotes, a header row).
        var schema = JSONObjectWriter()
        schema.array("fields", table.entries.flatMap { entry in entry.fields.map { field(field: $0, meaning: entry.meaning) } })
        // An empty cell is a missing value: no text, no region, no speaker.
        schema.strings("missingValues", [""])
        schema.strings("primaryKey", table.primaryKey)
        if !table.foreignKeys.isEmpty {
            schema.array("foreignKeys", table.foreignKeys.map { key in
                var reference = JSONObjectWriter()
                reference.string("resource", key.resource)
                reference.strings("fields", key.referencedFields)
                var foreign = JSONObjectWriter()
                foreign.strings("fields", key.fields)
                foreign.raw("reference", reference.finished())
                return foreign.finished()
            })
        }
        resource.raw("schema", schema.finished())
        return resource.finished()
    }

    static func field(field: DataDictionary.Field, meaning: String) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("name", field.name)
        writer.string("type", field.type.rawValue)
        writer.string("description", meaning)
        var constraints = JSONObjectWriter()
        var any = false
        if field.required { constraints.raw("required", Array("true".utf8)); any = true }
        if let values = field.values { constraints.strings("enum", values); any = true }
        if let pattern = field.pattern { constraints.string("pattern", pattern); any = true }
        if let minimum = field.minimum { constraints.int("minimum", minimum); any = true }
        if let maximum = field.maximum { constraints.int("maximum", maximum); any = true }
        if any { writer.raw("constraints", constraints.finished()) }
        return writer.finished()
    }
}

/// Indents compact JSON (as `JSONObjectWriter` writes it) two spaces a level, for people who
/// open datapackage.json; keys keep their order, strings are copied as they are.
enum JSONPretty {
    static func indent(_ compact: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count * 2)
        var depth = 0
        var inString = false, escaped = false
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        var index = 0
        while index < compact.count {
            let byte = compact[index]
            defer { index += 1 }
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22:
                inString = true
                out.append(byte)
            case 0x7B, 0x5B:
                out.append(byte)
                // An empty object or array stays on one line.
                if index + 1 < compact.count, compact[index + 1] == byte + 2 {
                    out.append(byte + 2)
                    index += 1
                } else {
                    depth += 1
                    newline()
                }
            case 0x7D, 0x5D:
                depth -= 1
                newline()
                out.append(byte)
            case 0x2C:
                out.append(byte)
                newline()
            case 0x3A:
                out.append(contentsOf: [0x3A, 0x20])
            default:
                out.append(byte)
            }
        }
        return out
    }
}
