import Foundation

/// Reads a file descriptor (a file, a pipe, stdin) one line at a time through a fixed buffer,
/// so that a stream of any length costs the memory of its longest line.
public final class StreamLineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// 1-based number of the line `next()` returned last.
    public private(set) var lineNumber = 0

    public init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next line without its line break, or nil at the end of input.
    public func next() throws(PantauError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return line
            }
            try fill()
        }
    }

    private func fill() throws(PantauError) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + old, chunk) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw .inputUnreadable(path: "descriptor \(descriptor)", reason: String(cString: strerror(errno)))
        }
        buffer.removeSubrange((old + count)...)
        if count == 0 { finished = true }
    }
}
