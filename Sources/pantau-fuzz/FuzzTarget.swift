import Foundation
import Pantau

/// One fuzz input through everything a document meets: ingest as a file and as JSONL, then
/// clean, tokenise and extract; and, whatever its bytes look like, through the text-scrape
/// reader (which a file reaches only when it does not sniff as HTML) and the language guesser
/// (which sees only cleaned text otherwise). Any crash, trap or sanitizer report is a bug.
enum FuzzTarget {
    static let processor: DocumentProcessor = {
        do {
            return DocumentProcessor(knowledge: try Knowledge.load(from: try DataDirectory.locate()))
        } catch {
            fatalError("pantau-fuzz: \(error)")
        }
    }()

    static func run(_ bytes: [UInt8]) {
        _ = processor.process(SourceDocument(source: "fuzz.html", payload: .bytes(bytes)))
        for document in JSONLRecords.parse(bytes, source: "fuzz.jsonl").prefix(4) {
            _ = processor.process(document)
        }
        runFeed(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        _ = processor.process(SourceDocument(source: "fuzz.txt", payload: .text(text)))
        _ = processor.knowledge.cleaner.language.guess(text)
    }

    /// The feed reader: the input read as a feed file (its own XML, whatever it is), and as the
    /// body of a feed's items, so that the item cleaner sees every input too.
    static func runFeed(_ bytes: [UInt8]) {
        for document in InputReader.documents(of: bytes, source: "fuzz.xml").prefix(8) {
            _ = processor.process(document)
        }
        for document in InputReader.documents(of: FeedFuzzing.wrap(bytes), source: "wrapped.xml") {
            _ = processor.process(document)
        }
    }
}

/// The fuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
// libFuzzer's entry point when the program owns main (SwiftPM names every executable's main).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        // Built by `make fuzz` with -sanitize=fuzzer: libFuzzer drives the target.
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOne))
        #else
        // A plain build replays inputs: `pantau-fuzz FILE...` runs each file once, as the fuzzer would.
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("pantau-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            FuzzTarget.run([UInt8](data))
        }
        #endif
    }
}
