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

    /// Records not yet written: appends go to the file a megabyte at a time, not a system
    /// call per record.
    private var pending: [UInt8] = []
    private var written = 0
    static let flushAt = 1 << 20

    func append(_ bytes: [UInt8]) throws(PantauError) -> Range<Int> {
        let start = size
        pending.append(contentsOf: bytes)
        size += bytes.count
        if pending.count >= Self.flushAt { try flush() }
        return start..<size
    }

    /// Writes what is pending; reading calls it first, so a read always sees every append.
    func flush() throws(PantauError) {
        var done = 0
        while done < pending.count {
            let count = pending.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, pending.count - done, off_t(written + done))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .outputNotWritable(path: path, reason: String(cString: strerror(errno)))
            }
            done += count
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    func read(_ range: Range<Int>) throws(PantauError) -> [UInt8] {
        if !pending.isEmpty { try flush() }
        return try Self.read(descriptor: descriptor, range: range, path: path)
    }

    static func read(descriptor: Int32, range: Range<Int>, path: String) throws(PantauError) -> [UInt8] {
        let bytes = FileRange.read(descriptor, offset: range.lowerBound, count: range.count)
        guard bytes.count == range.count else {
            throw .inputUnreadable(path: path, reason: "short read at offset \(range.lowerBound + bytes.count)")
        }
        return bytes
    }
}
