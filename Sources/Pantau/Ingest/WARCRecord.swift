import Foundation

/// One WARC record's named headers and block, parsed from its bytes (ISO 28500, WARC/1.0 and 1.1).
struct WARCRecord {
    var headers: [String: String]
    /// Where the block starts in the bytes the record was parsed from.
    var blockStart: Int
    var contentLength: Int

    enum Failure: Error, Equatable { case notWARC, badHeader(String) }

    var type: String { headers["warc-type"]?.lowercased() ?? "" }
    var targetURI: String? { headers["warc-target-uri"].map { $0.trimmingCharacters(in: ["<", ">", " "]) } }
    var date: String? { headers["warc-date"] }

    /// Parses the header block; the content may be cut short (only a prefix read).
    static func parseHead(_ bytes: [UInt8]) -> Result<WARCRecord, Failure> {
        guard bytes.starts(with: Array("WARC/".utf8)) else { return .failure(.notWARC) }
        guard let (fields, end) = HeaderBlock.parse(bytes, from: 0) else { return .failure(.badHeader("header block does not end")) }
        guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
            return .failure(.badHeader("no valid Content-Length"))
        }
        return .success(WARCRecord(headers: fields, blockStart: end, contentLength: length))
    }

    /// Whether the block is a page worth a row: a 2xx HTTP response, or a resource, of HTML or text.
    func carriesDocument(_ bytes: [UInt8]) -> Bool {
        switch type {
        case "response":
            guard (headers["content-type"] ?? "").lowercased().contains("application/http"),
                  let http = HTTPMessage.parse(bytes, from: blockStart), (200..<300).contains(http.status) else { return false }
            return Self.isDocumentType(http.headers["content-type"])
        case "resource":
            return Self.isDocumentType(headers["content-type"])
        default:
            return false
        }
    }

    static func isDocumentType(_ contentType: String?) -> Bool {
        // No Content-Type: let the content sniffer decide, as for a file without an extension.
        guard let value = contentType?.lowercased() else { return true }
        return value.hasPrefix("text/html") || value.hasPrefix("application/xhtml") || value.hasPrefix("text/plain")
    }
}

/// An HTTP response stored in a WARC response record.
struct HTTPMessage {
    var status: Int
    var headers: [String: String]
    var bodyStart: Int

    static func parse(_ bytes: [UInt8], from start: Int) -> HTTPMessage? {
        guard bytes.count - start > 12, bytes[start..<(start + 5)].elementsEqual("HTTP/".utf8) else { return nil }
        var space = start
        while space < bytes.count && bytes[space] != 0x20 { space += 1 }
        let digits = bytes[min(space + 1, bytes.count)..<min(space + 4, bytes.count)]
        guard let status = Int(String(decoding: digits, as: UTF8.self)),
              let (fields, end) = HeaderBlock.parse(bytes, from: start) else { return nil }
        return HTTPMessage(status: status, headers: fields, bodyStart: end)
    }

    /// The body as the server meant it: de-chunked and inflated when so encoded.
    func body(_ bytes: ArraySlice<UInt8>, limit: Int) -> [UInt8]? {
        var body = Array(bytes)
        if (headers["transfer-encoding"] ?? "").lowercased().contains("chunked") {
            guard let joined = Self.dechunk(body) else { return nil }
            body = joined
        }
        let encoding = (headers["content-encoding"] ?? "").lowercased()
        if encoding.contains("gzip") || encoding.contains("deflate") {
            guard let inflated = GzipMember.inflate(body, limit: limit) else { return nil }
            body = inflated
        }
        return body
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var lineEnd = i
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let sizeText = String(decoding: bytes[i..<lineEnd], as: UTF8.self)
                .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            if size == 0 { return output }
            let dataStart = lineEnd + 1
            guard dataStart + size <= bytes.count else { return nil }
            output.append(contentsOf: bytes[dataStart..<(dataStart + size)])
            i = dataStart + size
            while i < bytes.count && (bytes[i] == 0x0D || bytes[i] == 0x0A) { i += 1 }
        }
        return output
    }
}

/// `Name: value` lines up to an empty line, names folded to lower case (WARC and HTTP alike).
enum HeaderBlock {
    /// The fields and the index just past the empty line; nil if no empty line comes.
    static func parse(_ bytes: [UInt8], from start: Int) -> ([String: String], Int)? {
        var fields: [String: String] = [:]
        var lineStart = start
        var first = true
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            guard lineEnd < bytes.count else { return nil }
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            if contentEnd == lineStart { return (fields, lineEnd + 1) }
            if !first, let colon = bytes[lineStart..<contentEnd].firstIndex(of: 0x3A) {
                let name = String(decoding: bytes[lineStart..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
                let value = String(decoding: bytes[(colon + 1)..<contentEnd], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                fields[name] = value
            }
            first = false
            lineStart = lineEnd + 1
        }
        return nil
    }
}
