/// What a file's content says it is before any HTML is parsed: a feed becomes its items, an XML
/// document that is neither a feed nor XHTML (a sitemap, an OPML list) an `unsupported` row,
/// and anything else stays one document for the clean stage.
enum XMLInput {
    static func documents(_ bytes: [UInt8], source: String) -> [SourceDocument] {
        guard let head = XMLHead(bytes) else { return [SourceDocument(source: source, payload: .bytes(bytes))] }
        if let format = FeedFormat(head) { return FeedReader.documents(bytes, format: format, source: source) }
        if let reason = notADocument(head) { return [SourceDocument(source: source, payload: .failed(.unsupported, reason))] }
        return [SourceDocument(source: source, payload: .bytes(bytes))]
    }

    /// A record of a crawl or scraper file that holds a feed or other XML: feeds are read item
    /// by item only as files, so the record says so instead of becoming a page of XML text.
    static func screen(_ document: SourceDocument, in container: String) -> SourceDocument {
        let start: [UInt8]
        switch document.payload {
        case .bytes(let bytes): start = bytes
        case .html(let markup): start = Array(markup.utf8.prefix(XMLHead.headBytes))
        default: return document
        }
        guard let head = XMLHead(start) else { return document }
        var screened = document
        if let format = FeedFormat(head) {
            screened.payload = .failed(.unsupported, "\(format.rawValue) feed in \(container): Pantau reads feeds item by item "
                                       + "from feed files (save the feed as a file in the input folder)")
        } else if let reason = notADocument(head) {
            screened.payload = .failed(.unsupported, reason)
        }
        return screened
    }

    /// Why a declared XML document is not a page: its root is not `html`.
    static func notADocument(_ head: XMLHead) -> String? {
        guard head.declared, head.localName.lowercased() != "html" else { return nil }
        return "XML document with root element <\(head.root)>, not an RSS, RDF or Atom feed, HTML or text"
    }
}
