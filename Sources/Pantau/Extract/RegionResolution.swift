extension RegionMatcher {
    /// A raw trie hit before resolution.
    struct Hit {
        var first: Int      // token index
        var last: Int       // token index, inclusive
        var candidates: [Candidate]
        var cue: Region.Level?
    }

    public func match(_ text: TokenizedText) -> [RegionMention] {
        let folded = text.tokens.map { text.normalized($0) }
        let hits = findHits(text, folded: folded)
        return resolve(hits, text: text)
    }

    private func findHits(_ text: TokenizedText, folded: [String]) -> [Hit] {
        var hits: [Hit] = []
        var i = 0
        while i < folded.count {
            var node = 0
            var best: (last: Int, candidates: [Candidate])?
            var j = i
            while j < folded.count, let next = nodes[node].children[folded[j]] {
                node = next
                if !nodes[node].candidates.isEmpty { best = (j, nodes[node].candidates) }
                j += 1
            }
            guard let found = best else { i += 1; continue }
            var candidates = found.candidates
            if candidates.contains(where: { $0.form == .prefixed }) {
                candidates = candidates.filter { $0.form == .prefixed }
            } else if !acceptsBare(text, folded: folded, first: i, last: found.last) {
                i += 1
                continue
            }
            hits.append(Hit(first: i, last: found.last, candidates: candidates, cue: cue(before: i, folded: folded)))
            i = found.last + 1
        }
        return hits
    }

    /// A name without its level word must look like a name: capitalised, not a street or a
    /// building, and not the first or last word of a person's name.
    private func acceptsBare(_ text: TokenizedText, folded: [String], first: Int, last: Int) -> Bool {
        for k in first...last {
            let token = text.tokens[k]
            guard token.kind == .word || token.kind == .acronym else { continue }
            let lead = text.utf8[token.byteStart]
            if lead >= 0x61 && lead <= 0x7A { return false }
        }
        for phrase in notBefore where first >= phrase.count {
            if Array(folded[(first - phrase.count)..<first]) == phrase { return false }
        }
        guard first == last else { return true }
        let previous = first > 0 ? text.tokens[first - 1] : nil
        let next = last + 1 < text.tokens.count ? text.tokens[last + 1] : nil
        let previousIsCue = cue(before: first, folded: folded) != nil
            || (first > 0 && institutionCues.contains(folded[first - 1]))
        if previousIsCue { return true }
        let nextCapitalised = next.map { isCapitalisedWord($0, text) && sameLine($0, text.tokens[last], text) } ?? false
        let previousCapitalised = previous.map { isCapitalisedWord($0, text) && sameLine($0, text.tokens[first], text) } ?? false
        // "Agam Pratama", "kata Bima Arya", "Arya Bima": part of a person's name.
        if nextCapitalised || previousCapitalised { return false }
        return true
    }

    private func isCapitalisedWord(_ token: Token, _ text: TokenizedText) -> Bool {
        guard token.kind == .word else { return false }
        let lead = text.utf8[token.byteStart]
        return lead >= 0x41 && lead <= 0x5A
    }

    private func sameLine(_ a: Token, _ b: Token, _ text: TokenizedText) -> Bool {
        let low = min(a.byteEnd, b.byteEnd), high = max(a.byteStart, b.byteStart)
        guard low < high else { return true }
        return !text.utf8[low..<high].contains(0x0A)
    }

    private func cue(before index: Int, folded: [String]) -> Region.Level? {
        for (words, level) in levelCues where index >= words.count {
            if Array(folded[(index - words.count)..<index]) == words { return level }
        }
        return nil
    }

    private func resolve(_ hits: [Hit], text: TokenizedText) -> [RegionMention] {
        // Pass 1: what the document names without doubt.
        var known: Set<String> = []
        for hit in hits {
            let regions = narrowed(hit).map { gazetteer.regions[$0.regionIndex] }
            if regions.count == 1, let only = regions.first, hit.candidates.first?.form != .bare || only.level != .kecamatan {
                known.insert(only.code)
            }
        }
        var knownProvinces = Set(known.map { String($0.prefix(2)) })
        var knownParents = known
        // Pass 2: each hit to one region.
        var mentions: [RegionMention] = []
        for hit in hits {
            let candidates = narrowed(hit)
            guard let chosen = choose(candidates, form: candidates.first?.form ?? .bare, known: knownParents, provinces: knownProvinces) else { continue }
            let region = gazetteer.regions[chosen.regionIndex]
            knownParents.insert(region.code)
            knownProvinces.insert(region.provinceCode)
            let head = text.tokens[hit.first], tail = text.tokens[hit.last]
            let rule: String
            switch chosen.form {
            case .prefixed: rule = region.level == .kecamatan ? "region.kecamatan" : "region.prefixed"
            case .alias: rule = "region.alias"
            case .bare: rule = hit.cue != nil ? "region.cued" : (candidates.count > 1 ? "region.bare.context" : "region.bare")
            }
            mentions.append(RegionMention(regionCode: region.code, regionName: region.name, level: region.level.rawValue,
                                          provinceCode: region.provinceCode, surface: text.slice(bytes: head.byteStart..<tail.byteEnd),
                                          start: head.start, end: tail.end, rule: rule))
        }
        return mentions
    }

    /// The hit's candidates, filtered by a level cue in front of it when one applies.
    private func narrowed(_ hit: Hit) -> [Candidate] {
        guard let cue = hit.cue, hit.candidates.first?.form != .prefixed else { return hit.candidates }
        let matching = hit.candidates.filter { gazetteer.regions[$0.regionIndex].level == cue }
        return matching.isEmpty ? hit.candidates : matching
    }

    private func choose(_ candidates: [Candidate], form: Form, known: Set<String>, provinces: Set<String>) -> Candidate? {
        let regions = candidates.map { gazetteer.regions[$0.regionIndex] }
        // A district named alone counts only when its regency or city is named too.
        var pool = Array(zip(candidates, regions)).filter { candidate, region in
            !(candidate.form == .bare && region.level == .kecamatan && !known.contains(region.parent))
        }
        if pool.count > 1 {
            let nonDistrict = pool.filter { $0.1.level != .kecamatan }
            if !nonDistrict.isEmpty && !(pool.contains { $0.1.level == .kecamatan && known.contains($0.1.parent) }) { pool = nonDistrict }
        }
        guard !pool.isEmpty else { return nil }
        if pool.count == 1 { return pool[0].0 }
        if let named = pool.first(where: { known.contains($0.1.code) }) { return named.0 }
        if let child = pool.first(where: { known.contains($0.1.parent) }) { return child.0 }
        let inProvince = pool.filter { provinces.contains($0.1.provinceCode) }
        if inProvince.count == 1 { return inProvince[0].0 }
        let rest = inProvince.isEmpty ? pool : inProvince
        // Prefixed districts with several homonyms and no context stay unresolved.
        if rest.allSatisfy({ $0.1.level == .kecamatan }) { return nil }
        let order: [Region.Level] = [.provinsi, .kabupaten, .kota, .kecamatan]
        return rest.min { order.firstIndex(of: $0.1.level) ?? 9 < order.firstIndex(of: $1.1.level) ?? 9 }?.0
    }
}
