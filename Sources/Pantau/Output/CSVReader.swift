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

    @inline(__always) private func byte(at index: Int) -> UInt8? {
        while index >= buffer.count { if !fill() { return nil } }
        return buffer[index]
    }

    /// The next row, or nil at the end of the file.
    public func next() -> [String]? {
        var row: [String] = []
        var cell: [UInt8] = []
        var quoted = false
        // Drop consumed bytes between rows only, so indexes stay valid within a row.
        if position >= 1 << 20 {
            buffer.removeFirst(position)
            position = 0
        }
        var index = position
        guard byte(at: index) != nil else { return nil }
        while true {
            guard let b = byte(at: index) else {
                row.append(String(decoding: cell, as: UTF8.self))
                position = buffer.count
                return row
            }
            if quoted {
                if b == 0x22 {
                    if byte(at: index + 1) == 0x22 { cell.append(0x22); index += 2; continue }
                    quoted = false
                } else {
                    cell.append(b)
                }
                index += 1
                continue
            }
            switch b {
            case 0x22: quoted = true
            case 0x2C:
                row.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll(keepingCapacity: true)
            case 0x0A:
                row.append(String(decoding: cell, as: UTF8.self))
                position = index + 1
                return row
            case 0x0D: break
            default: cell.append(b)
            }
            index += 1
        }
    }
}
