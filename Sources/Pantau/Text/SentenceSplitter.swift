/// Groups tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis followed by a capital, digit or quote,
/// unless the period closes a known abbreviation or an initial; it always ends at a line
/// break (headings and lines without final punctuation). Inside an open double quote no
/// sentence ends, so a quote over several sentences stays whole with its attribution tail.
struct SentenceSplitter {
    let bytes: [UInt8]
    let tokens: [Token]
    let abbreviations: Set<String>

    func split() -> [Sentence] {
        var sentences: [Sentence] = []
        guard !tokens.isEmpty else { return sentences }
        var first = 0
        var inQuote = false
        for i in tokens.indices {
            let token = tokens[i]
            if isDoubleQuote(token) { inQuote.toggle() }
            let isLast = i == tokens.count - 1
            var boundary = isLast
            if !isLast {
                let next = tokens[i + 1]
                if lineBreak(between: token.byteEnd, and: next.byteStart) {
                    boundary = true
                    inQuote = false
                } else if !inQuote && endsSentence(at: i) {
                    boundary = true
                }
            }
            if boundary {
                let head = tokens[first]
                sentences.append(Sentence(start: head.start, end: token.end, byteStart: head.byteStart,
                                          byteEnd: token.byteEnd, tokens: first..<(i + 1)))
                first = i + 1
            }
        }
        return sentences
    }

    private func lineBreak(between a: Int, and b: Int) -> Bool {
        var i = a
        while i < b { if bytes[i] == 0x0A { return true }; i += 1 }
        return false
    }

    private func isDoubleQuote(_ token: Token) -> Bool {
        let length = token.byteEnd - token.byteStart
        if length == 1 { return bytes[token.byteStart] == 0x22 }
        if length == 3, bytes[token.byteStart] == 0xE2, bytes[token.byteStart + 1] == 0x80 {
            return bytes[token.byteStart + 2] == 0x9C || bytes[token.byteStart + 2] == 0x9D
        }
        return false
    }

    private func isTerminator(_ token: Token) -> Bool {
        let length = token.byteEnd - token.byteStart
        if length == 1 {
            let b = bytes[token.byteStart]
            return b == 0x2E || b == 0x21 || b == 0x3F
        }
        return length == 3 && bytes[token.byteStart] == 0xE2 && bytes[token.byteStart + 1] == 0x80 && bytes[token.byteStart + 2] == 0xA6
    }

    /// Whether the sentence ends after token `i`: a terminator (possibly followed by closing
    /// quotes) and then something that can open a sentence.
    private func endsSentence(at i: Int) -> Bool {
        let token = tokens[i]
        guard isTerminator(token) else { return false }
        let next = tokens[i + 1]
        let b = bytes[next.byteStart]
        let opens = ByteClass.isUpper(b) || ByteClass.isDigit(b) || b == 0x22 || b == 0x27 || b == 0x28 || b >= 0xC0
        guard opens else { return false }
        guard next.byteStart > token.byteEnd else { return false }
        if bytes[token.byteStart] == 0x2E, i > 0 {
            let previous = tokens[i - 1]
            guard previous.byteEnd == token.byteStart else { return true }
            if previous.kind == .word || previous.kind == .acronym {
                let length = previous.byteEnd - previous.byteStart
                if length == 1 && ByteClass.isUpper(bytes[previous.byteStart]) { return false }
                if abbreviations.contains(TextNormalizer.fold(bytes[previous.byteStart..<previous.byteEnd])) { return false }
                if let dotted = dottedAbbreviation(endingAt: i), abbreviations.contains(dotted) { return false }
            }
        }
        return true
    }

    /// "S.H." or "M.Si." as folded "s.h" / "m.si" when the tokens before `i` alternate
    /// short words and periods without spaces.
    private func dottedAbbreviation(endingAt i: Int) -> String? {
        var j = i - 1
        var start = tokens[j].byteStart
        while j >= 2 {
            let dot = tokens[j - 1], word = tokens[j - 2]
            guard dot.byteEnd == tokens[j].byteStart, word.byteEnd == dot.byteStart,
                  dot.byteEnd - dot.byteStart == 1, bytes[dot.byteStart] == 0x2E else { break }
            start = word.byteStart
            j -= 2
        }
        guard start < tokens[i - 1].byteStart else { return nil }
        return TextNormalizer.fold(bytes[start..<tokens[i - 1].byteEnd])
    }
}
