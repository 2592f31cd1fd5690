import CLibXML2
import Foundation

/// What `pantau bench` measures: each stage's time over the same documents on one core, and
/// the physical limit, libxml2 parsing the same inputs and doing nothing else. Times are the
/// thread's CPU time, so that other work on a shared machine does not count against a stage.
public struct StageBench: Sendable {
    public struct Report: Sendable {
        public var documents = 0
        public var bytes = 0
        /// Seconds per stage, in pipeline order.
        public var seconds: [(stage: String, seconds: Double)] = []
        public var total: Double { seconds.reduce(0) { $0 + $1.seconds } }
    }

    public let knowledge: Knowledge
    public let maxBytes: Int

    public init(knowledge: Knowledge, maxBytes: Int = 64 << 20) {
        self.knowledge = knowledge
        self.maxBytes = maxBytes
    }

    /// Reads, cleans, tokenises and extracts every document, timing each stage. `texts`, when
    /// given, receives each main text as a JSON string line (the tokeniser comparison's input).
    public func stages(input: String, texts: ((String) -> Void)? = nil) throws(PantauError) -> Report {
        let reader = InputReader(maxBytes: maxBytes)
        var read = 0.0, clean = 0.0, tokenize = 0.0, regions = 0.0, officials = 0.0, claims = 0.0
        var report = Report()
        let clock = CPUClock()
        for entry in try InputWalker(root: input).entries() {
            var start = clock.now
            let documents = reader.read(entry)
            read += clock.now - start
            for document in documents {
                report.documents += 1
                report.bytes += Self.size(document.payload)
                start = clock.now
                let cleaned = knowledge.cleaner.clean(document)
                clean += clock.now - start
                guard case .success(let result) = cleaned else { continue }
                texts?(result.text)
                start = clock.now
                let tokenized = knowledge.tokenizer.tokenize(result.text)
                tokenize += clock.now - start
                guard result.metadata.language == "id" else { continue }
                // The extract stage in its three matchers, as `DocumentProcessor.extract` runs them.
                start = clock.now
                let found = knowledge.regions.match(tokenized)
                regions += clock.now - start
                start = clock.now
                let named = knowledge.officials.extract(tokenized, regions: found)
                officials += clock.now - start
                start = clock.now
                _ = knowledge.claims.extract(tokenized, regions: found, officials: named,
                                             headline: knowledge.tokenizer.tokenize(result.metadata.title))
                claims += clock.now - start
            }
        }
        report.seconds = [("read", read), ("clean", clean), ("tokenize", tokenize),
                          ("extract: regions", regions), ("extract: officials", officials), ("extract: claims", claims)]
        return report
    }

    /// libxml2's HTML parser over the same documents' bytes, with the pipeline's options:
    /// the ceiling a pipeline built on it can approach. Reading the files is not counted.
    /// Timed a second time on what the clean stage parses (script and style bodies skipped),
    /// so that the report shows both ceilings.
    public func parseOnly(input: String) throws(PantauError) -> Report {
        let reader = InputReader(maxBytes: maxBytes)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        xmlInitParser()
        var parse = 0.0, parseSkipped = 0.0
        var report = Report()
        let clock = CPUClock()
        for entry in try InputWalker(root: input).entries() {
            for document in reader.read(entry) {
                var bytes: [UInt8]
                switch document.payload {
                case .bytes(let raw): bytes = raw
                case .html(let text), .text(let text): bytes = Array(text.utf8)
                case .feedItem(let item): bytes = Array(item.markup.utf8)
                case .failed: continue
                }
                report.documents += 1
                report.bytes += bytes.count
                var start = clock.now
                Self.parse(&bytes, options: options)
                parse += clock.now - start
                // What the clean stage hands libxml2 (see RawTextSkipper), skipping included.
                start = clock.now
                var skipped = RawTextSkipper.skip(bytes) ?? bytes
                Self.parse(&skipped, options: options)
                parseSkipped += clock.now - start
            }
        }
        report.seconds = [("parse", parse), ("parse, script and style bodies skipped", parseSkipped)]
        return report
    }

    private static func parse(_ bytes: inout [UInt8], options: Int32) {
        let parsed: htmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32(clamping: $0.count), nil, "UTF-8", options) }
        }
        if let parsed { xmlFreeDoc(parsed) }
    }

    /// The tokeniser alone over texts given as JSON string lines (see `stages(texts:)`).
    public func tokenizeOnly(textsFile: String) throws(PantauError) -> (report: Report, tokens: Int) {
        guard let data = FileManager.default.contents(atPath: textsFile) else { throw .inputNotFound(path: textsFile) }
        let texts = data.split(separator: 0x0A).compactMap { try? JSONSerialization.jsonObject(with: $0, options: .fragmentsAllowed) as? String }
        var report = Report()
        var tokens = 0
        let start = CPUClock().now
        for text in texts {
            tokens += knowledge.tokenizer.tokenize(text).tokens.count
            report.documents += 1
        }
        report.seconds = [("tokenize", CPUClock().now - start)]
        report.bytes = texts.reduce(0) { $0 + $1.utf8.count }
        return (report, tokens)
    }

    static func size(_ payload: SourceDocument.Payload) -> Int {
        switch payload {
        case .bytes(let bytes): return bytes.count
        case .html(let text), .text(let text): return text.utf8.count
        case .feedItem(let item): return item.markup.utf8.count
        case .failed: return 0
        }
    }
}

/// The calling thread's CPU time in seconds.
struct CPUClock {
    var now: Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
