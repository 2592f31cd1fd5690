/// A small JSON writer that keeps keys in the order given, so output is byte-stable.
public struct JSONObjectWriter {
    public private(set) var bytes: [UInt8] = [0x7B]
    private var first = true

    public init() {}

    private mutating func key(_ name: String) {
        if !first { bytes.append(0x2C) }
        first = false
        JSONString.append(name, to: &bytes)
        bytes.append(0x3A)
    }

    public mutating func string(_ name: String, _ value: String) { key(name); JSONString.append(value, to: &bytes) }
    public mutating func int(_ name: String, _ value: Int) {
        key(name)
        // Digits straight into the buffer: every row has several numbers.
        if value == 0 { bytes.append(0x30); return }
        if value < 0 { bytes.append(0x2D) }
        let start = bytes.count
        var rest = value.magnitude
        while rest > 0 {
            bytes.append(0x30 + UInt8(rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }
    public mutating func double(_ name: String, _ value: Double) {
        key(name)
        bytes.append(contentsOf: Array((value.isFinite ? String(value) : "null").utf8))
    }
    public mutating func strings(_ name: String, _ values: [String]) {
        key(name)
        bytes.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            JSONString.append(value, to: &bytes)
        }
        bytes.append(0x5D)
    }
    /// A nested value already written as JSON.
    public mutating func raw(_ name: String, _ json: [UInt8]) { key(name); bytes.append(contentsOf: json) }
    public mutating func array(_ name: String, _ items: [[UInt8]]) {
        key(name)
        bytes.append(0x5B)
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            bytes.append(contentsOf: item)
        }
        bytes.append(0x5D)
    }

    /// The object closed, with a newline after it for a JSONL line; the buffer is handed over, not copied.
    public consuming func finished(newline: Bool = false) -> [UInt8] {
        bytes.append(0x7D)
        if newline { bytes.append(0x0A) }
        return bytes
    }
}

enum JSONString {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static func append(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var string = string
        string.withUTF8 { utf8 in
            // Runs that need no escape (almost all of a text) are copied whole.
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte == 0x22 || byte == 0x5C || byte < 0x20 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                default:
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30])
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
    }
}
