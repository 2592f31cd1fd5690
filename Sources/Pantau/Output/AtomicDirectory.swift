import Foundation

import CPantauSystem

/// Replaces a folder's contents all at once.
///
/// Files go into `<folder>.tmp-<pid>` beside the target, each fsynced; then the two folders
/// are swapped in one system call (renameat2 RENAME_EXCHANGE), the parent is synced, and
/// the old dataset, now at the staging path, is removed. A run killed at any moment leaves
/// the previous dataset whole at the target path. Where the kernel or file system cannot
/// swap, two renames are used, and the gap between them is a few microseconds.
///
/// Whether the target may be replaced at all is `OutputFolderGuard`'s decision, taken before.
/// The staging folder is registered with `StagingRegistry`, so that SIGINT or SIGTERM removes
/// it (`Interruption`).
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
        if FileManager.default.fileExists(atPath: staging) {
            // Left by an earlier process with this pid; removed only if a Pantau writer made it.
            guard OutputFolderGuard.isPantauStaging(staging) else {
                throw .outputRefused(path: staging, reason: "this staging path is taken by a folder pantau did not write")
            }
            try? FileManager.default.removeItem(atPath: staging)
        }
        StagingRegistry.shared.register(staging, target: URL(fileURLWithPath: path).standardizedFileURL.path)
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
            abandon(staging)
            throw .outputNotWritable(path: target, reason: "it exists and is not a folder")
        }
        do {
            try StagingRegistry.shared.swap(staging) { () throws(PantauError) in
                if !hadPrevious {
                    guard rename(staging, target) == 0 else { throw failure(target) }
                } else if pantau_exchange_paths(staging, target) != 0 {
                    guard errno == ENOSYS || errno == EINVAL else { throw failure(target) }
                    let retired = target + ".old-\(ProcessInfo.processInfo.processIdentifier)"
                    guard rename(target, retired) == 0 else { throw failure(target) }
                    guard rename(staging, target) == 0 else {
                        let error = failure(target)
                        _ = rename(retired, target)
                        throw error
                    }
                    _ = rename(retired, staging)
                }
            }
        } catch {
            abandon(staging)
            throw error
        }
        Self.syncDirectory(parent)
        abandon(staging)
    }

    /// Removes a staging folder (unfinished, or holding the previous dataset after the swap).
    private func abandon(_ staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
        StagingRegistry.shared.unregister(staging)
    }

    private func failure(_ target: String) -> PantauError {
        .outputNotWritable(path: target, reason: String(cString: strerror(errno)))
    }

    /// Staging folders of runs that were killed: `<name>.tmp-<pid>` whose process is gone, and
    /// that hold only what a Pantau writer puts there (a folder of the same name that someone
    /// else made stays).
    private func removeAbandonedStaging() {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent().path
        let prefix = target.lastPathComponent + ".tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { continue }
            let folder = (parent as NSString).appendingPathComponent(name)
            if kill(pid, 0) != 0 && errno == ESRCH && OutputFolderGuard.isPantauStaging(folder) {
                try? FileManager.default.removeItem(atPath: folder)
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
