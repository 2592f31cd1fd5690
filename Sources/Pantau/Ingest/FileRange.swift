import Foundation

/// Positional reads of part of a file: WARC records, JSONL lines and spooled records are all
/// read back by offset and length, on any worker.
enum FileRange {
    /// The `count` bytes at `offset`; fewer when the file ends sooner or a read fails.
    static func read(_ descriptor: Int32, offset: Int, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(descriptor, base + filled, count - filled, off_t(offset + filled))
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        return filled < count ? Array(bytes[0..<filled]) : bytes
    }
}
