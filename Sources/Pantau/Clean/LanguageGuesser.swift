/// `id`, `en` or `other`, from the share of each language's function words.
public struct LanguageGuesser: Sendable {
    let indonesian: StopWords
    let english: StopWords

    public init(rules: CleanRules) {
        indonesian = rules.indonesian
        english = rules.english
    }

    public func guess(_ text: String) -> String {
        var text = text
        let stats = text.withUTF8 { buffer in
            WordStats.count(buffer, 0..<min(buffer.count, 64 * 1024), id: indonesian, en: english)
        }
        guard stats.words >= 3 else { return stats.words == 0 ? "" : "other" }
        if stats.words * Self.spacedScriptBytesPerWord < text.utf8.count { return "other" }
        return Self.decide(words: stats.words, indonesian: stats.indonesian, english: stats.english)
    }

    /// Latin-script prose averages 6 to 8 bytes a word with its space; far more means no spaces.
    static let spacedScriptBytesPerWord = 16

    /// Prose in either language has well over 8% function words from its list; the larger share wins.
    static func decide(words: Int, indonesian: Int, english: Int) -> String {
        let idShare = Double(indonesian) / Double(max(words, 1)), enShare = Double(english) / Double(max(words, 1))
        if idShare >= 0.08 && idShare >= enShare { return "id" }
        if enShare >= 0.08 { return "en" }
        return "other"
    }
}
