/// One pass of the region trie over a document: the trie hits that look like region names.
struct RegionScan {
    /// A trie hit before resolution.
    struct Hit {
        var first: Int      // token index
        var last: Int       // token index, inclusive
        var candidates: [RegionTrie.Candidate]
        /// The level fixed by a role word in front ("Bupati", "Wali Kota"), if any.
        var cue: Region.Level?
        /// Continues a list of districts after "Kecamatan X": a district without its parent named.
        var listedDistrict = false
        var node: Int32 = 0
        /// Bytes of "se-" before the name in the first token.
        var skip = 0
        /// Opens a dateline ("JAMBI –", "Kupang (ANTARA) -", "Sibolga, MISTAR.ID"): a city.
        var dateline = false
    }

    let matcher: RegionMatcher
    let text: TokenizedText
    /// Interned id of each token (`RegionVocabulary.unknown` for words no name contains).
    let ids: [Int32]
    /// Whether each token opens a sentence or a line.
    let opensSentence: [Bool]
    /// Bytes of a "se-" in front of a name ("se-Jabar", "se-Kaltim"): the name starts after them.
    let skip: [UInt8]

    init(matcher: RegionMatcher, text: TokenizedText) {
        self.matcher = matcher
        self.text = text
        var ids = text.tokens.map { matcher.vocabulary.id(of: $0, in: text.utf8) }
        var skip = [UInt8](repeating: 0, count: ids.count)
        for (k, token) in text.tokens.enumerated() where ids[k] < 0 && Self.startsWithSe(token, text.utf8) {
            ids[k] = matcher.vocabulary.id(of: token, in: text.utf8, skipping: 3)
            if ids[k] >= 0 { skip[k] = 3 }
        }
        self.ids = ids
        self.skip = skip
        var opens = [Bool](repeating: false, count: text.tokens.count)
        for sentence in text.sentences where sentence.tokens.lowerBound < opens.count { opens[sentence.tokens.lowerBound] = true }
        opensSentence = opens
    }

    private static func startsWithSe(_ token: Token, _ utf8: [UInt8]) -> Bool {
        token.byteEnd - token.byteStart > 4 && utf8[token.byteStart] | 0x20 == 0x73 && utf8[token.byteStart + 1] | 0x20 == 0x65
            && utf8[token.byteStart + 2] == 0x2D && ByteClass.isUpper(utf8[token.byteStart + 3])
    }

    func hits() -> [Hit] {
        var hits: [Hit] = []
        var firstNames: [Int32: Int] = [:]
        var i = 0
        while i < ids.count {
            guard ids[i] >= 0, !endsMultiWordCue(at: i) else { i += 1; continue }
            var node = RegionTrie.root
            var best: (last: Int, node: Int32)?
            var j = i
            while j < ids.count, let next = matcher.trie.step(node, ids[j]) {
                node = next
                if !matcher.trie.candidates[Int(next)].isEmpty { best = (j, next) }
                j += 1
            }
            if let found = best, found.last == i, firstNames[found.node] == nil, isFirstName(i) { firstNames[found.node] = i }
            if let found = best, var hit = accept(first: i, last: found.last, node: found.node) {
                hit.node = found.node
                hit.skip = Int(skip[i])
                hit.dateline = isDateline(first: i, last: found.last)
                if let previous = hits.last, continuesDistrictList(previous, at: hit.first) {
                    // "Kecamatan Gabus, Pati" is an address: a name that is also a regency or city is not listed.
                    if hit.candidates.allSatisfy({ matcher.gazetteer.regions[Int($0.region)].level == .kecamatan }) {
                        hit.listedDistrict = true
                    }
                }
                hits.append(hit)
                i = found.last + 1
            } else {
                i += 1
            }
        }
        // "Agam Pratama ... kata Agam.": a name introduced as a person's first name is that person afterwards.
        return hits.filter { hit in hit.first < hit.last || hit.cue != nil || (firstNames[hit.node].map { $0 > hit.first } ?? true)
            || hit.candidates.first?.form == .prefixed || institution(before: hit.first) }
    }

    /// A one-word name followed by a capitalised word and not preceded by one: "Agam Pratama".
    private func isFirstName(_ index: Int) -> Bool {
        guard index + 1 < ids.count, isCapitalisedWord(index + 1), !matcher.notName.contains(ids[index + 1]), sameLine(index, index + 1) else { return false }
        // A title-case headline ("Kupang Bersiap Hadapi Pilkada") is not a name.
        if index + 2 < ids.count, isCapitalisedWord(index + 2), sameLine(index + 1, index + 2) { return false }
        return !(index > 0 && (isCapitalisedWord(index - 1) || text.tokens[index - 1].kind == .acronym) && sameLine(index - 1, index))
            && levelCue(before: index) == nil && !institution(before: index)
    }

    /// Only list joiners lie between a district mention ("Kecamatan X" or a listed one) and `first`.
    private func continuesDistrictList(_ previous: Hit, at first: Int) -> Bool {
        guard previous.listedDistrict || previous.candidates.contains(where: {
            $0.form == .prefixed && matcher.gazetteer.regions[Int($0.region)].level == .kecamatan
        }) else { return false }
        guard previous.last + 1 < first else { return false }
        return (previous.last + 1..<first).allSatisfy { matcher.listJoiners.contains(ids[$0]) }
    }

    /// "Wali Kota Kupang" names Kupang with the cue "wali kota": "Kota Kupang" must not start at "Kota".
    private func endsMultiWordCue(at i: Int) -> Bool {
        matcher.levelCues.contains { $0.phrase.count > 1 && phrase($0.phrase, endsAt: i) }
    }

