/// What the ingest stage hands to the pipeline: one input document or one reason it has none.
public struct SourceDocument: Sendable {
    /// Path relative to the input root, with `#N` for the N-th line of a JSONL file.
    public var source: String
    /// URL given by the scraper (JSONL) or nil; the clean stage may find a canonical one.
    public var url: String?
    public var title: String?
    public var published: String?
    public var payload: Payload

    public enum Payload: Sendable {
        /// Raw bytes whose kind (HTML or text) the clean stage decides from the content.
        case bytes([UInt8])
        /// Text already decoded (a JSONL `text` or `content` field).
        case text(String)
        /// Markup already decoded (a JSONL `html` field).
        case html(String)
        /// One item of an RSS or Atom feed (`FeedReader`): its own link, title, date and author.
        case feedItem(FeedItem)
        /// No content: the status and the reason go straight to the dataset.
        case failed(DocumentStatus, String)
    }

    public init(source: String, url: String? = nil, title: String? = nil, published: String? = nil, payload: Payload) {
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.payload = payload
    }
}

/// The status column of documents.csv: the one list of statuses (run.json counts them in this
/// order; the README's data dictionary explains each).
public enum DocumentStatus: String, Sendable, Codable, CaseIterable {
    case ok, teaser, empty, duplicate, unsupported, error
}
