/// `id`, `en` or `other`, from the share of each language's function words; when there are too
/// few of them to tell (a one-line note, a headline), from Indonesian vocabulary and word shapes.
public struct LanguageGuesser: Sendable {
    let indonesian: StopWords
    let english: StopWords
    let evidence: IndonesianEvidence

    public init(rules: CleanRules, evidence: IndonesianEvidence = .empty) {
        indonesian = rules.indonesian
        english = rules.english
        self.evidence = evidence
    }

    public func guess(_ text: String) -> String {
        var text = text
        let scanned = min(text.utf8.count, 64 * 1024)
        let stats = text.withUTF8 { WordStats.count($0, 0..<scanned, id: indonesian, en: english) }
        guard stats.words > 0 else { return "" }
        // A script written without spaces is neither language, however few its words.
        if stats.words * Self.spacedScriptBytesPerWord < text.utf8.count { return "other" }
        if stats.words >= 3 {
            let decided = Self.decide(words: stats.words, indonesian: stats.indonesian, english: stats.english)
            if decided != "other" { return decided }
        }
        let found = text.withUTF8 { evidence.count(UnsafeBufferPointer(rebasing: $0[0..<scanned]), function: indonesian) }
        return Self.decideByVocabulary(words: found.words, indonesian: found.indonesian, english: stats.english)
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

    /// Too few function words: Indonesian when at least a quarter of the words (and at least two,
    /// in a text of three words or more) are Indonesian function words, vocabulary or shapes, and
    /// more of them than English function words. `other` is then a finding: the words were read
    /// and too few of them are Indonesian.
    static func decideByVocabulary(words: Int, indonesian: Int, english: Int) -> String {
        let least = words >= 3 ? 2 : 1
        return indonesian >= least && indonesian * 4 >= words && indonesian > english ? "id" : "other"
    }
}
