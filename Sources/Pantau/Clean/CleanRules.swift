/// The clean stage's knowledge, read from data files: furniture lines, class hints, stop words.
public struct CleanRules: Sendable {
    /// Furniture patterns as lower-case UTF-8 bytes: matching runs on bytes, not Strings.
    var exactLines: Set<ByteKey> = []
    /// The longest exact line plus a trailing ": ": a longer line is never looked up.
    var exactLimit = 0
    /// Line prefixes by their first byte: a paragraph is compared only with those that can match.
    var prefixesByFirstByte: [[[UInt8]]] = Array(repeating: [], count: 256)
    var lineContains: [[UInt8]] = []
    /// Headings of a list of other stories ("Berita Terkait"), folded: furniture, and what
    /// follows them is not the article's.
    var relatedHeadings: Set<String> = []
    public var profileMarkers: [String] = []
    /// Byline openers ("oleh :", "pewarta:", "by"), folded.
    public var bylinePrefixes: [String] = []
    public var hints = ClassHints()
    public var indonesian = StopWords([])
    public var english = StopWords([])
    /// Second-level labels of country domains ("co" in kompas.co.id), for a URL's site.
    public var domainSuffixes: Set<String> = []

    public init() {}

    public init(furniture: DataFile, classHints: DataFile, indonesian: DataFile, english: DataFile,
                domainSuffixes: DataFile? = nil) throws(PantauError) {
        for (line, row) in furniture.numberedRows {
            guard row.count >= 2, !row[1].isEmpty else {
                throw .dataFileMalformed(file: furniture.name, line: line, reason: "expected 'match<TAB>pattern'")
            }
            let pattern = TextNormalizer.fold(row[1])
            let bytes = Array(pattern.utf8)
            switch row[0] {
            case "exact":
                exactLines.insert(ByteKey(bytes))
                exactLimit = max(exactLimit, bytes.count + 2)
            case "prefix": if let first = bytes.first { prefixesByFirstByte[Int(first)].append(bytes) }
            case "contains": lineContains.append(bytes)
            case "profile": profileMarkers.append(pattern); lineContains.append(bytes)
            case "byline": bylinePrefixes.append(pattern)
            case "related":
                relatedHeadings.insert(pattern)
                exactLines.insert(ByteKey(bytes))
                exactLimit = max(exactLimit, bytes.count + 2)
            default:
                throw .dataFileMalformed(file: furniture.name, line: line,
                                         reason: "unknown match '\(row[0])' (exact, prefix, contains, profile, byline, related)")
            }
        }
        self.hints = try ClassHints(data: classHints)
        self.indonesian = StopWords(indonesian.entries)
        self.english = StopWords(english.entries)
        self.domainSuffixes = Set(domainSuffixes?.entries.map { $0.lowercased() } ?? [])
    }

    /// The registered domain of a URL: "https://regional.kompas.com/read/..." is "kompas.com".
    public func site(of url: String) -> String {
        let labels = URLHost.host(of: url).split(separator: ".").map(String.init)
        guard labels.count > 2 else { return labels.joined(separator: ".") }
        let keep = labels[labels.count - 1].count == 2 && domainSuffixes.contains(labels[labels.count - 2]) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    /// Whether a whole line of text is page furniture.
    public func isFurniture(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isFurniture($0) }
    }

    /// The same on UTF-8 bytes: ASCII is lower-cased, surrounding spaces and a trailing ":" ignored.
    func isFurniture(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0, end = bytes.count
        while start < end && Self.isSpace(bytes[start]) { start += 1 }
        while end > start && Self.isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return false }
        var line = [UInt8](repeating: 0, count: end - start)
        for i in start..<end { let b = bytes[i]; line[i - start] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        if line.count <= exactLimit {
            if exactLines.contains(ByteKey(line)) { return true }
            var trimmed = line.count
            while trimmed > 0 && (line[trimmed - 1] == 0x3A || line[trimmed - 1] == 0x20) { trimmed -= 1 }
            if trimmed < line.count && exactLines.contains(ByteKey(Array(line[..<trimmed]))) { return true }
        }
        for prefix in prefixesByFirstByte[Int(line[0])] where line.starts(with: prefix) { return true }
        for phrase in lineContains where ByteSearch.contains(line, phrase) { return true }
        return false
    }

    /// Whether a line is a related-stories heading (case-insensitive, a trailing ":" ignored).
    public func isRelatedHeading(_ line: String) -> Bool {
        guard !relatedHeadings.isEmpty, line.utf8.count <= exactLimit else { return false }
        var folded = TextNormalizer.fold(line).trimmingCharacters(in: .whitespaces)
        while folded.hasSuffix(":") || folded.hasSuffix(" ") { folded.removeLast() }
        return relatedHeadings.contains(folded)
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// The profile name on a blog's profile line ("Syahrial Mohon Tunggu... Guru" gives "Syahrial").
    public func profileName(_ line: String) -> String? {
        let folded = TextNormalizer.fold(line)
        let bytes = Array(folded.utf8)
        for marker in profileMarkers {
            guard let at = ByteSearch.firstIndex(of: Array(marker.utf8), in: bytes) else { continue }
            let name = String(decoding: bytes[..<at], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let words = name.split(separator: " ").count
            guard words >= 1 && words <= 5 else { continue }
            // The folded text is only for matching: the name is cut from the line itself.
            return String(line.prefix(name.count)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The author named by a byline ("Oleh : Rina Wulandari", "Pewarta: Nur Hayati | Editor: X"):
    /// up to five words, cut at a separator, a bracket, or where a date starts ("Admin 10 Jul 2024").
    public func byline(_ line: String, months: [String: Int] = [:]) -> String? {
        let folded = TextNormalizer.fold(line)
        for prefix in bylinePrefixes where folded.hasPrefix(prefix) {
            let rest = folded.dropFirst(prefix.count)
            guard prefix.hasSuffix(":") || rest.first == " " || rest.first == ":" else { continue }
            // The folded text is only for matching: the name is cut from the line itself.
            guard folded.count == line.count else { continue }
            var name = line.dropFirst(prefix.count).drop { $0 == " " || $0 == ":" }.trimmingCharacters(in: .whitespaces)
            if let cut = name.firstIndex(where: { "()*|,".contains($0) }) { name = String(name[..<cut]) }
            var words: [Substring] = []
            let parts = name.split(separator: " ")
            for (k, word) in parts.enumerated() {
                let next = k + 1 < parts.count ? parts[k + 1].lowercased().trimmingCharacters(in: .punctuationCharacters) : ""
                if word.allSatisfy(\.isNumber) && (months[next] != nil || next.isEmpty) { break }
                if word.contains(":") && word.first?.isNumber == true { break }
                words.append(word)
            }
            if !words.isEmpty && words.count <= 5 { return words.joined(separator: " ") }
        }
        return nil
    }

    /// Whether a class or id attribute marks furniture to leave out whole.
    public func isFurnitureClass(_ attribute: String) -> Bool { hints.weight(attribute) <= ClassHints.skipAt }
}
