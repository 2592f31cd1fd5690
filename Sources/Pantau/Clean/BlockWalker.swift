import CLibXML2

/// A run of visible text between block boundaries; its bytes live in `Page.arena`.
struct PageBlock {
    var range: Range<Int>
    var linkBytes: Int
    /// The innermost block element that holds the text.
    var element: Int
    var kind: TagKind
    /// Summed class/id hint weights of the block's ancestors (furniture ones included).
    var hint: Int
    /// Inside `article`, `main` or `itemprop=articleBody`.
    var inArticle: Bool
    var stats = WordStats()
}

/// A block-level element: the unit that container scoring chooses among.
struct PageElement {
    var parent: Int
    var kind: TagKind
    var hint: Int
    var articleBody: Bool
    /// Some ancestor is furniture: a comment inside a comment section, or (rarely) the article
    /// inside a layout box that a careless class name marks.
    var underFurniture = false
    /// Marked by its class or id as furniture (nav, comments, related lists, share bars).
    var isFurniture: Bool { hint <= ClassHints.skipAt && !kind.contains(.body) && !holdsArticle }
    /// Set when most of the page's good text sits inside: then the class name lied.
    var holdsArticle = false
    var firstBlock: Int
    var endBlock: Int
}

/// The visible text of a page cut into blocks, with the element tree above them.
struct Page {
    var arena: [UInt8] = []
    var blocks: [PageBlock] = []
    var elements: [PageElement] = []
    /// Where each outermost link's text lies in `arena`, in page order (`ListingPage` counts
    /// the ones that read as headlines).
    var links: [Range<Int>] = []

    func text(_ block: PageBlock) -> String { String(decoding: arena[block.range], as: UTF8.self) }

    func isFurniture(_ block: PageBlock, _ rules: CleanRules) -> Bool {
        arena.withUnsafeBufferPointer { buffer in
            rules.isFurniture(UnsafeBufferPointer(rebasing: buffer[block.range]))
        }
    }
}

/// Walks a libxml2 tree and cuts its visible text into blocks.
///
/// The walk follows parent/sibling links instead of recursing, so a page with 100,000 nested
/// tags costs no stack. Subtrees that are never content (scripts, forms, hidden elements) are
/// skipped whole; furniture by class or id is recorded, for `ContainerChooser` to judge. Text is collapsed as it is copied: runs of
/// white space become one space, `<br>` a line break, two `<br>` a paragraph break.
struct BlockWalker {
    let hints: ClassHints

    private struct Open {
        var element: Int
        var hint: Int
        var article: Int
    }

