import Foundation

/// Folding for matching, never for output: NFKC, case folding, curly quotes and dashes
/// to plain ones, non-breaking and zero-width spaces removed.
///
/// Stable ids hash folded text, so the fast paths must give exactly what the full path
/// gives; `TextNormalizerTests` checks every scalar the fast path accepts against it.
public enum TextNormalizer {
    /// Folds UTF-8 bytes.
    public static func fold(_ bytes: ArraySlice<UInt8>) -> String {
        if let folded = bytes.withContiguousStorageIfAvailable({ fastFold($0) }) ?? fastFold(Array(bytes)[...]) {
            return folded
        }
        return foldedByFoundation(String(decoding: bytes, as: UTF8.self))
    }

    public static func fold(_ string: String) -> String {
        var string = string
        if let folded = string.withUTF8({ fastFold($0) }) { return folded }
        return foldedByFoundation(string)
    }

    /// The text Indonesian news is made of (ASCII, Latin-1 letters, curly quotes, dashes,
    /// ellipses, non-breaking and zero-width spaces) folded byte by byte; nil for anything
    /// else (combining marks, compatibility forms, other scripts), which takes the full path.
    static func fastFold<Bytes: Collection>(_ bytes: Bytes) -> String? where Bytes.Element == UInt8 {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                guard fastMapping(scalar.value, into: &output) else { return nil }
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the folded form of one scalar; false when the fast path does not know it.
    @inline(__always)
    static func fastMapping(_ value: UInt32, into output: inout [UInt8]) -> Bool {
        switch value {
        case 0x41...0x5A: output.append(UInt8(value) | 0x20)
        case 0x00...0x7F: output.append(UInt8(value))
        case 0xA0: output.append(0x20)
        case 0xC0...0xDE where value != 0xD7: appendScalar(value + 0x20, into: &output)
        case 0xD7, 0xDF...0xFF: appendScalar(value, into: &output)
        case 0x2018, 0x2019: output.append(0x27)
        case 0x201C, 0x201D: output.append(0x22)
        case 0x2013, 0x2014: output.append(0x2D)
        case 0x2026: output.append(contentsOf: [0x2E, 0x2E, 0x2E])
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: break
        default: return false
        }
        return true
    }

    @inline(__always)
    private static func appendScalar(_ value: UInt32, into output: inout [UInt8]) {
        // Only U+0080...U+00FF reach here: two UTF-8 bytes.
        output.append(UInt8(0xC0 | (value >> 6)))
        output.append(UInt8(0x80 | (value & 0x3F)))
    }

    static func foldedByFoundation(_ string: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: result.unicodeScalars.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: result.unicodeScalars.append("\"")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: result.unicodeScalars.append("-")
            case 0x00A0, 0x2007, 0x202F: result.unicodeScalars.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
