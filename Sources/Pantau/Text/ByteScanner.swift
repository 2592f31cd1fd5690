/// Produces tokens from UTF-8 bytes, keeping code-point offsets as it goes.
struct ByteScanner {
    let bytes: [UInt8]
    private(set) var index = 0
    private(set) var codePoint = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Code points in the byte range, counted by lead bytes.
    @inline(__always) private func codePoints(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var i = from
        while i < to { if !ByteClass.isContinuation(bytes[i]) { count += 1 }; i += 1 }
        return count
    }

    /// Length in bytes of the character starting at `i`, bounded by the buffer.
    @inline(__always) private func charLength(at i: Int) -> Int {
        let b = bytes[i]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return min(length, bytes.count - i)
    }

    /// Multi-byte characters that separate like ASCII white space (NBSP, zero-width, BOM).
    @inline(__always) private func spaceLength(at i: Int) -> Int {
        let b = bytes[i]
        if ByteClass.isSpace(b) { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            if (c >= 0x80 && c <= 0x8D) || c == 0xAF { return 3 }
        }
        if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// Multi-byte punctuation: general punctuation block (quotes, dashes, ellipsis) and «».
    @inline(__always) private func isMultiBytePunct(at i: Int) -> Bool {
        let b = bytes[i]
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 { return true }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB || bytes[i + 1] == 0xB7 { return true }
        return false
    }

    @inline(__always) private func isWordByte(at i: Int) -> Bool {
        let b = bytes[i]
        if ByteClass.isAlpha(b) || ByteClass.isDigit(b) { return true }
        return b >= 0x80 && spaceLength(at: i) == 0 && !isMultiBytePunct(at: i)
    }

    mutating func next() -> Token? {
        while index < bytes.count {
            let space = spaceLength(at: index)
            if space == 0 { break }
            codePoint += 1
            index += space
        }
        guard index < bytes.count else { return nil }
        let start = index
        let startCP = codePoint
        if isWordByte(at: index) {
            scanWord()
        } else {
            index += charLength(at: index)
        }
        let end = index
        codePoint = startCP + codePoints(start, end)
        let kind = classify(start, end)
        return Token(start: startCP, end: codePoint, byteStart: start, byteEnd: end, kind: kind,
                     cliticLength: kind == .word ? cliticLength(start, end) : 0)
    }

    private mutating func scanWord() {
        while index < bytes.count {
            if isWordByte(at: index) { index += charLength(at: index); continue }
            let b = bytes[index]
            let hasNext = index + 1 < bytes.count
            guard hasNext, index > 0 else { break }
            let prev = bytes[index - 1]
            let next = bytes[index + 1]
            // Joiners inside a token: reduplication (pihak-pihak), decimals and thousands
            // (1.500.000, 2,5), times (10:30), dates (23/6/2024), elision (Jum'at).
            let joins: Bool
            switch b {
            case 0x2D: joins = isWordByte(at: index + 1)
            case 0x2E, 0x2C, 0x3A, 0x2F: joins = ByteClass.isDigit(prev) && ByteClass.isDigit(next)
            case 0x27: joins = ByteClass.isAlpha(prev) && ByteClass.isAlpha(next)
            default: joins = false
            }
            if !joins { break }
            index += 1
        }
    }

    private func classify(_ start: Int, _ end: Int) -> TokenKind {
        var digits = 0, letters = 0, uppers = 0, slashes = 0, colons = 0
        for i in start..<end {
            let b = bytes[i]
            if ByteClass.isDigit(b) { digits += 1 } else if ByteClass.isAlpha(b) || b >= 0x80 {
                letters += 1
                if ByteClass.isUpper(b) { uppers += 1 }
            } else if b == 0x2F { slashes += 1 } else if b == 0x3A { colons += 1 }
        }
        if letters == 0 && digits == 0 { return end - start == 1 && !isPunctByte(bytes[start]) ? .symbol : .punct }
        if letters == 0 {
            if slashes == 2 { return .date }
            if colons == 1 { return .time }
            return .number
        }
        if uppers >= 2 && uppers * 2 >= letters { return .acronym }
        return .word
    }

    private func isPunctByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0xE2, 0xC2: return true
        default: return false
        }
    }

    private func cliticLength(_ start: Int, _ end: Int) -> Int {
        let length = end - start
        for clitic in [Array("nya".utf8), Array("lah".utf8), Array("kah".utf8), Array("pun".utf8)] where length > clitic.count + 2 {
            var matches = true
            for (offset, c) in clitic.enumerated() where bytes[end - clitic.count + offset] | 0x20 != c {
                matches = false
                break
            }
            if matches { return clitic.count }
        }
        return 0
    }
}
