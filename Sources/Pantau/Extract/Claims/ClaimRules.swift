/// One rule of claim-rules.tsv: a type and the term groups a sentence must contain.
public struct ClaimRule: Sendable {
    public enum Polarity: Sendable { case any, positive, negative }
    public enum Atom: Sendable, Equatable {
        case group(String, Polarity)
        /// The sentence before was a claim.
        case previousClaim
        /// Another sentence of the same quotation is a claim.
        case quoteClaim
        /// The document is about the neutrality of a subject (see `DocumentTopic`).
        case topic
        /// The sentence is an item of a list whose heading is a claim (see `ClaimLists`).
        case listItem
        /// The sentence is the heading of a list: it ends with a colon and items follow.
        case opensList
        /// The sentence names a subject itself (a `subject=` term, not an inherited one).
        case namedSubject
        /// The sentence must not contain the group ("!APPEAL_REPORT").
        case absent(String)
    }

    public let id: String
    /// nil ("same" in the file): the type of the claim the sentence continues.
    public let type: ClaimType?
    /// All conjuncts are required; one atom of each suffices.
    public let conjuncts: [[Atom]]
    /// 0: anywhere in the sentence; N: the matched terms lie within N tokens.
    public let window: Int
}

/// What a sentence's surroundings say, for the context atoms of the rules.
public struct RuleContext: Sendable {
    /// The type of the claim the sentence before holds, when it is one (headings continue nothing).
    public var previousClaim: ClaimType?
    /// The type of the nearest claim in the same quotation.
    public var quoteClaim: ClaimType?
    /// The document's topic holds.
    public var topic = false
    /// The type of the list heading's claim, when the sentence is an item of that list.
    public var listHeading: ClaimType?
    /// The type of the last claim before the sentence anywhere in the document.
    public var lastClaim: ClaimType?
    /// The sentence names a subject itself.
    public var namedSubject = false
    /// The sentence is the heading of a list.
    public var opensList = false

    public init(previousClaim: ClaimType? = nil, quoteClaim: ClaimType? = nil, topic: Bool = false,
                listHeading: ClaimType? = nil, lastClaim: ClaimType? = nil, namedSubject: Bool = false, opensList: Bool = false) {
        self.previousClaim = previousClaim
        self.quoteClaim = quoteClaim
        self.topic = topic
        self.listHeading = listHeading
        self.lastClaim = lastClaim
        self.namedSubject = namedSubject
        self.opensList = opensList
    }
}

/// What a rule matched on one sentence, for the record and for `pantau explain`.
public struct RuleFiring: Sendable {
    public let rule: ClaimRule
    /// The rule's type, or for a "same" rule the type of the claim the sentence continues.
    public let type: ClaimType
    public let matched: [TermHit]
    public let usedPreviousClaim: Bool
    /// The rule held only because the document's topic does.
    public let usedTopic: Bool
    /// The rule held only because the sentence is an item of a claim's list.
    public let usedList: Bool

    /// The context atoms that held, as `pantau explain` names them.
    public var contextAtoms: [String] {
        (usedPreviousClaim ? ["^prev"] : []) + (usedTopic ? ["^topic"] : []) + (usedList ? ["^list"] : [])
    }
}

/// The rule set, read from claim-rules.tsv and checked against the lexicon's groups.
public struct ClaimRules: Sendable {
    public let rules: [ClaimRule]
    /// The rules with the lexicon's group numbers in place of names (`bound(to:)`): matching
    /// compares integers, as it runs for every sentence of every document, twice on a topic.
    private var bound: [[[BoundAtom]]] = []
    /// Per rule, the groups of each conjunct made of groups alone: a sentence without one of
    /// each cannot fire the rule, which most sentences show by a few bits.
    private var required: [[[Int]]] = []
    /// The rules with `^topic` among their atoms.
    private var topicRules: [Int] = []

    enum BoundAtom: Sendable {
        case group(Int, ClaimRule.Polarity), anySubject(ClaimRule.Polarity), absent(Int), noSubject
        /// A group the lexicon does not have (init rejects such rules; kept safe all the same).
        case never
        case previousClaim, quoteClaim, topic, listItem, namedSubject, opensList
    }

    /// A group every subject term belongs to ("ASN", "kepala desa", ...), for rules that need
    /// the subject's place in the sentence (a window).
    static let anySubject = "SUBJECT"

