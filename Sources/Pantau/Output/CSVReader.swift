import Foundation

/// Reads RFC 4180 CSV row by row from a file, in chunks, so a large file is never whole in memory.
public final class CSVReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var exhausted = false
    public let path: String

    public init(path: String) throws(PantauError) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .inputUnreadable(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit { close(descriptor) }

    private func fill() -> Bool {
        guard !exhausted else { return false }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 {
            exhausted = true
            return false
        }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    /// The next row, or nil at the end of the file.
    ///
    /// The row's end (the first line feed outside quotes) is found first, then its cells are
    /// cut from the buffer: a cell without quotes or carriage returns (almost all) is decoded
    /// in one piece rather than byte by byte.
    public func next() -> [String]? {
        // Drop consumed bytes between rows only, so indexes stay valid within a row.
        if position >= 1 << 20 {
            buffer.removeFirst(position)
            position = 0
        }
        if position >= buffer.count && !fill() { return nil }
        var scanned = position, quoted = false
        var end: Int?
        while end == nil {
            if scanned >= buffer.count && !fill() { break }
            buffer.withUnsafeBufferPointer { bytes in
                var index = scanned
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x22 {
                        quoted.toggle()
                    } else if byte == 0x0A && !quoted {
                        end = index
                        break
                    }
                    index += 1
                }
                scanned = index
            }
        }
        let rowEnd = end ?? buffer.count
        let row = buffer.withUnsafeBufferPointer { Self.cells(bytes: $0, from: position, to: rowEnd) }
        position = end.map { $0 + 1 } ?? buffer.count
        return row
    }

    /// The cells of one row (without its line feed): quotes as RFC 4180 has them (`""` inside a
    /// quoted stretch is one quote), carriage returns outside quotes dropped.
    private static func cells(bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [String] {
        var row: [String] = []
        var index = start
        while true {
            var plain = index
            while plain < end, bytes[plain] != 0x2C, bytes[plain] != 0x22, bytes[plain] != 0x0D { plain += 1 }
            if plain == end || bytes[plain] == 0x2C {
                row.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<plain]), as: UTF8.self))
                if plain == end { return row }
                index = plain + 1
                continue
            }
            // A quote or a carriage return: this cell byte by byte.
            var cell = Array(bytes[index..<plain])
            var quoted = false
            index = plain
            while index < end {
                let byte = bytes[index]
                if quoted {
                    if byte == 0x22 {
                        if index + 1 < end && bytes[index + 1] == 0x22 {
                            cell.append(0x22)
                            index += 2
                            continue
                        }
                        quoted = false
                    } else {
                        cell.append(byte)
                    }
                } else if byte == 0x22 {
                    quoted = true
                } else if byte == 0x2C {
                    break
                } else if byte != 0x0D {
                    cell.append(byte)
                }
                index += 1
            }
            row.append(String(decoding: cell, as: UTF8.self))
            if index >= end { return row }
            index += 1
        }
    }
}
