/// What a sentence's form says about how it may borrow from its neighbours.
struct SentenceShape {
    /// Whether the sentences around it, the list it is in or the document's topic may make
    /// it a claim; otherwise it must stand on its own.
    var takesContext: Bool { !isHeading && !isQuestion && !isFragment }

    /// A line without final punctuation: a headline, a subheading or a caption. A colon
    /// ends a list's heading or an introduction, which is no headline.
    let isHeading: Bool
    /// Ends with a question mark: a question asserts nothing the text around it could finish.
    let isQuestion: Bool
    /// Opens with a word that turns to another matter ("Selain itu, ...", "Sementara itu, ..."):
    /// it neither inherits the subject before it nor continues its claim.
    let shiftsTopic: Bool

    /// Fewer words than `minimumWords`: a fragment ("Kampanye ya.", "Belum, kan."), which
    /// says nothing the sentences around it could make a claim of.
    let isFragment: Bool

    static let minimumWords = 3
    /// claim-terms.tsv group of the openers that turn to another matter.
    static let shiftGroup = "SHIFT"
    /// How far into the sentence an opener may stand ("Namun, selain itu, ...").
    static let openerReach = 3

    init(_ sentence: ClaimSentence, hits: [TermHit], in text: TokenizedText) {
        let last = text.tokens[sentence.tokens].last(where: { $0.kind != .symbol })
        let bytes = last.map { text.utf8[$0.byteStart..<$0.byteEnd] } ?? []
        let terminated = bytes.elementsEqual([0x2E]) || bytes.elementsEqual([0x21]) || bytes.elementsEqual([0x3F]) || QuoteMarks.isQuote(bytes)
        isHeading = !terminated && !bytes.elementsEqual([0x3A])
        // "Sekarang kampanye atau tidak?" or `... tidak?"`: a question mark before a closing quote.
        let marks = text.tokens[sentence.tokens].lazy.filter { $0.kind == .punct || $0.kind == .symbol }.reversed()
        isQuestion = bytes.elementsEqual([0x3F]) || (QuoteMarks.isQuote(bytes) && marks.dropFirst().first.map { text.utf8[$0.byteStart] == 0x3F } == true)
        var words = 0
        for token in text.tokens[sentence.tokens] where token.kind == .word || token.kind == .acronym {
            words += 1
            if words >= Self.minimumWords { break }
        }
        isFragment = words < Self.minimumWords
        let reach = sentence.tokens.lowerBound + Self.openerReach
        shiftsTopic = hits.contains { $0.group == Self.shiftGroup && $0.tokens.lowerBound < reach }
    }
}
