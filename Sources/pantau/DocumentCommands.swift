import ArgumentParser
import Foundation
import Pantau

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the main text of one document (HTML, text or a feed, decided by content).",
        discussion: "A feed (RSS 2.0, RSS 1.0, Atom) prints every item's text, each under a line `==> FILE#N URL <==`. With --list LIST --out DIR, cleans every path listed in LIST (one a line) in one process and writes DIR/<name>.txt; the speed goes to standard error."
    )

    @Argument(help: "The document, or - for standard input.")
    var file: String?

    @Option(name: .long, help: "A file listing one document path a line; needs --out.")
    var list: String?

    @Option(name: .long, help: "The folder for the main texts of --list, one <name>.txt per document.")
    var out: String?

    @Flag(name: .long, help: .hidden)
    var parseOnly = false

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if list == nil && file == nil { throw ValidationError("give a document, or --list LIST --out DIR") }
        if list != nil && out == nil { throw ValidationError("--list needs --out DIR") }
    }

    func run() throws {
        let cleaner = loadCleaner(dataOptions)
        if let list, let out { return cleanList(list, out: out, cleaner: cleaner) }
        guard let file else { return }
        let documents = readDocuments(file)
        guard documents.count > 1 else {
            switch cleaner.clean(documents[0]) {
            case .success(let clean): print(clean.text)
            case .failure(let failure): fail("\(file): \(failure.reason)", code: 3)
            }
            return
        }
        // A feed: every item's text under a header naming its source and link, as head(1) does.
        var failures = 0
        for (number, document) in documents.enumerated() {
            switch cleaner.clean(document) {
            case .success(let clean):
                print("\(number == 0 ? "" : "\n")==> \(document.source) \(clean.metadata.url) <==\n\(clean.text)")
            case .failure(let failure):
                failures += 1
                FileHandle.standardError.write(Data("pantau: \(document.source): \(failure.reason)\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode(3) }
    }

    private func cleanList(_ list: String, out: String, cleaner: Cleaner) {
        guard let listed = FileManager.default.contents(atPath: list) else { fail("cannot read \(list)", code: 1) }
        let paths = String(decoding: listed, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            fail("cannot create \(out): \(error.localizedDescription)", code: 1)
        }
        var bytes = 0
        var failures = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Self.cpuSeconds()
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("pantau: cannot read \(path)\n".utf8))
                failures += 1
                continue
            }
            bytes += data.count
            if parseOnly {
                _ = cleaner.parseOnly(Array(data))
                continue
            }
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            var text = ""
            switch cleaner.clean(SourceDocument(source: path, payload: .bytes(Array(data)))) {
            case .success(let clean): text = clean.text + "\n"
            case .failure(let failure):
                failures += 1
                FileHandle.standardError.write(Data("pantau: \(path): \(failure.reason)\n".utf8))
            }
            // Plain stdio: FileManager.createFile syncs every file to disk, which would be the benchmark.
            guard let handle = fopen((out as NSString).appendingPathComponent(name + ".txt"), "wb") else {
                fail("cannot write into \(out)", code: 1)
            }
            var utf8 = text
            utf8.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, handle) }
            fclose(handle)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Self.cpuSeconds() - cpuStart
        let megabytes = Double(bytes) / 1e6
        let rate = String(format: "%.1f", megabytes / max(seconds, 1e-9))
        let cpuRate = String(format: "%.1f", megabytes / max(cpu, 1e-9))
        // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours.
        FileHandle.standardError.write(Data(("pantau: \(parseOnly ? "parsed" : "cleaned") \(paths.count) documents, \(String(format: "%.1f", megabytes)) MB "
            + "in \(String(format: "%.2f", seconds)) s (\(rate) MB/s), CPU \(String(format: "%.2f", cpu)) s (\(cpuRate) MB/s per core), "
            + "\(failures) without main text\n").utf8))
    }

    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print one document's record, in the documents.jsonl shape; a feed gives one line per item.")

    @Argument(help: "The document, or - for standard input.")
    var file: String

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let knowledge = loadKnowledge(dataOptions)
        let processor = DocumentProcessor(knowledge: knowledge)
        // A feed gives one line per item, in the feed's order.
        var failed = false
        for document in readDocuments(file) {
            let record = processor.process(document)
            FileHandle.standardOutput.write(Data(DatasetSchema.jsonLine(record) + [0x0A]))
            if record.status == .error { failed = true }
        }
        if failed { throw ExitCode(3) }
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
