import CLibXML2
import Foundation

/// Reads title, author, date, site and canonical URL from a page's markup:
/// `<meta>` (og:, article:, twitter:, Dublin Core, name=author/pubdate), `<link rel=canonical>`,
/// JSON-LD (NewsArticle, Article, BlogPosting) and `<time datetime>`. The first source in
/// that order of trust wins for each field.
struct HTMLMetadataReader {
    let dates: DateNormalizer

    func read(_ tree: HTMLTree) -> DocumentMetadata {
        var meta: [String: String] = [:]
        var titleTag = ""
        var canonical = ""
        var timeDatetime = ""
        var jsonLD: [String] = []

        var node = tree.root
        var stack: [xmlNodePtr] = []
        while let here = node {
            if Node.isElement(here), let name = here.pointee.name {
                if Node.equals(name, "meta") {
                    let key = (Node.attribute(here, "property") ?? Node.attribute(here, "name") ?? Node.attribute(here, "itemprop") ?? "").lowercased()
                    if !key.isEmpty, meta[key] == nil, let content = Node.attribute(here, "content") {
                        meta[key] = content  // collapsed when chosen: most meta tags are never read
                    }
                } else if Node.equals(name, "title") {
                    if titleTag.isEmpty { titleTag = Whitespace.collapse(Node.content(here)) }
                } else if Node.equals(name, "link") {
                    if canonical.isEmpty, (Node.attribute(here, "rel") ?? "").lowercased() == "canonical" {
                        canonical = Node.attribute(here, "href") ?? ""
                    }
                } else if Node.equals(name, "time") {
                    if timeDatetime.isEmpty { timeDatetime = Node.attribute(here, "datetime") ?? "" }
                } else if Node.equals(name, "script") {
                    if (Node.attribute(here, "type") ?? "").lowercased().contains("ld+json") { jsonLD.append(Node.content(here)) }
                }
            }
            // Depth-first without recursion.
            if Node.isElement(here), let child = here.pointee.children { if let next = here.pointee.next { stack.append(next) }; node = child; continue }
            if let next = here.pointee.next { node = next } else { node = stack.popLast() }
        }

        let ld = JSONLDArticle(scripts: jsonLD)
        var result = DocumentMetadata()
        result.title = TitleCleaner.strip(first(meta["og:title"], ld.headline, meta["twitter:title"], meta["dc.title"], titleTag))
        let siteName = first(meta["og:site_name"], ld.publisher).lowercased()
        // Portals often put their own name in name=author; a person's name beats it.
        let person: (String?) -> String? = { value in
            guard let value, !value.isEmpty, !value.hasPrefix("http") else { return nil }
            let lowered = value.lowercased()
            return lowered == siteName || lowered.contains(".com") || lowered.contains(".co") ? nil : value
        }
        result.author = first(person(ld.author), person(meta["article:author"]), person(meta["content_author"]), person(meta["author"]),
                              person(meta["dc.creator"]), person(meta["byl"]))
        result.published = dates.normalize(first(meta["article:published_time"], ld.datePublished, meta["og:published_time"],
                                                        meta["pubdate"], meta["publishdate"], meta["dc.date"], meta["date"], meta["datepublished"], timeDatetime)) ?? ""
        result.url = first(canonical, meta["og:url"], ld.url)
        result.site = ""
        return result
    }

    private func first(_ values: String?...) -> String {
        for value in values {
            if let value, !value.isEmpty {
                let collapsed = Whitespace.collapse(value)
                if !collapsed.isEmpty { return collapsed }
            }
        }
        return ""
    }
}

/// The article fields of a page's JSON-LD blocks.
struct JSONLDArticle {
    var headline: String?
    var author: String?
    var datePublished: String?
    var url: String?
    var publisher: String?
    var articleBody: String?

    static let articleTypes: Set<String> = ["newsarticle", "article", "blogposting", "reportagenewsarticle", "webpage"]

    init(scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            visit(json)
        }
    }

    private mutating func visit(_ json: Any) {
        if let array = json as? [Any] { array.forEach { visit($0) }; return }
        guard let object = json as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph) }
        let types: [String]
        if let t = object["@type"] as? String { types = [t] } else { types = (object["@type"] as? [String]) ?? [] }
        guard types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) else { return }
        headline = headline ?? (object["headline"] as? String)
        datePublished = datePublished ?? (object["datePublished"] as? String)
        url = url ?? (object["url"] as? String) ?? ((object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
        articleBody = articleBody ?? (object["articleBody"] as? String)
        if author == nil { author = Self.name(object["author"]) }
        if publisher == nil { publisher = Self.name(object["publisher"]) }
    }

    private static func name(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        if let o = value as? [String: Any] { return o["name"] as? String }
        if let a = value as? [Any] {
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}

enum URLHost {
    static func host(of url: String) -> String {
        guard let host = URLComponents(string: url)?.host?.lowercased() else { return "" }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}

/// Removes a site suffix or prefix from a headline ("Judul - Kompas.com" → "Judul").
enum TitleCleaner {
    static func strip(_ title: String) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » "]
        let bytes = Array(title.utf8)
        for separator in separators where ByteSearch.contains(bytes, Array(separator.utf8)) {
            let parts = title.components(separatedBy: separator)
            // The headline is the longest part; site names are short.
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 20 || parts.count == 2 && parts[0].count > parts[1].count {
                return longest.trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }
}
