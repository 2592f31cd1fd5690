/// The feeds Pantau reads item by item, recognised by content whatever the file's extension.
public enum FeedFormat: String, Sendable, CaseIterable {
    case rss = "RSS 2.0"
    case rdf = "RSS 1.0 (RDF)"
    case atom = "Atom"

    /// The format whose root element (and namespace, where the name alone is common) opens the
    /// file; nil for anything else.
    init?(_ head: XMLHead) {
        let tag = head.startTag
        switch head.localName {
        case "rss": self = .rss
        case "RDF" where tag.contains("purl.org/rss/1.0") || tag.contains("netscape.com/rdf/simple"): self = .rdf
        case "feed" where tag.contains("www.w3.org/2005/Atom") || tag.contains("purl.org/atom/ns"): self = .atom
        default: return nil
        }
    }

    /// The format of a file's bytes, or nil when they are not a feed.
    public static func of(_ bytes: [UInt8]) -> FeedFormat? {
        XMLHead(bytes).flatMap(FeedFormat.init)
    }
}

/// One item of a feed, as the feed gives it: the clean stage turns its markup into text.
public struct FeedItem: Sendable, Hashable {
    /// Which element the item's text comes from.
    public enum Body: String, Sendable {
        /// `content:encoded` (RSS) or Atom `content`: the publisher's full text, as HTML.
        case content
        /// `description` (RSS) or Atom `summary`: often a teaser, as HTML or escaped text.
        case description
    }

    /// `link`, Atom `link rel=alternate`, or a `guid` that is a permalink; empty when none.
    public var link: String
    /// As the feed writes it: may hold entities or markup (Atom `type="html"`).
    public var title: String
    /// `pubDate`, `dc:date`, Atom `published` or `updated`, unparsed.
    public var published: String
    /// `author`, `dc:creator` or Atom `author/name`.
    public var author: String
    /// The item's text as HTML (an Atom `type="text"` body comes escaped).
    public var markup: String
    public var body: Body

    public init(link: String, title: String, published: String, author: String, markup: String, body: Body) {
        self.link = link
        self.title = title
        self.published = published
        self.author = author
        self.markup = markup
        self.body = body
    }

    /// What `content_sha256` hashes for an item: every field, so that a changed title or date
    /// makes `--incremental` process the item again.
    var hashedBytes: [UInt8] {
        let separator = "\u{1F}"
        return Array(["feed-item", link, title, published, author, body.rawValue, markup].joined(separator: separator).utf8)
    }
}
