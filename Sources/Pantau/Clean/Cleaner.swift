import Foundation

/// The clean stage: bytes in, main text and metadata out.
public struct Cleaner: Sendable {
    public let rules: CleanRules
    public let dates: DateNormalizer
    public let language: LanguageGuesser
    let parsers = HTMLParserPool()

    public init(rules: CleanRules, dates: DateNormalizer, evidence: IndonesianEvidence = .empty) {
        self.rules = rules
        self.dates = dates
        self.language = LanguageGuesser(rules: rules, evidence: evidence)
    }

    public func clean(_ document: SourceDocument) -> Result<CleanDocument, CleanFailure> {
        var result: CleanDocument
        switch document.payload {
        case .failed(let status, let reason):
            return .failure(status == .unsupported ? .binary(reason) : .empty(reason))
        case .feedItem(let item):
            var clean = cleanFeedItem(item)
            if clean.metadata.site.isEmpty { clean.metadata.site = rules.site(of: clean.metadata.url) }
            if clean.text.isEmpty { return .failure(.empty("feed item has no text (no content, description or summary)")) }
            clean.metadata.language = language.guess(clean.text)
            return .success(clean)
        case .html(let markup):
            result = cleanHTML(Array(markup.utf8), encoding: "utf-8 (jsonl)")
        case .text(let text):
            result = cleanText(text, encoding: "utf-8 (jsonl)")
        case .bytes(let bytes):
            switch ContentSniffer.sniff(bytes) {
            case .binary(let what):
                return .failure(.binary(what))
            case .html:
                let decoded = TextDecoding.decodeToUTF8(bytes, sniffDeclaration: true)
                result = cleanHTML(decoded.bytes, encoding: decoded.encoding)
            case .text:
                let decoded = TextDecoding.decode(bytes, sniffDeclaration: false)
                result = cleanText(decoded.text, encoding: decoded.encoding)
            }
        }
        // What the scraper knew fills what the page did not say.
        if result.metadata.url.isEmpty, let url = document.url { result.metadata.url = url }
        if result.metadata.site.isEmpty { result.metadata.site = rules.site(of: result.metadata.url) }
        if let title = document.title, !title.isEmpty { result.metadata.title = Whitespace.collapse(title) }
        if result.metadata.published.isEmpty, let published = document.published, let iso = dates.normalize(published) {
            result.metadata.published = iso
        }
        if let listing = result.listing, listing.isListing { return .failure(.listing(links: listing.links)) }
        if result.text.isEmpty {
            return .failure(.empty(result.format == .html ? "no main text found in the page" : "no main text found in the text"))
        }
        result.metadata.language = language.guess(result.text)
        return .success(result)
    }

    /// `skipRawText: false` hands libxml2 the page with its script and style bodies, as the
    /// tests do to show that skipping them changes nothing.
    /// `listingTest`: judge whether the page is a listing page (`ListingPage`); a feed item's
    /// body is never one.
    func cleanHTML(_ markup: [UInt8], encoding: String, skipRawText: Bool = true, listingTest: Bool = true) -> CleanDocument {
        let parsed = skipRawText ? RawTextSkipper.skip(markup) ?? markup : markup
        guard let tree = HTMLTree(utf8: parsed, pool: parsers), let root = tree.root else {
            return CleanDocument(format: .html, text: "", metadata: DocumentMetadata(), encoding: encoding)
        }
        var metadata = HTMLMetadataReader(dates: dates).read(tree)
        let main = HTMLMainText(rules: rules).extract(root, title: metadata.title, listingTest: listingTest)
        PreambleReader(rules: rules, dates: dates).fill(&metadata, preamble: main.preamble, postamble: main.postamble)
        var clean = CleanDocument(format: .html, text: Self.finish(main.paragraphs.joined(separator: "\n\n")), metadata: metadata, encoding: encoding)
        clean.listing = main.listing
        return clean
    }

    func cleanText(_ text: String, encoding: String) -> CleanDocument {
        let normalizedNewlines = Self.unixNewlines(text)
        let cleaned = TextScrapeCleaner(rules: rules, dates: dates).clean(normalizedNewlines)
        return CleanDocument(format: .text, text: Self.finish(cleaned.text), metadata: cleaned.metadata, encoding: encoding)
    }

    /// CR LF and lone CR as LF, on bytes (Foundation's replacingOccurrences costs more than
    /// cleaning the whole scrape).
    static func unixNewlines(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A && afterCR { afterCR = false; continue }
            afterCR = byte == 0x0D
            output.append(byte == 0x0D ? 0x0A : byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes and parses only, for measuring the clean stage against the parser alone.
    public func parseOnly(_ bytes: [UInt8]) -> Bool {
        HTMLTree(utf8: TextDecoding.decodeToUTF8(bytes, sniffDeclaration: true).bytes, pool: parsers) != nil
    }

    /// NFC, so that offsets count the same code points whatever the page's composition.
    static func finish(_ text: String) -> String {
        isSurelyNFC(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Text below U+0300 (Latin, no combining marks) and the general punctuation that news uses
    /// (dashes, curly quotes, ellipsis) is NFC already: most pages skip the normaliser.
    static func isSurelyNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x300 {
            if scalar.value >= 0x2002 && scalar.value <= 0x206F { continue }
            return false
        }
        return true
    }
}