    static let contextAtoms: [String: ClaimRule.Atom] = [
        "^prev": .previousClaim, "^quote": .quoteClaim, "^topic": .topic, "^list": .listItem, "^named": .namedSubject,
        "^opens": .opensList,
    ]

    public init(data: DataFile, groups: Set<String>) throws(PantauError) {
        var rules: [ClaimRule] = []
        for (line, row) in data.numberedRows {
            guard row.count >= 3, !row[0].isEmpty else {
                throw .dataFileMalformed(file: data.name, line: line, reason: "expected id, type and pattern")
            }
            let type = ClaimType(rawValue: row[1])
            guard type != nil || row[1] == "same" else {
                throw .dataFileMalformed(file: data.name, line: line, reason: "unknown type \"\(row[1])\" in rule \(row[0])")
            }
            var conjuncts: [[ClaimRule.Atom]] = []
            for part in row[2].split(separator: "&") {
                var atoms: [ClaimRule.Atom] = []
                for alternative in part.split(separator: "|") {
                    let name = alternative.trimmingCharacters(in: .whitespaces)
                    if name.hasPrefix("^") {
                        guard let atom = Self.contextAtoms[name] else {
                            throw .dataFileMalformed(file: data.name, line: line, reason: "rule \(row[0]) names \"\(name)\"; context atoms are \(Self.contextAtoms.keys.sorted().joined(separator: ", "))")
                        }
                        atoms.append(atom)
                        continue
                    }
                    let negated = name.hasPrefix("!")
                    let polarity: ClaimRule.Polarity = name.hasPrefix("+") ? .positive : name.hasPrefix("-") ? .negative : .any
                    let group = negated || polarity != .any ? String(name.dropFirst()) : name
                    guard groups.contains(group) || group == Self.anySubject else {
                        throw .dataFileMalformed(file: data.name, line: line, reason: "rule \(row[0]) names group \"\(group)\", which claim-terms.tsv does not define")
                    }
                    atoms.append(negated ? .absent(group) : .group(group, polarity))
                }
                if !atoms.isEmpty { conjuncts.append(atoms) }
            }
            guard !conjuncts.isEmpty else {
                throw .dataFileMalformed(file: data.name, line: line, reason: "rule \(row[0]) has an empty pattern")
            }
            let window = row.count > 3 ? Int(row[3]) ?? 0 : 0
            rules.append(ClaimRule(id: row[0], type: type, conjuncts: conjuncts, window: window))
        }
        self.rules = rules
    }

    /// The rules with every group named by its number in `groups`.
    func bound(to groups: ClaimLexicon.Groups) -> ClaimRules {
        var copy = self
        copy.bound = rules.map { rule in
            rule.conjuncts.map { atoms in
                atoms.map { atom -> BoundAtom in
                    switch atom {
                    case .group(let name, let polarity):
                        if name == Self.anySubject { return .anySubject(polarity) }
                        return groups.ids[name].map { .group($0, polarity) } ?? .never
                    case .absent(let name):
                        if name == Self.anySubject { return .noSubject }
                        return .absent(groups.ids[name] ?? -1)
                    case .previousClaim: return .previousClaim
                    case .quoteClaim: return .quoteClaim
                    case .topic: return .topic
                    case .listItem: return .listItem
                    case .namedSubject: return .namedSubject
                    case .opensList: return .opensList
                    }
                }
            }
        }
        copy.groupIsSubject = groups.isSubject
        copy.topicRules = copy.bound.indices.filter { index in
            copy.bound[index].contains { atoms in atoms.contains { if case .topic = $0 { return true } else { return false } } }
        }
        copy.required = copy.bound.map { conjuncts in
            conjuncts.compactMap { atoms -> [Int]? in
                let groups = atoms.compactMap { atom -> Int? in
                    if case .group(let group, _) = atom { return group } else { return nil }
                }
                return groups.count == atoms.count ? groups : nil
            }
        }
        return copy
    }

    private var groupIsSubject: [Bool] = []

    private func mayFire(_ rule: Int, _ present: GroupSet) -> Bool {
        required[rule].allSatisfy { $0.contains(where: present.contains) }
    }

