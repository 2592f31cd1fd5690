/// Decides from the bytes whether a document is HTML, text or something else.
public enum ContentSniffer {
    public enum Verdict: Equatable, Sendable {
        case html, text
        case binary(String)
    }

    private static let magic: [(prefix: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        (Array("%PDF".utf8), "PDF document"),
        ([0x1F, 0x8B], "gzip archive"),
        (Array("PK".utf8) + [0x03, 0x04], "zip archive"),
        (Array("RIFF".utf8), "RIFF media"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
    ]

    private static let htmlMarkers: [[UInt8]] = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title",
                                                 "<div", "<p>", "<p ", "<article", "<br", "<table", "<span"].map { Array($0.utf8) }

    public static func sniff(_ bytes: [UInt8]) -> Verdict {
        for (prefix, name) in magic where bytes.starts(with: prefix) { return .binary(name) }
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head {
            if byte == 0 { return .binary("contains NUL bytes") }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20) { controls += 1 }
        }
        if head.count > 32 && controls * 10 > head.count { return .binary("mostly control characters") }
        return looksLikeHTML(head) ? .html : .text
    }

    static func looksLikeHTML(_ head: ArraySlice<UInt8>) -> Bool {
        var lowered = [UInt8]()
        lowered.reserveCapacity(head.count)
        for byte in head { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        // Every marker starts with "<": look only where one does, each marker counted once.
        var seen = [Bool](repeating: false, count: htmlMarkers.count)
        var hits = 0
        for i in lowered.indices where lowered[i] == 0x3C {
            for (m, marker) in htmlMarkers.enumerated() where !seen[m] && i + marker.count <= lowered.count {
                guard lowered[i..<i + marker.count].elementsEqual(marker) else { continue }
                if m <= 1 { return true }
                seen[m] = true
                hits += 1
                if hits >= 2 { return true }
            }
        }
        return false
    }
}
