import Foundation

/// Replaces a folder's contents all at once.
///
/// Files go into `<folder>.tmp-<pid>` beside the target, each fsynced; then the old folder
/// is moved aside, the new one renamed into place, the parent synced, and the old removed.
public struct AtomicDirectory: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public func replace(with files: [(String, [UInt8])]) throws(PantauError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        let parent = (target as NSString).deletingLastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = target + ".tmp-\(pid)"
        let retired = target + ".old-\(pid)"
        let manager = FileManager.default
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .outputNotWritable(path: staging, reason: Self.describe(error))
        }
        for (name, bytes) in files {
            try Self.writeSynced(bytes, to: (staging as NSString).appendingPathComponent(name))
        }
        Self.syncDirectory(staging)
        var isDirectory: ObjCBool = false
        let hadPrevious = manager.fileExists(atPath: target, isDirectory: &isDirectory)
        if hadPrevious {
            guard rename(target, retired) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(atPath: staging)
                throw .outputNotWritable(path: target, reason: "cannot move the previous dataset aside: \(reason)")
            }
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(retired, target) }
            throw .outputNotWritable(path: target, reason: reason)
        }
        Self.syncDirectory(parent)
        if hadPrevious { try? manager.removeItem(atPath: retired) }
    }

    static func writeSynced(_ bytes: [UInt8], to path: String) throws(PantauError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .outputNotWritable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .outputNotWritable(path: path, reason: String(cString: strerror(errno)))
            }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw .outputNotWritable(path: path, reason: "fsync: " + String(cString: strerror(errno))) }
    }

    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    static func describe(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}
