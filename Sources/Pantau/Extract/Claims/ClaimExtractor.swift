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

    public func extract(_ text: TokenizedText, regions: [RegionMention], officials: [Official], headline: TokenizedText? = nil) -> [Claim] {
        let explanation = explain(text, regions: regions, officials: officials, headline: headline)
        return (explanation.headline + explanation.traces).compactMap(\.claim)
    }

    /// The decision on every sentence of the text (and of the headline, when given), claims
    /// and non-claims alike, and the document's topic when it has one.
    ///
    /// Real news puts claims in its headlines ("Pj Bupati Beri Peringatan ASN Jaga
    /// Netralitas"), and scrapers keep the headline apart from the main text: its sentences
    /// are judged like headings of the text (on their own strength), their claims carry
    /// `field` `title` and offsets into the headline, and they count towards the topic.
    public func explain(_ text: TokenizedText, regions: [RegionMention], officials: [Official],
                        headline: TokenizedText? = nil) -> ClaimExplanation {
        let fallbackRegion = Self.mostMentioned(regions)
        let document = prepare(text, field: .text, regions: regions, officials: officials, fallbackRegion: fallbackRegion)
        let title = headline.flatMap { $0.utf8.isEmpty || Self.opens(text, with: $0) ? nil : $0 }
            .map { prepare($0, field: .title, regions: [], officials: officials, fallbackRegion: fallbackRegion) }
        let headlineTraces = title.map { decideInOrder($0, topic: nil) } ?? []
        // First every sentence on its own strength; then, when that shows what the document
        // is about, again with the topic's rules in play.
        var traces = decideInOrder(document, topic: nil)
        let topic = DocumentTopic.decide(headlineTraces + traces)
        if let topic { traces = decideInOrder(document, topic: topic) }
        return ClaimExplanation(traces: continueQuotations(traces, document: document, topic: topic), topic: topic,
                                headline: headlineTraces)
    }

    private func prepare(_ text: TokenizedText, field: ClaimField, regions: [RegionMention], officials: [Official],
                         fallbackRegion: String) -> Document {
        let folded = FoldedDocument(text, lexicon: lexicon)
        let mentions = SpeakerMentions(text, folded: folded, officials: officials, genericRoles: cues.genericRoles)
        let sentences = ClaimSentenceSplitter.split(text, abbreviations: abbreviations)
        return Document(
            text: text, field: field, sentences: sentences,
            hits: sentences.map { lexicon.hits(in: $0.tokens, of: folded) },
            lists: ClaimLists(sentences, in: text),
            attributions: SpeakerResolver(text: text, folded: folded, mentions: mentions, cues: cues).resolve(),
            regions: regions, officials: officials, fallbackRegion: fallbackRegion)
    }

    /// The main text opens with the headline itself (some scrapes keep it): its claims are there.
    static func opens(_ text: TokenizedText, with headline: TokenizedText) -> Bool {
        let title = headline.utf8.prefix { $0 != 0x0A }
        return text.utf8.count >= title.count && TextNormalizer.fold(text.utf8.prefix(title.count)) == TextNormalizer.fold(title)
    }

    /// A document prepared once for both passes.
    struct Document {
        let text: TokenizedText
        let field: ClaimField
        let sentences: [ClaimSentence]
        let hits: [[TermHit]]
        let lists: ClaimLists
        let attributions: [Attribution]
        let regions: [RegionMention]
        let officials: [Official]
        let fallbackRegion: String
    }

    /// The sentences in reading order: each may continue the claim before it.
    private func decideInOrder(_ document: Document, topic: DocumentTopic?) -> [ClaimTrace] {
        var traces: [ClaimTrace] = []
        var previous: (subject: String?, claim: ClaimType?, sentence: ClaimSentence)?
        var lastClaim: ClaimType?
        for (index, sentence) in document.sentences.enumerated() {
            let hits = document.hits[index]
            let shape = SentenceShape(sentence, hits: hits, in: document.text)
            var (subject, source, subjectReason) = Self.subject(of: hits)
            if subject == nil, !shape.shiftsTopic, let carried = previous?.subject,
               previous?.claim != nil || previous?.sentence.unit == sentence.unit {
                subject = carried
                source = .inherited
                subjectReason = "inherited from the previous sentence (\(carried))"
            }
            // News paragraphs are short: a claim's continuation often opens the next paragraph.
            // A heading ("Daerah Rawan"), a question or a fragment continues nothing, nor does
            // "Selain itu, ...", and the document's topic does not speak for them.
            let continues = shape.takesContext && !shape.shiftsTopic ? previous?.claim : nil
            let heading = shape.takesContext ? document.lists.heading[index].flatMap { traces[$0].claim } : nil
            let context = RuleContext(previousClaim: continues, topic: topic != nil && shape.takesContext,
                                      listHeading: heading?.type, lastClaim: lastClaim, namedSubject: source == .named,
                                      opensList: document.lists.headings.contains(index))
            let firings = rules.fire(hits: hits, context: context)
            let listHeading = document.lists.heading[index].map { (index: $0, claim: heading) }
            let trace = decide(sentence, hits: hits, firings: firings,
                               subject: Subject(value: subject, source: source, reason: subjectReason),
                               topic: topic, listHeading: listHeading, document: document)
            traces.append(trace)
            if let claim = trace.claim { lastClaim = claim.type }
            previous = (trace.subjectNamed || trace.claim != nil ? trace.subject : nil, trace.claim?.type, sentence)
        }
        return traces
    }

    struct Subject {
        var value: String?
        var source: SubjectSource
        var reason: String
    }

    /// A quotation is one act of speech: a sentence of a quote that holds a claim is judged
    /// again with `^quote` rules, and takes the subject of that claim.
    private func continueQuotations(_ traces: [ClaimTrace], document: Document, topic: DocumentTopic?) -> [ClaimTrace] {
        var result = traces
        var claimsByUnit: [Int: [Int]] = [:]
        for (i, trace) in traces.enumerated() where trace.claim != nil { claimsByUnit[trace.sentence.unit, default: []].append(i) }
        for (i, trace) in traces.enumerated() where trace.claim == nil && trace.attribution.kind == .direct
            && SentenceShape(trace.sentence, hits: trace.hits, in: document.text).takesContext {
            let sameQuote = claimsByUnit[trace.sentence.unit] ?? []
            guard let nearest = sameQuote.min(by: { abs($0 - i) < abs($1 - i) }), let claim = traces[nearest].claim else { continue }
            let context = RuleContext(quoteClaim: claim.type, topic: topic != nil, namedSubject: trace.subjectSource == .named)
            let firings = rules.fire(hits: trace.hits, context: context)
            let subject = trace.subject == nil
                ? Subject(value: claim.subject, source: .inherited, reason: "inherited from the quotation's claim (\(claim.subject))")
                : Subject(value: trace.subject, source: trace.subjectSource, reason: trace.subjectReason)
            result[i] = decide(trace.sentence, hits: trace.hits, firings: firings, subject: subject, topic: topic,
                               listHeading: nil, document: document)
        }
        return result
    }

    private func decide(_ sentence: ClaimSentence, hits: [TermHit], firings: [RuleFiring], subject found: Subject,
                        topic: DocumentTopic?, listHeading: (index: Int, claim: Claim?)?, document: Document) -> ClaimTrace {
        let sentenceText = document.text.slice(bytes: sentence.byteStart..<sentence.byteEnd)
        let attribution = sentence.unit < document.attributions.count ? document.attributions[sentence.unit] : .none
        var subject = found
        // A sentence that names no subject may take the list heading's or the document's,
        // but only through a rule that asked for that context.
        if subject.value == nil, let listHeading, let headingClaim = listHeading.claim, firings.contains(where: \.usedList) {
            subject = Subject(value: headingClaim.subject, source: .listHeading,
                              reason: "from the list heading [\(listHeading.index)] (\(headingClaim.subject))")
        } else if subject.value == nil, let topic, firings.contains(where: \.usedTopic) {
            subject = Subject(value: topic.subject, source: .topic, reason: "from the document's topic: \(topic.description)")
        }
        var claim: Claim?
        var reason: String
        if firings.isEmpty {
            reason = "no rule fired"
        } else if let value = subject.value {
            let types = Set(firings.map(\.type)).sorted()
            let winner = types[0]
            let rule = firings.first { $0.type == winner }?.rule.id ?? ""
            let speaker = attribution.official.map { document.officials[$0] }
            let region = speaker.map(\.regionCode).flatMap { $0.isEmpty ? nil : $0 }
                ?? document.regions.first { $0.start >= sentence.start && $0.end <= sentence.end }?.regionCode
                ?? document.fallbackRegion
            claim = Claim(type: winner, labels: types, subject: value, speaker: speaker?.name ?? "",
                          attribution: attribution.kind.rawValue, regionCode: region, field: document.field, start: sentence.start,
                          end: sentence.end, rule: rule, text: sentenceText)
            reason = types.count == 1 ? "only \(winner.rawValue) fits"
                : "\(winner.rawValue) wins over \(types.dropFirst().map(\.rawValue).joined(separator: ", ")) (precedence: sanction, violation, appeal, oversight, risk, norm)"
        } else {
            reason = "rules fired but the sentence names no ASN, TNI, Polri or village head"
        }
        return ClaimTrace(sentence: sentence, text: sentenceText, hits: hits, firings: firings, subject: subject.value,
                          subjectSource: subject.source, subjectReason: subject.reason, attribution: attribution,
                          claim: claim, reason: reason)
    }


    /// The first subject the sentence names; an actor that implies one only when none is named.
    static func subject(of hits: [TermHit]) -> (String?, SubjectSource, String) {
        if let hit = hits.first(where: { $0.group.hasPrefix("subject=") }) {
            let subject = String(hit.group.dropFirst("subject=".count))
            return (subject, .named, "named: \"\(hit.term)\" → \(subject)")
        }
        if let hit = hits.first(where: { $0.group.hasPrefix("weak-subject=") }) {
            let subject = String(hit.group.dropFirst("weak-subject=".count))
            return (subject, .implied, "implied by \"\(hit.term)\" → \(subject)")
        }
        return (nil, .none, "no subject named")
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

/// The claim stage's decisions on one document: every sentence, and the topic that licensed
/// some of them.
public struct ClaimExplanation: Sendable {
    /// The main text's sentences.
    public let traces: [ClaimTrace]
    public let topic: DocumentTopic?
    /// The headline's sentences, when a headline was given and the text does not repeat it.
    public let headline: [ClaimTrace]
}