    func walk(_ root: xmlNodePtr) -> Page {
        var page = Page()
        page.arena.reserveCapacity(64 * 1024)
        page.elements.append(PageElement(parent: -1, kind: .block, hint: 0, articleBody: false, firstBlock: 0, endBlock: 0))
        var stack: [Open] = [Open(element: 0, hint: 0, article: 0)]
        var blockStart = 0
        var linkBytes = 0
        var linkDepth = 0
        var linkStart = 0
        var preDepth = 0
        var pendingSpace = false

        func flush() {
            while let last = page.arena.last, last == 0x20 || last == 0x0A, page.arena.count > blockStart { page.arena.removeLast() }
            pendingSpace = false
            guard page.arena.count > blockStart, let top = stack.last else { return }
            let element = page.elements[top.element]
            page.blocks.append(PageBlock(range: blockStart..<page.arena.count, linkBytes: min(linkBytes, page.arena.count - blockStart),
                                         element: top.element, kind: element.kind, hint: top.hint, inArticle: top.article > 0))
            blockStart = page.arena.count
            linkBytes = 0
        }

        func appendText(_ content: UnsafePointer<xmlChar>) {
            let before = page.arena.count
            var i = 0
            while true {
                let b = content[i]
                if b == 0 { break }
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || (b == 0x0A && preDepth == 0) {
                    pendingSpace = true; i += 1; continue
                }
                if b == 0xC2 && content[i + 1] == 0xA0 { pendingSpace = true; i += 2; continue }
                if b == 0xE2 && content[i + 1] == 0x80 && (content[i + 2] == 0x8B || content[i + 2] == 0xAF) { pendingSpace = true; i += 3; continue }
                if b == 0x0A { page.arena.append(0x0A); pendingSpace = false; i += 1; continue }
                if pendingSpace, page.arena.count > blockStart, page.arena[page.arena.count - 1] != 0x0A { page.arena.append(0x20) }
                pendingSpace = false
                page.arena.append(b)
                i += 1
            }
            if linkDepth > 0 { linkBytes += page.arena.count - before }
        }

        func lineBreak() {
            guard page.arena.count > blockStart else { return }
            if page.arena[page.arena.count - 1] == 0x0A { flush(); return }
            if page.arena[page.arena.count - 1] == 0x20 { page.arena.removeLast() }
            page.arena.append(0x0A)
            pendingSpace = false
        }

        // Returns whether to descend into the node's children.
        func enter(_ node: xmlNodePtr) -> Bool {
            if Node.isText(node) {
                if let content = node.pointee.content { appendText(content) }
                return false
            }
            guard Node.isElement(node) else { return false }
            let kind = TagTable.kind(node)
            if kind.contains(.skip) { return false }
            if kind.contains(.lineBreak) { lineBreak(); return false }
            if kind.contains(.tableCell) { pendingSpace = true }
            guard let decision = inspect(node, kind) else { return false }
            if kind.contains(.link) {
                linkDepth += 1
                if linkDepth == 1 { linkStart = page.arena.count }
            }
            if kind.contains(.preformatted) { preDepth += 1 }
            if kind.contains(.block) {
                flush()
                guard let top = stack.last else { return true }
                let index = page.elements.count
                page.elements.append(PageElement(parent: top.element, kind: kind, hint: decision.hint,
                                                 articleBody: decision.article, firstBlock: page.blocks.count, endBlock: page.blocks.count))
                stack.append(Open(element: index, hint: top.hint + decision.hint, article: top.article + (decision.article ? 1 : 0)))
            }
            return true
        }

        func leave(_ node: xmlNodePtr) {
            guard Node.isElement(node) else { return }
            let kind = TagTable.kind(node)
            if kind.contains(.link) {
                if linkDepth == 1 && page.arena.count > linkStart { page.links.append(linkStart..<page.arena.count) }
                linkDepth = max(0, linkDepth - 1)
            }
            if kind.contains(.preformatted) { preDepth = max(0, preDepth - 1) }
            if kind.contains(.block), stack.count > 1 {
                flush()
                if let top = stack.popLast() { page.elements[top.element].endBlock = page.blocks.count }
            }
        }

        var node = root
        var entered = enter(node)
        walk: while true {
            if entered, let child = node.pointee.children {
                node = child
                entered = enter(node)
                continue
            }
            if entered { leave(node) }
            while node != root && node.pointee.next == nil {
                guard let parent = node.pointee.parent else { break walk }
                node = parent
                leave(node)
            }
            if node == root { break }
            guard let next = node.pointee.next else { break }
            node = next
            entered = enter(node)
        }
        flush()
        page.elements[0].endBlock = page.blocks.count
        for i in page.elements.indices.dropFirst() {
            let parent = page.elements[page.elements[i].parent]
            page.elements[i].underFurniture = parent.underFurniture || parent.isFurniture
        }
        return page
    }

    /// nil when the element is hidden or furniture; else its hint weight and whether it marks the article.
    private func inspect(_ node: xmlNodePtr, _ kind: TagKind) -> (hint: Int, article: Bool)? {
        var hint = 0
        var article = kind.contains(.articleLike)
        var attribute = node.pointee.properties
        while let here = attribute {
            if let name = here.pointee.name, let value = here.pointee.children?.pointee.content {
                if Node.equals(name, "class") || Node.equals(name, "id") {
                    hint += hints.weight(value)
                } else if Node.equals(name, "style") {
                    if Self.hidesElement(value) { return nil }
                } else if Node.equals(name, "hidden") {
                    return nil
                } else if Node.equals(name, "aria-hidden") {
                    if Node.equals(value, "true") { return nil }
                } else if Node.equals(name, "itemprop") {
                    if Node.equals(value, "articlebody") { article = true }
                } else if Node.equals(name, "role") {
                    if Node.equals(value, "navigation") || Node.equals(value, "contentinfo") || Node.equals(value, "complementary") { return nil }
                    if Node.equals(value, "main") || Node.equals(value, "article") { article = true }
                }
            } else if let name = here.pointee.name, Node.equals(name, "hidden") {
                return nil
            }
            attribute = here.pointee.next
        }
        // Furniture hints are only recorded here: whether they hold depends on where the article is.
        if kind.contains(.body) { return (max(hint, 0), article) }
        return (hint, article)
    }

    /// `display:none` or `visibility:hidden` in a style attribute.
    static func hidesElement(_ style: UnsafePointer<xmlChar>) -> Bool {
        var compact: [UInt8] = []
        var i = 0
        while style[i] != 0 && compact.count < 512 {
            let b = style[i]
            if b != 0x20 && b != 0x09 { compact.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            i += 1
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n <= haystack.count else { return false }
        let p = needle.utf8Start
        outer: for start in 0...(haystack.count - n) {
            for k in 0..<n where haystack[start + k] != p[k] { continue outer }
            return true
        }
        return false
    }
}
