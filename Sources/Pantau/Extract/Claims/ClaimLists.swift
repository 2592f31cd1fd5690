/// Lists in the main text: "Berikut larangan bagi ASN:" and then one short paragraph per
/// item ("Dilarang foto bersama calon.", "- Memasang spanduk paslon"). An item carries the
/// heading's subject and, when no rule of its own says more, the heading's type; it counts
/// only when the heading is a claim.
struct ClaimLists {
    /// Per claim sentence: the index of the heading of the list it is an item of.
    let heading: [Int?]
    /// The sentences that open a list (its headings).
    let headings: Set<Int>

    /// An item is short: a longer paragraph is prose again, and ends the list.
    static let maximumItemTokens = 45
    /// One paragraph after a colon is a quotation or an explanation, not a list.
    static let minimumItems = 2

    init(_ sentences: [ClaimSentence], in text: TokenizedText) {
        var heading = [Int?](repeating: nil, count: sentences.count)
        var headings = Set<Int>()
        var i = 0
        while i < sentences.count {
            guard Self.endsWithColon(sentences[i], in: text), Self.closesParagraph(i, sentences) else { i += 1; continue }
            var items: [Int] = []
            var j = i + 1
            while j < sentences.count, Self.isItem(j, sentences), sentences[j].tokens.count <= Self.maximumItemTokens {
                items.append(j)
                j += 1
            }
            if items.count >= Self.minimumItems {
                for item in items { heading[item] = i }
                headings.insert(i)
            }
            i = max(j, i + 1)
        }
        self.heading = heading
        self.headings = headings
    }

    /// The last token is a colon: "antara lain:", "sebagai berikut:".
    private static func endsWithColon(_ sentence: ClaimSentence, in text: TokenizedText) -> Bool {
        guard let last = text.tokens[sentence.tokens].last else { return false }
        return last.byteEnd - last.byteStart == 1 && text.utf8[last.byteStart] == 0x3A
    }

    private static func closesParagraph(_ i: Int, _ sentences: [ClaimSentence]) -> Bool {
        i + 1 < sentences.count && sentences[i + 1].paragraph != sentences[i].paragraph
    }

    /// A paragraph of its own: one sentence, alone between paragraph breaks.
    private static func isItem(_ j: Int, _ sentences: [ClaimSentence]) -> Bool {
        let paragraph = sentences[j].paragraph
        let alone = (j == 0 || sentences[j - 1].paragraph != paragraph)
            && (j + 1 == sentences.count || sentences[j + 1].paragraph != paragraph)
        return alone
    }
}
