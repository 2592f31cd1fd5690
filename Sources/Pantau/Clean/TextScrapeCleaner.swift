/// Cleans text that a scraper already pulled out of a page, line by line.
///
/// Scrapes keep page furniture (widgets, profile lines, disclaimers, pagination). A line is
/// body text when it reads as prose; headings survive when they sit between body paragraphs.
/// The headline is the short line just above the byline or date line; "Oleh : X" style lines
/// and blog profile lines give the author.
///
/// A headline/date block opens the article only when the article follows it: scrapes also put
/// a headline and a date after the article (a related story, a page footer, a title block the
/// scraper wrote last, the second page of a story), and taking such a block as the start would
/// drop the prose above it (`ScrapeLayout`).
struct TextScrapeCleaner {
    let rules: CleanRules
    let dates: DateNormalizer

    func clean(_ text: String) -> (text: String, metadata: DocumentMetadata) {
        let lines = Self.unwrap(text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { Whitespace.collapse(String(decoding: $0, as: UTF8.self)) })
        let furniture = lines.map { !$0.isEmpty && rules.isFurniture($0) }
        let listed = storyLists(lines)
        let layout = ScrapeLayout(lines: lines, prose: lines.indices.map { !furniture[$0] && !listed[$0] && Self.isProse(lines[$0]) })
        var isBody = layout.prose
        // A related-stories list after the article's last sentence holds other stories: their
        // dates and bylines say nothing of this one.
        let lastSentence = lines.indices.last { layout.prose[$0] && Self.endsSentence(lines[$0]) } ?? -1
        let metadataEnd = lines.indices.first { $0 > lastSentence && rules.isRelatedHeading(lines[$0]) } ?? lines.count
        var metadata = DocumentMetadata()
        var headerCandidates: [Int] = []
        for (i, line) in lines[..<metadataEnd].enumerated() where !line.isEmpty {
            if metadata.author.isEmpty, let author = rules.byline(line, months: dates.months) {
                metadata.author = author
                headerCandidates.append(i)
            } else if metadata.author.isEmpty, let author = rules.profileName(line) {
                metadata.author = author
            }
            if metadata.published.isEmpty, line.count < 100, let date = dates.normalize(line), date.contains("T") {
                metadata.published = date
                headerCandidates.append(i)
            }
        }
        headerCandidates.sort()
        let top = Self.topLines(lines, count: 16)
        var firstBody = isBody.firstIndex(of: true) ?? lines.count
        // The first byline or date line near the top opens the article, if the article follows it.
        let title: Int?
        if let header = headerCandidates.first, header < top,
           case let candidate = headline(lines, before: header), layout.opensArticle(header: header, title: candidate) {
            title = candidate
            // Nothing above the headline is the article: profile boxes and blurbs sit there.
            if let candidate {
                for i in 0...candidate { isBody[i] = false }
                firstBody = isBody.firstIndex(of: true) ?? lines.count
            }
        } else {
            title = headline(lines, before: firstBody) ?? lateTitle(lines, furniture: furniture, layout: layout, headers: headerCandidates)
        }
        metadata.title = title.map { lines[$0] } ?? ""
        // Headings between body paragraphs stay.
        if let lastBody = isBody.lastIndex(of: true), firstBody < lastBody {
            for i in firstBody..<lastBody where !isBody[i] && !lines[i].isEmpty && !furniture[i] && !listed[i] && i != title {
                let words = lines[i].split(separator: " ").count
                if words >= 2 && words <= 16 && !lines[i].hasSuffix(":") && dates.normalize(lines[i]) == nil { isBody[i] = true }
            }
        }
        // A scraper's markdown heading ("# Dampak ...") opens the body when prose follows it.
        for i in lines.indices where !isBody[i] && lines[i].hasPrefix("# ") {
            if let next = lines[(i + 1)...].firstIndex(where: { !$0.isEmpty }), isBody[next] { isBody[i] = true }
        }
        // A note of a sentence or two is the whole article when there is no longer prose.
        if !isBody.contains(true) {
            for i in lines.indices where !furniture[i] && !listed[i] && i != title && isShortSentence(lines[i]) { isBody[i] = true }
        }
        // Short sentences right before or after the body are the article's first or last words.
        if let first = isBody.firstIndex(of: true), let last = isBody.lastIndex(of: true) {
            let floor = title.map { $0 + 1 } ?? 0
            var i = first - 1
            while i >= floor && (lines[i].isEmpty || (!furniture[i] && isShortSentence(lines[i]))) {
                if !lines[i].isEmpty { isBody[i] = true }
                i -= 1
            }
            i = last + 1
            while i < lines.count && (lines[i].isEmpty || (!furniture[i] && !listed[i] && isShortSentence(lines[i]))) {
                if !lines[i].isEmpty { isBody[i] = true }
                i += 1
            }
        }
        var paragraphs: [String] = []
        for (i, line) in lines.enumerated() where isBody[i] {
            paragraphs.append(line.hasPrefix("# ") ? String(line.dropFirst(2)) : line)
        }
        return (paragraphs.joined(separator: "\n\n"), metadata)
    }

