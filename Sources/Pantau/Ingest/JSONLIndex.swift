import Foundation

/// Where one JSONL record (a non-blank line, without its line end) lies in its file.
public struct JSONLLocation: Sendable, Hashable {
    public var offset: Int
    public var length: Int
}

/// Turns a JSONL file into one input entry per record, reading it once in blocks and keeping
/// only each line's place. A scraper feed of any size is then processed record by record on
/// every worker, and `--max-bytes` applies to each record, not to the whole feed. Each entry's
/// source is `feed.jsonl#N`, N the line's number in the file (blank lines count).
enum JSONLIndex {
    static let blockBytes = 1 << 20

    /// Replaces every `.jsonl` entry by the entries of its records, keeping the order. A file
    /// that cannot be opened or holds no record stays as it is: reading it says why.
    static func expand(_ entries: [InputEntry]) -> [InputEntry] {
        guard entries.contains(where: { $0.kind == .jsonl }) else { return entries }
        return entries.flatMap { $0.kind == .jsonl ? Self.entries(of: $0) : [$0] }
    }

    static func entries(of file: InputEntry) -> [InputEntry] {
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [file] }
        defer { close(descriptor) }
        var result: [InputEntry] = []
        var block = [UInt8](repeating: 0, count: blockBytes)
        var offset = 0
        var lineStart = 0
        var lineNumber = 1
        var blank = true
        func record(endingAt end: Int) {
            if !blank {
                result.append(InputEntry(path: file.path, relativePath: "\(file.relativePath)#\(lineNumber)",
                                         kind: .jsonlRecord(JSONLLocation(offset: lineStart, length: end - lineStart))))
            }
        }
        while true {
            let count = block.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, blockBytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return [InputEntry(path: file.path, relativePath: file.relativePath,
                                   kind: .unreadable("read failed: " + String(cString: strerror(errno))))]
            }
            if count == 0 { break }
            block.withUnsafeBufferPointer { bytes in
                for index in 0..<count {
                    let byte = bytes[index]
                    if byte == 0x0A {
                        record(endingAt: offset + index)
                        lineStart = offset + index + 1
                        lineNumber += 1
                        blank = true
                    } else if blank && byte != 0x20 && byte != 0x09 && byte != 0x0D {
                        blank = false
                    }
                }
            }
            offset += count
        }
        record(endingAt: offset)
        return result.isEmpty ? [file] : result
    }

    /// Reads one record back as a source document.
    static func document(_ entry: InputEntry, at location: JSONLLocation, maxBytes: Int) -> SourceDocument {
        func failed(_ reason: String) -> SourceDocument { SourceDocument(source: entry.relativePath, payload: .failed(.error, reason)) }
        guard location.length <= maxBytes else {
            return failed("JSONL record is \(location.length) bytes, over the size limit of \(maxBytes) bytes (--max-bytes)")
        }
        let descriptor = open(entry.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return failed("cannot open file: " + String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let line = FileRange.read(descriptor, offset: location.offset, count: location.length)
        guard line.count == location.length else {
            return failed("cannot read the whole record: the file is shorter than when it was listed, or unreadable")
        }
        return JSONLRecords.record(line, source: entry.relativePath)
    }
}
