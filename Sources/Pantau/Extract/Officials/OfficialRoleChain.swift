/// A written position: [qualifier] [calon] ROLE [institution] [unit number/place] [region], e.g.
/// "Pj Bupati Sikka", "Ketua Badan Pengawas Pemilu (Bawaslu) Jawa Tengah", "Dandim 1408/Makassar",
/// "Kepala Desa Rarang di Kecamatan Terara".
struct RoleChain {
    var first: Int
    var last: Int
    var role: String
    var qualifier: String
    var institution: String
    var level: OfficialLexicon.Level?
    var scope: OfficialLexicon.Scope?
    var regionCode = ""
    var regionName = ""
    /// Written with "RI" or a national institution: no region.
    var national = false
    /// An organisation we do not know follows the role ("Ketua Umum Partai ..."): no official.
    var unknownBody = false
}

extension OfficialDocument {
    func roleChain(at start: Int) -> RoleChain? {
        var index = start
        var qualifier = ""
        var candidate = ""
        if let found = position(at: index, .qualifier) {
            guard isCapitalised(index) else { return nil }
            qualifier = lexicon.positions[found.value].canonical
            index = found.last + 1
            if isPunct(index, ".") { index += 1 }
        }
        if let found = position(at: index, .candidate) {
            candidate = lexicon.positions[found.value].canonical
            index = found.last + 1
        }
        guard let found = position(at: index, .role), isCapitalised(index) else { return nil }
        // "Deputi Gubernur Senior Bank Indonesia": the role is the tail of another post.
        if start > 0, isCapitalised(start - 1), !lexicon.stops.contains(folded[start - 1]), !startsSentence(start - 1),
           !paragraphBreak(between: start - 1, and: start), title(at: start - 1, before: false) == nil, !inRegion.contains(start - 1) {
            return nil
        }
        let entry = lexicon.positions[found.value]
        let role = candidate.isEmpty || entry.canonical.hasPrefix(candidate) ? entry.canonical : candidate + " " + entry.canonical
        var chain = RoleChain(first: start, last: found.last, role: role, qualifier: qualifier, institution: entry.institution,
                              level: entry.level, scope: nil)
        index = skipParenthesis(after: found.last + 1).next
        if entry.needsInstitution { readInstitution(into: &chain, at: &index) }
        if chain.unknownBody { return chain }
        if folded.indices.contains(index), folded[index] == "ri", text.tokens[index].kind == .acronym {
            chain.national = true
            index += 1
        }
        if chain.level == .nasional || chain.scope == .national { chain.national = true }
        // Military and police units carry a number and a seat: "Dandim 0303/Bengkalis",
        // "Kodam IV/Diponegoro", "Kodam V Jaya".
        if !chain.institution.isEmpty && isRomanNumeral(index) && !isPunct(index + 1, "/") {
            index += 1
            let seat = index
            while index < count && isCapitalised(index) && index - seat < 3 && title(at: index, before: true) == nil { index += 1 }
        }
        if index + 1 < count, text.tokens[index].kind == .number || isRomanNumeral(index), isPunct(index + 1, "/") {
            index += 2
            // A seat that is no region ("Danrem 121/Alambhana Wanawai") is part of the unit's name.
            if regionAt[index] == nil && lookup?.region(at: index, in: self, level: chain.level, known: known) == nil {
                let seat = index
                while index < count && isCapitalised(index) && index - seat < 4 && title(at: index, before: true) == nil { index += 1 }
            }
        }
        chain.last = index - 1
        if chain.level == .desa { return readVillage(into: chain, at: index) }
        if !chain.national { readRegion(into: &chain, at: index) }
        return chain
    }