    /// Whether a `^topic` rule could fire on a sentence with these groups: only then may the
    /// document's topic change the sentence's decision.
    func mayUseTopic(_ present: GroupSet) -> Bool {
        topicRules.contains { mayFire($0, present) }
    }

    /// Every rule that fires on a sentence with these hits (their groups in `present`, made
    /// once for both passes) in this context. The rules must be bound to the lexicon that found
    /// the hits (`bound(to:)`, as `ClaimExtractor` does); unbound, none fires.
    func fire(hits: [TermHit], present: GroupSet, context: RuleContext) -> [RuleFiring] {
        guard bound.count == rules.count else { return [] }
        return rules.indices.compactMap { index in
            guard mayFire(index, present) else { return nil }
            let rule = rules[index], conjuncts = bound[index]
            var matched: [TermHit] = []
            var usedPrevious = false, usedQuote = false, usedTopic = false, usedList = false
            for atoms in conjuncts {
                var satisfied = false
                for atom in atoms {
                    switch atom {
                    case .previousClaim:
                        if context.previousClaim != nil { satisfied = true; usedPrevious = true }
                    case .quoteClaim:
                        if context.quoteClaim != nil { satisfied = true; usedQuote = true }
                    case .topic:
                        if context.topic { satisfied = true; usedTopic = true }
                    case .listItem:
                        if context.listHeading != nil { satisfied = true; usedList = true }
                    case .namedSubject:
                        satisfied = context.namedSubject
                    case .opensList:
                        satisfied = context.opensList
                    case .absent(let group):
                        satisfied = !present.contains(group)
                    case .noSubject:
                        satisfied = !hits.contains { groupIsSubject[$0.groupID] }
                    case .never:
                        satisfied = false
                    case .group(let group, let polarity):
                        if present.contains(group), let hit = hits.first(where: { $0.groupID == group && Self.accepts(polarity, $0.negated) }) {
                            matched.append(hit)
                            satisfied = true
                        }
                    case .anySubject(let polarity):
                        if let hit = hits.first(where: { groupIsSubject[$0.groupID] && Self.accepts(polarity, $0.negated) }) {
                            matched.append(hit)
                            satisfied = true
                        }
                    }
                    if satisfied { break }
                }
                guard satisfied else { return nil }
            }
            if rule.window > 0, let low = matched.map(\.tokens.lowerBound).min(), let high = matched.map(\.tokens.upperBound).max(),
               high - low > rule.window {
                return nil
            }
            // "same": the type of what the sentence continues, the nearest context first.
            let continued = usedQuote ? context.quoteClaim : usedList ? context.listHeading
                : usedPrevious ? context.previousClaim : context.quoteClaim ?? context.listHeading ?? context.previousClaim ?? context.lastClaim
            guard let type = rule.type ?? continued else { return nil }
            return RuleFiring(rule: rule, type: type, matched: matched, usedPreviousClaim: usedPrevious,
                              usedTopic: usedTopic, usedList: usedList)
        }
    }

    private static func accepts(_ polarity: ClaimRule.Polarity, _ negated: Bool) -> Bool {
        switch polarity {
        case .any: return true
        case .positive: return !negated
        case .negative: return negated
        }
    }
}

/// The term groups a sentence's hits belong to, one bit per group of the lexicon: a rule's
/// atom is answered by one bit before its hit is looked for. Two words hold a lexicon of up to
/// 128 groups without allocating; more spill into an array.
struct GroupSet: Sendable {
    private var low: UInt64 = 0, high: UInt64 = 0
    private var more: [UInt64] = []

    init(_ hits: [TermHit], groups: Int) {
        if groups > 128 { more = [UInt64](repeating: 0, count: (groups - 128 + 63) / 64) }
        for hit in hits where hit.groupID >= 0 {
            let bit: UInt64 = 1 << UInt64(hit.groupID % 64)
            switch hit.groupID / 64 {
            case 0: low |= bit
            case 1: high |= bit
            case let word where word - 2 < more.count: more[word - 2] |= bit
            default: break
            }
        }
    }

    func contains(_ group: Int) -> Bool {
        guard group >= 0 else { return false }
        let bit: UInt64 = 1 << UInt64(group % 64)
        switch group / 64 {
        case 0: return low & bit != 0
        case 1: return high & bit != 0
        case let word where word - 2 < more.count: return more[word - 2] & bit != 0
        default: return false
        }
    }
}
