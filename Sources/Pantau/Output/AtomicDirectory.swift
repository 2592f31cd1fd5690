import Foundation

import CPantauSystem

/// Replaces a folder's contents all at once.
///
/// Files go into `<folder>.tmp-<pid>` beside the target, each fsynced; then the two folders
/// are swapped in one system call (renameat2 RENAME_EXCHANGE), the parent is synced, and
/// the old dataset, now at the staging path, is removed. A run killed at any moment leaves
/// the previous dataset whole at the target path. Where the kernel or file system cannot
/// swap, two renames are used, and the gap between them is a few microseconds.
public struct AtomicDirectory: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The folder a run writes into before it is swapped into place.
    public var stagingPath: String {
        URL(fileURLWithPath: path).standardizedFileURL.path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    }

    public func replace(with files: [(String, [UInt8])]) throws(PantauError) {
        let staging = try prepareStaging()
        for (name, bytes) in files {
            try Self.writeSynced(bytes, to: (staging as NSString).appendingPathComponent(name))
        }
        try commit(staging)
    }

    /// Creates an empty staging folder, removing what killed runs left behind.
    public func prepareStaging() throws(PantauError) -> String {
        removeAbandonedStaging()
        let staging = stagingPath
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw .outputNotWritable(path: staging, reason: Self.describe(error))
        }
        return staging
    }

    /// Swaps a complete staging folder into place.
    public func commit(_ staging: String) throws(PantauError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        let parent = (target as NSString).deletingLastPathComponent
        Self.syncDirectory(staging)
        var isDirectory: ObjCBool = false
        let hadPrevious = FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory)
        if hadPrevious && !isDirectory.boolValue {
            try? FileManager.default.removeItem(atPath: staging)
            throw .outputNotWritable(path: target, reason: "it exists and is not a folder")
        }
        if !hadPrevious {
            guard rename(staging, target) == 0 else { throw failure(target, staging) }
        } else if pantau_exchange_paths(staging, target) != 0 {
            guard errno == ENOSYS || errno == EINVAL else { throw failure(target, staging) }
            let retired = target + ".old-\(ProcessInfo.processInfo.processIdentifier)"
            guard rename(target, retired) == 0 else { throw failure(target, staging) }
            guard rename(staging, target) == 0 else {
                let error = failure(target, staging)
                _ = rename(retired, target)
                throw error
            }
            _ = rename(retired, staging)
        }
        Self.syncDirectory(parent)
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func failure(_ target: String, _ staging: String) -> PantauError {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(atPath: staging)
        return .outputNotWritable(path: target, reason: reason)
    }

    /// Staging folders of runs that were killed: `<name>.tmp-<pid>` whose process is gone.
    private func removeAbandonedStaging() {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let prefix = target.lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: (parent as NSString).appendingPathComponent(name))
            }
        }
    }

    static func writeSynced(_ bytes: [UInt8], to path: String) throws(PantauError) {
        let file = try BufferedFile(path: path)
        try file.write(bytes)
        try file.finish()
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