    /// "V", "XIII": a unit number written in Roman numerals.
    func isRomanNumeral(_ index: Int) -> Bool {
        guard index >= 0 && index < count, text.tokens[index].kind == .word || text.tokens[index].kind == .acronym else { return false }
        let bytes = text.utf8[text.tokens[index].byteStart..<text.tokens[index].byteEnd]
        return bytes.count <= 5 && bytes.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C }
    }

    func position(at index: Int, _ kind: OfficialLexicon.PositionKind) -> (value: Int, last: Int)? {
        guard let found = positionPhrase(at: index), lexicon.positions[found.value].kind == kind else { return nil }
        return found
    }

    /// "(Bawaslu)" after a name: skipped, and the written short form returned.
    func skipParenthesis(after index: Int) -> (next: Int, inside: String?) {
        guard isPunct(index, "("), index + 2 < count, isPunct(index + 2, ")"),
              text.tokens[index + 1].kind == .acronym || isCapitalised(index + 1) else { return (index, nil) }
        return (index + 3, text.surface(text.tokens[index + 1]))
    }

    /// The token opens a sentence or a line (headings and text scrapes have no final period).
    func startsSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = text.tokens[index - 1]
        if previous.kind == .punct, [".", "!", "?", "\"", ":", "(", "'"].contains(folded[index - 1]) { return true }
        return text.utf8[previous.byteEnd..<text.tokens[index].byteStart].contains(0x0A)
    }

    /// The body after a role: a known one ("Bawaslu", "Komisi Pemilihan Umum"), or a unit
    /// ("Bidang Humas", "Komisi III") ending at a known body, a region or a comma. A short
    /// form in brackets after it is what the document calls it ("... Desa (DPMD)").
    private func readInstitution(into chain: inout RoleChain, at index: inout Int) {
        var unitStart: Int? = chain.institution.isEmpty ? nil : index
        var probe = index
        var body: OfficialLexicon.Institution?
        while probe < count {
            if let found = institutionPhrase(at: probe), !lexicon.institutions[found.value].isUnit,
               !lexicon.institutions[found.value].isPortfolio || probe == index {
                body = lexicon.institutions[found.value]
                let prefix = [chain.institution, unitStart.map { probe > $0 ? surface(from: $0, to: probe - 1) : "" } ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: " ")
                chain.institution = prefix.isEmpty ? lexicon.institutions[found.value].canonical : prefix + " " + lexicon.institutions[found.value].canonical
                chain.scope = lexicon.institutions[found.value].scope
                probe = found.last + 1
                break
            }
            if unitStart == nil {
                guard let unit = institutionPhrase(at: probe), lexicon.institutions[unit.value].isUnit,
                      isCapitalised(probe) else {
                    // A portfolio before the body is not part of it: "Asisten Pemerintahan dan Kesra Setda".
                    if let body = portfolioEnd(from: probe) { probe = body; continue }
                    break
                }
                unitStart = probe
                probe = unit.last + 1
                continue
            }
            let isPart = isCapitalised(probe) || (folded[probe] == "dan" && isCapitalised(probe + 1))
            if regionAt[probe] != nil || isPunct(probe, ",") || isPunct(probe, "(") || !isPart || probe - (unitStart ?? probe) > 7 { break }
            probe += 1
        }
        if body == nil {
            // "Menteri Keuangan Sri Mulyani", "Ketua Yayasan X": a body we do not know swallows
            // the name, so a role that needs a body and has none names no one.
            guard let unit = unitStart, regionAt[probe] != nil || isPunct(probe, ",") || isPunct(probe, "(") else {
                if chain.institution.isEmpty || unitStart != nil { chain.unknownBody = true }
                return
            }
            let written = probe > unit ? surface(from: unit, to: probe - 1) : ""
            chain.institution = [chain.institution, written].filter { !$0.isEmpty }.joined(separator: " ")
            chain.scope = .any
        }
        let bracket = skipParenthesis(after: probe)
        // A bracket naming the role ("Menteri Keuangan (Menkeu)") leaves the body as it is.
        if let short = bracket.inside, positionPhrase(at: probe + 1) == nil {
            if let known = institutionPhrase(at: probe + 1), known.last == probe + 1 {
                chain.institution = lexicon.institutions[known.value].canonical
            } else {
                chain.institution = short
            }
        }
        index = bracket.next
    }

    /// Where a known body starts after a few capitalised portfolio words, if it does.
    private func portfolioEnd(from start: Int) -> Int? {
        var probe = start
        while probe < count && probe - start < 6 && (isCapitalised(probe) || (folded[probe] == "dan" && isCapitalised(probe + 1))) {
            if probe > start, regionAt[probe] == nil, let found = institutionPhrase(at: probe),
               !lexicon.institutions[found.value].isUnit, !lexicon.institutions[found.value].isPortfolio {
                return probe
            }
            if regionAt[probe] != nil { return nil }
            probe += 1
        }
        return nil
    }

    /// The region mention that starts right after the chain or overlaps its end ("Wali Kota
    /// Kupang" where the matcher took "Kota Kupang"), else a region name looked up directly.
    private func readRegion(into chain: inout RoleChain, at index: Int) {
        let looked = lookup?.region(at: index, in: self, level: chain.level, known: known)
        for start in stride(from: index, through: chain.first, by: -1) {
            guard let (mention, last) = regionAt[start], last >= index, last >= looked?.1 ?? 0 else { continue }
            chain.regionCode = mention.regionCode
            chain.regionName = mention.regionName
            chain.last = skipParenthesis(after: last + 1).next - 1
            return
        }
        guard let (region, last) = looked else { return }
        chain.regionCode = region.code
        chain.regionName = region.name
        chain.last = skipParenthesis(after: last + 1).next - 1
    }

    /// A village head's village, then its district: "Kepala Desa Kalisidi, Kecamatan X, NAME",
    /// "Lurah Oebobo, NAME", "Kepala Desa Rarang di Kecamatan Terara, NAME". Without a comma
    /// the village and the name cannot be told apart, so no name is taken.
    private func readVillage(into chain: RoleChain, at start: Int) -> RoleChain {
        var chain = chain
        var index = start
        if let place = positionPhrase(at: index), lexicon.positions[place.value].kind == .place { index = place.last + 1 }
        let placeStart = index
        while index < count && isCapitalised(index) && index - placeStart < 4 && regionAt[index] == nil { index += 1 }
        guard index > placeStart else { return chain }
        chain.last = index - 1
        if let (region, _) = lookup?.region(at: placeStart, in: self, level: .kecamatan, known: known) {
            chain.regionCode = region.code
            chain.regionName = region.name
        }
        guard index < count, isPunct(index, ",") || folded[index] == "di" else { chain.unknownBody = true; return chain }
        var next = index + 1
        if let place = positionPhrase(at: next), lexicon.positions[place.value].kind == .place { next = place.last + 1 }
        if let (mention, last) = regionAt[next] ?? regionAt[index + 1], mention.level == "kecamatan" {
            chain.regionCode = mention.regionCode
            chain.regionName = mention.regionName
            chain.last = last
        } else if folded[index] == "di" {
            chain.unknownBody = true
        }
        return chain
    }
}
