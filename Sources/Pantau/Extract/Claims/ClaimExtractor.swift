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
        self.rules = rules.bound(to: lexicon.groupTable)
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
        // A headline is in the author's voice ("Kapolres: Polisi Dilarang ..." is the paper's
        // summary, not a quotation), so its sentences get no speaker.
        let title = headline.flatMap { $0.utf8.isEmpty || Self.opens(text, with: $0) ? nil : $0 }
            .map { prepare($0, field: .title, regions: [], officials: [], fallbackRegion: fallbackRegion) }
        let headlineTraces = title.map { decideInOrder($0, topic: nil).traces } ?? []
        // First every sentence on its own strength; then, when that shows what the document
        // is about, again with the topic's rules in play.
        var (traces, inputs) = decideInOrder(document, topic: nil)
        let topic = DocumentTopic.decide(headlineTraces + traces)
        if let topic { traces = decideInOrder(document, topic: topic, earlier: (traces, inputs)).traces }
        return ClaimExplanation(traces: continueQuotations(traces, document: document, topic: topic), topic: topic,
                                headline: headlineTraces)
    }

    private func prepare(_ text: TokenizedText, field: ClaimField, regions: [RegionMention], officials: [Official],
                         fallbackRegion: String) -> Document {
        let folded = FoldedDocument(text, lexicon: lexicon)
        let sentences = ClaimSentenceSplitter.split(text, abbreviations: abbreviations)
        let hits = sentences.map { lexicon.hits(in: $0.tokens, of: folded) }
        let attributions = officials.isEmpty ? [] : SpeakerResolver(
            text: text, folded: folded, mentions: SpeakerMentions(text, folded: folded, officials: officials, genericRoles: cues.genericRoles),
            cues: cues).resolve()
        return Document(
            text: text, field: field, sentences: sentences,
            texts: sentences.map { text.slice(bytes: $0.byteStart..<$0.byteEnd) }, hits: hits,
            present: hits.map { GroupSet($0, groups: lexicon.groupTable.names.count) },
            shapes: zip(sentences, hits).map { SentenceShape($0, hits: $1, in: text) },
            lists: ClaimLists(sentences, in: text), attributions: attributions,
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
        /// Each sentence's text, sliced once for both passes.
        let texts: [String]
        let hits: [[TermHit]]
        /// Per sentence, the groups its hits belong to, for the rules.
        let present: [GroupSet]
        let shapes: [SentenceShape]
        let lists: ClaimLists
        let attributions: [Attribution]
        let regions: [RegionMention]
        let officials: [Official]
        let fallbackRegion: String
    }

    /// What a sentence's decision depends on besides its own terms and the topic.
    struct Inputs: Equatable {
        let subject: String?
        let source: SubjectSource
        let cue: String
        let continues: ClaimType?
        let heading: ClaimType?
        let headingSubject: String?
        let lastClaim: ClaimType?
    }

    /// The sentences in reading order: each may continue the claim before it. With `earlier`,
    /// the decisions of the pass without the topic: a sentence whose inputs are those of that
    /// pass and on which no `^topic` rule can fire is decided as it was (most are).
    private func decideInOrder(_ document: Document, topic: DocumentTopic?,
                               earlier: (traces: [ClaimTrace], inputs: [Inputs])? = nil) -> (traces: [ClaimTrace], inputs: [Inputs]) {
        var traces: [ClaimTrace] = []
        var allInputs: [Inputs] = []
        var previous: (subject: String?, claim: ClaimType?, sentence: ClaimSentence)?
        var lastClaim: ClaimType?
        for (index, sentence) in document.sentences.enumerated() {
            let hits = document.hits[index]
            let shape = document.shapes[index]
            var found = subject(of: hits)
            if found.value == nil, !shape.shiftsTopic, let carried = previous?.subject,
               previous?.claim != nil || previous?.sentence.unit == sentence.unit {
                found = Subject(value: carried, source: .inherited, cue: "")
            }
            // News paragraphs are short: a claim's continuation often opens the next paragraph.
            // A heading ("Daerah Rawan"), a question or a fragment continues nothing, nor does
            // "Selain itu, ...", and the document's topic does not speak for them.
            let continues = shape.takesContext && !shape.shiftsTopic ? previous?.claim : nil
            let heading = shape.takesContext ? document.lists.heading[index].flatMap { traces[$0].claim } : nil
            let inputs = Inputs(subject: found.value, source: found.source, cue: found.cue, continues: continues,
                                heading: heading?.type, headingSubject: heading?.subject, lastClaim: lastClaim)
            allInputs.append(inputs)
            if let earlier, earlier.inputs[index] == inputs, !rules.mayUseTopic(document.present[index]) {
                let trace = earlier.traces[index]
                traces.append(trace)
                if let claim = trace.claim { lastClaim = claim.type }
                previous = (trace.subjectNamed || trace.claim != nil ? trace.subject : nil, trace.claim?.type, sentence)
                continue
            }
            let context = RuleContext(previousClaim: continues, topic: topic != nil && shape.takesContext,
                                      listHeading: heading?.type, lastClaim: lastClaim, namedSubject: found.source == .named,
                                      opensList: document.lists.headings.contains(index))
            let firings = rules.fire(hits: hits, present: document.present[index], context: context)
            let listHeading = document.lists.heading[index].map { (index: $0, claim: heading) }
            let trace = decide(index, hits: hits, firings: firings, subject: found, topic: topic, listHeading: listHeading,
                               document: document)
            traces.append(trace)
            if let claim = trace.claim { lastClaim = claim.type }
            previous = (trace.subjectNamed || trace.claim != nil ? trace.subject : nil, trace.claim?.type, sentence)
        }
        return (traces, allInputs)
    }

    struct Subject {
        var value: String?
        var source: SubjectSource
        /// The term that named it; for a list item, its heading's index.
        var cue: String
    }

    /// A quotation is one act of speech: a sentence of a quote that holds a claim is judged
    /// again with `^quote` rules, and takes the subject of that claim.
    private func continueQuotations(_ traces: [ClaimTrace], document: Document, topic: DocumentTopic?) -> [ClaimTrace] {
        var result = traces
        var claimsByUnit: [Int: [Int]] = [:]
        for (i, trace) in traces.enumerated() where trace.claim != nil { claimsByUnit[trace.sentence.unit, default: []].append(i) }
        for (i, trace) in traces.enumerated() where trace.claim == nil && trace.attribution.kind == .direct
            && document.shapes[i].takesContext {
            let sameQuote = claimsByUnit[trace.sentence.unit] ?? []
            guard let nearest = sameQuote.min(by: { abs($0 - i) < abs($1 - i) }), let claim = traces[nearest].claim else { continue }
            let context = RuleContext(quoteClaim: claim.type, topic: topic != nil, namedSubject: trace.subjectSource == .named)
            let firings = rules.fire(hits: trace.hits, present: document.present[i], context: context)
            let subject = trace.subject == nil
                ? Subject(value: claim.subject, source: .quotation, cue: "")
                : Subject(value: trace.subject, source: trace.subjectSource, cue: trace.subjectCue)
            result[i] = decide(i, hits: trace.hits, firings: firings, subject: subject, topic: topic, listHeading: nil, document: document)
        }
        return result
    }

    private func decide(_ index: Int, hits: [TermHit], firings: [RuleFiring], subject found: Subject,
                        topic: DocumentTopic?, listHeading: (index: Int, claim: Claim?)?, document: Document) -> ClaimTrace {
        let sentence = document.sentences[index]
        let sentenceText = document.texts[index]
        let attribution = sentence.unit < document.attributions.count ? document.attributions[sentence.unit] : .none
        var subject = found
        // A sentence that names no subject may take the list heading's or the document's,
        // but only through a rule that asked for that context.
        if subject.value == nil, let listHeading, let headingClaim = listHeading.claim, firings.contains(where: \.usedList) {
            subject = Subject(value: headingClaim.subject, source: .listHeading, cue: String(listHeading.index))
        } else if subject.value == nil, let topic, firings.contains(where: \.usedTopic) {
            subject = Subject(value: topic.subject, source: .topic, cue: "")
        }
        var claim: Claim?
        if !firings.isEmpty, let value = subject.value {
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
        }
        return ClaimTrace(sentence: sentence, text: sentenceText, hits: hits, firings: firings, subject: subject.value,
                          subjectSource: subject.source, subjectCue: subject.cue, topic: subject.source == .topic ? topic : nil,
                          attribution: attribution, claim: claim)
    }


    /// The first subject the sentence names; an actor that implies one only when none is named.
    private func subject(of hits: [TermHit]) -> Subject {
        let groups = lexicon.groupTable
        if let hit = hits.first(where: { groups.isSubject[$0.groupID] }) {
            return Subject(value: groups.subjects[hit.groupID], source: .named, cue: hit.term)
        }
        if let hit = hits.first(where: { groups.isAnySubject[$0.groupID] }) {
            return Subject(value: groups.subjects[hit.groupID], source: .implied, cue: hit.term)
        }
        return Subject(value: nil, source: .none, cue: "")
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
