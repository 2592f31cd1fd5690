import Synchronization

/// A term of claim-terms.tsv found in a sentence.
public struct TermHit: Sendable, Hashable {
    public let group: String
    /// The group's number in the lexicon (`ClaimLexicon.Groups`): what the rules compare.
    let groupID: Int
    /// The term as the data file writes it.
    public let term: String
    /// Token indices into `TokenizedText.tokens`.
    public let tokens: Range<Int>
    /// Inside the scope of a negator ("tidak netral", "bukan tim sukses").
    public var negated: Bool
}

/// The term groups of claim-terms.tsv, indexed by first word (or first root) for matching.
public struct ClaimLexicon: Sendable {
    struct Entry: Sendable {
        let group: String
        let groupID: Int
        let term: String
        let words: [[UInt8]]
        let stem: Bool
        /// Tokens a negator reaches; 0 for other groups.
        let scope: Int
    }

    static let negation = "NEG"
    /// Words a negator reaches through to the term after them (claim-terms.tsv NEG_SKIP).
    static let transparent = "NEG_SKIP"

    /// Every group name numbered, with what the matchers need to know of each.
    struct Groups: Sendable {
        var ids: [String: Int] = [:]
        var names: [String] = []
        /// A `subject=` group: the SUBJECT group of the rules.
        var isSubject: [Bool] = []
        /// A `subject=` or `weak-subject=` group: negation passes over it.
        var isAnySubject: [Bool] = []
        /// For a NOT_X group, X's number, if X is a group.
        var masks: [Int?] = []
        /// The subject a `subject=X` or `weak-subject=X` group names: X.
        var subjects: [String?] = []
        var negation: Int?, transparent: Int?, background: Int?

        mutating func id(_ name: String) -> Int {
            if let id = ids[name] { return id }
            ids[name] = names.count
            names.append(name)
            isSubject.append(name.hasPrefix("subject="))
            isAnySubject.append(name.hasPrefix("subject=") || name.hasPrefix("weak-subject="))
            masks.append(nil)
            subjects.append(name.split(separator: "=", maxSplits: 1).dropFirst().first.map(String.init))
            return names.count - 1
        }

        mutating func finish() {
            for (id, name) in names.enumerated() where name.hasPrefix("NOT_") { masks[id] = ids[String(name.dropFirst(4))] }
            negation = ids[ClaimLexicon.negation]
            transparent = ids[ClaimLexicon.transparent]
            background = ids[ClaimLexicon.background]
        }
    }

    let groupTable: Groups
    let entries: [Entry]
    let exactFirst: [ByteKey: [Int]]
    let stemFirst: [ByteKey: [Int]]
    let stripper: AffixStripper
    /// Every word of a stem term: the only roots worth keeping for a token.
    let stems: ByteSet
    /// Roots already worked out, shared by every document of a run (see `RootCache`).
    let rootCache = RootCache()
    /// How far each negator reaches, by its term.
    let negationScopes: [String: Int]
    public let groups: Set<String>

    public init(terms: DataFile, stripper: AffixStripper) throws(PantauError) {
        var entries: [Entry] = []
        var table = Groups()
        var exact: [ByteKey: [Int]] = [:]
        var stem: [ByteKey: [Int]] = [:]
        for (line, row) in terms.numberedRows {
            guard row.count >= 3, !row[0].isEmpty, !row[1].isEmpty, row[2] == "word" || row[2] == "stem" else {
                throw .dataFileMalformed(file: terms.name, line: line, reason: "expected group, term and match (word or stem)")
            }
            let words = TextNormalizer.fold(row[1]).split(separator: " ").map { Array($0.utf8) }
            let scope = row.count > 3 ? Int(row[3]) ?? 0 : 0
            if row[0] == Self.negation && scope < 1 {
                throw .dataFileMalformed(file: terms.name, line: line, reason: "a NEG term needs a scope (tokens it reaches)")
            }
            guard let first = words.first else { continue }
            let entry = Entry(group: row[0], groupID: table.id(row[0]), term: row[1], words: words, stem: row[2] == "stem", scope: scope)
            if entry.stem {
                stem[ByteKey(first), default: []].append(entries.count)
            } else {
                exact[ByteKey(first), default: []].append(entries.count)
            }
            entries.append(entry)
        }
        table.finish()
        self.groupTable = table
        self.entries = entries
        self.exactFirst = exact
        self.stemFirst = stem
        self.stripper = stripper
        self.stems = ByteSet(entries.filter(\.stem).flatMap(\.words))
        self.negationScopes = Dictionary(entries.filter { $0.group == Self.negation }.map { ($0.term, $0.scope) }, uniquingKeysWith: max)
        self.groups = Set(entries.map(\.group))
    }

