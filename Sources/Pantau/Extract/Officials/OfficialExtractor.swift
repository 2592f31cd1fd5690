/// Finds named officials (GUIDE.md "Officials"): a position written next to a personal name,
/// one row per person per document, with every later mention of the same person counted.
public struct OfficialExtractor: Sendable {
    let lexicon: OfficialLexicon
    let lookup: OfficialRegionLookup?

    public init(positions: DataFile, institutions: DataFile, titles: DataFile, stops: DataFile, particles: DataFile,
                anaphora: DataFile, commonWords: DataFile? = nil, givenNames: DataFile? = nil,
                tokenizer: Tokenizer, gazetteer: Gazetteer? = nil) throws(PantauError) {
        lexicon = try OfficialLexicon(positions: positions, institutions: institutions, titles: titles, stops: stops,
                                      particles: particles, anaphora: anaphora, commonWords: commonWords, givenNames: givenNames,
                                      tokenizer: tokenizer)
        lookup = gazetteer.map { OfficialRegionLookup(gazetteer: $0, tokenizer: tokenizer) }
    }

    public func extract(_ text: TokenizedText, regions: [RegionMention]) -> [Official] {
        extractWithMentions(text, regions: regions).officials
    }

    /// The officials and where each is mentioned, for the claims stage's speaker attribution.
    public func extractWithMentions(_ text: TokenizedText, regions: [RegionMention]) -> OfficialExtraction {
        let document = OfficialDocument(text: text, regions: regions, lexicon: lexicon, lookup: lookup)
        var chains: [RoleChain] = []
        var index = 0
        while index < document.count {
            if let chain = document.roleChain(at: index) {
                chains.append(chain)
                index = chain.last + 1
            } else {
                index += 1
            }
        }
        inheritDivisionBodies(&chains, document)
        let bindings = chains.indices.compactMap { bind(chains[$0], chainIndex: $0, document) } + document.candidatePairs()
        var people = OfficialPeople.merge(bindings, document: document)
        for person in people.indices {
            people[person].chain = OfficialRegionFallback(regions: regions)
                .complete(people[person].chain, sentenceOf: people[person].firstToken, in: text)
        }
        return OfficialPeople.finish(people, chains: chains, document: document)
    }

    /// The name written with a chain: after it ("Bupati Sikka, Yohanes," / "Pj Bupati Sikka Dr.
    /// Adrianus") or before it ("Usman, Ketua Bawaslu ..." / "Usman selaku Ketua ...").
    private func bind(_ chain: RoleChain, chainIndex: Int, _ document: OfficialDocument) -> OfficialBinding? {
        guard !chain.unknownBody, !document.isHeading(chain.first) else { return nil }
        var start = document.skipAppositions(after: chain.last + 1)
        var comma = document.isPunct(start, ",")
        if comma { start += 1 }
        if start < document.count, !document.paragraphBreak(between: chain.last, and: start),
           var name = document.parseName(at: start), !isRegionName(name, document), !document.isCommonWords(name) {
            // "Ketua Bawaslu Meranti, Khairunnas,": a one-word place we do not know, then the name.
            if !comma, name.first == name.last, name.titles.isEmpty, document.isPunct(name.end + 1, ","),
               let next = document.parseName(at: name.end + 2),
               document.isPunct(next.end + 1, ",") || document.isLowercaseWord(next.end + 1) {
                name = next
                comma = true
            }
            let after = name.end + 1
            let closed = after >= document.count || document.text.tokens[after].kind == .punct
                || document.paragraphBreak(between: name.end, and: after) || !comma
            return OfficialBinding(name: name, chain: chain, chainIndex: chainIndex, strong: closed, rule: "official.role-name")
        }
        let before = chain.first - 1
        guard before >= 0 else { return nil }
        // "Nanang Qosim ketua KPU Kabupaten Kediri": a role in lower case right after a name.
        if chain.lowercase, document.isNameWord(before), let name = document.parseName(endingAt: before),
           !isRegionName(name, document), !document.isCommonWords(name) {
            return OfficialBinding(name: name, chain: chain, chainIndex: chainIndex, strong: true, rule: "official.name-role")
        }
        guard before >= 1 else { return nil }
        let linked = document.isPunct(before, ",") || document.folded[before] == "selaku" || document.folded[before] == "sebagai"
        guard linked, let name = document.parseName(endingAt: before - 1), !isRegionName(name, document),
              !document.isCommonWords(name) else { return nil }
        let rule = document.isPunct(before, ",") ? "official.name-role" : "official.selaku"
        return OfficialBinding(name: name, chain: chain, chainIndex: chainIndex, strong: true, rule: rule)
    }

    /// "Divisi Pencegahan dan Humas, NAME" written after "Ketua Panwascam X, NAME beserta": a
    /// division without its body belongs to the body named last before it in the sentence.
    private func inheritDivisionBodies(_ chains: inout [RoleChain], _ document: OfficialDocument) {
        for index in chains.indices where chains[index].needs == .division && chains[index].institution.isEmpty && !chains[index].unknownBody {
            let sentence = document.sentenceStart(of: chains[index].first)
            let previous = chains[..<index].last { !$0.institution.isEmpty && $0.first >= sentence && !$0.unknownBody
                && ["Bawaslu", "KPU", "Panwaslu", "Panwascam", "Panwaslih"].contains($0.institution) }
            guard let previous else {
                if !chains[index].bodies.isEmpty { chains[index].unknownBody = true }
                continue
            }
            chains[index].institution = previous.institution
            chains[index].scope = previous.scope
            if chains[index].regionCode.isEmpty {
                chains[index].regionCode = previous.regionCode
                chains[index].regionName = previous.regionName
            }
        }
    }

    /// "Di Samarinda, Pj Gubernur ...": a region's name where a person's name could stand.
    private func isRegionName(_ name: ParsedName, _ document: OfficialDocument) -> Bool {
        if (name.first...name.last).contains(where: { document.inRegion.contains($0) }) { return true }
        guard name.titles.isEmpty, let (_, last) = lookup?.region(at: name.first, in: document, level: nil, known: document.known) else { return false }
        return last == name.last
    }
}

/// A name bound to a position by one of GUIDE.md's patterns.
struct OfficialBinding {
    var name: ParsedName
    var chain: RoleChain
    var chainIndex: Int
    /// "ROLE, NAME verb" without a closing comma is weak: the name may be the subject of the
    /// next clause ("dengan Bupati Bengkalis, Usman menyampaikan ...").
    var strong: Bool
    var rule: String
}
