/// How `pantau diff` prints a change: text for people, CSV and JSON lines for programs.
public enum DiffFormat {
    public static func text(_ change: RecordChange) -> String {
        let mark: String
        switch change.kind {
        case .added: mark = "+"
        case .removed: mark = "-"
        case .changed: mark = "~"
        }
        var line = "\(mark) \(change.table) \(change.key)\n"
        for field in change.fields {
            line += "    \(field.name): \(shorten(field.old)) → \(shorten(field.new))\n"
        }
        return line
    }

    public static func csv(_ change: RecordChange) -> String {
        var writer = CSVWriter(header: [], safe: true)
        _ = writer.take()
        if change.fields.isEmpty {
            writer.appendRow([change.table, change.kind.rawValue, change.key, "", "", ""])
        }
        for field in change.fields {
            writer.appendRow([change.table, change.kind.rawValue, change.key, field.name, field.old, field.new])
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    public static func json(_ change: RecordChange) -> String {
        var writer = JSONObjectWriter()
        writer.string("table", change.table)
        writer.string("change", change.kind.rawValue)
        writer.string("key", change.key)
        writer.array("fields", change.fields.map { field in
            var object = JSONObjectWriter()
            object.string("name", field.name)
            object.string("old", field.old)
            object.string("new", field.new)
            return object.finished()
        })
        return String(decoding: writer.finished(), as: UTF8.self) + "\n"
    }

    static func shorten(_ value: String) -> String {
        let flat = value.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 80 ? String(flat.prefix(77)) + "..." : "\"\(flat)\""
    }
}
