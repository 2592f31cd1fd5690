/// One document as the official extractor reads it: folded tokens, capitalisation from the
/// original bytes, and where region mentions start. Built once per document.
struct OfficialDocument {
    let text: TokenizedText
    let lexicon: OfficialLexicon
    let folded: [String]
    /// The region mention whose first token is the key, and that mention's last token.
    let regionAt: [Int: (mention: RegionMention, last: Int)]
    /// Every token index inside some region mention.
    let inRegion: Set<Int>
    let regions: [RegionMention]
    let lookup: RegionLookup?
    /// Region codes the document names, with their parents and provinces.
    let known: Set<String>

    init(text: TokenizedText, regions: [RegionMention], lexicon: OfficialLexicon, lookup: RegionLookup?) {
        self.text = text
        self.lexicon = lexicon
        self.regions = regions
        self.lookup = lookup
        var known: Set<String> = []
        for mention in regions {
            known.insert(mention.regionCode)
            known.insert(mention.provinceCode)
            if let parent = lookup?.gazetteer.region(code: mention.regionCode)?.parent, !parent.isEmpty { known.insert(parent) }
        }
        self.known = known
        folded = text.tokens.map { text.normalized($0) }
        var firstAt: [Int: Int] = [:]
        var lastAt: [Int: Int] = [:]
        for (index, token) in text.tokens.enumerated() {
            firstAt[token.start] = index
            lastAt[token.end] = index
        }
        var regionAt: [Int: (RegionMention, Int)] = [:]
        var inRegion: Set<Int> = []
        for mention in regions {
            guard let first = firstAt[mention.start], let last = lastAt[mention.end], first <= last else { continue }
            regionAt[first] = (mention, last)
            for index in first...last { inRegion.insert(index) }
        }
        self.regionAt = regionAt
        self.inRegion = inRegion
    }

    var count: Int { folded.count }

    func isPunct(_ index: Int, _ character: String) -> Bool {
        index >= 0 && index < count && text.tokens[index].kind == .punct && folded[index] == character
    }

    /// Starts with a capital letter in the original text (ASCII or not).
    func isCapitalised(_ index: Int) -> Bool {
        guard index >= 0 && index < count else { return false }
        let token = text.tokens[index]
        guard token.kind == .word || token.kind == .acronym else { return false }
        let lead = text.utf8[token.byteStart]
        if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
        return text.surface(token).unicodeScalars.first?.properties.isUppercase ?? false
    }

    func isLowercaseWord(_ index: Int) -> Bool {
        guard index >= 0 && index < count, text.tokens[index].kind == .word else { return false }
        let lead = text.utf8[text.tokens[index].byteStart]
        return lead >= 0x61 && lead <= 0x7A
    }

    /// A blank line (paragraph break) lies between two tokens.
    func paragraphBreak(between a: Int, and b: Int) -> Bool {
        guard a >= 0, b < count, a < b else { return false }
        var newlines = 0
        for byte in text.utf8[text.tokens[a].byteEnd..<text.tokens[b].byteStart] where byte == 0x0A { newlines += 1 }
        return newlines >= 2
    }

    /// The token is on a title-case line without a comma or a final period, ending on a
    /// capitalised word: a heading
    /// ("Pj Bupati Kumpulkan Camat"), whose capitalised verbs are no names.
    func isHeading(_ index: Int) -> Bool {
        guard index >= 0 && index < count else { return false }
        let bytes = text.utf8
        var lineStart = text.tokens[index].byteStart, lineEnd = text.tokens[index].byteEnd
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var words = 0, capitalised = 0
        var lastWordCapitalised = false
        var probe = index
        while probe > 0 && text.tokens[probe - 1].byteStart >= lineStart { probe -= 1 }
        while probe < count && text.tokens[probe].byteEnd <= lineEnd {
            if isPunct(probe, ",") { return false }
            let lastOnLine = probe + 1 >= count || text.tokens[probe + 1].byteStart >= lineEnd
            if lastOnLine && (isPunct(probe, ".") || isPunct(probe, "?") || isPunct(probe, "!") || isPunct(probe, "\"")) { return false }
            if text.tokens[probe].kind == .word || text.tokens[probe].kind == .acronym {
                words += 1
                lastWordCapitalised = isCapitalised(probe)
                if lastWordCapitalised { capitalised += 1 }
            }
            probe += 1
        }
        // A hard-wrapped sentence line ends on a lower-case word more often than not.
        return words >= 3 && words <= 14 && capitalised * 10 >= words * 8 && lastWordCapitalised
    }

    /// A role, qualifier or institution starts here, so no name does.
    func startsLexiconPhrase(_ index: Int) -> Bool {
        lexicon.positionTrie.longest(in: folded, from: index) != nil || lexicon.institutionTrie.longest(in: folded, from: index) != nil
    }

    /// The original text between two tokens (inclusive), white space runs (line breaks of a
    /// scrape included) collapsed to one space.
    func surface(from first: Int, to last: Int) -> String {
        let raw = text.slice(bytes: text.tokens[first].byteStart..<text.tokens[last].byteEnd)
        return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The title written at `start`, tolerant of how degrees were split into tokens ("M.Si"
    /// as one token or "M . Si" as three), with its last token (a trailing period included).
    func title(at start: Int, before: Bool) -> (title: String, last: Int)? {
        guard start < count, text.tokens[start].kind != .punct || folded[start] == "(" else { return nil }
        var key = ""
        var best: (String, Int)?
        var index = start
        while index < count {
            let token = text.tokens[index]
            if index > start && paragraphBreak(between: index - 1, and: index) { break }
            let piece = folded[index]
            if token.kind == .punct {
                if piece == "." { index += 1; continue }
                if piece != "(" && piece != ")" { break }
            } else if token.kind != .word && token.kind != .acronym {
                break
            }
            key += piece.filter { $0 != "." }
            if key.utf8.count > lexicon.longestTitleKey { break }
            if let found = lexicon.titleKeys[key + (before ? "<" : ">")] {
                best = (lexicon.titles[found].surface, isPunct(index + 1, ".") ? index + 1 : index)
            }
            index += 1
        }
        return best
    }
}
