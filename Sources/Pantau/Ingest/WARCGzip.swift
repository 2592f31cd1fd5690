import CZlib
import Foundation

/// Inflates one gzip member of a file at a time. Crawlers write .warc.gz with one member per
/// record, so a member's compressed offset and length locate a record for a later `pread`.
enum GzipMember {
    struct Inflated {
        /// The first `keep` bytes of the member's content.
        var bytes: [UInt8]
        /// The content's full size, even when only a prefix was kept.
        var inflatedSize: Int
        /// Compressed bytes the member took in the file.
        var compressedLength: Int
    }

    enum Failure: Error, Equatable {
        case corrupt(String)
        case truncated
        case tooLarge(Int)
    }

    /// Inflates the member that starts at `offset`, reading the file in 1 MiB chunks.
    /// Bytes past `keep` are inflated (to find the member's end) and dropped; content over
    /// `limit` stops with `.tooLarge`.
    static func inflate(descriptor: Int32, offset: Int, keep: Int, limit: Int = .max) -> Result<Inflated, Failure> {
        var stream = z_stream()
        guard pantau_inflate_init(&stream) == Z_OK else { return .failure(.corrupt("zlib could not start")) }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 20
        var input = [UInt8](repeating: 0, count: chunk)
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        var kept: [UInt8] = []
        var inflatedSize = 0
        var consumed = 0
        var position = offset
        while true {
            let count = input.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, chunk, off_t(position)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .failure(.truncated) }
            position += count
            var status: Int32 = Z_OK
            var used = 0
            input.withUnsafeMutableBufferPointer { inputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(count)
                repeat {
                    let produced: Int = scratch.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = uInt(out.count)
                        status = CZlib.inflate(&stream, Z_NO_FLUSH)
                        return out.count - Int(stream.avail_out)
                    }
                    if produced > 0 && kept.count < keep {
                        kept.append(contentsOf: scratch[0..<min(produced, keep - kept.count)])
                    }
                    inflatedSize += produced
                } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0) && inflatedSize <= limit
                used = count - Int(stream.avail_in)
            }
            consumed += used
            if inflatedSize > limit { return .failure(.tooLarge(limit)) }
            switch status {
            case Z_STREAM_END:
                return .success(Inflated(bytes: kept, inflatedSize: inflatedSize, compressedLength: consumed))
            case Z_OK, Z_BUF_ERROR:
                continue
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                return .failure(.corrupt(message))
            }
        }
    }

    /// Inflates a whole gzip or zlib buffer in memory (an HTTP body sent with Content-Encoding).
    static func inflate(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
        var stream = z_stream()
        guard pantau_inflate_init(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            repeat {
                let produced: Int = scratch.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return out.count - Int(stream.avail_out)
                }
                output.append(contentsOf: scratch[0..<produced])
            } while status == Z_OK && output.count <= limit
        }
        return status == Z_STREAM_END && output.count <= limit ? output : nil
    }
}
