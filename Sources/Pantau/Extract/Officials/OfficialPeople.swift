/// One person of a document while it is being assembled.
struct OfficialPerson {
    var name: String
    /// The name's folded tokens: how later mentions are recognised.
    var key: [String]
    var titles: [String]
    var chain: RoleChain
    var rule: String
    var firstToken: Int
    /// The names written with a position: mentions whatever the scan finds.
    var spans: [ClosedRange<Int>]
    /// The chains bound to this person's names: not role-only mentions.
    var chains: [Int]
    /// Nicknames written in brackets after the name ("Jokowi").
    var aliases: [[String]] = []
    /// For a name span's first token, the closing bracket of the nickname written after it.
    var aliasEnds: [Int: Int] = [:]
}

/// Turns bindings into one row per person, and counts every mention of each.
enum OfficialPeople {
    static func merge(_ bindings: [OfficialBinding], document: OfficialDocument) -> [OfficialPerson] {
        var people: [OfficialPerson] = []
        let ordered = bindings.filter(\.strong) + bindings.filter { !$0.strong }
        for binding in ordered {
            let key = nameKey(binding.name, document)
            let related = people.indices.filter {
                isPart(key, of: people[$0].key) || isPart(people[$0].key, of: key) || people[$0].aliases.contains(key)
            }
            if let same = related.first(where: { people[$0].chain.role == binding.chain.role }) {
                if key.count > people[same].key.count {
                    people[same].key = key
                    people[same].name = binding.name.name
                }
                if people[same].titles.isEmpty { people[same].titles = binding.name.titles }
                if people[same].chain.regionCode.isEmpty && !binding.chain.regionCode.isEmpty {
                    people[same].chain.regionCode = binding.chain.regionCode
                    people[same].chain.regionName = binding.chain.regionName
                }
                if people[same].chain.qualifier.isEmpty { people[same].chain.qualifier = binding.chain.qualifier }
                if people[same].chain.institution.isEmpty { people[same].chain.institution = binding.chain.institution }
                people[same].firstToken = min(people[same].firstToken, binding.name.first)
                people[same].spans.append(binding.name.first...binding.name.last)
                people[same].chains.append(binding.chainIndex)
                if !binding.name.alias.isEmpty && !people[same].aliases.contains(binding.name.alias) { people[same].aliases.append(binding.name.alias) }
                if let end = binding.name.aliasEnd { people[same].aliasEnds[binding.name.first] = end }
                continue
            }
            // A person already holds another role: this is a second clause, not a second role.
            guard related.isEmpty else { continue }
            people.append(OfficialPerson(name: binding.name.name, key: key, titles: binding.name.titles, chain: binding.chain,
                                         rule: binding.rule, firstToken: binding.name.first,
                                         spans: [binding.name.first...binding.name.last], chains: [binding.chainIndex],
                                         aliases: binding.name.alias.isEmpty ? [] : [binding.name.alias],
                                         aliasEnds: binding.name.aliasEnd.map { [binding.name.first: $0] } ?? [:]))
        }
        return people
    }

    static func nameKey(_ name: ParsedName, _ document: OfficialDocument) -> [String] {
        name.key
    }

    /// `part` is a run of `whole`'s words ("Yasinta" of "Yasinta Lamen Bura").
    static func isPart(_ part: [String], of whole: [String]) -> Bool {
        guard !part.isEmpty, part.count <= whole.count else { return false }
        for start in 0...(whole.count - part.count) where Array(whole[start..<(start + part.count)]) == part { return true }
        return false
    }

