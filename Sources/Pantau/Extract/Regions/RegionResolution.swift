/// GUIDE.md "Regions": each hit to one region, or none.
///
/// Pass 1 collects what the document names without doubt (a prefixed or cued name, or a
/// name with one reading). Pass 2 resolves every hit by those mentions: the one reading the
/// document names elsewhere wins (when it names several, the regency does), then a
/// district of a named regency or city, then a region in a named province, then the
/// province, regency, city in that order. A bare district needs its regency or city named;
/// a district name with several readings and nothing to choose by is dropped.
extension RegionMatcher {
    typealias Hit = RegionScan.Hit

    func resolve(_ hits: [Hit], text: TokenizedText) -> [RegionMention] {
        var positions: [Int32: [Int]] = [:]
        for (n, hit) in hits.enumerated() {
            let readings = reading(hit)
            if readings.count == 1 { positions[readings[0].region, default: []].append(n) }
        }
        // A bare name with one reading above district level names it, unless one of its district
        // readings lies in a regency or city named for sure ("Depok" in a Sleman story).
        let sure = Set(positions.keys)
        for (n, hit) in hits.enumerated() {
            let readings = reading(hit)
            let upper = readings.filter { level($0) != .kecamatan }
            guard readings.count > 1, upper.count == 1 else { continue }
            let parentNamed = readings.contains { candidate in
                level(candidate) == .kecamatan && (gazetteer.index(code: gazetteer.regions[Int(candidate.region)].parent).map { sure.contains(Int32($0)) } ?? false)
            }
            if !parentNamed { positions[upper[0].region, default: []].append(n) }
        }
        // A dateline names a city ("JAMBI –"), unless the document names another reading of it
        // for sure ("MADIUN -" over a story about Kabupaten Madiun); the city is then the
        // context of the name's other bare mentions.
        for (n, hit) in hits.enumerated() where hit.dateline && hit.cue == nil {
            let readings = reading(hit)
            guard readings.count > 1, !readings.contains(where: { positions[$0.region] != nil }),
                  let city = readings.first(where: { level($0) == .kota }) else { continue }
            positions[city.region, default: []].append(n)
        }
        // A regency or city resolved from context may be the parent that licenses a district.
        var named = Set(positions.keys)
        var chosen = hits.enumerated().map { choose($1, at: $0, positions: positions, named: named) }
        for case let (candidate, _)? in chosen where level(candidate) != .kecamatan { named.insert(candidate.region) }
        chosen = hits.enumerated().map { choose($1, at: $0, positions: positions, named: named) }

        var mentions: [RegionMention] = []
        for (hit, pick) in zip(hits, chosen) {
            guard let (candidate, contextual) = pick else { continue }
            let region = gazetteer.regions[Int(candidate.region)]
            let head = text.tokens[hit.first], tail = text.tokens[hit.last]
            let skip = hit.skip   // "se-" before the name: ASCII, so bytes and code points agree
            mentions.append(RegionMention(regionCode: region.code, regionName: region.name, level: region.level.rawValue,
                                          provinceCode: region.provinceCode, surface: text.slice(bytes: (head.byteStart + skip)..<tail.byteEnd),
                                          start: head.start + skip, end: tail.end, rule: rule(candidate, hit: hit, contextual: contextual)))
        }
        return mentions
    }

    private func level(_ candidate: Candidate) -> Region.Level { gazetteer.regions[Int(candidate.region)].level }

    /// The hit's readings, narrowed by a role word in front ("Bupati Kupang" is the regency).
    /// A region reached by two forms (an alias repeating its official name) counts once.
    private func reading(_ hit: Hit) -> [Candidate] {
        var seen: Set<Int32> = []
        let unique = hit.candidates.sorted { $0.form.rawValue < $1.form.rawValue }.filter { seen.insert($0.region).inserted }
        guard let cue = hit.cue else { return unique }
        let matching = unique.filter { level($0) == cue }
        return matching.isEmpty ? unique : matching
    }

    private func rule(_ candidate: Candidate, hit: Hit, contextual: Bool?) -> String {
        let region = gazetteer.regions[Int(candidate.region)]
        switch candidate.form {
        case .prefixed: return region.level == .kecamatan ? "region.kecamatan" : "region.prefixed"
        case .alias: return "region.alias"
        case .bare:
            if region.level == .kecamatan { return "region.district" }
            if hit.cue != nil && hit.cue == region.level { return "region.cued" }
            if hit.dateline && region.level == .kota && hit.candidates.count > 1 { return "region.dateline" }
            guard let contextual else { return "region.bare" }
            return contextual ? "region.bare.context" : "region.bare.default"
        }
    }

    /// The reading to take and how it was decided: nil for a single reading, true when the
    /// document's other mentions decided, false for the default order.
    private func choose(_ hit: Hit, at n: Int, positions: [Int32: [Int]], named: Set<Int32>) -> (Candidate, Bool?)? {
        let pool = reading(hit).filter { candidate in
            let region = gazetteer.regions[Int(candidate.region)]
            guard candidate.form == .bare, region.level == .kecamatan, !hit.listedDistrict else { return true }
            return gazetteer.index(code: region.parent).map { named.contains(Int32($0)) } ?? false
        }
        guard pool.count > 1 else { return pool.first.map { ($0, nil) } }
        // GUIDE.md: a name that is both resolves by the document's other mentions; when the
        // document names both, it is ambiguous again and falls back to the regency.
        let namedReadings = pool.filter { positions[$0.region] != nil && level($0) != .kecamatan }
        if namedReadings.count == 1 { return (namedReadings[0], true) }
        if namedReadings.count > 1 {
            return Self.levelOrder.lazy.compactMap { preferred in namedReadings.first { self.level($0) == preferred } }.first.map { ($0, false) }
        }
        let parents = pool.filter { candidate in
            let region = gazetteer.regions[Int(candidate.region)]
            return region.level == .kecamatan && (gazetteer.index(code: region.parent).map { named.contains(Int32($0)) } ?? false)
        }
        if parents.count == 1 { return (parents[0], true) }
        let provinces = Set(named.map { gazetteer.regions[Int($0)].provinceCode })
        let inProvince = pool.filter { provinces.contains(gazetteer.regions[Int($0.region)].provinceCode) }
        if inProvince.count == 1 { return (inProvince[0], true) }
        let rest = inProvince.isEmpty ? pool : inProvince
        for preferred in Self.levelOrder {
            let atLevel = rest.filter { level($0) == preferred }
            if atLevel.count == 1 { return (atLevel[0], !inProvince.isEmpty) }
            if atLevel.count > 1 { return nil }
        }
        return nil
    }

    static let levelOrder: [Region.Level] = [.provinsi, .kabupaten, .kota]
}
