import ArgumentParser
import Foundation
import Pantau

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the main text of one document (HTML or text, decided by content).")

    @Argument(help: "The document, or - for standard input.")
    var file: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let knowledge = loadKnowledge(dataOptions)
        switch knowledge.cleaner.clean(readDocument(file)) {
        case .success(let clean):
            print(clean.text)
        case .failure(let failure):
            fail("\(file): \(failure.reason)", code: 3)
        }
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one document's record, in the documents.jsonl shape.")

    @Argument(help: "The document, or - for standard input.")
    var file: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let knowledge = loadKnowledge(dataOptions)
        let record = DocumentProcessor(knowledge: knowledge).process(readDocument(file))
        FileHandle.standardOutput.write(Data(DatasetSchema.jsonLine(record) + [0x0A]))
        if record.status == .error { throw ExitCode(3) }
    }
}

struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print sentences and tokens as JSON lines: {\"start\", \"end\", \"tokens\": [[s, e, kind], ...]}.",
        discussion: "Offsets are Unicode code points into the input text. With --stats, print the tokeniser's speed instead."
    )

    @Argument(help: "A UTF-8 text file, or - for standard input.")
    var file: String = "-"

    @Flag(help: "Time tokenising and sentence splitting (best of three runs) and print MB/s instead of tokens.")
    var stats = false

    @Option(name: .customLong("repeat"), help: "With --stats: tokenise the input repeated this many times, as one text.")
    var repetitions: Int = 1

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let knowledge = loadKnowledge(dataOptions)
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)", code: 1) }
            data = contents
        }
        let text = TextDecoding.decode(Array(data), sniffDeclaration: false).text
        if stats {
            printStats(knowledge.tokenizer, text: Array(repeating: text, count: max(1, repetitions)).joined(separator: "\n\n"))
            return
        }
        let tokenized = knowledge.tokenizer.tokenize(text)
        var out: [UInt8] = []
        for sentence in tokenized.sentences {
            out += Array("{\"start\":\(sentence.start),\"end\":\(sentence.end),\"tokens\":[".utf8)
            for (n, index) in sentence.tokens.enumerated() {
                let token = tokenized.tokens[index]
                out += Array("\(n == 0 ? "" : ",")[\(token.start),\(token.end),\"\(token.kind.rawValue)\"]".utf8)
            }
            out += Array("]}\n".utf8)
        }
        FileHandle.standardOutput.write(Data(out))
    }

    /// Best of three runs, in wall time and in this thread's CPU time (the machine may be shared).
    private func printStats(_ tokenizer: Tokenizer, text: String) {
        let clock = ContinuousClock()
        var bestWall = Double.infinity, bestCPU = Double.infinity
        var tokens = 0, sentences = 0
        for _ in 0..<3 {
            let cpuStart = threadCPUSeconds()
            let started = clock.now
            let tokenized = tokenizer.tokenize(text)
            let wall = clock.now - started
            bestCPU = min(bestCPU, threadCPUSeconds() - cpuStart)
            bestWall = min(bestWall, Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18)
            tokens = tokenized.tokens.count
            sentences = tokenized.sentences.count
        }
        let megabytes = Double(text.utf8.count) / 1_000_000
        print(String(format: "%@: %.2f MB, %d tokens, %d sentences; wall %.3f s = %.1f MB/s; cpu %.3f s = %.1f MB/s",
                     file, megabytes, tokens, sentences, bestWall, megabytes / bestWall, bestCPU, megabytes / bestCPU))
    }

    private func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

struct Regions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Look up regions by name, alias or code: code, level, official name, parent.")

    @Argument(help: "A name (\"Sikka\", \"Jateng\"), part of one, or a code (\"53.10\").")
    var query: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let knowledge = loadKnowledge(dataOptions)
        var found = knowledge.gazetteer.search(query)
        if found.isEmpty {
            // Written forms the table does not spell out: "Pemkab Sikka", "Kab. Malang", "Pemprov Babel".
            found = knowledge.regions.match(knowledge.tokenizer.tokenize(query)).compactMap { knowledge.gazetteer.region(code: $0.regionCode) }
        }
        if found.isEmpty { fail("no region matches \"\(query)\"", code: 1) }
        for region in found {
            let parent = knowledge.gazetteer.region(code: region.parent).map { "\($0.code) \($0.name)" } ?? ""
            print([region.code, region.level.rawValue, region.name, parent].joined(separator: "\t"))
        }
    }
}
