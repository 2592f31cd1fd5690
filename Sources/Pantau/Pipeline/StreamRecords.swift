import Foundation

/// The input lines of `pantau stream`: one JSON object per document.
///
/// Fields: `source` (the document's path, which its doc_id and its place in the input order
/// come from; default `stdin#N`), `url`, `title`, `published`, and the content as one of
/// `html`, `text`, `content` (raw page text, kind sniffed) or `content_base64` (raw bytes in
/// another encoding). `status` with `error` and no content carries an input that has none
/// (an unsupported or unreadable file), so that its row still reaches the dataset.
/// `feed_item` (`content` or `description`: where its text came from) with `html` and
/// `author` carries one item of a feed file, read as `run` reads it.
/// A scraper's JSONL line (url + html/text/content) is a valid stream record as it is.
public enum StreamRecords {
    /// The document a line describes; a line that is not a record becomes an error row.
    public static func document(_ line: ArraySlice<UInt8>, lineNumber: Int) -> SourceDocument {
        let fallback = "\(StreamProcessor.stdinSource)#\(lineNumber)"
        guard let object = try? JSONObjectReader.stringFields(Array(line)) else {
            return SourceDocument(source: fallback, payload: .failed(.error, "stream line \(lineNumber) is not a JSON object"))
        }
        let source = object["source"].flatMap { $0.isEmpty ? nil : $0 } ?? fallback
        let payload: SourceDocument.Payload
        if let body = object["feed_item"].flatMap(FeedItem.Body.init(rawValue:)), let markup = object["html"] {
            payload = .feedItem(FeedItem(link: object["url"] ?? "", title: object["title"] ?? "", published: object["published"] ?? "",
                                         author: object["author"] ?? "", markup: markup, body: body))
        } else if let scraped = JSONLRecords.payload(object) {
            payload = scraped
        } else if let encoded = object["content_base64"] {
            guard let data = Data(base64Encoded: encoded) else {
                return SourceDocument(source: source, payload: .failed(.error, "content_base64 is not valid base64"))
            }
            payload = .bytes([UInt8](data))
        } else if let status = object["status"].flatMap(DocumentStatus.init(rawValue:)) {
            payload = .failed(status, object["error"] ?? "")
        } else {
            payload = .failed(.error, "stream record has none of the fields html, text, content or content_base64")
        }
        return SourceDocument(source: source, url: object["url"], title: object["title"], published: object["published"], payload: payload)
    }

    /// The line that carries a document into `pantau stream` unchanged (`stream --pack`).
    public static func line(_ document: SourceDocument) -> [UInt8] {
        var writer = JSONObjectWriter()
        writer.string("source", document.source)
        if let url = document.url { writer.string("url", url) }
        if let title = document.title { writer.string("title", title) }
        if let published = document.published { writer.string("published", published) }
        switch document.payload {
        case .html(let html): writer.string("html", html)
        case .text(let text): writer.string("text", text)
        case .bytes(let bytes):
            if TextDecoding.isValidUTF8(bytes) {
                writer.string("content", String(decoding: bytes, as: UTF8.self))
            } else {
                writer.string("content_base64", Data(bytes).base64EncodedString())
            }
        case .feedItem(let item):
            // The item's own fields, which its SourceDocument fields repeat (see FeedReader).
            writer.string("feed_item", item.body.rawValue)
            writer.string("author", item.author)
            writer.string("html", item.markup)
        case .failed(let status, let reason):
            writer.string("status", status.rawValue)
            writer.string("error", reason)
        }
        return writer.finished()
    }
}
