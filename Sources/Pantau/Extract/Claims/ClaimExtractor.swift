/// Finds neutrality claims (GUIDE.md "Neutrality claims"): a sentence about ASN, TNI, Polri or
/// village heads on which a rule of claim-rules.tsv fires, typed by GUIDE.md's precedence,
/// attributed to the official who said it.
public struct ClaimExtractor: Sendable {
    let lexicon: ClaimLexicon
    let rules: ClaimRules
    let cues: SpeechCues
    let abbreviations: Set<String>

    public init(lexicon: ClaimLexicon, rules: ClaimRules, cues: SpeechCues, abbreviations: Set<String>) {
        self.lexicon = lexicon
        self.rules = rules
        self.cues = cues
        self.abbreviations = abbreviations
    }

    public func extract(_ text: TokenizedText, regions: [RegionMention], officials: [Official]) -> [Claim] {
        explain(text, regions: regions, officials: officials).compactMap(\.claim)
    }

    /// The decision on every sentence of the text, claims and non-claims alike.
    public func explain(_ text: TokenizedText, regions: [RegionMention], officials: [Official]) -> [ClaimTrace] {
        let folded = FoldedDocument(text, lexicon: lexicon)
        let mentions = SpeakerMentions(text, folded: folded, officials: officials, genericRoles: cues.genericRoles)
        let attributions = SpeakerResolver(text: text, folded: folded, mentions: mentions, cues: cues).resolve()
        let sentences = ClaimSentenceSplitter.split(text, abbreviations: abbreviations)
        let context = Context(text: text, regions: regions, officials: officials, fallbackRegion: Self.mostMentioned(regions))
        var traces: [ClaimTrace] = []
        var previous: (subject: String?, claim: Bool, sentence: ClaimSentence)?
        for sentence in sentences {
            let hits = lexicon.hits(in: sentence.tokens, of: folded)
            // News paragraphs are short: a claim's continuation often opens the next paragraph.
            // A heading ("Daerah Rawan") continues nothing.
            let previousWasClaim = previous?.claim == true && !Self.isHeading(sentence, in: text)
            var (subject, subjectReason) = Self.subject(of: hits)
            if subject == nil, let carried = previous?.subject, previous?.claim == true || previous?.sentence.unit == sentence.unit {
                subject = carried
                subjectReason = "inherited from the previous sentence (\(carried))"
            }
            let attribution = sentence.unit < attributions.count ? attributions[sentence.unit] : .none
            let firings = rules.fire(hits: hits, previousWasClaim: previousWasClaim)
            let trace = decide(sentence, hits: hits, firings: firings, subject: subject, subjectReason: subjectReason,
                               attribution: attribution, context: context)
            traces.append(trace)
            let named = subjectReason.hasPrefix("named") || subjectReason.hasPrefix("implied")
            previous = (named || trace.claim != nil ? subject : nil, trace.claim != nil, sentence)
        }
        return continueQuotations(traces, context: context)
    }

    struct Context {
        let text: TokenizedText
        let regions: [RegionMention]
        let officials: [Official]
        let fallbackRegion: String
    }

    /// A quotation is one act of speech: a sentence of a quote that holds a claim is judged
    /// again with `^quote` rules, and takes the subject of that claim.
    private func continueQuotations(_ traces: [ClaimTrace], context: Context) -> [ClaimTrace] {
        var result = traces
        var claimsByUnit: [Int: [Int]] = [:]
        for (i, trace) in traces.enumerated() where trace.claim != nil { claimsByUnit[trace.sentence.unit, default: []].append(i) }
        for (i, trace) in traces.enumerated() where trace.claim == nil && trace.attribution.kind == .direct {
            let sameQuote = claimsByUnit[trace.sentence.unit] ?? []
            guard let nearest = sameQuote.min(by: { abs($0 - i) < abs($1 - i) }), let claim = traces[nearest].claim else { continue }
            let firings = rules.fire(hits: trace.hits, previousWasClaim: false, quoteClaim: claim.type)
            let subject = trace.subject ?? claim.subject
            let reason = trace.subject == nil ? "inherited from the quotation's claim (\(claim.subject))" : trace.subjectReason
            result[i] = decide(trace.sentence, hits: trace.hits, firings: firings, subject: subject, subjectReason: reason,
                               attribution: trace.attribution, context: context)
        }
        return result
    }

    private func decide(_ sentence: ClaimSentence, hits: [TermHit], firings: [RuleFiring], subject: String?, subjectReason: String,
                        attribution: Attribution, context: Context) -> ClaimTrace {
        let sentenceText = context.text.slice(bytes: sentence.byteStart..<sentence.byteEnd)
        var claim: Claim?
        var reason: String
        if firings.isEmpty {
            reason = "no rule fired"
        } else if let subject {
            let types = Set(firings.map(\.type)).sorted()
            let winner = types[0]
            let rule = firings.first { $0.type == winner }?.rule.id ?? ""
            let speaker = attribution.official.map { context.officials[$0] }
            let region = speaker.map(\.regionCode).flatMap { $0.isEmpty ? nil : $0 }
                ?? context.regions.first { $0.start >= sentence.start && $0.end <= sentence.end }?.regionCode
                ?? context.fallbackRegion
            claim = Claim(type: winner, labels: types, subject: subject, speaker: speaker?.name ?? "",
                          attribution: attribution.kind.rawValue, regionCode: region, start: sentence.start,
                          end: sentence.end, rule: rule, text: sentenceText)
            reason = types.count == 1 ? "only \(winner.rawValue) fits"
                : "\(winner.rawValue) wins over \(types.dropFirst().map(\.rawValue).joined(separator: ", ")) (precedence: sanction, violation, appeal, oversight, risk, norm)"
        } else {
            reason = "rules fired but the sentence names no ASN, TNI, Polri or village head"
        }
        return ClaimTrace(sentence: sentence, text: sentenceText, hits: hits, firings: firings, subject: subject,
                          subjectReason: subjectReason, attribution: attribution, claim: claim, reason: reason)
    }

    /// A line without final punctuation: a heading or a caption.
    static func isHeading(_ sentence: ClaimSentence, in text: TokenizedText) -> Bool {
        guard let last = text.tokens[sentence.tokens].last(where: { $0.kind != .symbol }) else { return true }
        let bytes = text.utf8[last.byteStart..<last.byteEnd]
        return !(bytes.elementsEqual([0x2E]) || bytes.elementsEqual([0x21]) || bytes.elementsEqual([0x3F]) || QuoteMarks.isQuote(bytes))
    }

    /// The first subject the sentence names; an actor that implies one only when none is named.
    static func subject(of hits: [TermHit]) -> (String?, String) {
        if let hit = hits.first(where: { $0.group.hasPrefix("subject=") }) {
            let subject = String(hit.group.dropFirst("subject=".count))
            return (subject, "named: \"\(hit.term)\" → \(subject)")
        }
        if let hit = hits.first(where: { $0.group.hasPrefix("weak-subject=") }) {
            let subject = String(hit.group.dropFirst("weak-subject=".count))
            return (subject, "implied by \"\(hit.term)\" → \(subject)")
        }
        return (nil, "no subject named")
    }

    /// The document's most mentioned region, first mentioned on a tie.
    static func mostMentioned(_ regions: [RegionMention]) -> String {
        var counts: [String: Int] = [:]
        for region in regions { counts[region.regionCode, default: 0] += 1 }
        var best = ""
        var bestCount = 0
        for region in regions where counts[region.regionCode, default: 0] > bestCount {
            best = region.regionCode
            bestCount = counts[region.regionCode, default: 0]
        }
        return best
    }
}
