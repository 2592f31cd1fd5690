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
