import Foundation

/// Folding for matching, never for output: NFKC, case folding, curly quotes and dashes
/// to plain ones, non-breaking and zero-width spaces removed.
public enum TextNormalizer {
    /// Folds UTF-8 bytes. ASCII (the common case in Indonesian text) takes a fast path.
    public static func fold(_ bytes: ArraySlice<UInt8>) -> String {
        var ascii = true
        for byte in bytes where byte >= 0x80 { ascii = false; break }
        if ascii {
            var lowered = [UInt8]()
            lowered.reserveCapacity(bytes.count)
            for byte in bytes { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            return String(decoding: lowered, as: UTF8.self)
        }
        return fold(String(decoding: bytes, as: UTF8.self))
    }

    public static func fold(_ string: String) -> String {
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
