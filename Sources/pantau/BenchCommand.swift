import ArgumentParser
import Foundation
import Pantau

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time the stages over a corpus on one core; print one JSON line (used by `make bench`).",
        discussion: """
        Default: read, clean, tokenize and extract every document, timing each stage. --parse-only: \
        libxml2 parses the same documents and nothing else (the ceiling). --tokenize-texts FILE: the \
        tokeniser alone over texts written earlier with --write-texts (the input of the spaCy comparison). \
        Reports documents, bytes, seconds per stage and the process's peak RSS.
        """
    )

    @Option(name: .long, help: "Folder or file to read.")
    var input: String?

    @Flag(name: .long, help: "Only parse the documents with libxml2.")
    var parseOnly = false

    @Option(name: .long, help: "Write every main text to this file, one JSON string per line.")
    var writeTexts: String?

    @Option(name: .long, help: "Only tokenise the texts in this file (written by --write-texts).")
    var tokenizeTexts: String?

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if input == nil && tokenizeTexts == nil { throw ValidationError("give --input DIR or --tokenize-texts FILE") }
    }

    func run() throws {
        let bench = StageBench(knowledge: loadKnowledge(dataOptions))
        var json = JSONObjectWriter()
        do {
            if let tokenizeTexts {
                let (report, tokens) = try bench.tokenizeOnly(textsFile: tokenizeTexts)
                json.string("mode", "tokenize-only")
                json.int("tokens", tokens)
                write(report, into: &json)
            } else if let input, parseOnly {
                json.string("mode", "parse-only")
                write(try bench.parseOnly(input: input), into: &json)
            } else if let input {
                let texts = try writeTexts.map { path throws(PantauError) in try TextSink(path: path) }
                json.string("mode", "stages")
                write(try bench.stages(input: input, texts: texts.map { sink in { sink.append($0) } }), into: &json)
                texts?.close()
            }
        } catch {
            fail(error.description, code: 1)
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let peakKB = Int(usage.ru_maxrss)
        #else
        getrusage(RUSAGE_SELF, &usage)
        let peakKB = Int(usage.ru_maxrss) / 1024  // bytes on macOS
        #endif
        json.int("peak_rss_kb", peakKB)
        json.string("allocator", Allocator.description)
        print(String(decoding: json.finished(), as: UTF8.self))
    }

    func write(_ report: StageBench.Report, into json: inout JSONObjectWriter) {
        json.int("documents", report.documents)
        json.int("bytes", report.bytes)
        var stages = JSONObjectWriter()
        for (stage, seconds) in report.seconds { stages.double(stage, (seconds * 1000).rounded() / 1000) }
        json.raw("seconds", stages.finished())
    }
}

/// Texts as JSON string lines, written as they come.
final class TextSink {
    let handle: FileHandle

    init(path: String) throws(PantauError) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw .outputNotWritable(path: path, reason: "cannot create file")
        }
        self.handle = handle
    }

    func append(_ text: String) {
        var writer = JSONObjectWriter()
        writer.string("t", text)
        // The object's one value, as a bare JSON string.
        let object = writer.finished()
        handle.write(Data(object[5..<(object.count - 1)] + [0x0A]))
    }

    func close() { try? handle.close() }
}
