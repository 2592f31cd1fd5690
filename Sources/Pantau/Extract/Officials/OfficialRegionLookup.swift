/// Region names written right after a position, looked up in the gazetteer itself: the region
/// matcher rightly doubts a bare name between capitalised words ("Kapolres Sikka AKBP ..."),
/// but after a position the name is the position's region.
struct OfficialRegionLookup: Sendable {
    private var byName: [String: [Int]] = [:]
    private var longest = 1
    let gazetteer: Gazetteer

    init(gazetteer: Gazetteer, tokenizer: Tokenizer) {
        self.gazetteer = gazetteer
        func add(_ surface: String, _ index: Int) {
            let tokenized = tokenizer.tokenize(surface)
            let keys = tokenized.tokens.map { tokenized.normalized($0) }
            guard !keys.isEmpty else { return }
            longest = max(longest, keys.count)
            let key = keys.joined(separator: " ")
            if !(byName[key]?.contains(index) ?? false) { byName[key, default: []].append(index) }
        }
        var indexByCode: [String: Int] = [:]
        for (index, region) in gazetteer.regions.enumerated() {
            indexByCode[region.code] = index
            add(region.baseName, index)
            // "Kepulauan Meranti" is "Meranti" in the news; such short forms rank after full names.
            if region.baseName.hasPrefix("Kepulauan ") && region.level != .provinsi { add(String(region.baseName.dropFirst(10)), index) }
            // Police resorts name the city after the place: "Polres Sukabumi Kota".
            if region.level == .kota { add(region.baseName + " Kota", index) }
            // Police sectors name a district by its town: "Kapolsek Kota Pamekasan".
            if region.level == .kecamatan { add("Kota " + region.baseName, index) }
            if region.level == .kota, region.baseName.utf8.contains(0x20) { add(region.baseName.replacingOccurrences(of: " ", with: ""), index) }
        }
        for alias in gazetteer.aliases {
            if let index = indexByCode[alias.code] { add(alias.alias, index) }
        }
    }

    /// The region named at `start` fitting the level, preferring regions the document names.
    func region(at start: Int, in document: OfficialDocument, level: OfficialLexicon.Level?, known: Set<String>) -> (Region, Int)? {
        let allowed: [Region.Level]
        switch level {
        case .provinsi?: allowed = [.provinsi]
        case .kabupaten?: allowed = [.kabupaten]
        case .kota?: allowed = [.kota]
        case .daerah?: allowed = [.kabupaten, .kota]
        case .kotaDaerah?: allowed = [.kota, .kabupaten]
        case .kecamatan?, .desa?: allowed = [.kecamatan]
        case .nasional?: return nil
        case nil: allowed = [.provinsi, .kabupaten, .kota]
        }
        var length = min(longest, document.count - start)
        while length >= 1 {
            let range = start..<(start + length)
            if range.allSatisfy({ document.isCapitalised($0) || (document.text.tokens[$0].kind == .punct && document.folded[$0] == "-") }),
               let indices = byName[range.map { document.folded[$0] }.joined(separator: " ")] {
                let regions = indices.map { gazetteer.regions[$0] }.filter { allowed.contains($0.level) }
                    .filter { $0.level != .kecamatan || known.contains($0.parent) }
                if let chosen = choose(regions, known: known, allowed: allowed) { return (chosen, start + length - 1) }
            }
            length -= 1
        }
        return nil
    }

    private func choose(_ regions: [Region], known: Set<String>, allowed: [Region.Level]) -> Region? {
        if let named = regions.first(where: { known.contains($0.code) }) { return named }
        if let inProvince = regions.first(where: { known.contains($0.provinceCode) }) { return inProvince }
        return regions.min { (allowed.firstIndex(of: $0.level) ?? 9) < (allowed.firstIndex(of: $1.level) ?? 9) }
    }
}
