/// Groups a document's tokens into sentences.
///
/// A sentence ends after `.`, `!`, `?` or an ellipsis (with any closing quotes or brackets
/// glued to it) when white space and then something that can open a sentence follow: a capital,
/// a digit, or an opening quote; but not an abbreviation written with a slash ("a/n", "c/o").
/// After a plain period a lower-case word opens one too when the word before the period is a
/// number or a full word ("... pada 1879. atau ..."; see `startsInLowerCase`). It does not end
/// - after an abbreviation that names what follows ("Dr.", "Kab.", "No.", "Rp."), an initial
///   ("A. Rahman", "E.M. Lubis"; not before a function word: "kuartal I. Dengan ..."), or a
///   list number at the start of a sentence ("1. ASN ...");
/// - after an abbreviation that closes a phrase ("dll.", "Tbk.", "S.H.") unless a capitalised
///   word follows that is not itself an abbreviation ("S.H., M.H." and "S.H. M.H." stay);
/// - inside a quotation or bracket whose opening and closing marks are both on the line, so a
///   quote over several sentences stays whole with its attribution tail (`"A. B," ujarnya.`).
///   A `"` after a comma or a terminator and glued to a lower-case word closes a pending
///   quote (`"A. B, "ujarnya.`).
///   An unbalanced mark is ignored rather than allowed to swallow the paragraph.
/// A line break ends a sentence (headings, lines without final punctuation, datelines), except
/// a single line break inside a sentence that continues in lower case (hard-wrapped text).
struct SentenceSplitter {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    /// Each token's roles in the lexicon, from the scanner.
    let roles: [WordRoles]
    let lexicon: TokenLexicon

    func split() -> [Sentence] {
        let n = tokens.count
        guard n > 0 else { return [] }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(n / 16 + 1)
        let hardBreak = lineBreaks()
        let closesAt = matchQuotes(hardBreak)
        var first = 0
        var quoteEnd = -1
        for i in 0..<n {
            if closesAt[i] > quoteEnd { quoteEnd = closesAt[i] }
            let boundary = i == n - 1 || hardBreak[i] || (i >= quoteEnd && endsSentence(after: i, first: first))
            guard boundary else { continue }
            let head = tokens[first], tail = tokens[i]
            sentences.append(Sentence(start: head.start, end: tail.end, byteStart: head.byteStart,
                                      byteEnd: tail.byteEnd, tokens: first..<(i + 1)))
            first = i + 1
            quoteEnd = -1
        }
        return sentences
    }

    // MARK: line breaks and quotations