    /// Every term in `range` of the document's tokens, negation scopes applied.
    func hits(in range: Range<Int>, of document: FoldedDocument) -> [TermHit] {
        var hits: [TermHit] = []
        // An entry is indexed once, by its first word or its first root, so no entry can come
        // up twice for one token; nothing is allocated per token.
        func tryEntries(_ list: [Int]?, at i: Int) {
            for entryIndex in list ?? [] {
                let entry = entries[entryIndex]
                guard let end = match(entry, at: i, limit: range.upperBound, in: document) else { continue }
                hits.append(TermHit(group: entry.group, groupID: entry.groupID, term: entry.term, tokens: i..<end, negated: false))
            }
        }
        for i in range where document.isWord[i] {
            tryEntries(exactFirst[ByteKey(document.folded[i])], at: i)
            // "netralitasnya", "dukungannya": a word term matches the word without its clitic.
            if !document.unclitic[i].isEmpty { tryEntries(exactFirst[ByteKey(document.unclitic[i])], at: i) }
            for root in document.roots[i] { tryEntries(stemFirst[ByteKey(root)], at: i) }
        }
        return applyNegation(applyMasks(dropBackground(hits, document: document)), document: document)
    }

    static let background = "BACKGROUND"

    /// Terms in a clause opened by a BACKGROUND word are dropped: the sentence does not assert
    /// them. The clause ends at punctuation ("Usai sosialisasi, ...") or at the main verb
    /// ("yang menyaksikan ikrar itu menegaskan ...").
    func dropBackground(_ hits: [TermHit], document: FoldedDocument) -> [TermHit] {
        let background = groupTable.background
        let openers = hits.filter { $0.groupID == background }
        guard !openers.isEmpty else { return hits }
        return hits.filter { hit in
            hit.groupID == background || !openers.contains { opener in
                let end = opener.tokens.upperBound
                guard hit.tokens.lowerBound >= end else { return false }
                let between = end..<hit.tokens.lowerBound
                return !between.contains { !document.isWord[$0] || ($0 > end && FoldedDocument.isActiveVerb(document.folded[$0])) }
            }
        }
    }

    /// A group named NOT_X lists phrases that are not X: an X term inside one is dropped
    /// ("meminta dukungan" is no appeal, though "meminta" is).
    func applyMasks(_ hits: [TermHit]) -> [TermHit] {
        let masks = hits.filter { groupTable.masks[$0.groupID] != nil }
        guard !masks.isEmpty else { return hits }
        return hits.filter { hit in
            !masks.contains { mask in
                groupTable.masks[mask.groupID] == hit.groupID && mask.tokens.lowerBound <= hit.tokens.lowerBound
                    && hit.tokens.upperBound <= mask.tokens.upperBound
            }
        }
    }

    private func match(_ entry: Entry, at start: Int, limit: Int, in document: FoldedDocument) -> Int? {
        var j = start
        for word in entry.words {
            // Punctuation in a term ("mengingatkan ,") matches the punctuation token itself.
            guard j < limit, document.isWord[j] || !(word.first.map(ByteClass.isAlpha) ?? false) else { return nil }
            let matches = entry.stem ? document.roots[j].contains(word)
                : document.folded[j] == word || (!document.unclitic[j].isEmpty && document.unclitic[j] == word)
            guard matches else { return nil }
            j += 1
        }
        return j
    }

    /// A negator reaches the first term that follows it within `scope` tokens, with no
    /// punctuation between ("tidak netral", "tidak ada satu pun anggota yang boleh"), and
    /// only that one: in "yang tidak netral dijatuhi sanksi" the sanction is not negated.
    /// Subjects are skipped: "tidak ada satu pun pejabat yang berhak memaksa" negates the verb.
    func applyNegation(_ hits: [TermHit], document: FoldedDocument) -> [TermHit] {
        var result = hits
        // Words a negator reaches through ("tidak akan berpihak" negates berpihak, not akan).
        let negation = groupTable.negation
        let transparent = Set(hits.filter { $0.groupID == groupTable.transparent }.flatMap { Array($0.tokens) })
        for n in hits.indices where hits[n].groupID == negation {
            let end = hits[n].tokens.upperBound
            let scope = negationScopes[hits[n].term] ?? 0
            let reached = hits.indices.filter { i in
                let start = hits[i].tokens.lowerBound
                return hits[i].groupID != negation && !groupTable.isAnySubject[hits[i].groupID]
                    && !transparent.contains(start) && start >= end && start - end < scope
                    && !(end..<start).contains { !document.isWord[$0] }
            }
            guard let first = reached.map({ hits[$0].tokens.lowerBound }).min() else { continue }
            for i in reached where hits[i].tokens.lowerBound == first { result[i].negated = true }
        }
        return result
    }
}

