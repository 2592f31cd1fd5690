import Foundation

/// Ids that stay the same across runs, so analysts can diff and join months of output.
public enum StableIDs {
    /// From the canonical URL when known, else from the path relative to the input root.
    public static func document(url: String, source: String) -> String {
        let key = url.isEmpty ? "path:" + source : "url:" + canonicalURL(url)
        return "d" + SHA256.hex(of: key).prefix(16)
    }

    /// The same person in the same position's region, in any document of any run.
    public static func official(name: String, regionCode: String) -> String {
        "o" + SHA256.hex(of: TextNormalizer.fold(name) + "|" + regionCode).prefix(16)
    }

    /// A claim within its document, by its sentence: stable while the sentence is.
    public static func claim(docID: String, text: String, occurrence: Int) -> String {
        "c" + SHA256.hex(of: docID + "|" + TextNormalizer.fold(text) + "|" + String(occurrence)).prefix(16)
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
