/// `id`, `en` or `other`, from the share of each language's function words.
public struct LanguageGuesser: Sendable {
    let indonesian: Set<String>
    let english: Set<String>

    public init(rules: CleanRules) {
        indonesian = rules.indonesianStopwords
        english = rules.englishStopwords
    }

    public func guess(_ text: String) -> String {
        var words = 0, id = 0, en = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            let w = String(word)
            if indonesian.contains(w) { id += 1 }
            if english.contains(w) { en += 1 }
            if words >= 4000 { break }
        }
        guard words >= 3 else { return words == 0 ? "" : "other" }
        let idShare = Double(id) / Double(words), enShare = Double(en) / Double(words)
        if idShare >= 0.08 && idShare >= enShare { return "id" }
        if enShare >= 0.08 { return "en" }
        return "other"
    }
}
