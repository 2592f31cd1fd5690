/// Labels blocks as the jusText family does, then smooths labels between neighbours.
///
/// A block is `good` when it is long prose (enough function words for the page's language,
/// few links), `nearGood` when it is shorter prose, `short` when too short to judge alone, and
/// `bad` when it is link-heavy, a furniture line, or long text without function words (menus,
/// tag clouds, lists of names). Short and near-good blocks then take their neighbours' verdict.
enum BlockClass: UInt8 { case bad, short, nearGood, good }

struct BlockClassifier {
    let rules: CleanRules

    /// Stop-word density thresholds by language; "other" pages are judged by structure alone.
    struct Thresholds {
        var low: Double
        var high: Double

        static func forLanguage(_ language: String) -> Thresholds {
            switch language {
            case "id": return Thresholds(low: 0.09, high: 0.13)
            case "en": return Thresholds(low: 0.10, high: 0.20)
            default: return Thresholds(low: 0, high: 0)
            }
        }
    }

    static let shortBytes = 45
    static let goodBytes = 140

    func classify(_ page: Page, language: String) -> [BlockClass] {
        let limits = Thresholds.forLanguage(language)
        var classes = [BlockClass](repeating: .bad, count: page.blocks.count)
        for (i, block) in page.blocks.enumerated() {
            classes[i] = label(page, block, limits, language)
        }
        // A page of short paragraphs (results, briefs) has no long block: its near-good ones lead.
        if !classes.contains(.good) {
            for i in classes.indices where classes[i] == .nearGood { classes[i] = .good }
        }
        return classes
    }

    private func label(_ page: Page, _ block: PageBlock, _ limits: Thresholds, _ language: String) -> BlockClass {
        let bytes = block.range.count
        let stats = block.stats
        if bytes < 300 && page.isFurniture(block, rules) { return .bad }
        let linkDensity = Double(block.linkBytes) / Double(max(bytes, 1))
        if linkDensity > 0.5 { return .bad }
        let stopHits = language == "id" ? stats.indonesian : language == "en" ? stats.english : 0
        let density = Double(stopHits) / Double(max(stats.words, 1))
        // A soft furniture hint halves how long the block counts.
        let weighted = block.hint <= -2 ? bytes / 2 : bytes
        if weighted < Self.shortBytes || (stats.words < 6 && bytes < 90) { return linkDensity > 0.3 ? .bad : .short }
        // Few function words: a menu, a tag cloud, or a list inside the article (tour dates,
        // results); without links it is left to its neighbours, like a short block.
        if density < limits.low && limits.low > 0 { return linkDensity <= 0.1 && block.hint >= 0 ? .short : .bad }
        if limits.low == 0 && stats.punctuation == 0 { return .bad }
        if weighted >= Self.goodBytes && density >= limits.high && linkDensity <= 0.25 { return .good }
        return .nearGood
    }

    /// jusText-style context: near-good blocks next to good ones become good; short blocks
    /// between good ones become good; headings just before good text become good.
    func smooth(_ classes: [BlockClass], _ page: Page) -> [BlockClass] {
        var result = classes
        let n = classes.count
        func neighbour(_ i: Int, step: Int, in labels: [BlockClass]) -> BlockClass {
            var j = i + step
            while j >= 0 && j < n {
                if labels[j] != .short && labels[j] != .nearGood { return labels[j] }
                j += step
            }
            return .bad
        }
        for i in 0..<n where classes[i] == .nearGood {
            let before = neighbour(i, step: -1, in: classes), after = neighbour(i, step: 1, in: classes)
            result[i] = before == .bad && after == .bad ? .bad : .good
        }
        let settled = result
        for i in 0..<n where settled[i] == .short {
            let before = neighbour(i, step: -1, in: settled), after = neighbour(i, step: 1, in: settled)
            if page.blocks[i].kind.contains(.heading) {
                result[i] = after == .good ? .good : .bad
            } else if before == .good && after == .good {
                result[i] = .good
            } else {
                result[i] = .bad
            }
        }
        return result
    }
}
