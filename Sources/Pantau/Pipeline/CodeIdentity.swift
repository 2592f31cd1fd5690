import Foundation

/// Identifies the running executable, so that a rebuilt pantau never reuses results made by
/// different code in an incremental run. Size and modification time of the binary stand in
/// for its content: hashing a debug binary of 100 MB on every run would cost seconds.
enum CodeIdentity {
    static let hash: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 || stat(CommandLine.arguments.first ?? "", &info) == 0 else { return "unknown" }
        let stamp = "\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec):\(info.st_ino)"
        return SHA256.hex(of: stamp)
    }()
}
