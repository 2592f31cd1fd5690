/// Byte-level character classes for the scanner. Text is UTF-8; a character is classified by
/// its lead byte (and, for the few multi-byte blocks that matter, its second and third byte).
enum ByteClass {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// Byte length of the character whose lead byte is `b` (1 for a stray continuation byte).
    @inline(__always) static func length(lead b: UInt8) -> Int {
        b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }
}

/// Classification of the character at a position of a UTF-8 buffer.
extension UnsafeBufferPointer where Element == UInt8 {
    @inline(__always) func byte(_ i: Int) -> UInt8 { i < count ? self[i] : 0 }

    /// Length of a white-space character at `i` (ASCII space, NBSP, U+2000-U+200D, U+202F,
    /// U+205F-U+2060, U+3000, BOM), or 0. Zero-width characters separate like spaces.
    @inline(__always) func spaceLength(at i: Int) -> Int {
        let b = self[i]
        if b < 0x80 { return ByteClass.isSpace(b) ? 1 : 0 }
        switch b {
        case 0xC2: return byte(i + 1) == 0xA0 ? 2 : 0
        case 0xE2:
            let b1 = byte(i + 1), b2 = byte(i + 2)
            if b1 == 0x80 && (b2 <= 0x8D || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && (b2 == 0x9F || b2 == 0xA0) { return 3 }
            return 0
        case 0xE3: return byte(i + 1) == 0x80 && byte(i + 2) == 0x80 ? 3 : 0
        case 0xEF: return byte(i + 1) == 0xBB && byte(i + 2) == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// Whether the character at `i` is part of a word: ASCII letters and digits, and every
    /// non-ASCII character except white space, Latin-1 signs (°, «, ©; superscript digits are letters of units like "km²"), × and ÷, the
    /// U+2000-U+2BFF punctuation and symbol blocks, CJK punctuation and emoji.
    @inline(__always) func isWordChar(at i: Int) -> Bool {
        let b = self[i]
        if b < 0x80 { return ByteClass.isAlnum(b) }
        switch b {
        case 0xC2: let b1 = byte(i + 1); return b1 == 0xB2 || b1 == 0xB3 || b1 == 0xB9  // km², m³
        case 0xC3: let b1 = byte(i + 1); return b1 != 0x97 && b1 != 0xB7
        case 0xE2: return false
        case 0xE3: return byte(i + 1) != 0x80
        case 0xEF: return !(byte(i + 1) == 0xBB && byte(i + 2) == 0xBF)
        case 0xF0: return byte(i + 1) != 0x9F
        default: return true
        }
    }

    /// Whether the character at `i` is a letter (a word character that is not an ASCII digit).
    @inline(__always) func isLetter(at i: Int) -> Bool {
        i < count && !ByteClass.isDigit(self[i]) && isWordChar(at: i)
    }

    /// A curly right single quote (U+2019) used as an apostrophe.
    @inline(__always) func isRightSingleQuote(at i: Int) -> Bool {
        self[i] == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) == 0x99
    }
}
