import Foundation

/// An append-only file of encoded records, so that a run holds only a small index in memory
/// while it processes, then reads records back in doc_id order to write the dataset.
final class RecordSpool {
    let path: String
    private let descriptor: Int32
    private(set) var size = 0

    init(path: String) throws(PantauError) {
        self.path = path
        descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .outputNotWritable(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    func append(_ bytes: [UInt8]) throws(PantauError) -> Range<Int> {
        let start = size
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + written, bytes.count - written, off_t(start + written))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .outputNotWritable(path: path, reason: String(cString: strerror(errno)))
            }
            written += count
        }
        size += bytes.count
        return start..<size
    }

    func read(_ range: Range<Int>) throws(PantauError) -> [UInt8] {
        try Self.read(descriptor: descriptor, range: range, path: path)
    }

    static func read(descriptor: Int32, range: Range<Int>, path: String) throws(PantauError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var filled = 0
        while filled < range.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, range.count - filled, off_t(range.lowerBound + filled))
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw .inputUnreadable(path: path, reason: "short read at offset \(range.lowerBound + filled)") }
            filled += count
        }
        return bytes
    }
}
