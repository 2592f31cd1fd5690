import CLibXML2
import Foundation

/// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one source document per item, with
/// libxml2's XML parser: no network, no DTD loading, no entity substitution (an entity
/// reference stays a reference and is left out of the text), libxml2's own limits on text
/// and depth, and a file no larger than `--max-bytes`. The encoding is the XML declaration's,
/// except that a feed declaring a Latin-1 family encoding whose bytes are valid UTF-8 with
/// letters beyond ASCII is read as UTF-8 (the bytes are trusted over the claim, as for HTML).
///
/// Items are `FILE#N`, N counting items from 1. A feed that is not well-formed XML is one
/// error row naming libxml2's complaint and its line; a feed without items is one `empty` row.
public enum FeedReader {
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// The items of a feed of the given format, or the one row that says why there are none.
    public static func documents(_ bytes: [UInt8], format: FeedFormat, source: String) -> [SourceDocument] {
        switch parse(bytes) {
        case .failure(let failure):
            return [SourceDocument(source: source, payload: .failed(.error, "\(format.rawValue) feed is not well-formed XML: \(failure.reason)"))]
        case .success(let items):
            guard !items.isEmpty else {
                return [SourceDocument(source: source, payload: .failed(.empty, "\(format.rawValue) feed has no items"))]
            }
            return items.enumerated().map { number, item in
                SourceDocument(source: "\(source)#\(number + 1)", url: item.link.isEmpty ? nil : item.link,
                               title: item.title.isEmpty ? nil : item.title,
                               published: item.published.isEmpty ? nil : item.published, payload: .feedItem(item))
            }
        }
    }

    struct ParseFailure: Error { let reason: String }

