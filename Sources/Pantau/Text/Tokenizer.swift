/// Splits Indonesian text into tokens and sentences, working on UTF-8 bytes.
///
/// One pass cuts tokens (`ByteScanner`), a second gives numbers their kind from their
/// neighbours (`TokenKinds`), a third groups them into sentences (`SentenceSplitter`). Memory
/// is allocated per document (the token and sentence arrays), never per token.
public struct Tokenizer: Sendable {
    let lexicon: TokenLexicon

    public init(lexicon: TokenLexicon) {
        self.lexicon = lexicon
    }

    /// - Parameter abbreviations: abbreviations without their final period ("dr", "kab", "s.h"),
    ///   all read as never ending a sentence.
    public init(abbreviations: Set<String>) {
        self.lexicon = TokenLexicon(abbreviations: abbreviations)
    }

    public func tokenize(_ text: String) -> TokenizedText {
        let utf8 = Array(text.utf8)
        let (tokens, sentences) = utf8.withUnsafeBufferPointer { bytes in
            var tokens: [Token] = []
            var roles: [WordRoles] = []
            tokens.reserveCapacity(bytes.count / 5 + 1)
            roles.reserveCapacity(bytes.count / 5 + 1)
            var scanner = ByteScanner(bytes: bytes, lexicon: lexicon)
            scanner.scan(into: &tokens, roles: &roles)
            TokenKinds(bytes: bytes, roles: roles).refine(&tokens)
            let sentences = SentenceSplitter(bytes: bytes, tokens: tokens, roles: roles, lexicon: lexicon).split()
            return (tokens, sentences)
        }
        return TokenizedText(text: text, utf8: utf8, tokens: tokens, sentences: sentences)
    }
}
