import Foundation
import Synchronization

import CPantauSystem

/// The staging folders this process is writing, so that an interrupted run removes its own
/// and leaves the previous dataset as it was.
///
/// The swap into place and the removal on interruption take the same lock: a signal that
/// arrives mid-swap waits for it, then finds the staging folder holding the old dataset (which
/// the swap was about to remove anyway); a swap that comes after a signal does not happen.
public final class StagingRegistry: Sendable {
    public static let shared = StagingRegistry()

    struct State {
        /// Staging folder → the output folder it will replace.
        var targets: [String: String] = [:]
        /// Staging folders already swapped: they hold the previous dataset.
        var swapped: Set<String> = []
        /// Output folders this process has finished replacing.
        var replaced: [String] = []
        var interrupted = false
    }

    private let state = Mutex(State())

    func register(_ staging: String, target: String) {
        state.withLock { $0.targets[staging] = target }
    }

    func unregister(_ staging: String) {
        state.withLock {
            if $0.swapped.remove(staging) != nil, let target = $0.targets[staging] { $0.replaced.append(target) }
            $0.targets[staging] = nil
        }
    }

    /// Runs `swap` (which puts `staging` in place of its target) unless the process is being
    /// interrupted, with the lock held.
    func swap(_ staging: String, _ swap: () throws(PantauError) -> Void) throws(PantauError) {
        try state.withLock { (state: inout State) throws(PantauError) -> Void in
            guard !state.interrupted else { throw .outputNotWritable(path: staging, reason: "interrupted") }
            try swap()
            state.swapped.insert(staging)
        }
    }

    /// What an interruption left: each output folder, and whether the new dataset was already in it.
    public struct Abandoned: Sendable {
        public var target: String
        public var replaced: Bool
    }

    /// Stops every swap from now on and removes the staging folders. The lock stays taken by
    /// no one: `interrupted` is enough to keep later swaps out.
    public func abandon() -> [Abandoned] {
        state.withLock { state in
            state.interrupted = true
            var abandoned = state.replaced.map { Abandoned(target: $0, replaced: true) }
            for (staging, target) in state.targets.sorted(by: { $0.key < $1.key }) {
                Self.remove(staging)
                abandoned.append(Abandoned(target: target, replaced: state.swapped.contains(staging)))
            }
            state.targets = [:]
            return abandoned
        }
    }

    /// Removes a folder that workers may still be writing into: a file created while the
    /// removal walks the folder makes it fail, so it is tried again.
    static func remove(_ folder: String) {
        for _ in 0..<10 where FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}

/// SIGINT and SIGTERM during a command that writes a dataset: the staging folder is removed,
/// the previous dataset stays, one line says so, and the process exits with 128 + the signal
/// (130, 143), as shells report a process a signal ended.
public enum Interruption {
    public static func install() {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return }
        let (reader, writer) = (descriptors[0], descriptors[1])
        _ = fcntl(reader, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writer, F_SETFD, FD_CLOEXEC)
        for signal in [SIGINT, SIGTERM] { _ = pantau_forward_signal(signal, writer) }
        let thread = Thread {
            var signal: UInt8 = 0
            while read(reader, &signal, 1) != 1 {}
            let message = "pantau: " + describe(Int32(signal), StagingRegistry.shared.abandon()) + "\n"
            _ = message.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
            // Not exit(): other threads are still running, and atexit handlers and destructors
            // would race with them; the kernel closes files and releases the output lock.
            _exit(128 + Int32(signal))
        }
        thread.start()
    }

    static func describe(_ signal: Int32, _ abandoned: [StagingRegistry.Abandoned]) -> String {
        let name = signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "signal \(signal)"
        guard !abandoned.isEmpty else { return "interrupted by \(name) before any output was written" }
        let replaced = abandoned.filter(\.replaced).map(\.target), kept = abandoned.filter { !$0.replaced }.map(\.target)
        if !kept.isEmpty {
            return "interrupted by \(name): the unfinished dataset was removed; \(kept.joined(separator: ", ")) is unchanged"
        }
        return "interrupted by \(name) after the new dataset was in place in \(replaced.joined(separator: ", "))"
    }
}