    /// Every item of the feed, in document order.
    static func parse(_ bytes: [UInt8]) -> Result<[FeedItem], ParseFailure> {
        _ = XMLParsing.initialized
        guard let context = xmlNewParserCtxt() else { return .failure(ParseFailure(reason: "libxml2 has no memory for a parser")) }
        defer { xmlFreeParserCtxt(context) }
        let override = readAsUTF8(bytes) ? "UTF-8" : nil
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), nil, override, options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            return .failure(ParseFailure(reason: lastError(context)))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return .success([]) }
        var items: [FeedItem] = []
        let atom = XMLNode.localName(root) == "feed"
        for node in XMLNode.children(root) {
            let name = XMLNode.localName(node)
            if atom && name == "entry" {
                items.append(atomEntry(node))
            } else if !atom && name == "item" {
                // RSS 1.0 puts items beside the channel.
                items.append(rssItem(node))
            } else if !atom && name == "channel" {
                for child in XMLNode.children(node) where XMLNode.localName(child) == "item" { items.append(rssItem(child)) }
            }
        }
        return .success(items)
    }

    /// libxml2's first complaint, with its line, in a user's words where it has some.
    private static func lastError(_ context: xmlParserCtxtPtr) -> String {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else {
            return "the parser gave up without saying why"
        }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return error.pointee.line > 0 && !text.contains("line") ? "\(text) (line \(error.pointee.line))" : text
    }

    /// A Latin-1 family declaration over bytes that are valid UTF-8 and not plain ASCII.
    static func readAsUTF8(_ bytes: [UInt8]) -> Bool {
        guard let head = XMLHead(bytes) else { return false }
        let latin = ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii"]
        guard latin.contains(head.encoding) else { return false }
        return bytes.contains { $0 >= 0x80 } && TextDecoding.isValidUTF8(bytes)
    }

    /// RSS 2.0 and RSS 1.0 items: the link (or a permalink guid, or RDF's `rdf:about`),
    /// `content:encoded` before `description`, `pubDate` before `dc:date`, `author` or `dc:creator`.
    static func rssItem(_ item: xmlNodePtr) -> FeedItem {
        var link = "", guid = "", title = "", published = "", date = "", author = "", creator = ""
        var content = "", description = ""
        for child in XMLNode.children(item) {
            switch XMLNode.localName(child) {
            case "link": if link.isEmpty { link = XMLNode.text(child) }
            case "guid":
                // RSS 2.0: a guid is a permalink unless it says otherwise.
                if guid.isEmpty, XMLNode.attribute(child, "isPermaLink")?.lowercased() != "false" { guid = XMLNode.text(child) }
            case "title": if title.isEmpty { title = XMLNode.text(child) }
            case "pubDate": if published.isEmpty { published = XMLNode.text(child) }
            case "date": if date.isEmpty { date = XMLNode.text(child) }
            case "author": if author.isEmpty { author = XMLNode.text(child) }
            case "creator": if creator.isEmpty { creator = XMLNode.text(child) }
            case "encoded": if content.isEmpty { content = XMLNode.markup(child) }
            case "description": if description.isEmpty { description = XMLNode.markup(child) }
            default: break
            }
        }
        if link.isEmpty { link = isWebAddress(guid) ? guid : (XMLNode.attribute(item, "about") ?? "") }
        let hasContent = !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        return FeedItem(link: link.trimmingCharacters(in: .whitespacesAndNewlines), title: title,
                        published: (published.isEmpty ? date : published).trimmingCharacters(in: .whitespacesAndNewlines),
                        author: personName(author.isEmpty ? creator : author),
                        markup: hasContent ? content : description, body: hasContent ? .content : .description)
    }

    /// Atom entries: `link rel=alternate` (or a link without rel), `published` before `updated`,
    /// `author/name`, `content` before `summary`; `type="xhtml"` bodies are their markup,
    /// `type="text"` ones are escaped so that the clean stage reads them as text.
    static func atomEntry(_ entry: xmlNodePtr) -> FeedItem {
        var link = "", id = "", title = "", published = "", updated = "", author = ""
        var content = "", summary = ""
        for child in XMLNode.children(entry) {
            switch XMLNode.localName(child) {
            case "link":
                let rel = XMLNode.attribute(child, "rel") ?? "alternate"
                if link.isEmpty, rel == "alternate", let href = XMLNode.attribute(child, "href") { link = href }
            case "id": if id.isEmpty { id = XMLNode.text(child) }
            case "title": if title.isEmpty { title = atomText(child) }
            case "published", "issued": if published.isEmpty { published = XMLNode.text(child) }
            case "updated", "modified": if updated.isEmpty { updated = XMLNode.text(child) }
            case "author":
                if author.isEmpty {
                    author = XMLNode.children(child).first { XMLNode.localName($0) == "name" }.map(XMLNode.text) ?? ""
                }
            case "content": if content.isEmpty, XMLNode.attribute(child, "src") == nil { content = atomBody(child) }
            case "summary": if summary.isEmpty { summary = atomBody(child) }
            default: break
            }
        }
        if link.isEmpty && isWebAddress(id) { link = id }
        let hasContent = !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        return FeedItem(link: link.trimmingCharacters(in: .whitespacesAndNewlines), title: title,
                        published: (published.isEmpty ? updated : published).trimmingCharacters(in: .whitespacesAndNewlines),
                        author: author.trimmingCharacters(in: .whitespacesAndNewlines),
                        markup: hasContent ? content : summary, body: hasContent ? .content : .description)
    }

    /// An Atom text construct as HTML: `html` as it is, `xhtml` its markup, `text` escaped.
    private static func atomBody(_ node: xmlNodePtr) -> String {
        switch (XMLNode.attribute(node, "type") ?? "text").lowercased() {
        case "html", "text/html": return XMLNode.markup(node)
        case "xhtml", "application/xhtml+xml": return XMLNode.markup(node)
        default: return escapeHTML(XMLNode.text(node))
        }
    }

    /// An Atom title: its text, or its markup when it says it is HTML (the clean stage strips it).
    private static func atomText(_ node: xmlNodePtr) -> String {
        let type = (XMLNode.attribute(node, "type") ?? "text").lowercased()
        return type == "text" ? escapeHTML(XMLNode.text(node)) : XMLNode.markup(node)
    }

    static func escapeHTML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 || $0 == 0x3E }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// RSS 2.0's `author` is "email (Name)": the name when it gives one.
    static func personName(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("@"), let open = trimmed.firstIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close {
            let name = trimmed[trimmed.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { return name }
        }
        return trimmed
    }

    static func isWebAddress(_ value: String) -> Bool {
        let lower = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

/// libxml2 is initialised once per process, before any thread parses.
enum XMLParsing {
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()
}

/// Reading an XML tree: children, local names, attributes, text, markup.
enum XMLNode {
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let here = child {
            if here.pointee.type == XML_ELEMENT_NODE { result.append(here) }
            child = here.pointee.next
        }
        return result
    }

    static func localName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// An attribute by local name, whatever its namespace (`rdf:about`, `isPermaLink`).
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let here = attribute {
            if let attributeName = here.pointee.name, String(cString: attributeName) == name {
                var value = ""
                var child = here.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = here.pointee.next
        }
        return nil
    }

    /// The element's character data (text and CDATA, in its descendants); entity references,
    /// which Pantau never expands, are left out.
    static func text(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        appendText(node, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendText(_ node: xmlNodePtr, into bytes: inout [UInt8]) {
        var child = node.pointee.children
        while let here = child {
            switch here.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = here.pointee.content {
                    var i = 0
                    while content[i] != 0 { bytes.append(content[i]); i += 1 }
                }
            case XML_ELEMENT_NODE:
                appendText(here, into: &bytes)
            default:
                break
            }
            child = here.pointee.next
        }
    }

    /// The element's content as markup: its text when it holds only character data (escaped
    /// HTML in a `description`, HTML in CDATA), else its child nodes written out as XML (HTML
    /// put into the feed as elements, Atom `xhtml`).
    static func markup(_ node: xmlNodePtr) -> String {
        var hasElements = false
        var child = node.pointee.children
        while let here = child {
            if here.pointee.type == XML_ELEMENT_NODE { hasElements = true; break }
            child = here.pointee.next
        }
        guard hasElements, let buffer = xmlBufferCreate() else { return text(node) }
        defer { xmlBufferFree(buffer) }
        child = node.pointee.children
        while let here = child {
            if here.pointee.type != XML_ENTITY_REF_NODE { xmlNodeDump(buffer, node.pointee.doc, here, 0, 0) }
            child = here.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
