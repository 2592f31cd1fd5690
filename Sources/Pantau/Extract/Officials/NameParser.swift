/// A personal name with the titles written around it.
struct ParsedName {
    /// First and last token consumed, titles included.
    var start: Int
    var end: Int
    /// First and last token of the name alone.
    var first: Int
    var last: Int
    var name: String
    var titles: [String]
    /// A nickname in brackets right after the name ("Joko Widodo (Jokowi)"): folded words by
    /// which the document may name the person later.
    var alias: [String] = []
    /// The name's folded words (a nickname inside it left out): how later mentions are known.
    var key: [String] = []
    /// The closing bracket of a nickname written after the name, which the mention covers.
    var aliasEnd: Int?
}

extension OfficialDocument {
    static let longestName = 6

    /// A capitalised word that can be part of a name.
    func isNameWord(_ index: Int) -> Bool {
        guard index >= 0, index < count, text.tokens[index].kind == .word, isCapitalised(index) else { return false }
        let token = text.tokens[index]
        let stem = token.cliticLength > 0 ? String(folded[index].dropLast(token.cliticLength)) : folded[index]
        return !lexicon.stops.contains(folded[index]) && !lexicon.stops.contains(stem) && !startsLexiconPhrase(index)
            && title(at: index, before: true) == nil
    }

    /// An initial ("A." "M" "EM") that a name word follows: returns the index after it.
    private func initial(at index: Int) -> Int? {
        guard index < count, isCapitalised(index), !lexicon.stops.contains(folded[index]), !startsLexiconPhrase(index) else { return nil }
        // Initials are one or two letters ("EM Osykar", "A.R."); three capitals are a company ("BCA").
        let letters = folded[index].utf8.count
        guard letters <= 2, text.tokens[index].kind == .acronym || letters == 1 else { return nil }
        var next = index + 1
        if isPunct(next, ".") { next += 1 }
        return isNameWord(next) || (next != index + 1 && initial(at: next) != nil) ? next : nil
    }

    /// The name starting at `start` (after any titles before it), ending at a comma, a
    /// lower-case word, a blank line, a title after it or a word that cannot be a name.
    func parseName(at start: Int) -> ParsedName? {
        var titles: [String] = []
        var index = start
        while let found = title(at: index, before: true) {
            titles.append(found.title)
            index = found.last + 1
        }
        let first = index
        var last = -1
        var words = 0
        var hasRealWord = false
        var nickname: ClosedRange<Int>?
        var alias: [String] = []
        var aliasEnd: Int?
        while index < count && words < Self.longestName {
            // "Ramdhan (Danny) Pomanto": a nickname inside the name is left out of it;
            // "Joko Widodo (Jokowi)" after it is another way to name the person.
            if last >= 0, nickname == nil, isPunct(index, "("), let close = nicknameEnd(from: index) {
                if isNameWord(close + 1) && !paragraphBreak(between: close, and: close + 1) {
                    nickname = index...close
                    index = close + 1
                    continue
                }
                alias = ((index + 1)..<close).map { folded[$0] }
                aliasEnd = close
                break
            }
            if index > first && paragraphBreak(between: index - 1, and: index) && !isWrapped(at: index) { break }
            if index > first && title(at: index, before: false) != nil && (!isRealNameWord(index) || isPunct(index + 1, ".")) { break }
            if let next = initial(at: index) {
                last = next - 1
                index = next
                words += 1
            } else if isNameWord(index) {
                hasRealWord = hasRealWord || isRealNameWord(index)
                last = index
                index += 1
                words += 1
                // "Muh. Ilham": an abbreviated name word keeps its period.
                if lexicon.nameAbbreviations.contains(folded[last]), isPunct(index, "."), isNameWord(index + 1) { index += 1 }
            } else if last >= 0, lexicon.particles.contains(folded[index]), isLowercaseWord(index), isNameWord(index + 1) {
                index += 1
            } else {
                break
            }
        }
        guard hasRealWord, last >= first else { return nil }
        // "Gubernur Bank Indonesia": the capitalised run was an organisation's name.
        if index < count, isCapitalised(index), lexicon.orgWords.contains(folded[index]), !paragraphBreak(between: index - 1, and: index) { return nil }
        // A trailing initial's period belongs to the sentence, not the name.
        if isPunct(last, ".") { last -= 1 }
        var end = last
        var probe = last + 1
        while probe < count {
            let at = isPunct(probe, ",") ? probe + 1 : probe
            guard let found = title(at: at, before: false) else { break }
            var last = found.last
            var written = found.title
            // An adat title carries its name: "Dt. Rajo Bagindo".
            if lexicon.adatTitles.contains(found.title) {
                while last + 1 < count && isCapitalised(last + 1) && !startsLexiconPhrase(last + 1) { last += 1 }
                if last > found.last { written = surface(from: at, to: last) }
            }
            titles.append(written)
            end = last
            probe = last + 1
        }
        var written = surface(from: first, to: last)
        if let nickname, nickname.lowerBound > first, nickname.upperBound < last {
            written = surface(from: first, to: nickname.lowerBound - 1) + " " + surface(from: nickname.upperBound + 1, to: last)
        }
        let key = (first...last).filter { text.tokens[$0].kind != .punct && !(nickname?.contains($0) ?? false) }.map { folded[$0] }
        return ParsedName(start: start, end: end, first: first, last: last, name: written, titles: titles, alias: alias, key: key, aliasEnd: aliasEnd)
    }

    /// The closing bracket of one to three capitalised name words opened at `open`.
    private func nicknameEnd(from open: Int) -> Int? {
        var probe = open + 1
        while probe < count && probe - open <= 4 {
            if isPunct(probe, ")") { return probe > open + 1 ? probe : nil }
            guard text.tokens[probe].kind == .word, isCapitalised(probe), !lexicon.stops.contains(folded[probe]), !startsLexiconPhrase(probe) else { return nil }
            probe += 1
        }
        return nil
    }

    /// A scrape's hard-wrapped line, cut inside a name ("Andi Muhammad Arsyad⏎⏎Mappanyukki,
    /// pernah ..."): the line before ends without punctuation, and the name word after it is
    /// followed by a comma or a lower-case word.
    func isWrapped(at index: Int) -> Bool {
        guard index > 0, index + 1 < count, text.tokens[index - 1].kind != .punct, isRealNameWord(index) else { return false }
        return isPunct(index + 1, ",") || isLowercaseWord(index + 1)
    }

    /// A word of two or more letters with a lower-case letter: "Usman", not "EM" or "A".
    func isRealNameWord(_ index: Int) -> Bool {
        guard isNameWord(index), folded[index].count >= 2 else { return false }
        return text.surface(text.tokens[index]).unicodeScalars.dropFirst().contains { $0.properties.isLowercase }
    }

    /// The name that ends exactly at `end` (titles after it included), taken as long as it goes.
    func parseName(endingAt end: Int) -> ParsedName? {
        guard end >= 0 else { return nil }
        let earliest = max(0, end - 14)
        for start in earliest...end {
            guard let name = parseName(at: start), name.end == end else { continue }
            if start > 0 && (isNameWord(start - 1) || title(at: start - 1, before: true) != nil) { continue }
            return name
        }
        return nil
    }
}
