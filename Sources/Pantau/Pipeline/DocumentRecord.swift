/// One document's row in the dataset, with its extracted records nested (documents.jsonl).
public struct DocumentRecord: Sendable {
    public var docID: String
    public var source: String
    public var url = ""
    public var site = ""
    public var title = ""
    public var author = ""
    public var published = ""
    public var language = ""
    public var status: DocumentStatus
    public var error = ""
    public var chars = 0
    public var words = 0
    public var sentences = 0
    public var contentSHA256 = ""
    /// The main text; every offset in the nested records points into it.
    public var text = ""
    public var officials: [Official] = []
    public var regions: [RegionMention] = []
    public var claims: [Claim] = []

    public init(docID: String, source: String, status: DocumentStatus) {
        self.docID = docID
        self.source = source
        self.status = status
    }
}

extension DocumentRecord {
    /// The same record under another doc_id; claim ids follow the document id.
    public func reassigned(docID: String) -> DocumentRecord {
        guard docID != self.docID else { return self }
        var copy = self
        copy.docID = docID
        for (index, id) in StableIDs.claims(docID: docID, texts: claims.map(\.text)).enumerated() {
            copy.claims[index].claimID = id
        }
        return copy
    }

    /// The row of a document whose content another input already carried: metadata stays,
    /// extracted records go, so that counts are not doubled.
    public func duplicate(of first: String) -> DocumentRecord {
        var copy = DocumentRecord(docID: docID, source: source, status: .duplicate)
        copy.error = "same content as \(first)"
        copy.url = url
        copy.site = site
        copy.title = title
        copy.author = author
        copy.published = published
        copy.language = language
        copy.contentSHA256 = contentSHA256
        return copy
    }
}
