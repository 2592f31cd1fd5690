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
        discussion: "Offsets are Unicode code points into the input text."
    )

    @Argument(help: "A UTF-8 text file, or - for standard input.")
    var file: String = "-"

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