    static func finish(_ people: [OfficialPerson], chains: [RoleChain], document: OfficialDocument) -> OfficialExtraction {
        var mentions = nameMentions(people, document)
        let named = Set(mentions.flatMap { $0.firstToken...$0.lastToken })
        let bound = Set(people.flatMap(\.chains))
        for (index, chain) in chains.enumerated() where !bound.contains(index) && !chain.lowercase
            && !(chain.first...chain.last).contains(where: named.contains) {
            let holders = people.indices.filter { person in
                let held = people[person].chain
                return held.role == chain.role && (chain.qualifier.isEmpty || chain.qualifier == held.qualifier)
                    && (chain.regionCode.isEmpty || chain.regionCode == held.regionCode)
                    && (chain.institution.isEmpty || chain.institution == held.institution)
            }
            guard holders.count == 1, let holder = holders.first, !isNamedRightAfter(chain, document) else { continue }
            let tokens = document.text.tokens
            mentions.append(.init(official: holder, kind: .role, start: tokens[chain.first].start, end: tokens[chain.last].end,
                                  firstToken: chain.first, lastToken: chain.last))
        }
        var firstMention: [Int: OfficialMentions.Mention] = [:]
        var counts: [Int: Int] = [:]
        for mention in mentions {
            counts[mention.official, default: 0] += 1
            if let known = firstMention[mention.official], known.start <= mention.start { continue }
            firstMention[mention.official] = mention
        }
        let order = people.indices.sorted { (firstMention[$0]?.start ?? Int.max) < (firstMention[$1]?.start ?? Int.max) }
        var position: [Int: Int] = [:]
        var officials: [Official] = []
        for person in order {
            let p = people[person]
            let first = firstMention[person]
            position[person] = officials.count
            officials.append(Official(name: p.name, titles: p.titles, role: p.chain.role, qualifier: p.chain.qualifier,
                                      institution: p.chain.institution, regionCode: p.chain.regionCode, regionName: p.chain.regionName,
                                      mentions: max(1, counts[person] ?? 0), start: first?.start ?? document.text.tokens[p.firstToken].start,
                                      end: first?.end ?? document.text.tokens[p.firstToken].end, rule: p.rule))
        }
        let renumbered = mentions.compactMap { mention -> OfficialMentions.Mention? in
            guard let index = position[mention.official] else { return nil }
            var mention = mention
            mention.official = index
            return mention
        }
        return OfficialExtraction(officials: officials, mentions: OfficialMentions(mentions: renumbered, pronouns: document.lexicon.pronouns,
                                                                                   speechVerbs: document.lexicon.speechVerbs))
    }

    /// A role followed by a name of someone who is not an official row is not a role-only mention.
    private static func isNamedRightAfter(_ chain: RoleChain, _ document: OfficialDocument) -> Bool {
        var next = chain.last + 1
        if document.isPunct(next, ",") { next += 1 }
        return document.isNameWord(next) && !document.paragraphBreak(between: chain.last, and: next)
    }

    /// Full names, and single words of exactly one person's name standing alone ("Usman menekankan").
    private static func nameMentions(_ people: [OfficialPerson], _ document: OfficialDocument) -> [OfficialMentions.Mention] {
        var byWord: [String: Int] = [:]
        for (person, p) in people.enumerated() {
            for word in Set(p.key + p.aliases.flatMap { $0 }) where word.count >= 3 && !document.lexicon.particles.contains(word) {
                byWord[word] = byWord[word] == nil ? person : -1
            }
        }
        let tokens = document.text.tokens
        var mentions: [OfficialMentions.Mention] = []
        var bound: [Int: (person: Int, last: Int)] = [:]
        var skipTo: [Int: Int] = [:]
        for (person, p) in people.enumerated() {
            for span in p.spans { bound[span.lowerBound] = (person, span.upperBound) }
            for (first, end) in p.aliasEnds { skipTo[first] = end }
        }
        var index = 0
        while index < document.count {
            if let (person, last) = bound[index] {
                mentions.append(.init(official: person, kind: .fullName, start: tokens[index].start, end: tokens[last].end,
                                      firstToken: index, lastToken: last))
                // "Joko Widodo (Jokowi)" is one mention.
                index = max(last, skipTo[index] ?? last) + 1
                continue
            }
            guard document.isCapitalised(index) else { index += 1; continue }
            if let (person, last) = fullName(at: index, people, document) {
                mentions.append(.init(official: person, kind: .fullName, start: tokens[index].start, end: tokens[last].end,
                                      firstToken: index, lastToken: last))
                index = last + 1
                continue
            }
            if let person = byWord[document.folded[index]], person >= 0, document.isRealNameWord(index),
               !document.isNameWord(index - 1) || document.paragraphBreak(between: index - 1, and: index),
               !document.isNameWord(index + 1) || document.paragraphBreak(between: index, and: index + 1) {
                mentions.append(.init(official: person, kind: .partialName, start: tokens[index].start, end: tokens[index].end,
                                      firstToken: index, lastToken: index))
            }
            index += 1
        }
        return mentions
    }

    private static func fullName(at index: Int, _ people: [OfficialPerson], _ document: OfficialDocument) -> (Int, Int)? {
        var best: (Int, Int)?
        for (person, p) in people.enumerated() where p.key.count >= 2 && document.folded[index] == p.key[0] {
            var probe = index, matched = 0
            while probe < document.count && matched < p.key.count {
                if document.text.tokens[probe].kind == .punct && document.folded[probe] == "." { probe += 1; continue }
                guard document.folded[probe] == p.key[matched] else { break }
                matched += 1
                probe += 1
            }
            if matched == p.key.count, best.map({ probe - 1 > $0.1 }) ?? true { best = (person, probe - 1) }
        }
        return best
    }
}
