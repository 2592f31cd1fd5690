/// Finds region mentions in a token stream and resolves each to one Kemendagri code.
///
/// One trie over folded token sequences holds every name form (official, base, prefixed,
/// alias), so a lookup walks at most as many nodes as the longest name has tokens,
/// whatever the gazetteer's size. Resolution then applies GUIDE.md "Regions".
public struct RegionMatcher: Sendable {
    enum Form: Sendable, Hashable {
        /// Written with its level word or institution: "Kabupaten Sikka", "Pemkot Kupang".
        case prefixed
        /// The name alone: "Sikka", "Jawa Tengah". Needs capitals and context.
        case bare
        /// A newsroom abbreviation or variant: "Jateng", "Babel".
        case alias
    }

    struct Candidate: Sendable, Hashable {
        var regionIndex: Int
        var form: Form
    }

    struct TrieNode: Sendable {
        var children: [String: Int] = [:]
        var candidates: [Candidate] = []
    }

    let gazetteer: Gazetteer
    var nodes: [TrieNode] = [TrieNode()]
    let notBefore: [[String]]
    let levelCues: [(cue: [String], level: Region.Level)]
    let institutionCues: Set<String>

    public init(gazetteer: Gazetteer, context: DataFile, tokenizer: Tokenizer) throws(PantauError) {
        self.gazetteer = gazetteer
        var notBefore: [[String]] = []
        var cues: [([String], Region.Level)] = []
        var institutions: Set<String> = []
        for (index, row) in context.rows.enumerated() {
            guard row.count >= 2 else { throw .dataFileMalformed(file: context.name, line: index + 1, reason: "expected cue and words") }
            let words = row[1].split(separator: " ").map(String.init)
            if row[0] == "not-before" { notBefore.append(words) }
            else if row[0] == "institution" { institutions.insert(row[1]) }
            else if let level = Region.Level(rawValue: row[0]) { cues.append((words, level)) }
            else { throw .dataFileMalformed(file: context.name, line: index + 1, reason: "unknown cue '\(row[0])'") }
        }
        self.notBefore = notBefore
        self.levelCues = cues.sorted { $0.0.count > $1.0.count }
        self.institutionCues = institutions

        for (index, region) in gazetteer.regions.enumerated() {
            for (form, surface) in Self.forms(of: region) {
                insert(tokenizer.tokenize(surface), Candidate(regionIndex: index, form: form))
            }
        }
        for alias in gazetteer.aliases {
            guard let index = gazetteer.regions.firstIndex(where: { $0.code == alias.code }) else { continue }
            insert(tokenizer.tokenize(alias.alias), Candidate(regionIndex: index, form: alias.alias.contains(" ") && alias.alias.hasPrefix("Kota") ? .prefixed : .alias))
            if gazetteer.regions[index].level == .provinsi {
                for prefix in ["Provinsi", "Prov.", "Pemprov", "Pemerintah Provinsi"] {
                    insert(tokenizer.tokenize(prefix + " " + alias.alias), Candidate(regionIndex: index, form: .prefixed))
                }
            }
        }
    }

    static func forms(of region: Region) -> [(Form, String)] {
        let base = region.baseName
        switch region.level {
        case .provinsi:
            return [(.bare, region.name), (.prefixed, "Provinsi " + region.name), (.prefixed, "Prov. " + region.name),
                    (.prefixed, "Pemprov " + region.name), (.prefixed, "Pemerintah Provinsi " + region.name)]
        case .kabupaten:
            return [(.prefixed, region.name), (.prefixed, "Kabupaten " + base), (.prefixed, "Kab. " + base), (.prefixed, "Kab " + base),
                    (.prefixed, "Pemkab " + base), (.prefixed, "Pemerintah Kabupaten " + base), (.bare, base)]
        case .kota:
            var forms: [(Form, String)] = [(.prefixed, region.name), (.prefixed, "Kota " + base), (.prefixed, "Pemkot " + base),
                                           (.prefixed, "Pemerintah Kota " + base), (.bare, base)]
            if base.contains(" ") { forms.append((.prefixed, "Kota " + base.replacingOccurrences(of: " ", with: ""))) }
            return forms
        case .kecamatan:
            return [(.prefixed, "Kecamatan " + base), (.prefixed, "Kec. " + base), (.bare, base)]
        }
    }

    private mutating func insert(_ tokenized: TokenizedText, _ candidate: Candidate) {
        var node = 0
        for token in tokenized.tokens {
            let key = tokenized.normalized(token)
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(TrieNode())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if node != 0 && !nodes[node].candidates.contains(candidate) { nodes[node].candidates.append(candidate) }
    }
}
