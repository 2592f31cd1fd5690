/// Finds the element that holds the article, as readability does, and the blocks it spans.
///
/// Each good block pays its length to the container it sits in, half to the next one up and a
/// shrinking share further up; a container's score is cut by its link density and moved by its
/// class/id hints and by `article`/`main`/`itemprop=articleBody`. Siblings of the winner that
/// hold substantial good text join it, for pages that split an article over several boxes.
struct ContainerChooser {
    static let levels = 5
    /// The share of good text an enclosing element must add for the article to grow into it.
    static let climbShare = 0.6

    func choose(_ page: Page, _ classes: [BlockClass]) -> [Bool] {
        let chosen = choose(page, classes, respectFurniture: true)
        // A page whose every good paragraph sits in a box named like furniture (an ad-tech
        // company's blog under class="native-ads") still has an article: judge it without hints.
        return chosen.contains(true) ? chosen : choose(page, classes, respectFurniture: false)
    }

    private func choose(_ page: Page, _ classes: [BlockClass], respectFurniture: Bool) -> [Bool] {
        let blocks = page.blocks
        let elements = Self.overrulingHints(page, classes)
        var inside = [Bool](repeating: false, count: blocks.count)
        guard !blocks.isEmpty else { return inside }
        var score = [Double](repeating: 0, count: elements.count)
        var linkPrefix = [Int](repeating: 0, count: blocks.count + 1)
        var bytePrefix = [Int](repeating: 0, count: blocks.count + 1)
        var goodPrefix = [Double](repeating: 0, count: blocks.count + 1)
        for (i, block) in blocks.enumerated() {
            linkPrefix[i + 1] = linkPrefix[i] + block.linkBytes
            bytePrefix[i + 1] = bytePrefix[i] + block.range.count
            let weight = Self.weight(block, classes[i])
            let hidden = respectFurniture && (elements[block.element].isFurniture || elements[block.element].underFurniture)
            // For the climb, a heading right above good text counts as article text: an article
            // split into titled sections (liputan6's item-page boxes) must not stop at its first
            // heading, while a sidebar's heading above a list of links still counts for nothing.
            let sectionHeading = block.kind.contains(.heading) && i + 1 < blocks.count && classes[i + 1] == .good
            let climbWeight = sectionHeading ? Double(block.range.count) : weight
            goodPrefix[i + 1] = goodPrefix[i] + (hidden ? 0 : climbWeight)
            guard weight > 0 else { continue }
            // A furniture box stops the climb: comments pay nothing to the page that holds them.
            var element = block.element
            if block.kind.contains(.paragraph) {
                if respectFurniture && elements[element].isFurniture { continue }
                element = elements[element].parent
            }
            var level = 0
            while element >= 0 && level < Self.levels && !(respectFurniture && elements[element].isFurniture) {
                score[element] += level == 0 ? weight : level == 1 ? weight / 2 : weight / Double(level * 3)
                element = elements[element].parent
                level += 1
            }
        }
        var best = -1
        var bestScore = 0.0
        for (index, element) in elements.enumerated() where score[index] > 0 {
            let bytes = bytePrefix[element.endBlock] - bytePrefix[element.firstBlock]
            let links = linkPrefix[element.endBlock] - linkPrefix[element.firstBlock]
            var value = score[index] * (1 - Double(links) / Double(max(bytes, 1)))
            value *= 1 + 0.1 * Double(max(-3, min(3, element.hint)))
            if element.articleBody { value *= 1.25 }
            if element.underFurniture { value *= 0.25 }
            if value > bestScore { bestScore = value; best = index }
        }
        guard best >= 0 else { return inside }
        // Climb while the enclosing element adds mostly good text: articles whose paragraphs
        // sit in a row of sibling boxes (one box per paragraph or per ad slot) come back whole.
        var chosen = best
        while true {
            let parent = elements[chosen].parent
            guard parent > 0, !elements[parent].kind.contains(.body) else { break }
            let here = elements[chosen], up = elements[parent]
            let addedGood = (goodPrefix[up.endBlock] - goodPrefix[up.firstBlock]) - (goodPrefix[here.endBlock] - goodPrefix[here.firstBlock])
            let addedBytes = (bytePrefix[up.endBlock] - bytePrefix[up.firstBlock]) - (bytePrefix[here.endBlock] - bytePrefix[here.firstBlock])
            if addedBytes > 0 && addedGood < Self.climbShare * Double(addedBytes) { break }
            chosen = parent
        }
        let container = elements[chosen]
        let parent = chosen
        for i in container.firstBlock..<container.endBlock { inside[i] = true }
        // Furniture boxes inside the article go; the ones wrapping it were only page layout.
        for i in container.firstBlock..<container.endBlock where inside[i] && respectFurniture {
            var element = blocks[i].element
            while element > parent {
                if elements[element].isFurniture { inside[i] = false; break }
                element = elements[element].parent
            }
        }
        return inside
    }

    /// A box named like a widget ("elementor-widget-theme-post-content") that holds most of the
    /// page's good text is the article; only the strongest names (comments, related lists) hold.
    static func overrulingHints(_ page: Page, _ classes: [BlockClass]) -> [PageElement] {
        var elements = page.elements
        var prefix = [Double](repeating: 0, count: page.blocks.count + 1)
        for (i, block) in page.blocks.enumerated() { prefix[i + 1] = prefix[i] + weight(block, classes[i]) }
        let total = prefix[page.blocks.count]
        guard total > 0 else { return elements }
        for i in elements.indices where elements[i].isFurniture && elements[i].hint > strongFurniture {
            if prefix[elements[i].endBlock] - prefix[elements[i].firstBlock] >= 0.5 * total { elements[i].holdsArticle = true }
        }
        for i in elements.indices.dropFirst() {
            let parent = elements[elements[i].parent]
            elements[i].underFurniture = parent.underFurniture || parent.isFurniture
        }
        return elements
    }

    /// Hint sums at or below this are furniture whatever they hold (comment sections).
    static let strongFurniture = -5

    /// What a block pays towards its containers: its length when good, half when near-good.
    static func weight(_ block: PageBlock, _ label: BlockClass) -> Double {
        switch label {
        case .good: return Double(block.range.count)
        case .nearGood: return Double(block.range.count) / 2
        default: return 0
        }
    }
}
