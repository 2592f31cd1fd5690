/// The clean stage's output: the main text and what the page says about itself.
public struct CleanDocument: Sendable {
    public enum Format: String, Sendable { case html, text }

    public var format: Format
    /// The main text: paragraphs separated by a blank line, NFC, whitespace normalised.
    public var text: String
    public var metadata: DocumentMetadata
    /// The encoding the bytes were read in, for the record and for debugging.
    public var encoding: String
    /// A feed item whose text is only a teaser (`Cleaner.isTeaser`): status `teaser`.
    public var teaser = false
    /// How the page fared in the listing-page test, when it took one.
    var listing: ListingPage.Verdict?

    public init(format: Format, text: String, metadata: DocumentMetadata, encoding: String) {
        self.format = format
        self.text = text
        self.metadata = metadata
        self.encoding = encoding
    }
}

/// Metadata as GUIDE.md "Documents" defines it. Empty strings mean "not found".
public struct DocumentMetadata: Sendable, Hashable {
    public var title = ""
    public var author = ""
    /// ISO 8601 with offset, or empty.
    public var published = ""
    public var site = ""
    /// Canonical URL when the page states one, else the scraper's URL, else empty.
    public var url = ""
    /// `id`, `en` or `other`.
    public var language = ""

    public init(title: String = "", author: String = "", published: String = "", site: String = "", url: String = "", language: String = "") {
        self.title = title
        self.author = author
        self.published = published
        self.site = site
        self.url = url
        self.language = language
    }
}

/// Why a document has no main text; the pipeline turns it into a status and a reason.
public enum CleanFailure: Error, Sendable, Equatable {
    case binary(String)
    case empty(String)
    /// A page of links to articles (a front, index, tag, search or section page), not one.
    case listing(links: Int)

    public var status: DocumentStatus {
        switch self {
        case .binary, .listing: return .unsupported
        case .empty: return .empty
        }
    }

    public var reason: String {
        switch self {
        case .binary(let what): return "binary content (\(what)), not HTML or text"
        case .empty(let why): return why
        case .listing(let links): return "listing page (\(links) article links)"
        }
    }
}
