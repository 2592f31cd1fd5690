/// Who said a speech unit (a tokenizer sentence): GUIDE.md "speaker".
public struct Attribution: Sendable, Hashable {
    public enum Kind: String, Sendable { case direct, indirect, none }
    public var kind: Kind
    /// Index into the officials list; nil for the author's voice or a speaker who is no official.
    public var official: Int?
    /// The cue that decided it, for `pantau explain`.
    public var evidence: String

    static let none = Attribution(kind: .none, official: nil, evidence: "no speech cue: the author's voice")
}

/// Attributes each speech unit to an official, following the unit order of the text:
/// quote tails (`"...," ujar ROLE, NAME` / `ujarnya`), an introduction before the quote,
/// indirect speech (`NAME menegaskan`, `Menurut NAME`, `Ia menambahkan`), and a quote whose
/// speaker is named only in the next unit (`Hal itu disampaikan NAME`).
struct SpeakerResolver {
    let text: TokenizedText
    let folded: FoldedDocument
    let mentions: SpeakerMentions
    let cues: SpeechCues

    /// How a unit's speaker was found: named, or taken from the last speaker.
    private enum Found: Equatable { case official(Int, String), last(String), nonOfficial(String), unknownActor(String) }

    func resolve() -> [Attribution] {
        var result: [Attribution] = []
        var pending: [Int] = []
        // Units in the author's voice since the last attribution: "Hal itu dikatakan NAME"
        // right after them says whose account they were.
        var unvoiced: [Int] = []
        var last: Int?
        var previousEnd: Int?
        for (unit, sentence) in text.sentences.enumerated() {
            let range = sentence.tokens
            let quote = quoteShape(range)
            let found = quote.quoted ? direct(range, quote: quote) : indirect(range) ?? actor(range)
            let sameParagraph = previousEnd.map { !text.utf8[$0..<sentence.byteStart].contains(0x0A) } ?? false
            previousEnd = sentence.byteEnd
            var attribution = Attribution.none
            var named = false
            switch found {
            case .official(let index, let cue)?:
                attribution = Attribution(kind: quote.quoted ? .direct : .indirect, official: index, evidence: cue)
                last = index
                named = true
            case .last(let cue)?:
                attribution = Attribution(kind: quote.quoted ? .direct : .indirect, official: last,
                                          evidence: cue + (last == nil ? " → no official spoke before" : " → the last official who spoke"))
            case .nonOfficial(let cue)?:
                attribution = Attribution(kind: quote.quoted ? .direct : .indirect, official: nil, evidence: cue)
                last = nil
            case .unknownActor(let cue)?:
                // "Kapolresta Deli Serdang meminta ...": someone who is not in the officials table.
                attribution = Attribution(kind: quote.quoted ? .direct : .none, official: nil, evidence: cue)
                last = nil
            case nil:
                if quote.quoted {
                    attribution = Attribution(kind: .direct, official: last, evidence: "quote without a tail → the last official who spoke")
                    pending.append(unit)
                } else if sameParagraph, let previous = result.last, previous.kind != .none, let official = previous.official {
                    // A paragraph opened by "X mengatakan ..." goes on in X's account.
                    attribution = Attribution(kind: .indirect, official: official, evidence: "continues a paragraph attributed to the same speaker")
                }
            }
            // A quote left without a speaker takes the one named right after it.
            if named, pending.last == unit - 1, quote.quoted || passiveOrDemonstrative(range) {
                for previous in pending {
                    result[previous].official = attribution.official
                    result[previous].evidence = "quote without a tail; speaker named in the next sentence"
                }
            }
            if !(found == nil && quote.quoted) { pending.removeAll() }
            if named, !quote.quoted, passiveOrDemonstrative(range) {
                for previous in unvoiced.suffix(Self.backfillReach) {
                    result[previous] = Attribution(kind: .indirect, official: attribution.official,
                                                   evidence: "the author's account, said to be the speaker's in the next sentence")
                }
            }
            if attribution.kind == .none && !quote.quoted { unvoiced.append(unit) } else { unvoiced.removeAll() }
            result.append(attribution)
        }
        return result
    }