    /// For each token, whether a line break after it ends the sentence.
    private func lineBreaks() -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        for i in 0..<(tokens.count - 1) {
            var newlines = 0
            for k in tokens[i].byteEnd..<tokens[i + 1].byteStart where bytes[k] == 0x0A { newlines += 1 }
            guard newlines > 0 else { continue }
            let continues = newlines == 1 && ByteClass.isLower(bytes[tokens[i + 1].byteStart])
                && !isTerminator(tokens[i]) && !isCloser(i) && bytes[tokens[i].byteStart] != 0x3A
            result[i] = !continues
        }
        return result
    }

    /// For each opening quotation mark or bracket matched on its line, the index of its
    /// closing mark; else -1. Marks pair within their family (`"`, `“ ”`, `` ` ` `` `'' `, `( )`,
    /// `[ ]`); a span longer than `longestQuote` bytes is taken for an unbalanced mark.
    private func matchQuotes(_ hardBreak: [Bool]) -> [Int] {
        var closesAt = [Int](repeating: -1, count: tokens.count)
        var open: [(index: Int, family: UInt8)] = []
        for i in tokens.indices {
            let (role, family) = quoteRole(i)
            switch role {
            case .open:
                open.append((i, family))
            case .close, .either:
                if let o = open.lastIndex(where: { $0.family == family }) {
                    let opener = open[o].index
                    open.removeSubrange(o...)
                    if tokens[i].byteEnd - tokens[opener].byteStart <= Self.longestQuote { closesAt[opener] = i }
                } else if role == .either {
                    open.append((i, family))
                }
            case .none:
                break
            }
            if hardBreak[i] { open.removeAll(keepingCapacity: true) }
        }
        return closesAt
    }

    /// About eight sentences: longer quotations are rare in news, unbalanced marks are not.
    static let longestQuote = 1200

    private enum QuoteRole { case open, close, either, none }

    private func quoteRole(_ i: Int) -> (QuoteRole, UInt8) {
        let t = tokens[i]
        guard t.kind == .punct else { return (.none, 0) }
        let b = bytes[t.byteStart], length = t.byteEnd - t.byteStart
        if length == 3 && b == 0xE2 && bytes[t.byteStart + 1] == 0x80 {
            let c = bytes[t.byteStart + 2]
            return (c == 0x9C || c == 0x9E ? .open : c == 0x9D ? .close : .none, 0x9C)
        }
        if length == 2 && b == 0x60 && bytes[t.byteStart + 1] == 0x60 { return (.open, 0x60) }
        if length == 2 && b == 0x27 && bytes[t.byteStart + 1] == 0x27 { return (.close, 0x60) }
        guard length == 1 else { return (.none, 0) }
        switch b {
        case 0x28: return (.open, 0x28)
        case 0x29: return (.close, 0x28)
        case 0x5B: return (.open, 0x5B)
        case 0x5D: return (.close, 0x5B)
        case 0x22: break
        default: return (.none, 0)
        }
        let gluedLeft = i > 0 && tokens[i - 1].byteEnd == t.byteStart && !isOpener(tokens[i - 1])
        let gluedRight = i + 1 < tokens.count && tokens[i + 1].byteStart == t.byteEnd
        if gluedLeft && !gluedRight { return (.close, 0x22) }
        if gluedRight && !gluedLeft {
            // `..., "katanya.`: a closing mark typed with its space on the wrong side closes a
            // pending quotation (it opens one when none is pending).
            if i > 0, i + 1 < tokens.count, isCommaOrTerminator(tokens[i - 1]), ByteClass.isLower(bytes[tokens[i + 1].byteStart]) {
                return (.either, 0x22)
            }
            return (.open, 0x22)
        }
        return (.either, 0x22)
    }

    // MARK: sentence ends

    private func endsSentence(after i: Int, first: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].byteStart > tokens[i].byteEnd else { return false }
        var t = i
        while t > first && isCloser(t) && tokens[t - 1].byteEnd == tokens[t].byteStart { t -= 1 }
        guard isTerminator(tokens[t]) else { return false }
        guard opensSentence(i + 1) else { return t == i && startsInLowerCase(after: t, first: first) }
        guard isPeriod(tokens[t]), t > first, tokens[t - 1].byteEnd == tokens[t].byteStart else { return true }
        switch abbreviation(before: t, first: first, next: i + 1) {
        case .none: return true
        case .prefix: return false
        case .suffix: return !continuesName(i + 1) && !isBracket(tokens[i + 1])
        }
    }

    /// A sentence typed with a lower-case start: "... lahir pada 1879. atau ...". Only after a
    /// period glued to a number (a Roman one too: "Perang Dunia II. kemudian") or to a word of
    /// three or more letters with a vowel that is no abbreviation, initial, chain or month
    /// ("dll. yang", "Joko P. di", "a.m. local", "tgl. lahir", "4 oz. cooked", "Nov. lalu" go
    /// on). Not after "?" or "!", where a lower-case word is more often an attribution whose
    /// quotation marks were lost ("bagaimana? ujar dia."), nor after an ellipsis ("nanti
    /// dulu... tapi kapan?") or a closing quote (`"Siapa?" tanya dia.`).
    private func startsInLowerCase(after p: Int, first: Int) -> Bool {
        let next = tokens[p + 1]
        guard isPeriod(tokens[p]), p > first, next.kind == .word, ByteClass.isLower(bytes[next.byteStart]) else { return false }
        let word = tokens[p - 1]
        guard word.byteEnd == tokens[p].byteStart, abbreviation(before: p, first: first, next: p + 1) == .none else { return false }
        if ByteClass.isDigit(bytes[word.byteStart]) || isRomanNumeral(word) { return true }
        guard word.byteEnd - word.byteStart >= 3, ByteClass.isAlpha(bytes[word.byteStart]),
              !roles[p - 1].contains(.month) else { return false }
        // The last part of a chain ("s.d. kamis", "cu.ft. front") is an abbreviation.
        if p - 2 >= first, isPeriod(tokens[p - 2]), tokens[p - 2].byteEnd == word.byteStart { return false }
        for k in word.byteStart..<word.byteEnd {
            switch ByteClass.lower(bytes[k]) {
            case 0x61, 0x65, 0x69, 0x6F, 0x75: return true
            default: continue
            }
        }
        return false  // "tgl.", "sbg.", "dgn.": a word without a vowel is shortened
    }

    /// "II", "IV", "XII": two or more capital Roman digits.
    private func isRomanNumeral(_ t: Token) -> Bool {
        guard t.byteEnd - t.byteStart >= 2 else { return false }
        for k in t.byteStart..<t.byteEnd {
            switch bytes[k] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43: continue  // I V X L C
            default: return false
            }
        }
        return true
    }

    private enum Abbreviation { case none, prefix, suffix }

    /// What the word glued before the period at `p` is: "S.H", "a.n", "E.M" and "Kab" are read
    /// whole, as the tokens "S" "." "H" before the final period.
    private func abbreviation(before p: Int, first: Int, next: Int) -> Abbreviation {
        let word = tokens[p - 1]
        if word.kind == .number || word.kind == .date {
            return p - 1 == first && word.byteEnd - word.byteStart <= 2 ? .prefix : .none
        }
        guard word.kind == .word || word.kind == .acronym || word.kind == .money else { return .none }
        var chainStart = p - 1, singleLetters = word.end - word.start == 1
        while chainStart >= first + 2, isPeriod(tokens[chainStart - 1]),
              tokens[chainStart - 1].byteEnd == tokens[chainStart].byteStart,
              tokens[chainStart - 2].byteEnd == tokens[chainStart - 1].byteStart,
              tokens[chainStart - 2].kind == .word || tokens[chainStart - 2].kind == .acronym,
              tokens[chainStart - 2].end - tokens[chainStart - 2].start <= 3 {
            chainStart -= 2
            singleLetters = singleLetters && tokens[chainStart].end - tokens[chainStart].start == 1
        }
        let from = tokens[chainStart].byteStart
        if chainStart < p - 1 {
            let chain = lexicon.words.roles(bytes, from, word.byteEnd)
            if chain.contains(.prefixAbbreviation) { return .prefix }
            if chain.contains(.suffixAbbreviation) { return .suffix }
        }
        // An initial comes before a name; before a function word ("kuartal I. Dengan ...",
        // "vitamin A. Namun ...") the letter ends the sentence.
        if singleLetters && ByteClass.isUpper(bytes[from]) { return roles[next].contains(.functionWord) ? .none : .prefix }
        if roles[p - 1].contains(.prefixAbbreviation) { return .prefix }
        if roles[p - 1].contains(.suffixAbbreviation) { return .suffix }
        return .none
    }

    /// After "S.H." or "dll.": whether the next word is another abbreviation or an initial
    /// ("M.H.", "A. Rahman"), so the sentence goes on.
    private func continuesName(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, isPeriod(tokens[k + 1]), tokens[k].byteEnd == tokens[k + 1].byteStart else { return false }
        return tokens[k].end - tokens[k].start == 1 || !roles[k].isDisjoint(with: .abbreviation)
    }

    private func opensSentence(_ k: Int) -> Bool {
        let b = bytes[tokens[k].byteStart]
        // "a/n", "s/d", "u/p", "c/o": an abbreviation written with a slash links two names or
        // numbers, so it never begins a sentence ("... Holdings Ltd. C/O PT ...").
        if roles[k].contains(.prefixAbbreviation), tokens[k].kind == .word || tokens[k].kind == .acronym {
            for m in tokens[k].byteStart..<tokens[k].byteEnd where bytes[m] == 0x2F { return false }
        }
        if ByteClass.isUpper(b) || ByteClass.isDigit(b) || b >= 0xC3 && tokens[k].kind != .punct && tokens[k].kind != .symbol {
            return true
        }
        guard isOpener(tokens[k]), k + 1 < tokens.count else { return false }
        let c = bytes[tokens[k + 1].byteStart]
        return ByteClass.isUpper(c) || ByteClass.isDigit(c) || c >= 0xC3 || isOpener(tokens[k + 1])
    }

    // MARK: token shapes

    @inline(__always) private func isBracket(_ t: Token) -> Bool {
        t.byteEnd - t.byteStart == 1 && (bytes[t.byteStart] == 0x28 || bytes[t.byteStart] == 0x5B)
    }

    @inline(__always) private func isCommaOrTerminator(_ t: Token) -> Bool {
        t.byteEnd - t.byteStart == 1 && (bytes[t.byteStart] == 0x2C || bytes[t.byteStart] == 0x2E
            || bytes[t.byteStart] == 0x3F || bytes[t.byteStart] == 0x21)
    }

    @inline(__always) private func isPeriod(_ t: Token) -> Bool {
        t.byteEnd - t.byteStart == 1 && bytes[t.byteStart] == 0x2E
    }

    private func isTerminator(_ t: Token) -> Bool {
        guard t.kind == .punct else { return false }
        let b = bytes[t.byteStart]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        return t.byteEnd - t.byteStart == 3 && b == 0xE2 && bytes[t.byteStart + 1] == 0x80 && bytes[t.byteStart + 2] == 0xA6
    }

    /// Opening quotes and brackets: " “ „ ‘ ' ` `` ( [ «.
    private func isOpener(_ t: Token) -> Bool {
        let b = bytes[t.byteStart]
        switch t.byteEnd - t.byteStart {
        case 1: return b == 0x22 || b == 0x27 || b == 0x60 || b == 0x28 || b == 0x5B
        case 2: return (b == 0x60 && bytes[t.byteStart + 1] == 0x60) || (b == 0xC2 && bytes[t.byteStart + 1] == 0xAB)
        case 3:
            guard b == 0xE2 && bytes[t.byteStart + 1] == 0x80 else { return false }
            let c = bytes[t.byteStart + 2]
            return c == 0x9C || c == 0x9E || c == 0x98
        default: return false
        }
    }

    /// Closing quotes and brackets glued to the token before: " ” ’ ' '' ) ] ».
    private func isCloser(_ i: Int) -> Bool {
        let t = tokens[i]
        guard i > 0, tokens[i - 1].byteEnd == t.byteStart else { return false }
        let b = bytes[t.byteStart]
        switch t.byteEnd - t.byteStart {
        case 1: return b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D
        case 2: return (b == 0x27 && bytes[t.byteStart + 1] == 0x27) || (b == 0xC2 && bytes[t.byteStart + 1] == 0xBB)
        case 3:
            guard b == 0xE2 && bytes[t.byteStart + 1] == 0x80 else { return false }
            let c = bytes[t.byteStart + 2]
            return c == 0x9D || c == 0x99
        default: return false
        }
    }
}
