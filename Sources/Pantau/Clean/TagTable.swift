import CLibXML2

/// What an HTML element means to the block walker; HTML semantics, not language knowledge.
struct TagKind: OptionSet, Sendable {
    let rawValue: UInt16
    /// Never visible main text: scripts, forms, navigation landmarks, media, captions.
    static let skip = TagKind(rawValue: 1 << 0)
    /// Starts and ends a block of text.
    static let block = TagKind(rawValue: 1 << 1)
    static let heading = TagKind(rawValue: 1 << 2)
    static let link = TagKind(rawValue: 1 << 3)
    static let lineBreak = TagKind(rawValue: 1 << 4)
    /// A paragraph-like leaf: its parent is the container that readability-style scoring rewards.
    static let paragraph = TagKind(rawValue: 1 << 5)
    /// `article` and `main`: a page's own statement of where the content is.
    static let articleLike = TagKind(rawValue: 1 << 6)
    static let preformatted = TagKind(rawValue: 1 << 7)
    static let listItem = TagKind(rawValue: 1 << 8)
    /// A table cell: a row of cells reads as one line, cells apart by a space.
    static let tableCell = TagKind(rawValue: 1 << 9)
    static let body = TagKind(rawValue: 1 << 10)
}

/// Looks tag names up by their bytes. libxml2's HTML parser lower-cases element names.
enum TagTable {
    private static let table: [UInt64: TagKind] = {
        var t: [UInt64: TagKind] = [:]
        func set(_ names: [String], _ kind: TagKind) {
            for name in names { t[key(Array(name.utf8)), default: []].formUnion(kind) }
        }
        set(["script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside", "button",
             "select", "option", "textarea", "figcaption", "head", "object", "embed", "video", "audio", "canvas", "map",
             "input", "label", "dialog", "menu", "math", "title", "meta", "link"], .skip)
        set(["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
             "dd", "blockquote", "pre", "table", "tr", "body", "html", "center", "address", "hr", "tbody",
             "thead", "tfoot", "caption", "header", "figure", "details", "summary", "fieldset", "hgroup", "picture"], .block)
        set(["h1", "h2", "h3", "h4", "h5", "h6"], .heading)
        set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "tr", "address"], .paragraph)
        set(["a"], .link)
        set(["br"], .lineBreak)
        set(["article", "main"], .articleLike)
        set(["pre"], .preformatted)
        set(["li", "dd", "dt"], .listItem)
        set(["td", "th"], .tableCell)
        set(["body"], .body)
        return t
    }()

    /// The first seven bytes and the length; unique for every name in the table.
    @inline(__always) static func key(_ name: [UInt8]) -> UInt64 {
        var k = UInt64(min(name.count, 255)) << 56
        for (i, b) in name.prefix(7).enumerated() { k |= UInt64(b) << (UInt64(i) * 8) }
        return k
    }

    @inline(__always) static func kind(_ node: xmlNodePtr) -> TagKind {
        guard let name = node.pointee.name else { return [] }
        var k: UInt64 = 0
        var i = 0
        while name[i] != 0 {
            if i < 7 { k |= UInt64(name[i]) << (UInt64(i) * 8) }
            i += 1
            if i > 16 { return [] }
        }
        return table[k | UInt64(i) << 56] ?? []
    }
}
