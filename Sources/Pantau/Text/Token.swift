/// What a token is, as the tokenizer sees it.
///
/// Money, percent, date and time mark every token of the expression, so a matcher can take a
/// run of them: "Rp" "1,5" "miliar" are all `money`, "2,5" "persen" and "34" "%" `percent`,
/// "4" "Maret" "2024" and "23/6/2024" `date`, "10.30" "WIB" and "09:15" `time`. A bare number
/// stays `number`. `acronym` is a word in capitals ("ASN", "PPPK") or a title-case acronym from
/// abbreviations-terms.txt ("Bawaslu", "Pilkada").
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    case word, number, date, time, percent, money, acronym, url, email, hashtag, mention, punct, symbol
}

/// A token: its span in the text (code points for users, UTF-8 bytes for matchers) and kind.
public struct Token: Sendable, Hashable {
    /// Unicode code-point offsets into the document text; `text[start..<end]` in Python terms.
    public var start: Int
    public var end: Int
    /// UTF-8 byte offsets into the same text, for byte-level matchers.
    public var byteStart: Int
    public var byteEnd: Int
    public var kind: TokenKind
    /// Byte length of a clitic (-nya, -lah, -kah, -pun) at the end of a word; 0 when none.
    public var cliticLength: Int

    public init(start: Int, end: Int, byteStart: Int, byteEnd: Int, kind: TokenKind, cliticLength: Int = 0) {
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.kind = kind
        self.cliticLength = cliticLength
    }
}

/// A sentence: its span and the range of its tokens in `TokenizedText.tokens`.
public struct Sentence: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int
    public var tokens: Range<Int>

    public init(start: Int, end: Int, byteStart: Int, byteEnd: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.tokens = tokens
    }
}

/// The text stage's output: the text with its tokens and sentences.
public struct TokenizedText: Sendable {
    public let text: String
    public let utf8: [UInt8]
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(text: String, utf8: [UInt8], tokens: [Token], sentences: [Sentence]) {
        self.text = text
        self.utf8 = utf8
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The token's original characters.
    public func surface(_ token: Token) -> String {
        String(decoding: utf8[token.byteStart..<token.byteEnd], as: UTF8.self)
    }

    /// The token folded for matching (see `TextNormalizer`); never used for output.
    public func normalized(_ token: Token) -> String {
        TextNormalizer.fold(utf8[token.byteStart..<token.byteEnd])
    }

    /// The original characters between two byte offsets.
    public func slice(bytes range: Range<Int>) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }

    /// The original text of a sentence.
    public func text(of sentence: Sentence) -> String {
        slice(bytes: sentence.byteStart..<sentence.byteEnd)
    }
}
