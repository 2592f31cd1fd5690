/// Finds region mentions in a token stream and resolves each to one Kemendagri code.
///
/// Every written form of every region (official, base, prefixed, alias, spelling variants)
/// sits in one trie over interned token ids. A document's tokens are interned once, then the
/// trie is walked from each token: the cost per token is bounded by the longest name, not by
/// the gazetteer's size. Resolution (RegionResolution.swift) then applies GUIDE.md "Regions".
///
/// Rule ids of the mentions:
/// - `region.prefixed`: with its level or institution word ("Kabupaten Sikka", "Kab. Sikka",
///   "Pemkot Kupang", "Provinsi NTT", "Pemprov Jateng").
/// - `region.kecamatan`: a district with its level word ("Kecamatan Talibura", "Kec. Alok").
/// - `region.alias`: a newsroom abbreviation or variant ("Jateng", "Babel", "Pangkalpinang").
/// - `region.cued`: a bare name after a role word that fixes its level ("Bupati Kupang",
///   "Wali Kota Kupang", "Gubernur Jateng", "Camat Alok").
/// - `region.bare`: a bare name with one reading ("Sikka", "Jawa Tengah").
/// - `region.bare.context`: a bare name with several readings, decided by the document's other
///   mentions ("Kupang" after "Kota Kupang").
/// - `region.bare.default`: a bare name with several readings and no context: the province,
///   else the regency (GUIDE.md).
/// - `region.dateline`: a bare name with several readings opening a dateline ("JAMBI –",
///   "Kupang (ANTARA) -"): the city, unless the document names another reading.
/// - `region.district`: a bare district name whose regency or city the document names, or
///   that continues a list after "Kecamatan" ("Kecamatan Talibura, Waigete, dan Kewapante").
public struct RegionMatcher: Sendable {
    typealias Candidate = RegionTrie.Candidate

    let gazetteer: Gazetteer
    var vocabulary = RegionVocabulary()
    var trie = RegionTrie()
    var levelCues: [(phrase: [Int32], level: Region.Level)] = []
    var institutions: [[Int32]] = []
    var notBefore: [[Int32]] = []
    var notName: Set<Int32> = []
    var listJoiners: Set<Int32> = []

    public init(gazetteer: Gazetteer, context contextFile: DataFile, stoplist: DataFile, tokenizer: Tokenizer) throws(PantauError) {
        self.gazetteer = gazetteer
        let context = try RegionContext(context: contextFile, stoplist: stoplist)
        func path(_ text: String) -> [Int32] {
            let tokenized = tokenizer.tokenize(text)
            return tokenized.tokens.map { vocabulary.intern(tokenized.normalized($0)) }
        }
        func phrase(_ words: [String]) -> [Int32] { words.map { vocabulary.intern($0) } }
        let prefixes = context.prefixes.mapValues { $0.map(phrase) }
        let suffixes = context.suffixes.mapValues { $0.map(phrase) }
        for (index, region) in gazetteer.regions.enumerated() {
            let id = Int32(index)
            if region.name != region.baseName {
                trie.insert(path(region.name), Candidate(region: id, form: .prefixed, prefixLength: UInt8(path(region.name).count - path(region.baseName).count)))
            }
            for variant in RegionNameForms.variants(of: region.baseName, level: region.level) {
                let name = path(variant)
                trie.insert(name, Candidate(region: id, form: .bare, prefixLength: 0))
                for prefix in prefixes[region.level] ?? [] {
                    trie.insert(prefix + name, Candidate(region: id, form: .prefixed, prefixLength: UInt8(prefix.count)))
                }
                for suffix in suffixes[region.level] ?? [] {
                    trie.insert(name + suffix, Candidate(region: id, form: .prefixed, prefixLength: 0))
                }
            }
        }
        for alias in gazetteer.aliases {
            guard let index = gazetteer.index(code: alias.code) else { continue }
            let region = gazetteer.regions[index], name = path(alias.alias)
            let levelPrefixes = prefixes[region.level] ?? []
            if let prefix = levelPrefixes.first(where: { name.starts(with: $0) && name.count > $0.count }) {
                trie.insert(name, Candidate(region: Int32(index), form: .prefixed, prefixLength: UInt8(prefix.count)))
                continue
            }
            trie.insert(name, Candidate(region: Int32(index), form: .alias, prefixLength: 0))
            for prefix in levelPrefixes {
                trie.insert(prefix + name, Candidate(region: Int32(index), form: .prefixed, prefixLength: UInt8(prefix.count)))
            }
        }
        for name in context.cueOnly { trie.restrict(path(name), .cueOnly) }
        for name in context.notInitial { trie.restrict(path(name), .notInitial) }
        levelCues = context.levelCues.map { (phrase($0.phrase), $0.level) }
        institutions = context.institutions.map(phrase)
        notBefore = context.notBefore.map(phrase)
        notName = Set(context.notName.map { vocabulary.intern($0) })
        listJoiners = Set(context.listJoiners.map { vocabulary.intern($0) })
    }

    public func match(_ text: TokenizedText) -> [RegionMention] {
        let scan = RegionScan(matcher: self, text: text)
        return resolve(scan.hits(), text: text)
    }
}
