/// A written position: [qualifier] [calon] ROLE [institution] [region], e.g.
/// "Pj Bupati Sikka", "Ketua Badan Pengawas Pemilu (Bawaslu) Jawa Tengah", "Menteri PANRB".
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
        if let found = lexicon.positionTrie.longest(in: folded, from: index), lexicon.positions[found.value].kind == .qualifier {
            guard isCapitalised(index) else { return nil }
            qualifier = lexicon.positions[found.value].canonical
            index = found.last + 1
            if isPunct(index, ".") { index += 1 }
        }
        if let found = lexicon.positionTrie.longest(in: folded, from: index), lexicon.positions[found.value].kind == .candidate {
            candidate = lexicon.positions[found.value].canonical
            index = found.last + 1
        }
        guard let found = lexicon.positionTrie.longest(in: folded, from: index), isCapitalised(index) else { return nil }
        // "Deputi Gubernur Senior Bank Indonesia": the role is the tail of another post.
        if start > 0, isCapitalised(start - 1), !lexicon.stops.contains(folded[start - 1]), !startsSentence(start - 1),
           !paragraphBreak(between: start - 1, and: start), title(at: start - 1, before: false) == nil, !inRegion.contains(start - 1) {
            return nil
        }
        let position = lexicon.positions[found.value]
        guard position.kind == .role else { return nil }
        let role = candidate.isEmpty || position.canonical.hasPrefix(candidate) ? position.canonical : candidate + " " + position.canonical
        var chain = RoleChain(first: start, last: found.last, role: role, qualifier: qualifier, institution: position.institution,
                              level: position.level, scope: nil)
        index = found.last + 1
        if position.needsInstitution { readInstitution(into: &chain, at: &index) }
        if chain.unknownBody { return chain }
        if isPunct(index, "("), index + 2 < count, isPunct(index + 2, ")"), text.tokens[index + 1].kind == .acronym || isCapitalised(index + 1) {
            index += 3
        }
        if folded.indices.contains(index), folded[index] == "ri", text.tokens[index].kind == .acronym {
            chain.national = true
            index += 1
        }
        if chain.level == .nasional || chain.scope == .national { chain.national = true }
        chain.last = index - 1
        if !chain.national { readRegion(into: &chain, at: index) }
        return chain
    }

    /// The token opens a sentence or a line (headings and text scrapes have no final period).
    func startsSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = text.tokens[index - 1]
        if previous.kind == .punct, [".", "!", "?", "\"", ":", "(", "'"].contains(folded[index - 1]) { return true }
        return text.utf8[previous.byteEnd..<text.tokens[index].byteStart].contains(0x0A)
    }

    /// The body after a role: a known one ("Bawaslu", "Komisi Pemilihan Umum"), or a unit
    /// ("Bidang Humas", "Komisi III") ending at a known body, a region or a comma.
    private func readInstitution(into chain: inout RoleChain, at index: inout Int) {
        var unitStart: Int? = chain.institution.isEmpty ? nil : index
        var probe = index
        while probe < count {
            if let body = lexicon.institutionTrie.longest(in: folded, from: probe), !lexicon.institutions[body.value].isUnit {
                let entry = lexicon.institutions[body.value]
                let prefix = [chain.institution, unitStart.map { probe > $0 ? surface(from: $0, to: probe - 1) : "" } ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: " ")
                chain.institution = prefix.isEmpty ? entry.canonical : prefix + " " + entry.canonical
                chain.scope = entry.scope
                index = body.last + 1
                return
            }
            if unitStart == nil {
                guard let unit = lexicon.institutionTrie.longest(in: folded, from: probe), lexicon.institutions[unit.value].isUnit,
                      isCapitalised(probe) else { break }
                unitStart = probe
                probe = unit.last + 1
                continue
            }
            let isPart = isCapitalised(probe) || (folded[probe] == "dan" && isCapitalised(probe + 1))
            if regionAt[probe] != nil || isPunct(probe, ",") || !isPart || probe - (unitStart ?? probe) > 6 { break }
            probe += 1
        }
        guard let unit = unitStart else {
            // "Menteri Keuangan Sri Mulyani", "Ketua Yayasan X": a body we do not know swallows
            // the name, so a role that needs a body and has none names no one.
            if chain.institution.isEmpty { chain.unknownBody = true }
            return
        }
        // A unit without a known body counts only when a region or a comma closes it.
        if regionAt[probe] != nil || isPunct(probe, ",") {
            let written = probe > unit ? surface(from: unit, to: probe - 1) : ""
            chain.institution = [chain.institution, written].filter { !$0.isEmpty }.joined(separator: " ")
            chain.scope = .regional
            index = probe
        } else {
            chain.unknownBody = true
        }
    }

    /// The region mention that starts right after the chain or overlaps its end
    /// ("Wali Kota Kupang" where the matcher took "Kota Kupang").
    private func readRegion(into chain: inout RoleChain, at index: Int) {
        for start in stride(from: index, through: chain.first, by: -1) {
            guard let (mention, last) = regionAt[start], last >= index else { continue }
            chain.regionCode = mention.regionCode
            chain.regionName = mention.regionName
            chain.last = last
            return
        }
    }
}
