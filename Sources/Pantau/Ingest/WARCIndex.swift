import Foundation

/// Where one WARC record lies in its file: enough to read it alone, on any worker.
public struct WARCLocation: Sendable, Hashable {
    public var offset: Int
    /// Bytes in the file: the gzip member for .warc.gz, the record itself for .warc.
    public var length: Int
    public var gzip: Bool
}

/// Turns a WARC file into one input entry per HTML or text record, reading it once from start
/// to end and keeping only each record's location, so a crawl file of any size costs memory
/// per record, not per byte. Each entry's source is `file.warc.gz#N`, N counting every record
/// of the file from 1 (requests, metadata and images included), so N stays stable.
enum WARCIndex {
    /// Enough of a record to hold its WARC and HTTP headers.
    static let headBytes = 64 << 10

    static func isWARC(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
    }

    /// Replaces every `.warc` entry by the entries of its records, keeping the order. A crawl
    /// comes as many WARC files, each read once here (inflated, for .warc.gz) before any
    /// document is processed, so the files are indexed on all cores.
    static func expand(_ entries: [InputEntry]) -> [InputEntry] {
        let files = entries.indices.filter { entries[$0].kind == .warc }
        guard !files.isEmpty else { return entries }
        let indexed = IndexedFiles(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { slot in
            indexed.set(slot, Self.entries(of: entries[files[slot]]))
        }
        var result: [InputEntry] = []
        var next = 0
        for (position, entry) in entries.enumerated() {
            if next < files.count && files[next] == position {
                result += indexed.get(next)
                next += 1
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// Each WARC file's entries, filled from several threads.
    private final class IndexedFiles: @unchecked Sendable {
        // Every access holds the lock.
        private var slots: [[InputEntry]]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: [], count: count) }
        func set(_ slot: Int, _ value: [InputEntry]) { lock.withLock { slots[slot] = value } }
        func get(_ slot: Int) -> [InputEntry] { lock.withLock { slots[slot] } }
    }

    static func entries(of file: InputEntry) -> [InputEntry] {
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return [InputEntry(path: file.path, relativePath: file.relativePath, kind: .unreadable("cannot open file: " + String(cString: strerror(errno))))]
        }
        defer { close(descriptor) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        let gzip = file.path.lowercased().hasSuffix(".gz")
        var result: [InputEntry] = []
        var offset = 0
        var number = 0
        func failed(_ reason: String) {
            result.append(InputEntry(path: file.path, relativePath: "\(file.relativePath)#\(number)", kind: .unreadable(reason)))
        }
        while offset < size {
            number += 1
            let head: [UInt8]
            let length: Int
            if gzip {
                switch GzipMember.inflate(descriptor: descriptor, offset: offset, keep: headBytes) {
                case .failure(.truncated):
                    failed("WARC record \(number) is cut short (the gzip member ends early at byte \(size))")
                    return result
                case .failure(let failure):
                    failed("WARC record \(number) at byte \(offset) is not valid gzip (\(failure))")
                    return result
                case .success(let member):
                    head = member.bytes
                    length = member.compressedLength
                    if case .success(let record) = WARCRecord.parseHead(head),
                       member.inflatedSize > record.blockStart + record.contentLength + 4 {
                        failed("this .warc.gz is not compressed record by record (one gzip member holds several records); "
                               + "recompress it with one member per record, e.g. `warcio recompress`")
                        return result
                    }
                }
            } else {
                head = FileRange.read(descriptor, offset: offset, count: min(headBytes, size - offset))
                if head.allSatisfy({ $0 == 0x0D || $0 == 0x0A }) { break }
                let record: WARCRecord
                switch WARCRecord.parseHead(head) {
                case .success(let parsed): record = parsed
                case .failure(.notWARC):
                    failed("no WARC record at byte \(offset) (the file is damaged or not WARC)")
                    return result
                case .failure(let failure):
                    failed("WARC record \(number) at byte \(offset) is damaged or cut short (\(failure))")
                    return result
                }
                length = record.blockStart + record.contentLength
                guard offset + length <= size else {
                    failed("WARC record \(number) is cut short: it needs \(length) bytes, the file has \(size - offset) left")
                    return result
                }
            }
            switch WARCRecord.parseHead(head) {
            case .failure(let failure):
                failed("WARC record \(number) at byte \(offset) has no valid WARC header (\(failure))")
            case .success(let record):
                if record.carriesDocument(head) {
                    result.append(InputEntry(path: file.path, relativePath: "\(file.relativePath)#\(number)",
                                             kind: .warcRecord(WARCLocation(offset: offset, length: length, gzip: gzip))))
                }
            }
            offset += length
            if !gzip { offset = Self.skipLineBreaks(descriptor, from: offset, size: size) }
        }
        if result.isEmpty {
            result.append(InputEntry(path: file.path, relativePath: file.relativePath,
                                     kind: .unsupported("WARC file has no HTML or text response records")))
        }
        return result
    }

    /// Reads one record back as a source document: the target URI as url, the WARC-Date as a
    /// fallback publication date, the HTTP body (de-chunked, inflated) as the payload.
    static func document(_ entry: InputEntry, at location: WARCLocation, maxBytes: Int) -> SourceDocument {
        func failed(_ reason: String) -> SourceDocument { SourceDocument(source: entry.relativePath, payload: .failed(.error, reason)) }
        let descriptor = open(entry.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return failed("cannot open file: " + String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let bytes: [UInt8]
        if location.gzip {
            switch GzipMember.inflate(descriptor: descriptor, offset: location.offset, keep: .max, limit: maxBytes + headBytes) {
            case .success(let member): bytes = member.bytes
            case .failure(.tooLarge): return failed("WARC record is over the size limit of \(maxBytes) bytes (--max-bytes)")
            case .failure(let failure): return failed("WARC record cannot be inflated (\(failure))")
            }
        } else {
            guard location.length <= maxBytes + headBytes else {
                return failed("WARC record is \(location.length) bytes, over the size limit of \(maxBytes) bytes (--max-bytes)")
            }
            bytes = FileRange.read(descriptor, offset: location.offset, count: location.length)
        }
        guard case .success(let record) = WARCRecord.parseHead(bytes) else { return failed("WARC record has no valid header") }
        let blockEnd = min(bytes.count, record.blockStart + record.contentLength)
        guard blockEnd == record.blockStart + record.contentLength else { return failed("WARC record is cut short") }
        var body = Array(bytes[record.blockStart..<blockEnd])
        if record.type == "response" {
            guard let http = HTTPMessage.parse(bytes, from: record.blockStart), http.bodyStart <= blockEnd,
                  let decoded = http.body(bytes[http.bodyStart..<blockEnd], limit: maxBytes) else {
                return failed("WARC response record holds no readable HTTP response")
            }
            body = decoded
        }
        return SourceDocument(source: entry.relativePath, url: record.targetURI, published: record.date, payload: .bytes(body))
    }

    /// Records end with two line breaks, which some writers omit or double.
    private static func skipLineBreaks(_ descriptor: Int32, from offset: Int, size: Int) -> Int {
        let tail = FileRange.read(descriptor, offset: offset, count: min(8, size - offset))
        var skipped = 0
        while skipped < tail.count && (tail[skipped] == 0x0D || tail[skipped] == 0x0A) { skipped += 1 }
        return offset + skipped
    }
}
