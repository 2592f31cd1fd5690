/// Text for the report: HTML escaping, and numbers and dates in one style throughout.
///
/// The report's own words are English; the data (titles, names, sentences, region names) is
/// shown as the dataset has it, in Indonesian. Numbers use a comma between thousands
/// (`12,345`), shares one decimal (`12.5%`), dates ISO 8601 (`2024-10-12`, months `2024-10`),
/// so that an Indonesian and an English reader read them the same way.
enum HTMLText {
    /// Escapes text for an element's content or a quoted attribute: the data comes from the
    /// web, and a title with `<script>` in it must stay text.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link only for http and https addresses; anything else (`javascript:`, `data:`) is text.
    static func link(_ url: String, text: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return escape(text) }
        return "<a href=\"\(escape(url))\" rel=\"noopener noreferrer\">\(escape(text))</a>"
    }

    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// `54.3 s`, `2 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 60 {
            let tenths = Int((seconds * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) s"
        }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return "\(whole / 60) min \(pad(whole % 60)) s" }
        return "\(whole / 3600) h \(pad(whole % 3600 / 60)) min"
    }

    /// run.json's `2026-12-04T19:05:12.345Z` as `2026-12-04 19:05:12 UTC`.
    static func timestamp(_ iso: String) -> String {
        let bytes = Array(iso.utf8)
        guard bytes.count >= 19, bytes[10] == 0x54 else { return iso }
        let zone = bytes.last == 0x5A ? " UTC" : ""
        return String(decoding: bytes[0..<10], as: UTF8.self) + " " + String(decoding: bytes[11..<19], as: UTF8.self) + zone
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// At most `limit` characters, with an ellipsis when cut (for chart labels; tables show all).
    static func shortened(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }
}
