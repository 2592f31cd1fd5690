/// The region of a position written without one ("Pj Bupati Dr. X" in a story about one
/// regency): the document's own region of the level the position heads.
struct OfficialRegionFallback {
    let regions: [RegionMention]

    func complete(_ chain: RoleChain, sentenceOf token: Int, in text: TokenizedText) -> RoleChain {
        guard chain.regionCode.isEmpty, !chain.national else { return chain }
        var chain = chain
        let levels: [[String]]
        switch chain.level {
        case .provinsi?: levels = [["provinsi"]]
        case .kabupaten?: levels = [["kabupaten"]]
        case .kota?: levels = [["kota"]]
        case .daerah?, .kotaDaerah?: levels = [["kabupaten", "kota"]]
        case .kecamatan?: levels = [["kecamatan"]]
        case .desa?: levels = [["kabupaten", "kota"]]
        case .nasional?: return chain
        case nil:
            guard chain.scope != .national else { return chain }
            levels = [["kabupaten", "kota"], ["provinsi"]]
        }
        if chain.level == .desa, let sentence = text.sentences.first(where: { $0.tokens.contains(token) }),
           let near = regions.first(where: { $0.level == "kecamatan" && $0.start >= sentence.start && $0.end <= sentence.end }) {
            chain.regionCode = near.regionCode
            chain.regionName = near.regionName
            return chain
        }
        // "Dari Kota Bekasi, Plh Sekda Junaedi ...": the region the sentence has just named.
        if let sentence = text.sentences.first(where: { $0.tokens.contains(token) }), text.tokens.indices.contains(token) {
            for wanted in levels {
                if let near = regions.last(where: { Set(wanted).contains($0.level) && $0.start >= sentence.start && $0.end <= text.tokens[token].start }) {
                    chain.regionCode = near.regionCode
                    chain.regionName = near.regionName
                    return chain
                }
            }
        }
        // A village in the one district the document names lies in it.
        let districts = Set(regions.filter { $0.level == "kecamatan" }.map(\.regionCode))
        if chain.level == .desa, districts.count == 1, let only = regions.first(where: { $0.level == "kecamatan" }) {
            chain.regionCode = only.regionCode
            chain.regionName = only.regionName
            return chain
        }
        // A body that may be national ("Ketua Bawaslu, X") takes only a region its sentence names.
        if chain.level == nil && chain.scope == .any { return chain }
        for wanted in levels {
            if let found = dominant(Set(wanted)) {
                chain.regionCode = found.regionCode
                chain.regionName = found.regionName
                return chain
            }
        }
        return chain
    }

    /// The most often named region of the levels, the earliest on a tie.
    private func dominant(_ levels: Set<String>) -> RegionMention? {
        var counts: [String: Int] = [:]
        var first: [String: RegionMention] = [:]
        for mention in regions where levels.contains(mention.level) {
            counts[mention.regionCode, default: 0] += 1
            if first[mention.regionCode] == nil { first[mention.regionCode] = mention }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && (first[a.key]?.start ?? 0) > (first[b.key]?.start ?? 0)) }
        return best.flatMap { first[$0.key] }
    }
}