    /// How many sentences before "Hal itu disampaikan NAME" it covers: the paragraph it closes.
    static let backfillReach = 3
    /// How far after "menurut", a passive reporting verb or a quote an official's name may stand
    /// ("Menurut Wabup Zardewan", "diungkapkan oleh Ketua Bawaslu Provinsi Bali, Ketut Rudia").
    static let agentReach = 8
    /// How far after a quote's tail verb the speaker's name may stand.
    static let tailReach = 18

    private struct QuoteShape { var quoted = false; var first = 0; var closedAt: Int?; }

    private func quoteShape(_ range: Range<Int>) -> QuoteShape {
        var shape = QuoteShape()
        var depth = 0
        for i in range {
            let token = text.tokens[i]
            let bytes = text.utf8[token.byteStart..<token.byteEnd]
            guard QuoteMarks.isQuote(bytes) else { continue }
            if !shape.quoted { shape.quoted = true; shape.first = i }
            depth = QuoteMarks.update(depth, with: bytes)
            shape.closedAt = depth == 0 ? i : nil
        }
        return shape
    }

    private func direct(_ range: Range<Int>, quote: QuoteShape) -> Found? {
        if let closed = quote.closedAt, closed + 1 < range.upperBound {
            let tail = (closed + 1)..<range.upperBound
            let head = Array(tail.filter { folded.isWord[$0] }.prefix(4))
            if let verb = head.first(where: { cues.tail.contains(folded.folded[$0]) }) {
                return speaker(after: verb, in: tail, cue: "quote tail \"\(word(verb))\"")
            }
            if let found = indirect(tail) { return found }
            // `"...," Plt Kepala BKN Haryomo Dwi Putranto saat rapat ...`: the name with no verb.
            if let agent = agent(in: tail.filter { folded.isWord[$0] }.prefix(Self.agentReach)), let index = mentions.owner[agent] {
                return .official(index, "quote followed by \"\(word(agent))\"")
            }
        }
        if quote.first > range.lowerBound, let found = indirect(range.lowerBound..<quote.first) { return found }
        return nil
    }

    /// After a tail verb: `ROLE, NAME` names the speaker, `-nya` or `dia` points back.
    private func speaker(after verb: Int, in range: Range<Int>, cue: String) -> Found {
        let verbWord = folded.folded[verb]
        if verbWord.count > 3, verbWord.suffix(3).elementsEqual("nya".utf8) { return .last(cue) }
        // The role before the name may be long: "kata anggota Panwaslu Kabupaten Manggarai Barat
        // (Mabar), NAME" puts the name fourteen tokens after the verb.
        for j in (verb + 1)..<min(verb + Self.tailReach, range.upperBound) {
            if let index = mentions.owner[j] { return .official(index, cue + " + \"\(word(j))\"") }
            if cues.pronouns.contains(folded.folded[j]) { return .last(cue + " + \"\(word(j))\"") }
        }
        return .nonOfficial(cue + " with no official named")
    }

    private func indirect(_ range: Range<Int>) -> Found? {
        let words = range.filter { folded.isWord[$0] }
        for (n, i) in words.enumerated() {
            let w = folded.folded[i], base = folded.unclitic[i]
            // "Menurutnya, ...": according to him, the last official who spoke.
            if !base.isEmpty, cues.according.contains(base) { return .last("\"\(word(i))\"") }
            if cues.according.contains(w), let next = words.dropFirst(n + 1).first {
                // "Menurut penjelasannya, ...": by his account.
                if !folded.unclitic[next].isEmpty, !ByteClass.isUpper(text.utf8[text.tokens[next].byteStart]) {
                    return .last("\"\(word(i)) \(word(next))\"")
                }
                if let agent = agent(in: words.dropFirst(n + 1).prefix(Self.agentReach)), let index = mentions.owner[agent] {
                    return .official(index, "\"\(word(i)) \(word(agent))\"")
                }
                if cues.pronouns.contains(folded.folded[next]) { return .last("\"\(word(i)) \(word(next))\"") }
            }
            // Mid-sentence tail: "Hingga Oktober, kata Nining, belum ada laporan."
            if cues.tail.contains(w), i > range.lowerBound, isComma(i - 1) {
                return speaker(after: i, in: range, cue: "inserted \"\(word(i))\"")
            }
            // "Dikatakannya, ...": said by him, the last official who spoke.
            if !base.isEmpty, base.starts(with: "di".utf8), cues.indirect.contains(base) {
                return .last("passive reporting verb \"\(word(i))\"")
            }
            guard cues.indirect.contains(w) else { continue }
            let cue = "reporting verb \"\(word(i))\""
            if w.starts(with: "di".utf8) {
                // "Hal itu disampaikan (oleh) NAME"; without an agent, the last speaker's words.
                if let agent = agent(in: words.dropFirst(n + 1).prefix(Self.agentReach)), let index = mentions.owner[agent] {
                    return .official(index, cue + " + \"\(word(agent))\"")
                }
                return .last("passive " + cue)
            }
            let before = words[max(0, n - 20)..<n]
            if let actor = subjectMention(in: before), let index = mentions.owner[actor] {
                return .official(index, "\"\(word(actor))\" + " + cue)
            }
            if let pronoun = before.suffix(4).last(where: { cues.pronouns.contains(folded.folded[$0]) }) {
                return .last("\"\(word(pronoun))\" + " + cue)
            }
            if before.contains(where: { cues.persons.contains(folded.folded[$0]) }) {
                return .nonOfficial(cue + " after a person who is no official")
            }
            if before.dropFirst().contains(where: { ByteClass.isUpper(text.utf8[text.tokens[$0].byteStart]) }) {
                return .unknownActor(cue + " by someone not in the officials table")
            }
            return nil
        }
        return nil
    }

