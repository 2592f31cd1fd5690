/// Reads one JSON object, such as a line of a scraper's JSONL, keeping the string values of
/// its top-level fields; nested values are checked and skipped.
///
/// Foundation's JSONSerialization builds every value as an object graph, and a scraper line is
/// mostly one long HTML string: reading it cost about a quarter of the time Pantau spent on a
/// JSONL record. This reader copies each string once, on bytes. It accepts what
/// JSONSerialization accepts (the tests compare the two on generated and damaged lines):
/// RFC 8259 JSON, with a byte-order mark before the object, a trailing comma before `}` or
/// `]`, and nesting up to 512 levels; a later duplicate key wins.
enum JSONObjectReader {
    enum Failure: Error, Equatable {
        /// Valid JSON whose top level is an array.
        case notAnObject
        case invalid
    }

    static let maximumDepth = 512

    static func stringFields(_ line: [UInt8]) throws(Failure) -> [String: String] {
        try line.withUnsafeBufferPointer { bytes throws(Failure) in
            var parser = Parser(bytes: bytes)
            return try parser.document()
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        }

        mutating func document() throws(Failure) -> [String: String] {
            skipSpace()
            guard index < bytes.count else { throw .invalid }
            if bytes[index] == UInt8(ascii: "[") {
                try skipValue(depth: 0)
                try end()
                throw .notAnObject
            }
            guard bytes[index] == UInt8(ascii: "{") else { throw .invalid }
            var fields: [String: String]? = [:]
            try object(depth: 0, keeping: &fields)
            try end()
            return fields ?? [:]
        }

        /// An object from its `{`: members are checked; with `fields` given, its string values
        /// are kept (a later key wins, a non-string value removes an earlier string).
        private mutating func object(depth: Int, keeping fields: inout [String: String]?) throws(Failure) {
            index += 1
            skipSpace()
            if peek(UInt8(ascii: "}")) { index += 1; return }
            repeat {
                skipSpace()
                guard peek(UInt8(ascii: "\"")) else { throw .invalid }
                let key = try string()
                skipSpace()
                guard peek(UInt8(ascii: ":")) else { throw .invalid }
                index += 1
                skipSpace()
                if fields != nil && peek(UInt8(ascii: "\"")) {
                    fields?[key] = try string()
                } else {
                    try skipValue(depth: depth + 1)
                    fields?[key] = nil
                }
            } while try !closes(UInt8(ascii: "}"))
        }

        /// After a member or element: a comma (a trailing one may close), or the closing byte.
        private mutating func closes(_ closing: UInt8) throws(Failure) -> Bool {
            skipSpace()
            guard index < bytes.count else { throw .invalid }
            if bytes[index] == closing { index += 1; return true }
            guard bytes[index] == UInt8(ascii: ",") else { throw .invalid }
            index += 1
            skipSpace()
            if peek(closing) { index += 1; return true }
            return false
        }

        private mutating func end() throws(Failure) {
            skipSpace()
            guard index == bytes.count else { throw .invalid }
        }

        @inline(__always) private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

        @inline(__always) private mutating func skipSpace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
                index += 1
            }
        }

        private mutating func skipValue(depth: Int) throws(Failure) {
            guard depth < maximumDepth, index < bytes.count else { throw .invalid }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "{"):
                var ignored: [String: String]?
                try object(depth: depth, keeping: &ignored)
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if peek(UInt8(ascii: "]")) { index += 1; return }
                repeat {
                    skipSpace()
                    try skipValue(depth: depth + 1)
                } while try !closes(UInt8(ascii: "]"))
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: try number()
            }
        }

        private mutating func literal(_ word: StaticString) throws(Failure) {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { throw .invalid }
            for k in 0..<count where bytes[index + k] != word.utf8Start[k] { throw .invalid }
            index += count
        }

        /// -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        private mutating func number() throws(Failure) {
            if peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw .invalid }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while index < bytes.count && isDigit(bytes[index]) { index += 1 }
            }
            if peek(UInt8(ascii: ".")) {
                index += 1
                try digits()
            }
            if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
                index += 1
                if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
                try digits()
            }
        }

        private mutating func digits() throws(Failure) {
            guard index < bytes.count, isDigit(bytes[index]) else { throw .invalid }
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }

        @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        /// A string at `index` (its opening quote), decoded. Runs without escapes are copied
        /// whole; raw control characters and invalid UTF-8 are errors, as JSON has it.
        private mutating func string() throws(Failure) -> String {
            index += 1
            var output: [UInt8] = []
            var runStart = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                    index += 1
                    if output.isEmpty { return try Self.validated(run) }
                    output.append(contentsOf: run)
                    return try output.withUnsafeBufferPointer { buffer throws(Failure) in try Self.validated(buffer) }
                }
                if byte < 0x20 { throw .invalid }
                if byte == UInt8(ascii: "\\") {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    index += 1
                    try escape(into: &output)
                    runStart = index
                    continue
                }
                index += 1
            }
            throw .invalid
        }

        private static func validated(_ utf8: UnsafeBufferPointer<UInt8>) throws(Failure) -> String {
            guard let text = String(validating: utf8, as: UTF8.self) else { throw .invalid }
            return text
        }

        private mutating func escape(into output: inout [UInt8]) throws(Failure) {
            guard index < bytes.count else { throw .invalid }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    // A high surrogate needs its low half as the next escape.
                    guard peek(UInt8(ascii: "\\")), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else { throw .invalid }
                    index += 2
                    let low = try hex4()
                    guard low >= 0xDC00 && low <= 0xDFFF else { throw .invalid }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                    throw .invalid
                }
                Self.appendUTF8(scalar, to: &output)
            default:
                throw .invalid
            }
        }

        /// A scalar below U+110000 that is no surrogate, as UTF-8.
        private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
            switch scalar {
            case ..<0x80:
                output.append(UInt8(scalar))
            case ..<0x800:
                output.append(UInt8(0xC0 | scalar >> 6))
                output.append(UInt8(0x80 | scalar & 0x3F))
            case ..<0x10000:
                output.append(UInt8(0xE0 | scalar >> 12))
                output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            default:
                output.append(UInt8(0xF0 | scalar >> 18))
                output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            }
        }

        private mutating func hex4() throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count else { throw .invalid }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw .invalid
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }
    }
}
