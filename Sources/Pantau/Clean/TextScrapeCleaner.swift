/// Cleans text that a scraper already pulled out of a page, line by line.
///
/// Scrapes keep page furniture (widgets, profile lines, disclaimers, pagination). A line is
/// body text when it reads as prose; headings survive when they sit between body paragraphs.
/// The first short line before the body is the headline; "Oleh : X" style lines give the author.
struct TextScrapeCleaner {
    let rules: CleanRules
    let dates: DateNormalizer

    func clean(_ text: String) -> (text: String, metadata: DocumentMetadata) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Whitespace.collapse(String($0)) }
        var metadata = DocumentMetadata()
        var isBody = [Bool](repeating: false, count: lines.count)
        for (i, line) in lines.enumerated() where !line.isEmpty && !rules.isFurniture(line) {
            isBody[i] = Self.isProse(line)
        }
        for line in lines where !line.isEmpty {
            if metadata.author.isEmpty, let author = Self.byline(line) { metadata.author = author }
            if metadata.published.isEmpty, line.count < 80, let date = dates.normalize(line), date.contains("T") { metadata.published = date }
        }
        // Headings between body paragraphs stay.
        if let firstBody = isBody.firstIndex(of: true), let lastBody = isBody.lastIndex(of: true) {
            for i in firstBody..<lastBody where !isBody[i] && !lines[i].isEmpty && !rules.isFurniture(lines[i]) {
                let words = lines[i].split(separator: " ").count
                if words >= 2 && words <= 16 && !lines[i].hasSuffix(":") { isBody[i] = true }
            }
            // The headline: the last short non-furniture line before the body, if any.
            for i in stride(from: firstBody - 1, through: 0, by: -1) {
                let line = lines[i]
                if line.isEmpty || rules.isFurniture(line) || Self.byline(line) != nil { continue }
                let words = line.split(separator: " ").count
                if words >= 3 && words <= 25 && dates.normalize(line) == nil { metadata.title = line }
                break
            }
        }
        var paragraphs: [String] = []
        for (i, line) in lines.enumerated() where isBody[i] {
            paragraphs.append(line.hasPrefix("# ") ? String(line.dropFirst(2)) : line)
        }
        return (paragraphs.joined(separator: "\n\n"), metadata)
    }

    /// A line that reads as a sentence or more of prose.
    static func isProse(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard let last = line.last else { return false }
        let endsLikeSentence = ".!?\"”'’)*".contains(last)
        return words >= 15 || (words >= 5 && endsLikeSentence)
    }

    /// "Oleh : Rizky Pratama )*", "Penulis: X", "By Admin 10 Jul 2024 ...", "Reporter: X".
    static func byline(_ line: String) -> String? {
        let lowered = line.lowercased()
        for prefix in ["oleh :", "oleh:", "penulis :", "penulis:", "reporter :", "reporter:", "by "] where lowered.hasPrefix(prefix) {
            var name = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            // Cut at the first thing that is not part of a name: a digit, a bracket, a separator.
            if let cut = name.firstIndex(where: { $0.isNumber || "()*|,".contains($0) }) { name = String(name[..<cut]) }
            name = name.trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ")
            if !words.isEmpty && words.count <= 5 { return name }
        }
        return nil
    }
}
