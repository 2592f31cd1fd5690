import Foundation

/// Ids that stay the same across runs, so analysts can diff and join months of output.
public enum StableIDs {
    /// From the canonical URL when known, else from the path relative to the input root.
    public static func document(url: String, source: String) -> String {
        DocumentKey(url: url, source: source).docID
    }

    /// The same person in the same position's region, in any document of any run.
    public static func official(name: String, regionCode: String) -> String {
        "o" + SHA256.hex(of: TextNormalizer.fold(name) + "|" + regionCode).prefix(16)
    }

    /// A document's claim ids, in order: each by its sentence (stable while the sentence is),
    /// and a sentence the document repeats by its occurrence. Each text is folded once.
    public static func claims(docID: String, texts: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            let folded = TextNormalizer.fold(text)
            let occurrence = seen[folded, default: 0]
            seen[folded] = occurrence + 1
            return "c" + SHA256.hex(of: docID + "|" + folded + "|" + String(occurrence)).prefix(16)
        }
    }

    /// Lower-cased scheme and host, no fragment, no tracking parameters, no trailing slash.
    public static func canonicalURL(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var components = URLComponents(string: trimmed), components.host != nil else { return trimmed }
        components.scheme = components.scheme?.lowercased()
        components.host = components.host?.lowercased()
        components.fragment = nil
        if let items = components.queryItems {
            let kept = items.filter { !$0.name.lowercased().hasPrefix("utm_") && !["fbclid", "gclid", "page", "amp"].contains($0.name.lowercased()) }
            components.queryItems = kept.isEmpty ? nil : kept
        }
        var path = components.path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        components.path = path
        return components.string ?? trimmed
    }
}

/// A doc_id's 64 bits ("d" + 16 hex digits: the first 8 bytes of SHA-256 of its key). The run
/// index holds these rather than strings, so that its size per document stays small and fixed.
/// They order as the doc_id strings do.
struct DocumentKey: Hashable, Comparable, Sendable {
    let bits: UInt64

    init(url: String, source: String) {
        let key = url.isEmpty ? "path:" + source : "url:" + StableIDs.canonicalURL(url)
        bits = SHA256.digest(Array(key.utf8)).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The key a doc_id spells ("d" and 16 hex digits), or nil for anything else.
    init?(docID: String) {
        let utf8 = docID.utf8
        guard utf8.count == 17, utf8.first == UInt8(ascii: "d"), let bits = UInt64(docID.dropFirst(), radix: 16) else { return nil }
        self.bits = bits
    }

    var docID: String {
        let hex = String(bits, radix: 16)
        return "d" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func < (a: DocumentKey, b: DocumentKey) -> Bool { a.bits < b.bits }
}
