import Foundation

/// Turns the many ways pages write a date into ISO 8601 with an offset where one is known.
///
/// Accepts ISO 8601 itself, Indonesian date lines: "Senin, 4 Maret 2024 | 09:15 WIB",
/// "4 Mar 2024, 09:15:00 WIB", "04/03/2024, 09:15 WIB", with WIB/WITA/WIT as offsets, and a
/// feed's RFC 822 dates: "Tue, 01 Oct 2024 15:27:00 +0700" (numeric or named zones).
public struct DateNormalizer: Sendable {
    public var months: [String: Int]
    public var zones: [String: String]
    /// The offset of a spoken date line that names no zone (see dates.tsv).
    public var defaultZone = ""
    /// Words that label a line's date as the publication date ("Tanggal", "Diterbitkan").
    public var publicationLabels: [String] = []

    public init(months: [String: Int], zones: [String: String]) {
        self.months = months
        self.zones = zones
    }

    public init(data: DataFile) throws(PantauError) {
        var months: [String: Int] = [:]
        var zones: [String: String] = [:]
        var defaultZone = ""
        var labels: [String] = []
        for (line, row) in data.numberedRows {
            guard row.count >= 3 else { throw .dataFileMalformed(file: data.name, line: line, reason: "expected kind, word, value") }
            switch row[0] {
            case "month":
                guard let month = Int(row[2]), (1...12).contains(month) else {
                    throw .dataFileMalformed(file: data.name, line: line, reason: "month value must be 1-12")
                }
                months[row[1].lowercased()] = month
            case "zone": zones[row[1].lowercased()] = row[2]
            case "default": defaultZone = row[2]
            case "label": labels.append(row[1].lowercased())
            default: throw .dataFileMalformed(file: data.name, line: line, reason: "unknown kind '\(row[0])'")
            }
        }
        self.init(months: months, zones: zones)
        self.defaultZone = defaultZone
        self.publicationLabels = labels
    }

    /// The date of a line labelled as the publication date ("Tanggal : 28 Oktober 2024"),
    /// with or without a time.
    public func labelledDate(_ line: String) -> String? {
        guard !publicationLabels.isEmpty, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let lowered = line.lowercased().trimmingCharacters(in: .whitespaces)
        for label in publicationLabels where lowered.hasPrefix(label) {
            let rest = lowered.dropFirst(label.count)
            guard rest.first == " " || rest.first == ":" else { continue }
            return normalize(String(rest.drop { $0 == " " || $0 == ":" }))
        }
        return nil
    }

    public func normalize(_ raw: String) -> String? {
        // Every form has a year: most lines a cleaner asks about have no digit at all.
        guard raw.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let text = Whitespace.collapse(raw)
        guard !text.isEmpty else { return nil }
        if let iso = isoForm(text) { return iso }
        return spokenForm(text)
    }

