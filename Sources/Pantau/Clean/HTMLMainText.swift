import CLibXML2

/// The main text of an HTML page: blocks, labels, the article container, then the paragraphs.
struct HTMLMainText {
    let rules: CleanRules

    struct Result {
        var paragraphs: [String]
        var language: String
        /// Short blocks above the article: where bylines and date lines sit.
        var preamble: [String]
        /// Short blocks just below it: where some portals sign the article ("Pewarta: X").
        var postamble: [String]
        /// Set when the page was judged as a possible listing page (`ListingPage`).
        var listing: ListingPage.Verdict?
    }

    func extract(_ root: xmlNodePtr, title: String, listingTest: Bool = false) -> Result {
        var page = BlockWalker(hints: rules.hints).walk(root)
        let language = measure(&page)
        let classifier = BlockClassifier(rules: rules)
        let raw = classifier.classify(page, language: language)
        let smoothed = classifier.smooth(raw, page)
        let inside = ContainerChooser().choose(page, raw)
        var keep = Self.keepInside(page, raw, smoothed, inside)
        keepClosingLine(page, inside, &keep)
        let listing = listingTest ? ListingPage(rules: rules).judge(page, raw, keep: keep) : nil
        let titleKey = Self.key(title)
        var paragraphs: [String] = []
        var preamble: [String] = []
        let first = keep.firstIndex(of: true) ?? page.blocks.count
        let last = keep.lastIndex(of: true) ?? page.blocks.count
        var postamble: [String] = []
        for i in page.blocks.indices where i > last && postamble.count < 8 && page.blocks[i].range.count < 200 {
            postamble.append(page.text(page.blocks[i]))
        }
        for i in page.blocks.indices {
            let block = page.blocks[i]
            if i < first {
                if block.range.count < 200 { preamble.append(page.text(block)) }
                continue
            }
            guard keep[i] else { continue }
            let text = page.text(block)
            // The headline is metadata, not body text.
            if block.kind.contains(.heading) && Self.isHeadline(Self.key(text), titleKey) { continue }
            paragraphs.append(text)
        }
        return Result(paragraphs: paragraphs, language: language, preamble: Array(preamble.suffix(20)), postamble: postamble,
                      listing: listing)
    }

    /// Inside the article container prose is kept even where it is short of "good": the container
    /// already vouches for it. Short blocks stay between kept ones; headings stay above kept text.
    static func keepInside(_ page: Page, _ raw: [BlockClass], _ smoothed: [BlockClass], _ inside: [Bool]) -> [Bool] {
        let n = page.blocks.count
        var keep = [Bool](repeating: false, count: n)
        for i in 0..<n where inside[i] {
            keep[i] = smoothed[i] == .good || raw[i] == .good || raw[i] == .nearGood
        }
        var decided = keep
        var previous = false
        for i in 0..<n where inside[i] {
            if raw[i] != .short { previous = keep[i]; continue }
            var j = i + 1
            while j < n && (!inside[j] || raw[j] == .short) { j += 1 }
            let next = j < n && keep[j]
            let block = page.blocks[i]
            if block.kind.contains(.heading) {
                decided[i] = next
            } else if block.linkBytes == 0 && block.stats.words >= 4 && block.hint >= 0 {
                // A link-free line run right after the text (a list of dates, a closing line).
                decided[i] = previous || next
            } else {
                decided[i] = previous && next
            }
        }
        for i in 0..<n where raw[i] == .short && inside[i] && smoothed[i] == .bad && !page.blocks[i].kind.contains(.heading) {
            if page.blocks[i].linkBytes * 2 > page.blocks[i].range.count { decided[i] = false }
        }
        keep = decided
        return keep
    }

    /// Counts words and stop words of every block; the page's language is the list with more hits.
    private func measure(_ page: inout Page) -> String {
        var id = 0, en = 0, words = 0, bytes = 0
        let indonesian = rules.indonesian, english = rules.english
        page.arena.withUnsafeBufferPointer { arena in
            for i in page.blocks.indices {
                let stats = WordStats.count(arena, page.blocks[i].range, id: indonesian, en: english)
                page.blocks[i].stats = stats
                if page.blocks[i].linkBytes * 2 < page.blocks[i].range.count {
                    id += stats.indonesian; en += stats.english; words += stats.words; bytes += page.blocks[i].range.count
                }
            }
        }
        // Scripts written without spaces (Chinese, Japanese, Thai) give few, long "words".
        if words * LanguageGuesser.spacedScriptBytesPerWord < bytes { return "other" }
        return LanguageGuesser.decide(words: words, indonesian: id, english: en)
    }

    /// A short last paragraph after the article's last good block stays when it reads as prose.
    private func keepClosingLine(_ page: Page, _ inside: [Bool], _ keep: inout [Bool]) {
        guard let last = keep.lastIndex(of: true) else { return }
        // Furniture lines ("ADVERTISEMENT") between the body and its last line are looked past.
        var next = last + 1
        while next < page.blocks.count && next <= last + 4 && page.blocks[next].range.count < 80 && page.isFurniture(page.blocks[next], rules) {
            next += 1
        }
        guard next < page.blocks.count else { return }
        let block = page.blocks[next]
        guard inside[next], block.linkBytes * 4 < block.range.count, block.stats.words >= 3,
              !block.kind.contains(.heading), let end = page.arena[block.range].last,
              end == 0x2E || end == 0x21 || end == 0x3F || end == 0x22 || end == 0x9D else { return }
        if !page.isFurniture(block, rules) { keep[next] = true }
    }

    private static func isHeadline(_ heading: String, _ title: String) -> Bool {
        guard !heading.isEmpty, !title.isEmpty else { return false }
        return heading == title || (heading.count >= 20 && title.contains(heading)) || heading.contains(title)
    }

    /// Lower-cased letters and digits only, for comparing a heading with the title.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }
}

enum Whitespace {
    /// Collapses runs of white space (including NBSP) to one space and trims.
    static func collapse(_ text: String) -> String {
        if let ascii = collapseASCII(text) { return ascii }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The same for ASCII text, on bytes; nil when the text is not all ASCII.
    private static func collapseASCII(_ text: String) -> String? {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            // ASCII white space as Unicode's White_Space has it: tab to carriage return, and space.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = true
                continue
            }
            if pendingSpace && !output.isEmpty { output.append(0x20) }
            pendingSpace = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
