import CLibXML2

/// The clean stage for one feed item: its markup becomes text, its fields become metadata.
///
/// Full text (`content:encoded`, Atom `content`) goes through the same main-text extraction as
/// a page, which drops "Baca juga" lines, ads and share bars; what it would drop whole (a
/// short item) is read as the fragment's visible prose instead. A description or summary is
/// read as visible prose directly: the publisher wrote it as the item's text, so no block of it
/// is judged boilerplate by length. The item's own link, title, date and author win over
/// anything found in its text. No listing-page test: a feed item is an article by definition.
extension Cleaner {
    /// A description or summary under this many characters is a teaser, as is any body that
    /// ends in a cut-off mark: feeds that carry full text in `description` carry more.
    static let teaserChars = 1000

    func cleanFeedItem(_ item: FeedItem) -> CleanDocument {
        var text = ""
        var metadata = DocumentMetadata()
        if item.body == .content {
            let page = cleanHTML(Array(item.markup.utf8), encoding: "feed", listingTest: false)
            text = page.text
            metadata = page.metadata
        }
        if text.isEmpty { text = Self.finish(FragmentText(rules: rules).visibleText(item.markup)) }
        metadata.url = item.link
        let title = FragmentText(rules: rules).inlineText(item.title)
        if !title.isEmpty { metadata.title = title }
        let author = FragmentText(rules: rules).inlineText(item.author)
        if !author.isEmpty { metadata.author = author }
        if let published = dates.normalize(item.published) { metadata.published = published }
        var clean = CleanDocument(format: .html, text: text, metadata: metadata, encoding: "feed")
        clean.teaser = Self.isTeaser(text, body: item.body)
        return clean
    }

    static func isTeaser(_ text: String, body: FeedItem.Body) -> Bool {
        guard text.unicodeScalars.count < teaserChars else { return false }
        return body == .description || endsCutOff(text)
    }

    /// "…", "...", "[…]" or "[...]" at the end: the feed cut the text short.
    static func endsCutOff(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\n" || last == "]" || last == "[" { trimmed = trimmed.dropLast() }
        return trimmed.hasSuffix("…") || trimmed.hasSuffix("...")
    }
}

/// The text of a bit of markup that is not a page: a feed item's body, title or author.
struct FragmentText {
    let rules: CleanRules

    /// Every block of visible text but link lists ("Baca selengkapnya", "The post ... appeared
    /// first on ...") and furniture lines, paragraphs apart by a blank line; a body that is all
    /// link (a teaser wrapped in its own link) keeps its links.
    func visibleText(_ markup: String) -> String {
        guard let page = walk(markup) else { return "" }
        let prose = page.blocks.filter { !page.isFurniture($0, rules) }
        let unlinked = prose.filter { $0.linkBytes * 2 <= $0.range.count }
        return (unlinked.isEmpty ? prose : unlinked).map { page.text($0) }.joined(separator: "\n\n")
    }

    /// A one-line field as text: entities decoded and tags dropped when it has any, white
    /// space collapsed.
    func inlineText(_ markup: String) -> String {
        guard markup.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 }) else { return Whitespace.collapse(markup) }
        guard let page = walk(markup) else { return Whitespace.collapse(markup) }
        return Cleaner.finish(Whitespace.collapse(page.blocks.map { page.text($0) }.joined(separator: " ")))
    }

    private func walk(_ markup: String) -> Page? {
        guard !markup.isEmpty, let tree = HTMLTree(utf8: Array(markup.utf8)), let root = tree.root else { return nil }
        return BlockWalker(hints: rules.hints).walk(root)
    }
}
