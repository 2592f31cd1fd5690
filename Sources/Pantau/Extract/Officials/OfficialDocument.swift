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
    let lookup: OfficialRegionLookup?
    /// Region codes the document names, with their parents and provinces.
    let known: Set<String>
    /// The title written at each token, before or after a name, found once per document.
    private var titlesBefore: [(title: String, last: Int)?] = []
    private var titlesAfter: [(title: String, last: Int)?] = []
    /// The longest position and institution phrase starting at each token: the role-chain
    /// reader asks for them at every token, several times (a qualifier, a candidate, a role).
    private let positionsAt: [(value: Int, last: Int)?]
    private let institutionsAt: [(value: Int, last: Int)?]

    init(text: TokenizedText, regions: [RegionMention], lexicon: OfficialLexicon, lookup: OfficialRegionLookup?) {
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
        let folded = text.tokens.map { text.normalized($0) }
        self.folded = folded
        positionsAt = folded.indices.map { lexicon.positionTrie.longest(in: folded, from: $0) }
        institutionsAt = folded.indices.map { lexicon.institutionTrie.longest(in: folded, from: $0) }
        var regionAt: [Int: (RegionMention, Int)] = [:]
        var inRegion: Set<Int> = []
        for mention in regions {
            guard let first = Self.token(startingAt: mention.start, in: text.tokens), let last = Self.token(endingAt: mention.end, in: text.tokens),
                  first <= last else { continue }
            regionAt[first] = (mention, last)
            for index in first...last { inRegion.insert(index) }
        }
        self.regionAt = regionAt
        self.inRegion = inRegion
        titlesBefore = Array(repeating: nil, count: folded.count)
        titlesAfter = Array(repeating: nil, count: folded.count)
        for index in 0..<folded.count {
            let found = scanTitles(at: index)
            titlesBefore[index] = found.before
            titlesAfter[index] = found.after
        }
    }

    /// Binary searches over tokens sorted by offset.
    static func token(startingAt offset: Int, in tokens: [Token]) -> Int? {
        let found = tokens.partitionPoint { $0.start < offset }
        return found < tokens.count && tokens[found].start == offset ? found : nil
    }

    static func token(endingAt offset: Int, in tokens: [Token]) -> Int? {
        let found = tokens.partitionPoint { $0.end < offset }
        return found < tokens.count && tokens[found].end == offset ? found : nil
    }

    var count: Int { folded.count }

    func positionPhrase(at index: Int) -> (value: Int, last: Int)? { index >= 0 && index < count ? positionsAt[index] : nil }

    func institutionPhrase(at index: Int) -> (value: Int, last: Int)? { index >= 0 && index < count ? institutionsAt[index] : nil }

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

    /// The first token of the sentence holding a token (binary search over the sentences).
    func sentenceStart(of token: Int) -> Int {
        let sentences = text.sentences
        let found = sentences.partitionPoint { $0.tokens.upperBound <= token }
        return found < sentences.count ? sentences[found].tokens.lowerBound : 0
    }

    /// Past the places and brackets written after a position, before its holder's name:
    /// "Camat Negeri Katon, Kabupaten Pesawaran, Provinsi Lampung, NAME", "Dandim 1402/Polewali
    /// Mandar (Polman), Sulawesi Barat (Sulbar), NAME", and an election body's division written
    /// after its region ("Komisioner Panwaslu Kota Bekasi Bidang Penindakan, NAME", "anggota
    /// Bawaslu Sumsel Koordinator Divisi Hukum dan Penyelesaian Sengketa NAME").
    func skipAppositions(after start: Int) -> Int {
        var index = start
        while index < count {
            if isPunct(index, "("), case let bracket = skipBracket(after: index), bracket.next > index {
                index = bracket.next
                continue
            }
            if isPunct(index, ","), let (_, last) = regionAt[index + 1], !isNameFollowing(last + 1) || isPunct(last + 1, ",") || isPunct(last + 1, "(") {
                index = last + 1
                continue
            }
            break
        }
        // A division after the body's region.
        var probe = index
        if let found = positionPhrase(at: probe), lexicon.positions[found.value].needs == .division, isCapitalised(probe) {
            probe = found.last + 1
        } else if probe < count, folded[probe] == "bidang" || folded[probe] == "divisi", isCapitalised(probe) {
            probe += 1
        } else {
            return index
        }
        let end = skipDivisionWords(from: probe)
        return end > probe ? end : index
    }

    /// A capitalised word follows that could open a name (for appositions: a region mention
    /// followed by a name word is itself part of the place only when a comma or bracket follows).
    private func isNameFollowing(_ index: Int) -> Bool {
        index < count && isCapitalised(index) && !paragraphBreak(between: index - 1, and: index)
    }

    /// A role, qualifier or institution starts here, so no name does.
    func startsLexiconPhrase(_ index: Int) -> Bool {
        positionPhrase(at: index) != nil || institutionPhrase(at: index) != nil
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
        guard start >= 0 && start < count else { return nil }
        return before ? titlesBefore[start] : titlesAfter[start]
    }

    /// Accumulates the letters of the tokens from `start` (periods skipped) and keeps the
    /// longest run that spells a title before a name and the longest after one.
    private func scanTitles(at start: Int) -> (before: (title: String, last: Int)?, after: (title: String, last: Int)?) {
        let kind = text.tokens[start].kind
        guard kind == .word || kind == .acronym || folded[start] == "(", lexicon.titlePrefixes.contains(folded[start]) || folded[start].utf8.contains(0x2E) else {
            return (nil, nil)
        }
        var key = ""
        var before: (String, Int)?
        var after: (String, Int)?
        var index = start
        while index < count {
            let token = text.tokens[index]
            if index > start && paragraphBreak(between: index - 1, and: index) { break }
            let piece = folded[index]
            if token.kind == .punct {
                if piece == "." { index += 1; continue }
                // "S,Pd" and "S,Pdi": a degree typed with a comma for its period, no space around it.
                if piece == ",", key.utf8.count == 1, index + 1 < count, text.tokens[index - 1].byteEnd == token.byteStart,
                   text.tokens[index + 1].byteStart == token.byteEnd {
                    index += 1
                    continue
                }
                if piece != "(" && piece != ")" { break }
            } else if token.kind != .word && token.kind != .acronym {
                break
            }
            key += piece.utf8.contains(0x2E) ? piece.filter { $0 != "." } : piece
            if !lexicon.titlePrefixes.contains(key) { break }
            let last = isPunct(index + 1, ".") ? index + 1 : index
            if let found = lexicon.titlesBefore[key] { before = (lexicon.titles[found].surface, last) }
            if let found = lexicon.titlesAfter[key] { after = (lexicon.titles[found].surface, last) }
            index += 1
        }
        return (before, after)
    }
}
