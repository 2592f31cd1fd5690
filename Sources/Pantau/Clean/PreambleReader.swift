/// Bylines and date lines written in the page above the article, for what `<meta>` left out.
struct PreambleReader {
    let dates: DateNormalizer

    func fill(_ metadata: inout DocumentMetadata, from lines: [String]) {
        for line in lines.reversed() {
            if metadata.author.isEmpty, let author = TextScrapeCleaner.byline(line, months: dates.months) { metadata.author = author }
            if metadata.published.isEmpty, line.count < 80, let date = dates.normalize(line), date.contains("T") {
                metadata.published = date
            }
        }
    }
}