    private func accept(first: Int, last: Int, node: Int32) -> Hit? {
        let all = matcher.trie.candidates[Int(node)]
        let prefixed = all.filter { $0.form == .prefixed }
        if let prefixLength = prefixed.first.map({ Int($0.prefixLength) }) {
            // "kota batu" in lower case is a stony town, "Kota Batu" the city.
            guard first + prefixLength <= last, !startsLowerCase(first + prefixLength) else { return nil }
            // "Balai Kota Kupang" is the city hall.
            if matcher.notBefore.contains(where: { phrase($0, endsAt: first - 1) }) { return nil }
            return Hit(first: first, last: last, candidates: prefixed, cue: nil)
        }
        // "bugis (sulawesi selatan)": a province of two words or more is no common word even in
        // lower case; one-word names in lower case ("batu", "agam") are.
        let lowerCaseProvince = last > first && all.allSatisfy { matcher.gazetteer.regions[Int($0.region)].level == .provinsi }
            && (first...last).allSatisfy { startsLowerCase($0) }
        if !lowerCaseProvince {
            for k in first...last where startsLowerCase(k) { return nil }
        }
        let cue = levelCue(before: first)
        let cued = cue != nil || institution(before: first)
        let restriction = matcher.trie.restrictions[Int(node)]
        if restriction.contains(.cueOnly) && cue == nil { return nil }
        if restriction.contains(.notInitial) && !cued && opensSentence[first] { return nil }
        if insideNamedPlace(first) { return nil }
        if first == last && !cued && (partOfPersonName(first) || partOfOrganisationName(first)) { return nil }
        return Hit(first: first, last: last, candidates: all, cue: cue)
    }

    /// A name opening a line, then a dash, a news agency in brackets or a comma and the site's
    /// name: the dateline of a news story, which names a city.
    private func isDateline(first: Int, last: Int) -> Bool {
        guard first == 0 || !sameLine(first - 1, first), last + 1 < ids.count else { return false }
        let next = last + 1
        let bytes = text.utf8[text.tokens[next].byteStart..<text.tokens[next].byteEnd]
        if text.tokens[next].kind == .punct && (bytes.elementsEqual("-".utf8) || bytes.elementsEqual("–".utf8) || bytes.elementsEqual("—".utf8)) {
            return true
        }
        guard next + 1 < ids.count, text.tokens[next + 1].kind == .acronym, sameLine(next, next + 1) else { return false }
        return bytes.elementsEqual("(".utf8) || bytes.elementsEqual(",".utf8)
    }

    @inline(__always) private func startsLowerCase(_ index: Int) -> Bool {
        ByteClass.isLower(text.utf8[text.tokens[index].byteStart + Int(skip[index])])
    }

    private func phrase(_ words: [Int32], endsAt end: Int) -> Bool {
        let start = end - words.count + 1
        guard start >= 0, end < ids.count else { return false }
        for (offset, word) in words.enumerated() where ids[start + offset] != word { return false }
        return true
    }

    private func levelCue(before first: Int) -> Region.Level? {
        matcher.levelCues.first { phrase($0.phrase, endsAt: first - 1) }?.level
    }

    private func institution(before first: Int) -> Bool {
        matcher.institutions.contains { phrase($0, endsAt: first - 1) }
    }

    /// Streets, buildings, vessels, villages: "Jalan Situbondo", "Jl. Raya Bogor", "Hotel
    /// Santika Kupang", "KMP Bengkalis", "Desa Gondang". The marker word may stand before
    /// a run of capitalised words that ends at the name.
    private func insideNamedPlace(_ first: Int) -> Bool {
        var end = first - 1
        for _ in 0..<4 {
            if matcher.notBefore.contains(where: { phrase($0, endsAt: end) }) { return true }
            guard end >= 0, sameLine(end, end + 1), isCapitalisedWord(end) || isNumber(end),
                  levelCue(before: end + 1) == nil, !institution(before: end + 1) else { return false }
            end -= 1
        }
        return false
    }

    /// "Agam Pratama", "kata Bima Arya", "Arya Bima": a single-word name next to another
    /// capitalised word on the same line is taken as part of a person's name.
    private func partOfPersonName(_ index: Int) -> Bool {
        if index > 0, isCapitalisedWord(index - 1), !matcher.notName.contains(ids[index - 1]), sameLine(index - 1, index) { return true }
        if index + 1 < ids.count, isCapitalisedWord(index + 1), !matcher.notName.contains(ids[index + 1]), sameLine(index, index + 1) { return true }
        return false
    }

    /// "PSMS Medan", "STKS Bandung": an acronym that is not a known institution, right before
    /// a one-word name, makes an organisation's name.
    private func partOfOrganisationName(_ index: Int) -> Bool {
        guard index > 0, text.tokens[index - 1].kind == .acronym, sameLine(index - 1, index) else { return false }
        return !opensSentence[index]
    }

    private func isCapitalisedWord(_ index: Int) -> Bool {
        let token = text.tokens[index]
        return token.kind == .word && ByteClass.isUpper(text.utf8[token.byteStart])
    }

    private func isNumber(_ index: Int) -> Bool { text.tokens[index].kind == .number }

    private func sameLine(_ a: Int, _ b: Int) -> Bool {
        let low = text.tokens[a].byteEnd, high = text.tokens[b].byteStart
        guard low < high else { return true }
        return !text.utf8[low..<high].contains(0x0A)
    }
}
