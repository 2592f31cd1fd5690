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

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    init?(utf8 text: String) {
        _ = Self.initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        var text = text
        let parsed: htmlDocPtr? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: xmlNodePtr? { xmlDocGetRootElement(document) }
}

/// Small helpers over libxml2's node structs.
enum Node {
    @inline(__always) static func name(_ node: xmlNodePtr) -> String {
        guard let raw = node.pointee.name else { return "" }
        return String(cString: raw)
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { pantau_xml_free(value) }
        return String(cString: value)
    }

    static func content(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { pantau_xml_free(value) }
        return String(cString: value)
    }

    @inline(__always) static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }
    @inline(__always) static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }
}
