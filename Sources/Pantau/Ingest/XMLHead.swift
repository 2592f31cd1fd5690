/// What the first bytes of a file say about it as XML: the root element and the declared
/// encoding, read without parsing, so that every HTML file can be asked cheaply whether it is
/// really a feed (scrapers save feeds as `.html` or `.xml` alike).
struct XMLHead: Sendable, Equatable {
    /// The root element's name as written (`rss`, `rdf:RDF`, `feed`, `urlset`, `html`).
    var root: String
    /// The root's start tag, attributes included (where feeds declare their namespace).
    var startTag: String
    /// Whether the file opens with an XML declaration (`<?xml ...?>`).
    var declared: Bool
    /// The declaration's `encoding`, lower-cased; empty when it names none.
    var encoding: String

    /// The root's name after its namespace prefix.
    var localName: Substring { root.split(separator: ":").last ?? Substring(root) }

    /// Looked for within the first bytes only: a prolog longer than this is not a feed's.
    static let headBytes = 64 << 10

    /// Reads the prolog (byte-order mark, white space, XML declaration, comments, processing
    /// instructions, a DOCTYPE with its internal subset) up to the root's start tag; nil when
    /// the bytes do not start that way (text, a page that opens with prose).
    init?(_ bytes: [UInt8]) {
        let head = bytes.prefix(Self.headBytes)
        var i = head.startIndex
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i += 3 }
        var declared = false
        var encoding = ""
        func skipSpace() { while i < head.endIndex && Self.isSpace(head[i]) { i += 1 } }
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.utf8)
            var j = start
            while j + pattern.count <= head.endIndex {
                if head[j] == pattern[0] && head[j..<(j + pattern.count)].elementsEqual(pattern) { return j }
                j += 1
            }
            return nil
        }
        while true {
            skipSpace()
            guard i < head.endIndex, head[i] == 0x3C, i + 1 < head.endIndex else { return nil }
            let next = head[i + 1]
            if next == 0x3F {  // <? ... ?>
                guard let end = find("?>", from: i + 2) else { return nil }
                if !declared {
                    let instruction = String(decoding: head[(i + 2)..<end], as: UTF8.self)
                    if instruction.hasPrefix("xml ") || instruction.hasPrefix("xml\t") || instruction.hasPrefix("xml\n") || instruction.hasPrefix("xml\r") {
                        declared = true
                        encoding = Self.pseudoAttribute("encoding", in: instruction).lowercased()
                    }
                }
                i = end + 2
            } else if next == 0x21 {  // <!-- --> or <!DOCTYPE ...>
                if head[(i + 1)...].starts(with: Array("!--".utf8)) {
                    guard let end = find("-->", from: i + 4) else { return nil }
                    i = end + 3
                } else {
                    guard let end = Self.end(of: head, from: i + 2, brackets: true) else { return nil }
                    i = end + 1
                }
            } else if Self.isNameStart(next) {
                var j = i + 1
                while j < head.endIndex && !Self.isSpace(head[j]) && head[j] != 0x3E && head[j] != 0x2F { j += 1 }
                let root = String(decoding: head[(i + 1)..<j], as: UTF8.self)
                guard let close = Self.end(of: head, from: j, brackets: false) else { return nil }
                self.root = root
                self.startTag = String(decoding: head[i...close], as: UTF8.self)
                self.declared = declared
                self.encoding = encoding
                return
            } else {
                return nil
            }
        }
    }

    /// `encoding="iso-8859-1"` from an XML declaration's text.
    static func pseudoAttribute(_ name: String, in text: String) -> String {
        guard let range = text.range(of: name) else { return "" }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return "" }
        rest = rest.dropFirst()
        return String(rest.prefix { $0 != quote })
    }

    /// The `>` that closes a declaration or a start tag, past quoted strings and, in a DOCTYPE
    /// (`brackets`), past its internal subset (`[...]`).
    private static func end(of head: ArraySlice<UInt8>, from start: Int, brackets: Bool) -> Int? {
        var depth = 0
        var quote: UInt8 = 0
        var i = start
        while i < head.endIndex {
            let b = head[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if brackets && b == 0x5B {
                depth += 1
            } else if brackets && b == 0x5D {
                depth -= 1
            } else if b == 0x3E && depth <= 0 {
                return i
            }
            i += 1
        }
        return nil
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    @inline(__always) private static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x3A || b >= 0x80
    }
}
