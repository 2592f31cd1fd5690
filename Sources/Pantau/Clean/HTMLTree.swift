import CLibXML2
import Foundation

/// A parsed HTML document owned by libxml2, freed when this value is released.
///
/// Parsing options: recover from broken markup, never touch the network, never load
/// DTDs or external entities, print nothing. The input is already UTF-8 (see
/// `TextDecoding`), so libxml2 is told the encoding and never guesses. Implied `<html>` and
/// `<body>` stay on, so stray content before the root still hangs under one root. HUGE lifts
/// libxml2's 10 MB text-node cap (inline scripts on portals exceed it); the input size limit
/// (`--max-bytes`) bounds memory instead.
final class HTMLTree {
    let document: htmlDocPtr

    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    init?(utf8 bytes: [UInt8], pool: HTMLParserPool? = nil) {
        _ = Self.initialized
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let pool { return pool.parse(chars) }
                return htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", Self.options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Small helpers over libxml2's node structs, on bytes: no String per element on the hot path.
enum Node {
    @inline(__always) static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }
    @inline(__always) static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The attribute's value as libxml2 holds it (a single text child), or nil.
    @inline(__always) static func attributeValue(_ node: xmlNodePtr, _ name: StaticString) -> UnsafePointer<xmlChar>? {
        var attribute = node.pointee.properties
        while let here = attribute {
            if let attributeName = here.pointee.name, equals(attributeName, name) {
                guard let child = here.pointee.children else { return emptyValue }
                return UnsafePointer(child.pointee.content) ?? emptyValue
            }
            attribute = here.pointee.next
        }
        return nil
    }

    static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        guard let value = attributeValue(node, name) else { return nil }
        return String(cString: value)
    }

    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { pantau_xml_free(value) }
        return String(cString: value)
    }

    /// A valueless attribute (`<div hidden>`) reads as the empty string.
    @inline(__always) private static var emptyValue: UnsafePointer<xmlChar> { ("" as StaticString).utf8Start }

    /// Case-insensitive comparison of a C string with an ASCII lower-case literal.
    @inline(__always) static func equals(_ cString: UnsafePointer<xmlChar>, _ literal: StaticString) -> Bool {
        let bytes = literal.utf8Start
        let count = literal.utf8CodeUnitCount
        for i in 0..<count {
            let c = cString[i]
            if c == 0 { return false }
            if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != bytes[i] { return false }
        }
        return cString[count] == 0
    }
}

/// Parser contexts kept between documents, one per worker at a time: a reused context keeps its
/// name dictionary and buffers, which saves libxml2 much of its allocation per page.
public final class HTMLParserPool: @unchecked Sendable {
    private var idle: [htmlParserCtxtPtr] = []
    private let lock = NSLock()
    /// A context is retired after this many pages so its dictionary cannot grow without bound.
    private static let pagesPerContext = 500
    private var uses: [htmlParserCtxtPtr: Int] = [:]

    public init() {}

    deinit { for context in idle { htmlFreeParserCtxt(context) } }

    func parse(_ chars: UnsafeBufferPointer<CChar>) -> htmlDocPtr? {
        lock.lock()
        var context = idle.popLast()
        lock.unlock()
        if context == nil { context = htmlNewParserCtxt() }
        guard let context else { return nil }
        let document = htmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", HTMLTree.options)
        lock.lock()
        let used = (uses[context] ?? 0) + 1
        if used >= Self.pagesPerContext {
            uses[context] = nil
            lock.unlock()
            htmlFreeParserCtxt(context)
        } else {
            uses[context] = used
            idle.append(context)
            lock.unlock()
        }
        return document
    }
}
