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
    /// Written in lower case ("kata anggota Bawaslu X NAME"): it names the person written right
    /// by it, and is no role-only mention of anyone.
    var lowercase = false
    /// What the role reads after itself, and the bodies it may name.
    var needs: OfficialLexicon.Needs = .none
    var bodies: Set<String> = []
    /// The region came from the unit's own brackets ("Dandim 0211/TT (Tapanuli Tengah)").
    var fixedRegion = false
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
            // "Penjabat (Pj) Bupati Madiun": the short form in brackets.
            index = skipParenthesis(after: index).next
        }
        if let found = position(at: index, .candidate) {
            candidate = lexicon.positions[found.value].canonical
            index = found.last + 1
        }
        guard let found = position(at: index, .role) else { return nil }
        // A role in lower case ("kata anggota Bawaslu Sikka NAME") counts only with its body
        // or as a long phrase ("ketua majelis hakim"), checked once the chain is read.
        let lowercase = !isCapitalised(index)
        if lowercase && (!qualifier.isEmpty || !candidate.isEmpty || !isLowercaseWord(index)) { return nil }
        // "Deputi Gubernur Senior Bank Indonesia": the role is the tail of another post.
        if !lowercase, start > 0, isCapitalised(start - 1), !lexicon.stops.contains(folded[start - 1]), !startsSentence(start - 1),
           !paragraphBreak(between: start - 1, and: start), title(at: start - 1, before: false) == nil, !inRegion.contains(start - 1) {
            return nil
        }
        let entry = lexicon.positions[found.value]
        let role = candidate.isEmpty || entry.canonical.hasPrefix(candidate) ? entry.canonical : candidate + " " + entry.canonical
        var chain = RoleChain(first: start, last: found.last, role: role, qualifier: qualifier, institution: entry.institution,
                              level: entry.level, scope: nil)
        chain.lowercase = lowercase
        chain.needs = entry.needs
        chain.bodies = entry.bodies
        index = skipParenthesis(after: found.last + 1).next
        // Most lower-case role words name no one ("para anggota", "kepala desa itu"): a body
        // must follow at once, or the phrase be long, before the chain is read at all.
        if lowercase && !isLongPhrase(found, start: start) && (entry.needs == .none || institutionPhrase(at: index) == nil) { return nil }
        var knownBody = false
        switch entry.needs {
        case .institution: knownBody = readInstitution(into: &chain, at: &index)
        case .unit: knownBody = readUnit(into: &chain, at: &index)
        case .division: knownBody = readDivision(into: &chain, at: &index)
        case .none: break
        }
        if chain.unknownBody { return chain }
        if lowercase && !knownBody && !isLongPhrase(found, start: start) { return nil }
        if folded.indices.contains(index), folded[index] == "ri", text.tokens[index].kind == .acronym {
            chain.national = true
            index += 1
        }
        if chain.level == .nasional || chain.scope == .national { chain.national = true }
        index = readUnitNumber(into: &chain, at: index)
        chain.last = index - 1
        if chain.level == .desa { return readVillage(into: chain, at: index) }
        // "Sekretaris Daerah Kabupaten (Sekdakab) Agam": a level word, the role's short form, the name.
        if folded.indices.contains(index), ["kabupaten", "kota", "provinsi"].contains(folded[index]), isPunct(index + 1, "(") {
            let bracket = skipBracket(after: index + 1)
            if bracket.next > index + 1 { index = bracket.next }
        }
        if !chain.national { readRegion(into: &chain, at: index) }
        return chain
    }

    /// The role phrase itself has three words or more ("ketua majelis hakim").
    private func isLongPhrase(_ found: (value: Int, last: Int), start: Int) -> Bool {
        found.last - start >= 2
    }

    /// Military and police units carry a number and a seat: "Dandim 0303/Bengkalis",
    /// "Kodam IV/Diponegoro", "Kodam V Jaya", "Kodim 0804", "Dandim 0211/TT (Tapanuli Tengah)",
    /// "Koramil 1402-01/Polewali". A region in the seat's brackets is the chain's region.
    private func readUnitNumber(into chain: inout RoleChain, at start: Int) -> Int {
        var index = start
        // "I Made ...": a Balinese name, not the unit "I".
        if !chain.institution.isEmpty && isRomanNumeral(index) && !isPunct(index + 1, "/")
            && !lexicon.balineseNames.contains(folded.indices.contains(index + 1) ? folded[index + 1] : "") {
            index += 1
            let seat = index
            while index < count && isCapitalised(index) && index - seat < 3 && title(at: index, before: true) == nil { index += 1 }
            return index
        }
        let numbered = chain.level != nil || !chain.institution.isEmpty
        if numbered, index < count, text.tokens[index].kind == .number, text.tokens[index].byteEnd - text.tokens[index].byteStart <= 4,
           !isPunct(index + 1, "/") {
            index += 1
            if isPunct(index, "-"), index + 1 < count, text.tokens[index + 1].kind == .number { index += 2 }
            if !isPunct(index, "/") { return index }
            index -= 1
        }
        if index + 1 < count, text.tokens[index].kind == .number || isRomanNumeral(index), isPunct(index + 1, "/") {
            index += 2
            // A seat that is no region ("Danrem 121/Alambhana Wanawai") is part of the unit's name.
            if regionAt[index] == nil && lookup?.region(at: index, in: self, level: chain.level, known: known) == nil {
                let seat = index
                while index < count && (isCapitalised(index) || text.tokens[index].kind == .acronym) && index - seat < 4
                    && title(at: index, before: true) == nil { index += 1 }
                if isPunct(index, "(") {
                    let bracket = skipBracket(after: index)
                    if let region = bracket.region, chain.regionCode.isEmpty {
                        chain.regionCode = region.regionCode
                        chain.regionName = region.regionName
                        chain.national = false
                        chain.fixedRegion = true
                    }
                    index = bracket.next
                }
            }
        }
        return index
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
    /// form in brackets after it is what the document calls it ("... Desa (DPMD)"). True when
    /// a known body was read.
    @discardableResult
    func readInstitution(into chain: inout RoleChain, at index: inout Int) -> Bool {
        var unitStart: Int? = chain.institution.isEmpty ? nil : index
        var probe = index
        var body: OfficialLexicon.Institution?
        var unitScope: OfficialLexicon.Scope = .any
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
                unitScope = lexicon.institutions[unit.value].scope
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
                return false
            }
            let written = probe > unit ? surface(from: unit, to: probe - 1) : ""
            chain.institution = [chain.institution, written].filter { !$0.isEmpty }.joined(separator: " ")
            // "Dinas Kimpraswil": a body opened by Dinas is always a region's.
            chain.scope = unitScope
        }
        if let body, !chain.bodies.isEmpty, !chain.bodies.contains(body.canonical) {
            chain.unknownBody = true
            return false
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
        return body != nil
    }

    /// The unit a head of unit heads, kept in the role ("Kepala Bidang Bina Marga", "Asisten
    /// Pemerintahan", "Kasat Resnarkoba"), then its body if one follows ("Dinas PUPR", "Polda",
    /// "Setda"). The unit's words end at a body, a region, a comma, a bracket or a rank; a run
    /// of capitalised words that ends otherwise may hold a name, so it names no one.
    func readUnit(into chain: inout RoleChain, at index: inout Int) -> Bool {
        let start = index
        var probe = index
        while probe < count && probe - start < 8 {
            if let found = institutionPhrase(at: probe) {
                let institution = lexicon.institutions[found.value]
                if !institution.isUnit && !institution.isPortfolio { break }
                // "Kepala Bidang Bina Marga Dinas PUPR": a body's opening word ends the unit.
                if institution.isUnit && probe > start && ["dinas", "badan", "kantor"].contains(folded[probe]) { break }
            }
            if regionAt[probe] != nil || title(at: probe, before: true) != nil { break }
            let isPart = isCapitalised(probe) || text.tokens[probe].kind == .acronym || isRomanNumeral(probe)
                || (folded[probe] == "dan" && isCapitalised(probe + 1))
            if !isPart { break }
            probe += 1
        }
        if probe > start { chain.role += " " + surface(from: start, to: probe - 1) }
        index = probe
        if probe < count, regionAt[probe] == nil, institutionPhrase(at: probe) != nil {
            var reading = chain
            reading.institution = ""
            let known = readInstitution(into: &reading, at: &index)
            if known || !reading.unknownBody {
                chain = reading
                return known
            }
            index = probe
            return false
        }
        let ended = probe >= count || regionAt[probe] != nil || isPunct(probe, ",") || isPunct(probe, "(") || isPunct(probe, ".")
            || title(at: probe, before: true) != nil || paragraphBreak(between: probe - 1, and: probe)
        // "Kepala Bidang Pendidikan Dasar Budi Santoso mengatakan": the unit may have taken the name.
        if !ended && probe > start { chain.unknownBody = true }
        return false
    }

    /// An election body's division ("Koordinator Divisi Hukum, Pencegahan, Partisipasi
    /// Masyarakat, dan Humas Bawaslu Kulonprogo"): division words, commas and "dan" up to the
    /// body, which may follow a comma ("Kordiv Penanganan Pelanggaran, Bawaslu Parimo, NAME").
    func readDivision(into chain: inout RoleChain, at index: inout Int) -> Bool {
        var probe = index
        if folded.indices.contains(probe), folded[probe] == "divisi" || folded[probe] == "bidang" { probe += 1 }
        probe = skipDivisionWords(from: probe)
        if isPunct(probe, ","), institutionPhrase(at: probe + 1) != nil { probe += 1 }
        if probe < count, let found = institutionPhrase(at: probe), !lexicon.institutions[found.value].isUnit,
           !lexicon.institutions[found.value].isPortfolio {
            index = probe
            var reading = chain
            reading.institution = ""
            let known = readInstitution(into: &reading, at: &index)
            chain = reading
            return known
        }
        if chain.bodies.isEmpty && probe == index {
            // "Komisioner KPU ...": no division written, an ordinary body may follow.
            return readInstitution(into: &chain, at: &index)
        }
        // No body: the division's body is the one named before it in the sentence (see
        // OfficialExtractor); without words of a division this is no position.
        if probe == index { chain.unknownBody = true }
        index = probe
        return false
    }

    /// Division words with the commas, "dan", "&" and bracketed short forms between them.
    func skipDivisionWords(from start: Int) -> Int {
        var probe = start
        var last = start
        while probe < count && probe - start < 16 {
            if lexicon.divisionWords.contains(folded[probe]) && (isCapitalised(probe) || text.tokens[probe].kind == .acronym) {
                probe += 1
                last = probe
                continue
            }
            if folded[probe] == "dan" || folded[probe] == "&" || folded[probe] == "serta" || isPunct(probe, ",") {
                probe += 1
                continue
            }
            if isPunct(probe, "("), probe > start {
                let bracket = skipBracket(after: probe)
                if bracket.next > probe { probe = bracket.next; last = probe; continue }
            }
            break
        }
        return last
    }

    /// A bracket of up to five capitalised words or short forms ("(Tapanuli Tengah)", "(PPPS)",
    /// "(Sekdakab)"), and the region mention inside it, if any.
    func skipBracket(after index: Int) -> (next: Int, region: RegionMention?) {
        guard isPunct(index, "(") else { return (index, nil) }
        var probe = index + 1
        var region: RegionMention?
        while probe < count && probe - index <= 6 {
            if isPunct(probe, ")") { return probe > index + 1 ? (probe + 1, region) : (index, nil) }
            if let (mention, _) = regionAt[probe], region == nil { region = mention }
            guard isCapitalised(probe) || text.tokens[probe].kind == .acronym || isPunct(probe, "-") else { break }
            probe += 1
        }
        return (index, nil)
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
        guard !chain.fixedRegion else { return }
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
