import Foundation

/// Reads an input entry into source documents: one for a file or a record of a JSONL or WARC
/// file; a JSONL file not split into records (it cannot be opened, or holds none) says why.
public struct InputReader: Sendable {
    /// Files larger than this become error rows naming the limit.
    public var maxBytes: Int

    public init(maxBytes: Int = 64 << 20) { self.maxBytes = maxBytes }

    public func read(_ entry: InputEntry) -> [SourceDocument] {
        switch entry.kind {
        case .unsupported(let reason):
            return [SourceDocument(source: entry.relativePath, payload: .failed(.unsupported, reason))]
        case .unreadable(let reason):
            return [SourceDocument(source: entry.relativePath, payload: .failed(.error, reason))]
        case .document:
            switch readBytes(entry.path) {
            case .success(let bytes):
                return XMLInput.documents(bytes, source: entry.relativePath)
            case .failure(let failure):
                return [SourceDocument(source: entry.relativePath, payload: .failed(.error, failure.reason))]
            }
        case .warc:
            return WARCIndex.entries(of: entry).flatMap { $0.kind == .warc ? [] : read($0) }
        case .warcRecord(let location):
            return [XMLInput.screen(WARCIndex.document(entry, at: location, maxBytes: maxBytes), in: "a WARC record")]
        case .jsonlRecord(let location):
            return [XMLInput.screen(JSONLIndex.document(entry, at: location, maxBytes: maxBytes), in: "a JSONL record")]
        case .jsonl:
            switch readBytes(entry.path) {
            case .success(let bytes):
                return JSONLRecords.parse(bytes, source: entry.relativePath).map { XMLInput.screen($0, in: "a JSONL record") }
            case .failure(let failure):
                return [SourceDocument(source: entry.relativePath, payload: .failed(.error, failure.reason))]
            }
        }
    }

    /// A file's bytes read from elsewhere (standard input) as `read` reads a document: one
    /// document, a feed's items, or the row that says why there is none.
    public static func documents(of bytes: [UInt8], source: String) -> [SourceDocument] {
        XMLInput.documents(bytes, source: source)
    }

    struct ReadFailure: Error { let reason: String }

    func readBytes(_ path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(ReadFailure(reason: "cannot open file: " + String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(ReadFailure(reason: "cannot stat file: " + String(cString: strerror(errno))))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(ReadFailure(reason: "not a regular file"))
        }
        let size = Int(info.st_size)
        if size > maxBytes {
            return .failure(ReadFailure(reason: "file is \(size) bytes, over the size limit of \(maxBytes) bytes (--max-bytes)"))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: "read failed: " + String(cString: strerror(errno))))
            }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeSubrange(filled...) }
        return .success(bytes)
    }
}

/// JSONL from a scraper: one object per line with `url` and one of `html`, `text`, `content`.
public enum JSONLRecords {
    public static func parse(_ bytes: [UInt8], source: String) -> [SourceDocument] {
        var documents: [SourceDocument] = []
        var lineNumber = 0
        var lineStart = 0
        var index = 0
        while lineStart < bytes.count {
            while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            lineNumber += 1
            let line = bytes[lineStart..<index]
            index += 1
            lineStart = index
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            documents.append(record(Array(line), source: "\(source)#\(lineNumber)"))
        }
        if documents.isEmpty {
            documents.append(SourceDocument(source: source, payload: .failed(.empty, "JSONL file has no records")))
        }
        return documents
    }

    static func record(_ line: [UInt8], source: String) -> SourceDocument {
        let fields: [String: String]
        do {
            fields = try JSONObjectReader.stringFields(line)
        } catch .notAnObject {
            return SourceDocument(source: source, payload: .failed(.error, "JSONL line is not a JSON object"))
        } catch {
            return SourceDocument(source: source, payload: .failed(.error, "JSONL line is not valid JSON"))
        }
        let payload = Self.payload(fields) ?? .failed(.error, "JSONL record has none of the fields html, text or content")
        return SourceDocument(source: source, url: fields["url"], title: fields["title"], published: fields["published"], payload: payload)
    }

    /// The content of a scraper record: `html`, `text` or `content` (kind sniffed), in that order.
    static func payload(_ fields: [String: String]) -> SourceDocument.Payload? {
        if let html = fields["html"] { return .html(html) }
        if let text = fields["text"] { return .text(text) }
        if let content = fields["content"] { return .bytes(Array(content.utf8)) }
        return nil
    }
}
