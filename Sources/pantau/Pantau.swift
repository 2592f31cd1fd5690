import ArgumentParser
import Foundation
import Logging
import Pantau

@main
struct PantauCommand: AsyncParsableCommand {
    /// Usage errors exit with 2, as the README promises (ArgumentParser's default is 64).
    static func main() async {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "pantau",
        abstract: "Turns scraped Indonesian news into a dataset on the political neutrality of civil servants (ASN) in Pilkada 2024.",
        version: Pipeline.toolVersion + " (" + Allocator.description + ")",
        subcommands: [Run.self, Clean.self, Extract.self, Tokenize.self, Regions.self, Explain.self, Diff.self, Report.self,
                      Stream.self, Merge.self, Bench.self]
    )
}

/// Options every command that reads data files shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of data files (rules, lexicons, gazetteer) to use instead of the built-in ones.")
    var data: String?

    func knowledge() throws -> Knowledge {
        try Knowledge.load(from: try DataDirectory.locate(explicit: data))
    }

    func cleaner() throws -> Cleaner {
        try Knowledge.loadCleaner(from: try DataDirectory.locate(explicit: data))
    }
}

/// Per-document limits, shared by `run` and `stream`.
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: "Largest input document in bytes; a larger one becomes an error row naming this limit.")
    var maxBytes: Int = 64 << 20

    @Option(name: .long, help: "Longest time one document may take, in seconds; checked between stages.")
    var maxSeconds: Double = 60

    func validate() throws {
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
        if maxSeconds <= 0 { throw ValidationError("--max-seconds must be positive") }
    }

    var limits: ProcessingLimits {
        var limits = ProcessingLimits()
        limits.maxBytes = maxBytes
        limits.maxSeconds = maxSeconds
        return limits
    }
}

/// Prints a user-facing error and exits with the given code.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data(("pantau: " + message + "\n").utf8))
    exit(code)
}

func loadKnowledge(_ options: DataOptions) -> Knowledge { loadData(options.knowledge) }

func loadCleaner(_ options: DataOptions) -> Cleaner { loadData(options.cleaner) }

/// Loads data files or exits with the error a user can act on.
private func loadData<Loaded>(_ load: () throws -> Loaded) -> Loaded {
    do {
        return try load()
    } catch let error as PantauError {
        fail(error.description, code: 1)
    } catch {
        fail("\(error)", code: 1)
    }
}

/// The one document a command reads; a feed (several items) is refused with what to run instead.
func readDocument(_ path: String, command: String) -> SourceDocument {
    let documents = readDocuments(path)
    guard documents.count == 1, let document = documents.first else {
        fail("\(path) is a feed of \(documents.count) items and `pantau \(command)` reads one document; "
             + "`pantau extract \(path)` gives every item's record, `pantau clean \(path)` every item's text", code: 2)
    }
    return document
}

/// A file's documents: one, or one per item when the file is an RSS or Atom feed.
func readDocuments(_ path: String) -> [SourceDocument] {
    if path == "-" {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return InputReader.documents(of: Array(data), source: "-")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        fail("\(path) is not a file", code: 2)
    }
    let entry = InputEntry(path: path, relativePath: (path as NSString).lastPathComponent, kind: .document)
    let documents = InputReader().read(entry)
    guard !documents.isEmpty else { fail("cannot read \(path)", code: 1) }
    return documents
}
