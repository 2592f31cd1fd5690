/// Bylines and date lines around the article, for what `<meta>` left out: above it (bylines,
/// date lines, a blog's profile line) and, for the author only, just below it (antara's
/// "Pewarta: X").
struct PreambleReader {
    let rules: CleanRules
    let dates: DateNormalizer

    func fill(_ metadata: inout DocumentMetadata, preamble: [String], postamble: [String]) {
        // A block may hold several lines ("Pewarta: X<br>Editor: Y") or fields ("Penulis : Admin |
        // Tanggal : 28 Oktober 2024 | Dibaca : 188 kali"): each line is read whole, then field by
        // field (whole first: "Senin, 4 November 2024 | 10:12 WIB" is one date).
        func pieces(_ blocks: [String], nearestFirst: Bool) -> [String] {
            let lines = blocks.flatMap { $0.utf8.split(separator: 0x0A).map { Whitespace.collapse(String(decoding: $0, as: UTF8.self)) } }
            return (nearestFirst ? Array(lines.reversed()) : lines).flatMap { line -> [String] in
                guard line.utf8.contains(0x7C) else { return [line] }
                let fields = line.utf8.split(separator: 0x7C).map { Whitespace.collapse(String(decoding: $0, as: UTF8.self)) }
                return [line] + fields.filter { !$0.isEmpty }
            }
        }
        for line in pieces(preamble, nearestFirst: true) {
            if metadata.author.isEmpty, let author = rules.byline(line, months: dates.months) ?? rules.profileName(line) {
                metadata.author = author
            }
            guard metadata.published.isEmpty else { continue }
            // A date with a time, or a labelled one: a bare date above an article is as often
            // the portal header's "today".
            if line.count < 80, let date = dates.normalize(line), date.contains("T") {
                metadata.published = date
            } else if line.count < 80, let date = dates.labelledDate(line) {
                metadata.published = date
            }
        }
        for line in pieces(postamble, nearestFirst: false) where metadata.author.isEmpty {
            if let author = rules.byline(line, months: dates.months) { metadata.author = author }
        }
    }
}