    /// Lines listing other stories: after a related-stories heading ("Berita Terkait", "Baca
    /// Juga" alone on its line), every line up to the next one that ends a sentence or is longer
    /// than a headline (a paragraph the scrape cut off mid-sentence).
    private func storyLists(_ lines: [String]) -> [Bool] {
        var listed = [Bool](repeating: false, count: lines.count)
        var inList = false
        for (i, line) in lines.enumerated() {
            if rules.isRelatedHeading(line) {
                inList = true
            } else if inList && (Self.endsSentence(line) || line.split(separator: " ").count > Self.longestHeadline) {
                inList = false
            } else if inList {
                listed[i] = true
            }
        }
        return listed
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?\"”".contains(last)
    }

    /// The nearest headline-shaped line above `limit` (the byline or date line, else the body).
    private func headline(_ lines: [String], before limit: Int) -> Int? {
        for i in stride(from: min(limit, lines.count) - 1, through: 0, by: -1) where isHeadline(lines[i]) { return i }
        return nil
    }

    /// A title block the scraper put after the article: a headline directly above a date or
    /// byline line, with only non-prose lines between it and the article, none of them furniture
    /// (a "Baca juga" or related-stories heading makes the block another story's).
    private func lateTitle(_ lines: [String], furniture: [Bool], layout: ScrapeLayout, headers: [Int]) -> Int? {
        for header in headers {
            var i = header - 1
            while i >= 0 && !layout.prose[i] && !furniture[i] {
                if isHeadline(lines[i]) { return i }
                i -= 1
            }
        }
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

    /// Words in the longest line taken for a headline.
    static let longestHeadline = 25

    private func isHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 3 && words <= Self.longestHeadline, let last = line.last, last != "." && last != ":" else { return false }
        guard !Self.hasSentenceEnd(line) else { return false }
        return !rules.isFurniture(line) && rules.byline(line, months: dates.months) == nil && dates.normalize(line) == nil
    }

    /// A sentence of three or more words: it starts with a capital or a quote and ends with a
    /// full stop, a question or exclamation mark or a closing quote. Labelled lines ("Sumber:
    /// Humas."), dates and bylines are not.
    private func isShortSentence(_ line: String) -> Bool {
        guard line.split(separator: " ").count >= 3, let first = line.first, first.isUppercase || "\"“".contains(first),
              let last = line.last, ".!?\"”".contains(last), !line.contains(":") else { return false }
        return rules.byline(line, months: dates.months) == nil && dates.normalize(line) == nil
    }

    /// Whether a sentence ends inside the line or just before a closing bracket or quote
    /// ("... kata Frumentius. (*)"): prose, not a headline. A period after a short word is taken
    /// for an abbreviation ("Kab. Sikka", "Pj. Bupati"); question and exclamation marks are
    /// left out, as headlines ask and exclaim mid-line ("ASN Boleh Like? Ini Kata BKN").
    static func hasSentenceEnd(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        var wordLength = 0
        for (i, byte) in bytes.enumerated() {
            if byte == 0x2E {
                let after = bytes[(i + 1)...].drop { $0 == 0x22 || $0 == 0x27 }
                if wordLength > 3, after.first == 0x20 || (after.isEmpty && i + 1 < bytes.count) { return true }
                wordLength = 0
            } else if byte == 0x20 {
                wordLength = 0
            } else if byte != 0x22 && byte != 0x28 {
                wordLength += 1
            }
        }
        return false
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

/// Where a scrape's prose lies, for deciding whether a headline/date block opens the article.
struct ScrapeLayout {
    /// Whether each line reads as prose (and is not furniture).
    let prose: [Bool]
    /// UTF-8 bytes of prose in lines before each index: `proseBefore[i]` counts lines `0..<i`.
    private let proseBefore: [Int]

    init(lines: [String], prose: [Bool]) {
        self.prose = prose
        var sums = [0]
        sums.reserveCapacity(lines.count + 1)
        for (i, line) in lines.enumerated() { sums.append(sums[i] + (prose[i] ? line.utf8.count : 0)) }
        proseBefore = sums
    }

    var firstProse: Int? { prose.firstIndex(of: true) }

    /// A block (its headline at `title`, its date or byline at `header`) opens the article when
    /// prose follows it, and at least as much as taking it would drop above the headline.
    func opensArticle(header: Int, title: Int?) -> Bool {
        let total = proseBefore[proseBefore.count - 1]
        let after = total - proseBefore[header + 1]
        let dropped = proseBefore[title ?? header]
        return after > 0 && dropped <= after
    }
}
