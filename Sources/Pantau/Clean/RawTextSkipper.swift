import Foundation

/// Empties the bodies of `<script>` and `<style>` elements before libxml2 sees the page.
///
/// Their bodies are never text (the block walker skips both), yet they are most of a news
/// page's bytes (about 60% of the benchmark pages, 56% of boilerplate-dev's real pages), and
/// libxml2 2.9 reads a script body character by character. The tags stay, so the tree keeps
/// its shape; JSON-LD scripts (`type="application/ld+json"`) keep their bodies, which the
/// metadata reader parses.
///
/// The scan follows the HTML rules libxml2 applies with recovery on: a script or style body
/// runs to the first `</script` or `</style` (any case); a comment runs to `-->`; a quoted
/// attribute value may hold `<` and `>`. A body without its end tag is left as it is.
enum RawTextSkipper {
    /// The page with script and style bodies removed, or nil when it has none to remove.
    static func skip(_ page: [UInt8]) -> [UInt8]? {
        page.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var output: [UInt8] = []
            var copiedUpTo = 0
            var i = 0
            let count = bytes.count
            while let open = nextLessThan(bytes, from: i) {
                i = open + 1
                guard i < count else { break }
                let next = bytes[i]
                if next == UInt8(ascii: "!") {
                    if matches(bytes, at: i + 1, "--"), let end = find(bytes, "-->", from: i + 3) { i = end + 3 }
                    continue
                }
                guard isLetter(next) else { continue }
                let kind = rawTextKind(bytes, nameAt: i)
                guard let tagEnd = endOfTag(bytes, from: i) else { break }
                i = tagEnd + 1
                // `<script/>` is an empty element to libxml2, whatever browsers make of it.
                guard let kind, bytes[tagEnd - 1] != 0x2F, !(kind == .script && isJSONLD(bytes, open..<tagEnd)) else { continue }
                guard let close = findClosing(bytes, kind.closing, from: i) else { break }
                if close > i {
                    if output.isEmpty { output.reserveCapacity(count / 2) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<i]))
                    copiedUpTo = close
                }
                i = close
            }
            guard copiedUpTo > 0 else { return nil }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
            return output
        }
    }

    enum Kind {
        case script, style
        var closing: StaticString { self == .script ? "</script" : "</style" }
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func nextLessThan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, 0x3C, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// `script` or `style` as the whole tag name at `at`, any case.
    private static func rawTextKind(_ bytes: UnsafeBufferPointer<UInt8>, nameAt at: Int) -> Kind? {
        let kind: Kind
        let length: Int
        if matchesFolded(bytes, at: at, "script") {
            (kind, length) = (.script, 6)
        } else if matchesFolded(bytes, at: at, "style") {
            (kind, length) = (.style, 5)
        } else {
            return nil
        }
        guard at + length < bytes.count else { return nil }
        let byte = bytes[at + length]
        let endsName = byte == 0x3E || byte == 0x2F || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
        return endsName ? kind : nil
    }

    /// The `>` that closes a start tag, skipping quoted attribute values.
    private static func endOfTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        var quote: UInt8 = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                // A quote opens a value only after `=` (with optional spaces): `<a b'c>` is a name.
                var j = i - 1
                while j > start && (bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A) { j -= 1 }
                if bytes[j] == 0x3D { quote = byte }
            } else if byte == 0x3E {
                return i
            }
            i += 1
        }
        return nil
    }

    private static func isJSONLD(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: Range<Int>) -> Bool {
        let needle: StaticString = "ld+json"
        var i = tag.lowerBound
        while i + needle.utf8CodeUnitCount <= tag.upperBound {
            if matchesFolded(bytes, at: i, needle) { return true }
            i += 1
        }
        return false
    }

    private static func findClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ closing: StaticString, from start: Int) -> Int? {
        var i = start
        while let open = nextLessThan(bytes, from: i) {
            if matchesFolded(bytes, at: open, closing) { return open }
            i = open + 1
        }
        return nil
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from start: Int) -> Int? {
        var i = start
        while i + literal.utf8CodeUnitCount <= bytes.count {
            if matches(bytes, at: i, literal) { return i }
            i += 1
        }
        return nil
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        for k in 0..<count where bytes[at + k] != literal.utf8Start[k] { return false }
        return true
    }

    /// ASCII case-insensitive match against a lower-case literal.
    private static func matchesFolded(_ bytes: UnsafeBufferPointer<UInt8>, at: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        for k in 0..<count {
            let byte = bytes[at + k]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != literal.utf8Start[k] { return false }
        }
        return true
    }
}
