/// One rule of claim-rules.tsv: a type and the term groups a sentence must contain.
public struct ClaimRule: Sendable {
    public enum Polarity: Sendable { case any, positive, negative }
    public enum Atom: Sendable, Equatable {
        case group(String, Polarity)
        /// The sentence before was a claim.
        case previousClaim
        /// Another sentence of the same quotation is a claim.
        case quoteClaim
        /// The sentence must not contain the group ("!APPEAL_REPORT").
        case absent(String)
    }

    public let id: String
    /// nil ("same" in the file): the type of the claim in the same quotation that it continues.
    public let type: ClaimType?
    /// All conjuncts are required; one atom of each suffices.
    public let conjuncts: [[Atom]]
    /// 0: anywhere in the sentence; N: the matched terms lie within N tokens.
    public let window: Int
}

/// What a rule matched on one sentence, for the record and for `pantau explain`.
public struct RuleFiring: Sendable {
    public let rule: ClaimRule
    /// The rule's type, or for a "same" rule the type of the quotation's claim.
    public let type: ClaimType
    public let matched: [TermHit]
    public let usedPreviousClaim: Bool
}

/// The rule set, read from claim-rules.tsv and checked against the lexicon's groups.
public struct ClaimRules: Sendable {
    public let rules: [ClaimRule]

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
                    if name == "^prev" { atoms.append(.previousClaim); continue }
                    if name == "^quote" { atoms.append(.quoteClaim); continue }
                    if name.hasPrefix("!") {
                        let group = String(name.dropFirst())
                        guard groups.contains(group) else {
                            throw .dataFileMalformed(file: data.name, line: line, reason: "rule \(row[0]) names group \"\(group)\", which claim-terms.tsv does not define")
                        }
                        atoms.append(.absent(group))
                        continue
                    }
                    let polarity: ClaimRule.Polarity = name.hasPrefix("+") ? .positive : name.hasPrefix("-") ? .negative : .any
                    let group = polarity == .any ? name : String(name.dropFirst())
                    guard groups.contains(group) else {
                        throw .dataFileMalformed(file: data.name, line: line, reason: "rule \(row[0]) names group \"\(group)\", which claim-terms.tsv does not define")
                    }
                    atoms.append(.group(group, polarity))
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

    /// Every rule that fires on a sentence with these hits; `quoteClaim` is the type of a claim
    /// in the same quotation, if any.
    public func fire(hits: [TermHit], previousWasClaim: Bool, quoteClaim: ClaimType? = nil) -> [RuleFiring] {
        rules.compactMap { rule in
            guard let type = rule.type ?? quoteClaim else { return nil }
            var matched: [TermHit] = []
            var usedPrevious = false
            for atoms in rule.conjuncts {
                var satisfied = false
                for atom in atoms {
                    switch atom {
                    case .previousClaim:
                        if previousWasClaim { satisfied = true; usedPrevious = true }
                    case .quoteClaim:
                        satisfied = quoteClaim != nil
                    case .absent(let group):
                        satisfied = !hits.contains { $0.group == group }
                    case .group(let group, let polarity):
                        if let hit = hits.first(where: { $0.group == group && Self.accepts(polarity, $0.negated) }) {
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
            return RuleFiring(rule: rule, type: type, matched: matched, usedPreviousClaim: usedPrevious)
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
