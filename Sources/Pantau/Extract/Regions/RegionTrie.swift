/// A trie over interned token ids holding every written form of every region.
///
/// A step is one dictionary probe on (node, token id), so matching at a position costs at most
/// as many probes as the longest name has tokens, whatever the gazetteer's size.
struct RegionTrie: Sendable {
    enum Form: UInt8, Sendable, Hashable {
        /// Written with its level or institution word: "Kabupaten Sikka", "Pemkot Kupang", "Provinsi NTT".
        case prefixed
        /// The name alone: "Sikka", "Jawa Tengah". Needs capitals and a clean context.
        case bare
        /// A newsroom abbreviation or variant spelling: "Jateng", "Babel", "Pangkalpinang".
        case alias
    }

    struct Candidate: Sendable, Hashable {
        var region: Int32
        var form: Form
        /// Tokens of the level word in front of the name ("Kab ." is 2); 0 when not prefixed.
        var prefixLength: UInt8
    }

    /// How a name is taken when it stands without a prefix (region-stoplist.tsv).
    struct Restriction: OptionSet, Sendable {
        let rawValue: UInt8
        static let cueOnly = Restriction(rawValue: 1)
        static let notInitial = Restriction(rawValue: 2)
    }

    private var edges: [UInt64: Int32] = [:]
    private(set) var candidates: [[Candidate]] = [[]]
    private(set) var restrictions: [Restriction] = [[]]

    static let root: Int32 = 0

    @inline(__always) func step(_ node: Int32, _ token: Int32) -> Int32? {
        guard token >= 0 else { return nil }
        return edges[UInt64(UInt32(node)) << 32 | UInt64(UInt32(token))]
    }

    /// The node reached by a token path, created as needed.
    mutating func node(for path: [Int32]) -> Int32 {
        var node = Self.root
        for token in path {
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(token))
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(candidates.count)
                candidates.append([])
                restrictions.append([])
                edges[key] = next
                node = next
            }
        }
        return node
    }

    mutating func insert(_ path: [Int32], _ candidate: Candidate) {
        guard !path.isEmpty else { return }
        let node = node(for: path)
        if !candidates[Int(node)].contains(candidate) { candidates[Int(node)].append(candidate) }
    }

    mutating func restrict(_ path: [Int32], _ restriction: Restriction) {
        guard !path.isEmpty else { return }
        let node = node(for: path)
        restrictions[Int(node)].insert(restriction)
    }
}
