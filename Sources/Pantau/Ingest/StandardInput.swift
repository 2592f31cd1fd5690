import Foundation

/// JSONL records piped into `pantau run --input -`: copied to a file in the run's staging
/// folder a megabyte at a time, then indexed and read like any JSONL file, so that a feed of
/// any size is processed on every worker without being held in memory.
enum StandardInput {
    static func copy(to path: String, from input: Int32 = STDIN_FILENO) throws(PantauError) {
        let output = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .outputNotWritable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(output) }
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = block.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .inputUnreadable(path: "standard input", reason: String(cString: strerror(errno)))
            }
            if count == 0 { return }
            var done = 0
            while done < count {
                let written = block.withUnsafeBytes { Foundation.write(output, $0.baseAddress! + done, count - done) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw .outputNotWritable(path: path, reason: String(cString: strerror(errno)))
                }
                done += written
            }
        }
    }
}
