import Foundation

/// Turns a page's bytes into a String, trusting the bytes over the page's own claims.
///
/// Order: byte-order mark; a declared charset checked against the bytes (portals that
/// declare iso-8859-1 but serve UTF-8 are common); valid UTF-8; else Windows-1252, which
/// decodes every byte, so decoding never fails.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], sniffDeclaration: Bool) -> (text: String, encoding: String) {
        let decoded = decodeToUTF8(bytes, sniffDeclaration: sniffDeclaration)
        return (String(decoding: decoded.bytes, as: UTF8.self), decoded.encoding)
    }

    /// The same decision, handing back UTF-8 bytes: a page that already is UTF-8 is not copied.
    public static func decodeToUTF8(_ bytes: [UInt8], sniffDeclaration: Bool) -> (bytes: [UInt8], encoding: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let rest = Array(bytes.dropFirst(3))
            return (isValidUTF8(rest) ? rest : Array(String(decoding: rest, as: UTF8.self).utf8), "utf-8 (bom)")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (Array(utf16(bytes).utf8), "utf-16 (bom)")
        }
        let declared = sniffDeclaration ? declaredCharset(bytes) : nil
        let validUTF8 = isValidUTF8(bytes)
        if let declared {
            switch declared {
            case "utf-8", "utf8":
                if validUTF8 { return (bytes, "utf-8") }
                return (windows1252(bytes), "windows-1252 (declared utf-8, bytes invalid)")
            default:
                if validUTF8 && bytes.contains(where: { $0 >= 0x80 }) { return (bytes, "utf-8 (declared \(declared))") }
                return (windows1252(bytes), declared == "windows-1252" ? "windows-1252" : "windows-1252 (declared \(declared))")
            }
        }
        if validUTF8 { return (bytes, "utf-8") }
        return (windows1252(bytes), "windows-1252")
    }

    /// The charset a page declares in its first 4 KiB (`<meta charset>` or http-equiv), folded.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            if head[i] == 0x63 && head[i..<(i + key.count)].elementsEqual(key) {
                var j = i + key.count
                while j < head.count && (head[j] == 0x20 || head[j] == 0x3D || head[j] == 0x22 || head[j] == 0x27) { j += 1 }
                var name = [UInt8]()
                while j < head.count, name.count < 40 {
                    let b = head[j]
                    guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F else { break }
                    name.append(b)
                    j += 1
                }
                if !name.isEmpty { return canonical(String(decoding: name, as: UTF8.self)) }
            }
            i += 1
        }
        return nil
    }

    static func canonical(_ name: String) -> String {
        switch name {
        case "utf8", "utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "us-ascii", "ascii", "cp1252", "windows-1252":
            return name == "windows-1252" || name == "cp1252" ? "windows-1252" : name
        default: return name
        }
    }

    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            // ASCII runs, eight bytes at a time.
            if i + 8 <= n {
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07) }
            else { return false }
            guard i + length <= n else { return false }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return false }
            minimum = 0
            i += length
        }
        return true
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Windows-1252 to UTF-8; every byte has a meaning, so this never fails.
    public static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            guard byte >= 0x80 else { out.append(byte); continue }
            let value = byte <= 0x9F ? cp1252High[Int(byte - 0x80)] : UInt32(byte)
            if let scalar = Unicode.Scalar(value) { out.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? []) }
        }
        return out
    }

    static func utf16(_ bytes: [UInt8]) -> String {
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
