/// Cleans text that a scraper already pulled out of a page, line by line.
///
/// Scrapes keep page furniture (widgets, profile lines, disclaimers, pagination). A line is
/// body text when it reads as prose; headings survive when they sit between body paragraphs.
/// The headline is the short line just above the byline or date line; "Oleh : X" style lines
/// and blog profile lines give the author.
struct TextScrapeCleaner {
    let rules: CleanRules
    let dates: DateNormalizer

    func clean(_ text: String) -> (text: String, metadata: DocumentMetadata) {
        let lines = Self.unwrap(text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { Whitespace.collapse(String(decoding: $0, as: UTF8.self)) })
        var metadata = DocumentMetadata()
        var isBody = [Bool](repeating: false, count: lines.count)
        for (i, line) in lines.enumerated() where !line.isEmpty && !rules.isFurniture(line) {
            isBody[i] = Self.isProse(line)
        }
        var firstBody = isBody.firstIndex(of: true) ?? lines.count
        var dateOrByline: Int?
        let top = Self.topLines(lines, count: 16)
        for (i, line) in lines.enumerated() where !line.isEmpty {
            if metadata.author.isEmpty, let author = rules.byline(line, months: dates.months) {
                metadata.author = author
                if i < top { dateOrByline = dateOrByline ?? i }
            } else if metadata.author.isEmpty, let author = rules.profileName(line) {
                metadata.author = author
            }
            if metadata.published.isEmpty, line.count < 100, let date = dates.normalize(line), date.contains("T") {
                metadata.published = date
                if i < top { dateOrByline = dateOrByline ?? i }
            }
        }
        let title = headline(lines, before: dateOrByline ?? firstBody)
        metadata.title = title.map { lines[$0] } ?? ""
        // Nothing above the headline is the article: profile boxes and blurbs sit there.
        if let title, dateOrByline != nil {
            for i in 0...title { isBody[i] = false }
            firstBody = isBody.firstIndex(of: true) ?? lines.count
        }
        // Headings between body paragraphs stay.
        if let lastBody = isBody.lastIndex(of: true), firstBody < lastBody {
            for i in firstBody..<lastBody where !isBody[i] && !lines[i].isEmpty && !rules.isFurniture(lines[i]) {
                let words = lines[i].split(separator: " ").count
                if words >= 2 && words <= 16 && !lines[i].hasSuffix(":") { isBody[i] = true }
            }
        }
        // A scraper's markdown heading ("# Dampak ...") opens the body when prose follows it.
        for i in lines.indices where !isBody[i] && lines[i].hasPrefix("# ") {
            if let next = lines[(i + 1)...].firstIndex(where: { !$0.isEmpty }), isBody[next] { isBody[i] = true }
        }
        var paragraphs: [String] = []
        for (i, line) in lines.enumerated() where isBody[i] {
            paragraphs.append(line.hasPrefix("# ") ? String(line.dropFirst(2)) : line)
        }
        return (paragraphs.joined(separator: "\n\n"), metadata)
    }

    /// The nearest headline-shaped line above `limit` (the byline or date line, else the body).
    private func headline(_ lines: [String], before limit: Int) -> Int? {
        for i in stride(from: min(limit, lines.count) - 1, through: 0, by: -1) where isHeadline(lines[i]) { return i }
        return nil
    }

    /// The index just past the first `count` non-empty lines: where a page header can be.
    static func topLines(_ lines: [String], count: Int) -> Int {
        var seen = 0
        for (i, line) in lines.enumerated() where !line.isEmpty {
            seen += 1
            if seen > count { return i }
        }
        return lines.count
    }

    private func isHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 3 && words <= 25, let last = line.last, last != "." && last != ":" else { return false }
        return !rules.isFurniture(line) && rules.byline(line, months: dates.months) == nil && dates.normalize(line) == nil
    }

    /// Joins hard-wrapped lines: a line that ends mid-sentence, followed by one that starts in
    /// lower case, is the same paragraph.
    static func unwrap(_ lines: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(lines.count)
        for line in lines {
            if let previous = result.last, !previous.isEmpty, let first = line.first, first.isLowercase,
               let end = previous.last, !".!?:\"”)".contains(end) {
                result[result.count - 1] = previous + " " + line
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// A line that reads as a sentence or more of prose.
    static func isProse(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard let last = line.last else { return false }
        let endsLikeSentence = ".!?\"”'’)*".contains(last)
        return words >= 15 || (words >= 5 && endsLikeSentence)
    }
}