/// A document's tokens folded once for the claim matchers: lower-case bytes and the roots
/// among them that a stem term names (most tokens have none, so most lists stay empty).
struct FoldedDocument {
    let folded: [[UInt8]]
    /// The folded word without its clitic (-nya, -lah, -kah, -pun); empty when it has none.
    let unclitic: [[UInt8]]
    let roots: [[[UInt8]]]
    /// Words, acronyms and hashtags: tokens a term can match.
    let isWord: [Bool]

    init(_ text: TokenizedText, lexicon: ClaimLexicon) {
        var cache: [ByteKey: [[UInt8]]] = [:]
        // A news text has about one distinct word in three tokens; sized once, never rehashed.
        cache.reserveCapacity(text.tokens.count / 3)
        var folded: [[UInt8]] = []
        var unclitic: [[UInt8]] = []
        var roots: [[[UInt8]]] = []
        var isWord: [Bool] = []
        folded.reserveCapacity(text.tokens.count)
        roots.reserveCapacity(text.tokens.count)
        unclitic.reserveCapacity(text.tokens.count)
        isWord.reserveCapacity(text.tokens.count)
        for token in text.tokens {
            let word = token.kind == .word || token.kind == .acronym || token.kind == .hashtag
            let bytes = text.utf8[token.byteStart..<token.byteEnd]
            let lowered: [UInt8] = bytes.allSatisfy { $0 < 0x80 }
                ? bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                : Array(TextNormalizer.fold(bytes).utf8)
            folded.append(lowered)
            unclitic.append(token.cliticLength > 0 && token.cliticLength < lowered.count ? Array(lowered.dropLast(token.cliticLength)) : [])
            isWord.append(word)
            if word && token.kind == .word {
                if let known = cache[ByteKey(lowered)] {
                    roots.append(known)
                } else {
                    let found = lexicon.rootCache.roots(of: lowered) {
                        Self.roots(of: lowered, stripper: lexicon.stripper).filter { lexicon.stems.contains($0) }
                    }
                    cache[ByteKey(lowered)] = found
                    roots.append(found)
                }
            } else {
                roots.append([])
            }
        }
        self.folded = folded
        self.unclitic = unclitic
        self.roots = roots
        self.isWord = isWord
    }

    /// An active verb, told by its meN- prefix ("menegaskan", "meminta").
    static func isActiveVerb(_ word: [UInt8]) -> Bool {
        word.count >= 6 && word[0] == 0x6D && word[1] == 0x65 && [0x6D, 0x6E, 0x6C, 0x72, 0x77, 0x79].contains(word[2])
    }

    /// Roots of a word; a reduplicated or hyphenated word ("dukung-mendukung") adds its last part's roots.
    private static func roots(of word: [UInt8], stripper: AffixStripper) -> [[UInt8]] {
        var result = stripper.roots(of: word[...])
        if let hyphen = word.lastIndex(of: 0x2D), hyphen + 1 < word.count {
            for root in stripper.roots(of: word[(hyphen + 1)...]) where !result.contains(root) { result.append(root) }
        }
        return result
    }
}

/// Affix stripping is the costly part of folding a document for the claim rules, and news
/// repeats its vocabulary: the roots of a word are worked out once per run, whichever worker
/// meets it first. Bounded, so that a corpus of junk tokens cannot grow it without end.
final class RootCache: Sendable {
    private let table = Mutex<[ByteKey: [[UInt8]]]>([:])
    static let capacity = 50_000

    func roots(of word: [UInt8], compute: () -> [[UInt8]]) -> [[UInt8]] {
        let key = ByteKey(word)
        if let known = table.withLock({ $0[key] }) { return known }
        let found = compute()
        table.withLock { table in
            if table.count < Self.capacity { table[key] = found }
        }
        return found
    }
}