    /// An official as the actor of the sentence's first active verb: "Kapolres X melarang ...",
    /// "Ia memerintahkan ...". Active verbs are told by their meN- prefix.
    private func actor(_ range: Range<Int>) -> Found? {
        let words = Array(range.filter { folded.isWord[$0] }.prefix(24))
        guard let verb = words.firstIndex(where: { mentions.owner[$0] == nil && FoldedDocument.isActiveVerb(folded.folded[$0]) }) else { return nil }
        let cue = "actor of \"\(word(words[verb]))\""
        if let actor = subjectMention(in: words[..<verb]), let index = mentions.owner[actor] {
            return .official(index, "\"\(word(actor))\" " + cue)
        }
        if let pronoun = words[..<verb].suffix(3).last(where: { cues.pronouns.contains(folded.folded[$0]) }) {
            return .last("\"\(word(pronoun))\" " + cue)
        }
        return nil
    }

    /// The first official named in `words` before any other verb or clause: the agent of a
    /// passive reporting verb, the source after "menurut", the name after a quote. A name after
    /// a preposition ("disampaikan ke Pj Bupati NAME") is the addressee, not the speaker.
    /// The name stands in a run of capitalised words (titles, roles, bodies, places) or generic
    /// role words ("anggota Bawaslu"); any other word ends the search ("menurut informasi yang
    /// diterima Bawaslu, Lurah X ..." names the lurah as the subject, not as the source).
    private func agent(in words: ArraySlice<Int>) -> Int? {
        for i in words {
            if mentions.owner[i] != nil { return i }
            let w = folded.folded[i]
            if cues.agentMarkers.contains(w) || cues.genericRoles.contains(w) { continue }
            let first = text.utf8[text.tokens[i].byteStart]
            guard ByteClass.isUpper(first) || ByteClass.isDigit(first) else { return nil }
        }
        return nil
    }

    /// The first official named before the verb, skipping those inside a prepositional phrase
    /// ("Usman, bersama Kapolres, menyampaikan"): the grammatical subject comes first.
    private func subjectMention(in words: ArraySlice<Int>) -> Int? {
        var previousOwner: Int?? = nil
        for (k, i) in zip(words.indices, words) {
            guard let owner = mentions.owner[i] else { previousOwner = nil; continue }
            defer { previousOwner = owner }
            if previousOwner == owner { continue }
            let before = k > words.startIndex ? folded.folded[words[k - 1]] : []
            if cues.prepositions.contains(before) { continue }
            return i
        }
        return nil
    }

    private func passiveOrDemonstrative(_ range: Range<Int>) -> Bool {
        range.contains { folded.isWord[$0] && (cues.demonstratives.contains(folded.folded[$0])
            || (cues.indirect.contains(folded.folded[$0]) && folded.folded[$0].starts(with: "di".utf8))) }
    }

    private func isComma(_ i: Int) -> Bool {
        let token = text.tokens[i]
        return token.byteEnd - token.byteStart == 1 && text.utf8[token.byteStart] == 0x2C
    }

    private func word(_ i: Int) -> String { text.surface(text.tokens[i]) }
}