    /// "2024-03-04", "2024-03-04T09:15:00+07:00", "2024-03-04 09:15:00", "...Z".
    private func isoForm(_ text: String) -> String? {
        let chars = Array(text.utf8)
        guard chars.count >= 10, chars[4] == 0x2D, chars[7] == 0x2D,
              let year = Int(String(decoding: chars[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: chars[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: chars[8..<10], as: UTF8.self)),
              valid(year, month, day) else { return nil }
        let date = Self.isoDate(year, month, day)
        guard chars.count >= 16, chars[10] == 0x54 || chars[10] == 0x20 else { return date }
        let rest = String(decoding: chars[11...], as: UTF8.self)
        let timeEnd = rest.firstIndex(where: { !($0.isNumber || $0 == ":" || $0 == ".") }) ?? rest.endIndex
        let timeParts = rest[..<timeEnd].split(separator: ":")
        guard timeParts.count >= 2, let hour = Int(timeParts[0]), let minute = Int(timeParts[1]) else { return date }
        let second = timeParts.count > 2 ? Int(Double(timeParts[2]) ?? 0) : 0
        var zone = String(rest[timeEnd...]).trimmingCharacters(in: .whitespaces)
        if zone == "Z" { zone = "+00:00" }
        if zone.count == 5, zone.first == "+" || zone.first == "-" { zone.insert(":", at: zone.index(zone.startIndex, offsetBy: 3)) }
        if let named = zones[zone.lowercased()] { zone = named }
        let offset = zone.count == 6 && (zone.first == "+" || zone.first == "-") ? zone : ""
        return date + Self.isoTime(hour, minute, second) + offset
    }

    /// "Senin, 4 Maret 2024 | 09:15 WIB", "04/03/2024, 09:15 WIB", "10 Jul 2024, 10:24:45 WIB".
    private func spokenForm(_ text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { " ,|".contains($0) }).map(String.init)
        var day: Int?, month: Int?, year: Int?, time: (Int, Int, Int)?, zone = ""
        var i = 0
        while i < words.count {
            // A numeric zone ("+0700" in a feed's RFC 822 pubDate), before dashes are trimmed.
            if let offset = Self.numericOffset(words[i]) {
                zone = offset
                i += 1
                continue
            }
            let word = Self.trimDotsAndDashes(words[i])
            if let m = months[word], let d = day, month == nil, i + 1 < words.count, let y = Int(words[i + 1]), y > 1900 {
                _ = d
                month = m
                year = y
                i += 2
                continue
            }
            var slashParts = word.split(separator: "/")
            if slashParts.count != 3 { slashParts = word.split(separator: "-") }
            if slashParts.count == 3, let d = Int(slashParts[0]), let m = Int(slashParts[1]), let y = Int(slashParts[2]) {
                day = d; month = m; year = y < 100 ? 2000 + y : y
            } else if let d = Int(word), d >= 1, d <= 31, month == nil {
                day = d
            } else if word.contains(":") {
                let parts = word.split(separator: ":").compactMap { Int($0) }
                // The first time wins: "00:01 Diperbarui: ... 00:03" is published, then updated.
                if parts.count >= 2 && time == nil { time = (parts[0], parts[1], parts.count > 2 ? parts[2] : 0) }
            } else if let z = zones[word] {
                zone = z
            }
            i += 1
        }
        guard let d = day, let m = month, let y = year, valid(y, m, d) else { return nil }
        var result = Self.isoDate(y, m, d)
        if let (h, mi, s) = time, h < 24, mi < 60, s < 60 {
            result += Self.isoTime(h, mi, s) + (zone.isEmpty ? defaultZone : zone)
        }
        return result
    }

    /// "+0700", "-0500" or "+07:00" as "+07:00"; nil for anything else.
    static func numericOffset(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        guard bytes.count == 5 || bytes.count == 6, bytes[0] == 0x2B || bytes[0] == 0x2D else { return nil }
        let digits = bytes.count == 6 ? [bytes[1], bytes[2], bytes[4], bytes[5]] : Array(bytes[1...4])
        guard bytes.count == 5 || bytes[3] == 0x3A, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let hours = Int(String(decoding: digits[0...1], as: UTF8.self)), hours <= 14,
              let minutes = Int(String(decoding: digits[2...3], as: UTF8.self)), minutes < 60 else { return nil }
        return String(decoding: [bytes[0]] + digits[0...1], as: UTF8.self) + ":" + String(decoding: digits[2...3], as: UTF8.self)
    }

    // Formatting by hand: Foundation's String(format:) costs more than the rest of a date line.
    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String { padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2) }

    private static func isoTime(_ h: Int, _ m: Int, _ s: Int) -> String { "T" + padded(h, 2) + ":" + padded(m, 2) + ":" + padded(s, 2) }

    private static func trimDotsAndDashes(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.first == 0x2E || utf8.first == 0x2D || utf8.last == 0x2E || utf8.last == 0x2D else { return word }
        return String(word.drop { $0 == "." || $0 == "-" }.reversed().drop { $0 == "." || $0 == "-" }.reversed())
    }

    private func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { y >= 1990 && y <= 2100 && (1...12).contains(m) && (1...31).contains(d) }
}
