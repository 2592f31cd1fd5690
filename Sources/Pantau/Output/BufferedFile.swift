import CPantauSystem
import Foundation

/// A file written through a buffer and fsynced on close.
final class BufferedFile {
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes handed to the kernel so far.
    private var written = 0
    private static let capacity = 1 << 20

    init(path: String) throws(PantauError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outputNotWritable(path: path, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(Self.capacity)
    }

    deinit { close(descriptor) }

    func write(_ bytes: [UInt8]) throws(PantauError) {
        try write(bytes[...])
    }

    func write(_ bytes: ArraySlice<UInt8>) throws(PantauError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { try flush() }
    }

    func flush() throws(PantauError) {
        var done = 0
        while done < buffer.count {
            let count = buffer.withUnsafeBytes { raw in
                Foundation.write(descriptor, raw.baseAddress! + done, buffer.count - done)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .outputNotWritable(path: path, reason: String(cString: strerror(errno)))
            }
            done += count
        }
        if done > 0 { _ = pantau_start_writeback(descriptor, Int64(written), Int64(done)) }
        written += done
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws(PantauError) {
        try flush()
        guard fsync(descriptor) == 0 else { throw .outputNotWritable(path: path, reason: "fsync: " + String(cString: strerror(errno))) }
    }
}
