/// A claim candidate: one sentence of the main text, as GUIDE.md counts sentences.
///
/// The tokenizer keeps a quote that runs over several sentences whole, with its attribution
/// tail (`"A. B," ujarnya.`), because the quote is one act of speech. GUIDE.md judges each
/// sentence, so the claim stage splits such a unit again at the sentence ends inside the
/// quote; every piece keeps the unit's index so that all of them share one speaker.
public struct ClaimSentence: Sendable, Hashable {
    public let tokens: Range<Int>
    public let start: Int
    public let end: Int
    public let byteStart: Int
    public let byteEnd: Int
    /// Index of the tokenizer's sentence (the speech unit) this sentence belongs to.
    public let unit: Int
    /// Paragraphs are separated by line breaks.
    public let paragraph: Int
}

enum ClaimSentenceSplitter {
    static func split(_ text: TokenizedText, abbreviations: Set<String>) -> [ClaimSentence] {
        var result: [ClaimSentence] = []
        var paragraph = 0
        var previousEnd: Int?
        for (unit, sentence) in text.sentences.enumerated() {
            if let previousEnd, text.utf8[previousEnd..<sentence.byteStart].contains(0x0A) { paragraph += 1 }
            previousEnd = sentence.byteEnd
            var first = sentence.tokens.lowerBound
            var depth = 0
            for i in sentence.tokens {
                let token = text.tokens[i]
                depth = QuoteMarks.update(depth, with: text.utf8[token.byteStart..<token.byteEnd])
                guard i + 1 < sentence.tokens.upperBound, depth > 0 || closesAfterTerminator(i, in: text) else { continue }
                guard endsSentence(at: i, in: text, abbreviations: abbreviations) else { continue }
                result.append(piece(first..<(i + 1), unit: unit, paragraph: paragraph, in: text))
                first = i + 1
            }
            if first < sentence.tokens.upperBound {
                result.append(piece(first..<sentence.tokens.upperBound, unit: unit, paragraph: paragraph, in: text))
            }
        }
        return result
    }

    private static func piece(_ range: Range<Int>, unit: Int, paragraph: Int, in text: TokenizedText) -> ClaimSentence {
        let head = text.tokens[range.lowerBound], tail = text.tokens[range.upperBound - 1]
        return ClaimSentence(tokens: range, start: head.start, end: tail.end, byteStart: head.byteStart,
                             byteEnd: tail.byteEnd, unit: unit, paragraph: paragraph)
    }

    /// `netral." Lalu`: the quote closed on this token, right after a terminator.
    private static func closesAfterTerminator(_ i: Int, in text: TokenizedText) -> Bool {
        guard i > 0 else { return false }
        let token = text.tokens[i]
        return QuoteMarks.isQuote(text.utf8[token.byteStart..<token.byteEnd]) && isTerminator(text.tokens[i - 1], text)
    }

    /// A sentence ends after a terminator (or a quote closing right after one) when a capital,
    /// digit or quote follows after a space and the period does not close an abbreviation.
    private static func endsSentence(at i: Int, in text: TokenizedText, abbreviations: Set<String>) -> Bool {
        let token = text.tokens[i], next = text.tokens[i + 1]
        let terminator = isTerminator(token, text)
        guard terminator || closesAfterTerminator(i, in: text) else { return false }
        if terminator, QuoteMarks.isQuote(text.utf8[next.byteStart..<next.byteEnd]), next.byteStart == token.byteEnd {
            return false
        }
        guard next.byteStart > token.byteEnd else { return false }
        let b = text.utf8[next.byteStart]
        guard ByteClass.isUpper(b) || ByteClass.isDigit(b) || b == 0x22 || b >= 0xC0 else { return false }
        if terminator, text.utf8[token.byteStart] == 0x2E, i > 0 {
            let previous = text.tokens[i - 1]
            let length = previous.byteEnd - previous.byteStart
            if length == 1 && ByteClass.isUpper(text.utf8[previous.byteStart]) { return false }
            if abbreviations.contains(TextNormalizer.fold(text.utf8[previous.byteStart..<previous.byteEnd])) { return false }
        }
        return true
    }

    private static func isTerminator(_ token: Token, _ text: TokenizedText) -> Bool {
        guard token.byteEnd - token.byteStart == 1 else { return false }
        let b = text.utf8[token.byteStart]
        return b == 0x2E || b == 0x21 || b == 0x3F
    }
}

/// Double quotation marks: straight ones toggle, curly ones open (“) and close (”).
enum QuoteMarks {
    static func isQuote(_ bytes: ArraySlice<UInt8>) -> Bool { kind(bytes) != 0 }

    /// 1 opening, 2 closing, 3 straight (toggles), 0 none.
    static func kind(_ bytes: ArraySlice<UInt8>) -> Int {
        if bytes.count == 1 { return bytes.first == 0x22 ? 3 : 0 }
        guard bytes.count == 3, bytes.first == 0xE2, bytes.dropFirst().first == 0x80, let last = bytes.last else { return 0 }
        return last == 0x9C ? 1 : last == 0x9D ? 2 : 0
    }

    static func update(_ depth: Int, with bytes: ArraySlice<UInt8>) -> Int {
        switch kind(bytes) {
        case 1: return 1
        case 2: return 0
        case 3: return depth > 0 ? 0 : 1
        default: return depth
        }
    }
}
