/// Tells a listing page (a front, index, section, tag or search page: links to articles,
/// each with perhaps a teaser and a date) from an article, after the main text is chosen.
///
/// An article link is a link whose own text reads as a headline: at least `headlineWords`
/// words and `headlineBytes` bytes, in a block that is mostly link text and is not a furniture
/// line ("Baca juga: ..." is an article's own aside). The main text's blocks are then split in
/// two: teaser text, which sits in a list item with exactly one article link (the smallest box
/// around the block that holds any article link holds one, and little else), or which comes
/// right after one article link and right before the next (lists without item boxes); and
/// article text, everything else. A page is a listing when it shows at least `minimumLinks`
/// article links and its main text has no article prose (no block of article text that the
/// block classifier found to be prose), or is mostly teasers from several items.
///
/// Articles keep their status however many related, popular or latest lists surround them:
/// their body is article text, since it shares no small box with a single headline.
struct ListingPage {
    static let minimumLinks = 5
    static let headlineWords = 4
    static let headlineBytes = 20
    /// A link longer than this is not a headline (a whole box made clickable still counts: up
    /// to a headline with its teaser).
    static let longestHeadline = 600
    /// A list item holds a headline, a teaser and a date line; a box with more prose than this
    /// (bytes, or blocks) around a single article link is not an item but part of an article.
    static let itemProseBytes = 600
    static let itemProseBlocks = 2
    /// Teaser text must come from at least this many items to outweigh article text.
    static let teaserItems = 3

    let rules: CleanRules

    struct Verdict: Equatable {
        /// Article links on the page.
        var links: Int
        /// Bytes of the main text that are article prose, and teaser text.
        var articleBytes: Int
        var teaserBytes: Int
        /// Items whose teaser text is in the main text.
        var items: Int

        var isListing: Bool {
            links >= ListingPage.minimumLinks && (articleBytes == 0 || (items >= ListingPage.teaserItems && teaserBytes >= articleBytes))
        }
    }

    func judge(_ page: Page, _ classes: [BlockClass], keep: [Bool]) -> Verdict {
        let n = page.blocks.count
        // Article links, and the blocks that are one (a headline block).
        var headline = [Bool](repeating: false, count: n)
        var links = 0
        page.arena.withUnsafeBufferPointer { arena in
            for link in page.links where Self.readsAsHeadline(arena, link) {
                guard let block = Self.block(containing: link.lowerBound, page.blocks) else { continue }
                if page.isFurniture(page.blocks[block], rules) { continue }
                links += 1
                let b = page.blocks[block]
                if b.linkBytes * 2 > b.range.count { headline[block] = true }
            }
        }
        var verdict = Verdict(links: links, articleBytes: 0, teaserBytes: 0, items: 0)
        guard links >= Self.minimumLinks else { return verdict }
        var headlinePrefix = [Int](repeating: 0, count: n + 1)
        var prosePrefix = [Int](repeating: 0, count: n + 1)
        var proseBlockPrefix = [Int](repeating: 0, count: n + 1)
        for i in 0..<n {
            headlinePrefix[i + 1] = headlinePrefix[i] + (headline[i] ? 1 : 0)
            let prose = !headline[i] && (classes[i] == .good || classes[i] == .nearGood)
            prosePrefix[i + 1] = prosePrefix[i] + (prose ? page.blocks[i].range.count : 0)
            proseBlockPrefix[i + 1] = proseBlockPrefix[i] + (prose ? 1 : 0)
        }
        let boxes = Boxes(headline: headline, headlines: headlinePrefix, proseBytes: prosePrefix, proseBlocks: proseBlockPrefix)
        var itemsSeen = Set<Int>()
        for i in 0..<n where keep[i] && !headline[i] {
            let bytes = page.blocks[i].range.count
            if let item = itemHeadline(i, page, boxes) {
                verdict.teaserBytes += bytes
                itemsSeen.insert(item)
            } else if classes[i] == .good || classes[i] == .nearGood {
                verdict.articleBytes += bytes
            }
        }
        verdict.items = itemsSeen.count
        return verdict
    }

    /// The headline block of the list item that block `i` belongs to, or nil when it is article
    /// text.
    private func itemHeadline(_ i: Int, _ page: Page, _ boxes: Boxes) -> Int? {
        let headline = boxes.headline
        // The smallest box around the block that holds an article link.
        var element = page.blocks[i].element
        while element >= 0 {
            let box = page.elements[element]
            let range = box.firstBlock..<box.endBlock
            let count = boxes.headlines[range.upperBound] - boxes.headlines[range.lowerBound]
            if count > 0 {
                let bytes = boxes.proseBytes[range.upperBound] - boxes.proseBytes[range.lowerBound]
                let blocks = boxes.proseBlocks[range.upperBound] - boxes.proseBlocks[range.lowerBound]
                // Teasers follow their headline; a paragraph above a lone link is the article's.
                if count == 1 && bytes <= Self.itemProseBytes && blocks <= Self.itemProseBlocks,
                   let item = range.first(where: { headline[$0] }) {
                    return item < i ? item : nil
                }
                break
            }
            element = box.parent
        }
        // No item boxes: a headline just before and the next one just after, all three side
        // by side in one box.
        guard page.blocks[i].range.count <= Self.itemProseBytes,
              let before = neighbourHeadline(i, step: -1, page, headline), let after = neighbourHeadline(i, step: 1, page, headline),
              Self.parent(before, page) == Self.parent(i, page), Self.parent(after, page) == Self.parent(i, page) else { return nil }
        return before
    }

    /// The headline block next to `i` in that direction, past at most two short blocks (a date
    /// line, a channel label) and nothing else.
    private func neighbourHeadline(_ i: Int, step: Int, _ page: Page, _ headline: [Bool]) -> Int? {
        var j = i + step
        var skipped = 0
        while j >= 0 && j < page.blocks.count {
            if headline[j] { return j }
            guard page.blocks[j].range.count < BlockClassifier.shortBytes * 2, skipped < 2 else { return nil }
            skipped += 1
            j += step
        }
        return nil
    }

    /// Headline blocks, and running counts over blocks for any box's headlines and prose.
    private struct Boxes {
        var headline: [Bool]
        var headlines: [Int]
        var proseBytes: [Int]
        var proseBlocks: [Int]
    }

    private static func parent(_ block: Int, _ page: Page) -> Int { page.elements[page.blocks[block].element].parent }

    static func readsAsHeadline(_ arena: UnsafeBufferPointer<UInt8>, _ link: Range<Int>) -> Bool {
        let range = link.clamped(to: 0..<arena.count)
        guard range.count >= headlineBytes, range.count <= longestHeadline else { return false }
        var words = 0
        var inWord = false
        for i in range {
            let b = arena[i]
            let space = b == 0x20 || b == 0x0A
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return words >= headlineWords
    }

    /// The block whose text holds the offset, or the next block after it.
    static func block(containing offset: Int, _ blocks: [PageBlock]) -> Int? {
        let found = blocks.partitionPoint { $0.range.upperBound <= offset }
        return found < blocks.count ? found : nil
    }
}
