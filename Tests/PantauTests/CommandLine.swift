import Foundation
@testable import Pantau

/// Runs the built `pantau` binary, for tests of exit codes, signals and the real CLI.
enum PantauBinary {
    static let url: URL? = {
        let candidates = [
            Support.packageRoot.appendingPathComponent(".build/debug/pantau"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("pantau"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Result {
        var status: Int32
        var signalled: Bool
        var stdout: String
        var stderr: String
    }

    /// Starts pantau with the given arguments; `kill` ends it with SIGKILL after that many seconds.
    static func run(_ arguments: [String], killAfter: Double? = nil, shellPrefix: String? = nil) throws -> Result {
        guard let url else { throw PantauError.usage("build pantau first (swift build): no binary at .build/debug/pantau") }
        let process = Process()
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let quoted = ([url.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            process.arguments = ["-c", shellPrefix + "; exec " + quoted.joined(separator: " ")]
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["PANTAU_DATA"] = Support.dataDirectory.url.path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let killAfter {
            Thread.sleep(forTimeInterval: killAfter)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                      stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A pantau process started in the background, for tests that signal it or race it.
    final class Running {
        let process = Process()
        private let out = Pipe(), err = Pipe()

        init(_ arguments: [String]) throws {
            guard let url = PantauBinary.url else { throw PantauError.usage("build pantau first (swift build): no binary at .build/debug/pantau") }
            process.executableURL = url
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["PANTAU_DATA"] = Support.dataDirectory.url.path
            process.environment = environment
            process.standardOutput = out
            process.standardError = err
            try process.run()
        }

        var pid: Int32 { process.processIdentifier }

        func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

        /// Waits for the process to end and collects its output.
        func wait() -> Result {
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                          stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    /// Polls `condition` every 10 ms for up to `seconds`; whether it became true.
    static func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return condition()
    }
}
