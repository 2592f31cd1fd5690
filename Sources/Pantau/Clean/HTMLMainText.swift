import CLibXML2

/// A run of text between block boundaries, with what the scorer needs to judge it.
struct TextBlock {
    var text: String
    var linkChars: Int
    var tag: String
    var isHeading: Bool
}

/// Walks a libxml2 tree and cuts its visible text into blocks.
///
/// The walk follows parent/sibling links instead of recursing, so a page with 100,000 nested
/// tags costs no stack. Subtrees that are never content (scripts, navigation, furniture by
/// class or id) are skipped whole.
struct HTMLBlockWalker {
    let rules: CleanRules

    static let skippedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer", "aside", "form",
        "button", "select", "option", "textarea", "figcaption", "figure", "head", "object", "embed", "video",
        "audio", "canvas", "map", "input", "label", "dialog", "menu",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "body", "html", "center", "address", "hr", "br", "tbody",
        "thead", "tfoot", "caption",
    ]
    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    func blocks(from root: xmlNodePtr) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var current = ""
        var linkChars = 0
        var linkDepth = 0
        var headingDepth = 0
        var currentTag = "div"

        func flush() {
            let text = Whitespace.collapse(current)
            if !text.isEmpty {
                blocks.append(TextBlock(text: text, linkChars: min(linkChars, text.count), tag: currentTag, isHeading: headingDepth > 0))
            }
            current = ""
            linkChars = 0
        }

        // Returns whether to descend into the node's children.
        func enter(_ here: xmlNodePtr) -> Bool {
            if Node.isText(here) {
                if let content = here.pointee.content {
                    let piece = String(cString: content)
                    current += piece
                    if linkDepth > 0 { linkChars += piece.count }
                }
                return false
            }
            guard Node.isElement(here) else { return false }
            let name = Node.name(here).lowercased()
            if shouldSkip(here, name: name) { return false }
            if Self.blockTags.contains(name) { flush(); currentTag = name }
            if name == "a" { linkDepth += 1 }
            if Self.headingTags.contains(name) { headingDepth += 1 }
            return true
        }
        func leave(_ here: xmlNodePtr, entered: Bool) {
            guard entered, Node.isElement(here) else { return }
            let name = Node.name(here).lowercased()
            if Self.blockTags.contains(name) { flush() }
            if name == "a" { linkDepth = max(0, linkDepth - 1) }
            if Self.headingTags.contains(name) { headingDepth = max(0, headingDepth - 1) }
        }

        var node = root
        var entered = enter(node)
        walk: while true {
            if entered, let child = node.pointee.children {
                node = child
                entered = enter(node)
                continue
            }
            leave(node, entered: entered)
            while node != root && node.pointee.next == nil {
                guard let parent = node.pointee.parent else { break walk }
                node = parent
                leave(node, entered: true)
            }
            if node == root { break }
            guard let next = node.pointee.next else { break }
            node = next
            entered = enter(node)
        }
        flush()
        return blocks
    }

    private func shouldSkip(_ node: xmlNodePtr, name: String) -> Bool {
        if Self.skippedTags.contains(name) { return true }
        if let hidden = Node.attribute(node, "hidden"), hidden.isEmpty || hidden == "hidden" { return true }
        if let style = Node.attribute(node, "style"), style.replacingOccurrences(of: " ", with: "").lowercased().contains("display:none") {
            return true
        }
        if name == "body" || name == "html" || name == "article" || name == "main" { return false }
        if let itemprop = Node.attribute(node, "itemprop"), itemprop.lowercased() == "articlebody" { return false }
        if let cls = Node.attribute(node, "class"), rules.isFurnitureClass(cls) { return true }
        if let id = Node.attribute(node, "id"), rules.isFurnitureClass(id) { return true }
        return false
    }
}

/// Picks the main-text blocks: dense prose, few links, no furniture lines.
struct MainTextSelector {
    let rules: CleanRules

    func select(_ blocks: [TextBlock]) -> [String] {
        var keep = [Bool](repeating: false, count: blocks.count)
        for (i, block) in blocks.enumerated() {
            if rules.isFurniture(block.text) { continue }
            let length = block.text.count
            let density = length == 0 ? 1 : Double(block.linkChars) / Double(length)
            if density > 0.35 { continue }
            let words = block.text.split(separator: " ").count
            let endsLikeProse = block.text.last.map { ".!?\"”:".contains($0) } ?? false
            if words >= 12 || (words >= 6 && endsLikeProse) { keep[i] = true }
        }
        // Headings and short lines between kept prose stay: they are inside the article.
        for (i, block) in blocks.enumerated() where !keep[i] && !rules.isFurniture(block.text) {
            let before = blocks[..<i].indices.last(where: { keep[$0] })
            let after = blocks.indices[(i + 1)...].first(where: { keep[$0] })
            guard let before, let after, after - before <= 3 else { continue }
            let density = Double(block.linkChars) / Double(max(1, block.text.count))
            if density < 0.5 && block.text.count >= 3 && (block.isHeading || block.text.split(separator: " ").count >= 3) { keep[i] = true }
        }
        return blocks.indices.filter { keep[$0] }.map { blocks[$0].text }
    }
}

enum Whitespace {
    /// Collapses runs of white space (including NBSP) to one space and trims.
    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value == 0x200B || scalar.value == 0xFEFF {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
