/// URLs, domains and e-mail addresses: each one token, whatever punctuation it holds.
extension ByteScanner {
    func startsURL(at i: Int) -> Bool {
        func matches(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard i + count < bytes.count else { return false }
            let p = prefix.utf8Start
            for k in 0..<count where ByteClass.lower(bytes[i + k]) != p[k] { return false }
            return true
        }
        let b = bytes[i] | 0x20
        if b == 0x68 { return matches("https://") || matches("http://") }
        if b == 0x77 { return matches("www.") }
        return false
    }

    /// A URL runs to the next space; trailing sentence punctuation and an unmatched ")" stay out.
    mutating func scanURL() {
        let start = i
        while i < bytes.count && bytes.spaceLength(at: i) == 0 {
            let b = bytes[i]
            if b == 0x22 || b == 0x3C || b == 0x3E || (b >= 0xE2 && !bytes.isWordChar(at: i)) { break }
            i += ByteClass.length(lead: b)
        }
        trimURL(start: start)
    }

    private mutating func trimURL(start: Int) {
        while i > start + 1 {
            let last = bytes[i - 1]
            if last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21 || last == 0x3F || last == 0x27 {
                i -= 1
            } else if last == 0x29 {
                var opens = 0, closes = 0
                for k in start..<i { if bytes[k] == 0x28 { opens += 1 } else if bytes[k] == 0x29 { closes += 1 } }
                if closes > opens { i -= 1 } else { break }
            } else {
                break
            }
        }
    }

    /// "nama.saya@bkn.go.id": local part, "@", and a domain with at least one period.
    func emailEnd(from start: Int) -> Int? {
        var k = start
        while k < bytes.count, ByteClass.isAlnum(bytes[k]) || bytes[k] == 0x2E || bytes[k] == 0x5F || bytes[k] == 0x2B || bytes[k] == 0x2D { k += 1 }
        guard k < bytes.count, bytes[k] == 0x40, k > start else { return nil }
        k += 1
        let domainStart = k
        var dots = 0
        while k < bytes.count, ByteClass.isAlnum(bytes[k]) || bytes[k] == 0x2D || (bytes[k] == 0x2E && ByteClass.isAlnum(bytes.byte(k + 1))) {
            if bytes[k] == 0x2E { dots += 1 }
            k += 1
        }
        return dots > 0 && k > domainStart ? k : nil
    }

    /// "kompas.com", "bkn.go.id/berita": labels joined by periods ending in a known top-level
    /// domain, with an optional path.
    mutating func domainEnd(from start: Int) -> Int? {
        var k = start, labelStart = start, labels = 0, lastKnown = false
        while true {
            labelStart = k
            while k < bytes.count, ByteClass.isAlnum(bytes[k]) || bytes[k] == 0x2D { k += 1 }
            guard k > labelStart else { return nil }
            labels += 1
            lastKnown = labels > 1 && ByteClass.isLower(bytes[labelStart])
                && lexicon.words.roles(bytes, labelStart, k).contains(.domain)
            guard k + 1 < bytes.count, bytes[k] == 0x2E, ByteClass.isAlnum(bytes[k + 1]) else { break }
            k += 1
        }
        guard lastKnown, !(k < bytes.count && bytes.isWordChar(at: k)) else { return nil }
        if k < bytes.count && bytes[k] == 0x2F {
            let saved = i
            i = k
            scanURL()
            let end = i
            i = saved
            return end
        }
        return k
    }
}
