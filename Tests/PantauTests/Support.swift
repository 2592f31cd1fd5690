import Foundation
@testable import Pantau

/// Shared fixtures: the shipped data files, loaded once.
enum Support {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dataDirectory = DataDirectory(url: packageRoot.appendingPathComponent("Sources/Pantau/Data"))

    static let knowledge: Knowledge = {
        do {
            return try Knowledge.load(from: dataDirectory)
        } catch {
            fatalError("data files do not load: \(error)")
        }
    }()

    /// ../shared beside the project, when present (CI and developers have it; users may not).
    static let shared: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("GUIDE.md").path) ? url : nil
    }()

    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/PantauTests/Fixtures").appendingPathComponent(name)
    }

    static func temporaryDirectory(_ label: String = "pantau") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
    }

    static func tokenize(_ text: String) -> TokenizedText { knowledge.tokenizer.tokenize(text) }

    /// Runs a program to its end: its exit status and what it wrote.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
    }
}
