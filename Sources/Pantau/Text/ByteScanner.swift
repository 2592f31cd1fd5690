/// Cuts UTF-8 text into tokens, counting code points as it goes.
///
/// Conventions (those of the UD Indonesian treebanks where they are sound):
/// - A word keeps its clitics ("menyetujuinya") and reduplication ("pihak-pihak", "APBD-nya"),
///   but a hyphen between numbers ("5-10") or between two different capitalised names
///   ("Bapepam-LK", "Januari-September") separates, as a range or a pair does.
/// - A number keeps its separators ("1.500.000", "2,5", "10.30", "10:30", "23/6/2024"); a
///   currency sign glued to it is its own token ("Rp9.000" is "Rp" + "9.000"); "%" and "°" too.
/// - Every period of an abbreviation is its own token: "Kab." is "Kab" + ".", "S.H." is
///   "S" "." "H" ".". The sentence splitter recognises the abbreviation from these tokens.
/// - URLs ("https://…", "www.…", "kompas.com/…"), e-mail addresses, #hashtags and @mentions
///   are one token each. An ellipsis, a dash run ("--"), "``" and "''" are one token; "US$"
///   is "US" + "$", as "!!" is two tokens.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: TokenLexicon
    /// The byte being scanned (shared with the link scanning in ByteScanner+Links.swift).
    var i = 0
    private var codePoint = 0
    /// Whether the current token has a byte outside ASCII, so code points must be counted.
    private var multiByte = false
    /// The current word's letter counts and its hash for the lexicon, gathered while scanning.
    private var uppers = 0, lowers = 0, others = 0, slashes = 0, colons = 0
    private var hash: UInt64 = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: TokenLexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
    }

    /// Appends the tokens of the text, and for each its roles in the lexicon (words and signs).
    mutating func scan(into tokens: inout [Token], roles: inout [WordRoles]) {
        let n = bytes.count
        while i < n {
            let space = bytes.spaceLength(at: i)
            if space > 0 { i += space; codePoint += 1; continue }
            let start = i
            var kind: TokenKind
            let b = bytes[i]
            multiByte = b >= 0x80
            if bytes.isWordChar(at: i) {
                kind = scanWordLike()
            } else if (b == 0x23 || b == 0x40) && i + 1 < n && (bytes.isWordChar(at: i + 1) || bytes[i + 1] == 0x5F) {
                i += 1
                while i < n && (bytes.isWordChar(at: i) || bytes[i] == 0x5F) { i += ByteClass.length(lead: bytes[i]) }
                kind = b == 0x23 ? .hashtag : .mention
                multiByte = true
            } else {
                kind = scanPunctuation()
            }
            i = min(i, n)
            var role: WordRoles = []
            if kind == .word || kind == .acronym {
                role = lexicon.words.roles(hash: hash, bytes, start, i)
                // "Bawaslu", "Pilkada": acronyms written in title case (not "pemilu" in lower case).
                if kind == .word && role.contains(.acronym) && ByteClass.isUpper(b) { kind = .acronym }
            } else if kind == .symbol {
                role = lexicon.words.roles(bytes, start, i)
            }
            var length = i - start
            if multiByte { for k in start..<i where ByteClass.isContinuation(bytes[k]) { length -= 1 } }
            tokens.append(Token(start: codePoint, end: codePoint + length, byteStart: start, byteEnd: i, kind: kind))
            roles.append(role)
            codePoint += length
        }
    }

    // MARK: words, numbers, URLs, e-mail addresses

    private mutating func scanWordLike() -> TokenKind {
        let start = i
        if startsURL(at: i) { scanURL(); multiByte = true; return .url }
        scanWord()
        let stop = bytes.byte(i)
        if stop == 0x40 || stop == 0x2E || stop == 0x5F || stop == 0x2B || stop == 0x2D {
            if let end = emailEnd(from: start) { i = end; return .email }
            if stop == 0x2E, let end = domainEnd(from: start) { i = end; multiByte = true; return .url }
        }
        if uppers + lowers + others == 0 {
            if slashes == 2 { return .date }
            return colons == 1 && i - start <= 5 ? .time : .number
        }
        return uppers >= 2 && uppers >= lowers + others ? .acronym : .word
    }

    @inline(__always) private mutating func take(_ b: UInt8) {
        hash = (hash ^ UInt64(ByteClass.lower(b))) &* 0x100000001b3
        i += 1
    }

    private mutating func scanWord() {
        let start = i
        var segment = i  // start of the current hyphen-separated part
        let n = bytes.count
        uppers = 0; lowers = 0; others = 0; slashes = 0; colons = 0
        hash = WordTable.seed
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                if ByteClass.isLower(c) { lowers += 1; take(c); continue }
                if ByteClass.isUpper(c) { uppers += 1; take(c); continue }
                if ByteClass.isDigit(c) {
                    // "Rp9.000": a currency glued to its amount is its own token.
                    if i > start, ByteClass.isAlpha(bytes[i - 1]),
                       lexicon.words.roles(hash: hash, bytes, start, i).contains(.currency) { return }
                    take(c)
                    continue
                }
            } else if bytes.isWordChar(at: i) {
                multiByte = true
                others += 1
                for _ in 0..<min(ByteClass.length(lead: c), n - i) { take(bytes[i]) }
                continue
            }
            guard i > start, i + 1 < n else { return }
            let b = bytes[i], prev = bytes[i - 1], next = bytes[i + 1]
            switch b {
            case 0x2D:  // hyphen
                guard bytes.isWordChar(at: i + 1), joinsHyphen(segment: segment, at: i) else { return }
                take(b)
                segment = i
            case 0x2E, 0x2C, 0x3A:  // . , : inside numbers
                guard ByteClass.isDigit(prev) && ByteClass.isDigit(next) else { return }
                if b == 0x3A { colons += 1 }
                take(b)
            case 0x2F:  // slash
                guard joinsSlash(start: start, at: i) else { return }
                slashes += 1
                take(b)
            case 0x27:  // apostrophe: Jum'at, Ka'ban
                guard ByteClass.isAlpha(prev) && ByteClass.isAlpha(next) else { return }
                take(b)
            case 0xE2:
                guard bytes.isRightSingleQuote(at: i), ByteClass.isAlpha(prev), bytes.isLetter(at: i + 3) else { return }
                multiByte = true
                take(0xE2); take(0x80); take(0x99)
            default:
                return
            }
        }
    }

    /// Reduplication and affixed forms join; numeric ranges and pairs of names do not.
    private func joinsHyphen(segment: Int, at h: Int) -> Bool {
        let left = bytes[h - 1], right = bytes[h + 1]
        if ByteClass.isDigit(left) && ByteClass.isDigit(right) { return false }
        guard ByteClass.isUpper(bytes[segment]), ByteClass.isUpper(right) else { return true }
        var end = h + 1
        while end < bytes.count && bytes.isWordChar(at: end) {
            if ByteClass.isDigit(bytes[end]) { return true }  // a code or model name: "Cris-K2", "SU-30"
            end += ByteClass.length(lead: bytes[end])
        }
        let leftLength = h - segment, rightLength = end - h - 1
        guard leftLength >= 3 && rightLength >= 2 else { return true }
        if leftLength == rightLength {
            var same = true
            for k in 0..<leftLength where ByteClass.lower(bytes[segment + k]) != ByteClass.lower(bytes[h + 1 + k]) {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    /// "23/6/2024", "II/2007", "10/2016" (numbers, periods, regulations) and short codes
    /// ("S/A", "C/O") join; "MPR/DPR", "PPN/Kepala", "9.100/9.105" are alternatives and split.
    private func joinsSlash(start: Int, at s: Int) -> Bool {
        var numberOrRoman = true
        for k in start..<s {
            let b = bytes[k]
            if !(ByteClass.isDigit(b) || b == 0x2F || b == 0x49 || b == 0x56 || b == 0x58) { numberOrRoman = false; break }
        }
        if numberOrRoman && ByteClass.isDigit(bytes[s + 1]) { return true }
        var leftPart = s
        while leftPart > start && bytes[leftPart - 1] != 0x2F { leftPart -= 1 }
        var end = s + 1
        while end < bytes.count && ByteClass.isAlnum(bytes[end]) { end += 1 }
        return s - leftPart <= 2 && end - s - 1 <= 2 && end > s + 1 && !(end < bytes.count && bytes.isWordChar(at: end))
    }

    // MARK: punctuation and symbols

    private mutating func scanPunctuation() -> TokenKind {
        let b = bytes[i]
        let n = bytes.count
        if b >= 0x80 {
            let length = ByteClass.length(lead: b)
            let general = b == 0xE2 && bytes.byte(i + 1) == 0x80
            let b1 = bytes.byte(i + 1)
            let latinQuote = b == 0xC2 && (b1 == 0xAB || b1 == 0xBB || b1 == 0xA1 || b1 == 0xBF || b1 == 0xB7)
            i += length
            return general || latinQuote ? .punct : .symbol
        }
        i += 1
        switch b {
        case 0x2E, 0x2D:  // runs: "...", "--"
            while i < n && bytes[i] == b { i += 1 }
        case 0x60, 0x27:  // `` and ''
            if i < n && bytes[i] == b { i += 1 }
        default:
            break
        }
        switch b {
        case 0x21, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3F, 0x5B, 0x5C, 0x5D, 0x60, 0x7B, 0x7D:
            return .punct
        default:
            return .symbol
        }
    }
}
