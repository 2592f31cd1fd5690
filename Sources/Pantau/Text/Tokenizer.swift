/// Splits Indonesian text into tokens and sentences, working on UTF-8 bytes.
public struct Tokenizer: Sendable {
    let abbreviations: Set<String>

    /// - Parameter abbreviations: folded abbreviations without their final period ("dr", "kab", "s.h").
    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    public func tokenize(_ text: String) -> TokenizedText {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var scanner = ByteScanner(bytes: bytes)
        while let token = scanner.next() { tokens.append(token) }
        let sentences = SentenceSplitter(bytes: bytes, tokens: tokens, abbreviations: abbreviations).split()
        return TokenizedText(text: text, utf8: bytes, tokens: tokens, sentences: sentences)
    }
}

/// Byte classes used by the scanner.
enum ByteClass {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    /// Lead or continuation byte of a multi-byte character: treated as a letter, which holds
    /// for the accented Latin letters of names; multi-byte punctuation is handled separately.
    @inline(__always) static func isNonASCII(_ b: UInt8) -> Bool { b >= 0x80 }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
}
