/// Runs one document through clean → text → extract and assembles its record.
public struct DocumentProcessor: Sendable {
    public let knowledge: Knowledge
    public let limits: ProcessingLimits

    public init(knowledge: Knowledge, limits: ProcessingLimits = ProcessingLimits()) {
        self.knowledge = knowledge
        self.limits = limits
    }

    public func process(_ document: SourceDocument) -> DocumentRecord {
        var record = DocumentRecord(docID: StableIDs.document(url: document.url ?? "", source: document.source),
                                    source: document.source, status: .ok)
        record.contentSHA256 = Self.contentHash(document.payload)
        record.url = document.url ?? ""
        let started = ContinuousClock.now
        switch knowledge.cleaner.clean(document) {
        case .failure(let failure):
            record.status = failure.status
            record.error = failure.reason
            if case .failed(let status, let reason) = document.payload {
                record.status = status
                record.error = reason
            }
            return record
        case .success(let clean):
            // The page's own URL (canonical link, og:url) may differ from the scraper's.
            if clean.metadata.url != record.url {
                record.url = clean.metadata.url
                record.docID = StableIDs.document(url: clean.metadata.url, source: document.source)
            }
            record.site = clean.metadata.site
            record.title = clean.metadata.title
            record.author = clean.metadata.author
            record.published = clean.metadata.published
            record.language = clean.metadata.language
            record.text = clean.text
            let tokenized = knowledge.tokenizer.tokenize(clean.text)
            record.chars = clean.text.unicodeScalars.count
            record.words = tokenized.tokens.reduce(0) { $0 + ($1.kind == .punct || $1.kind == .symbol ? 0 : 1) }
            record.sentences = tokenized.sentences.count
            if clean.teaser {
                // Still extracted: the teaser is the publisher's own text.
                record.status = .teaser
                record.error = "feed item with only a teaser (\(record.chars) chars)"
            }
            guard record.language == "id" else {
                // Non-Indonesian documents keep their row and skip extraction.
                return record
            }
            if let over = limits.exceeded(since: started) { return Self.failed(record, over) }
            // The headline is tokenized apart: claims may stand in it, and it is not main text.
            let extraction = extract(tokenized, headline: knowledge.tokenizer.tokenize(clean.metadata.title))
            if let over = limits.exceeded(since: started) { return Self.failed(record, over) }
            record.regions = extraction.regions
            record.officials = extraction.officials.map { official in
                var official = official
                official.officialID = StableIDs.official(name: official.name, regionCode: official.regionCode)
                return official
            }
            let ids = StableIDs.claims(docID: record.docID, texts: extraction.claims.map(\.text))
            record.claims = zip(extraction.claims, ids).map { claim, id in
                var claim = claim
                claim.claimID = id
                if let speaker = record.officials.first(where: { $0.name == claim.speaker }) {
                    claim.speakerOfficialID = speaker.officialID
                }
                return claim
            }
            return record
        }
    }

    public func extract(_ tokenized: TokenizedText, headline: TokenizedText? = nil) -> Extraction {
        let regions = knowledge.regions.match(tokenized)
        let officials = knowledge.officials.extract(tokenized, regions: regions)
        let claims = knowledge.claims.extract(tokenized, regions: regions, officials: officials, headline: headline)
        return Extraction(regions: regions, officials: officials, claims: claims)
    }

    static func failed(_ record: DocumentRecord, _ reason: String) -> DocumentRecord {
        var failed = DocumentRecord(docID: record.docID, source: record.source, status: .error)
        failed.error = reason
        failed.url = record.url
        failed.contentSHA256 = record.contentSHA256
        return failed
    }

    static func contentHash(_ payload: SourceDocument.Payload) -> String {
        switch payload {
        case .bytes(let bytes): return SHA256.hex(of: bytes)
        case .text(let text), .html(let text): return SHA256.hex(of: Array(text.utf8))
        case .feedItem(let item): return SHA256.hex(of: item.hashedBytes)
        case .failed: return ""
        }
    }
}
