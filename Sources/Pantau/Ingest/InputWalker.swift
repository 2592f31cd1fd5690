import Foundation

/// One entry found under the input root, before it is read.
public struct InputEntry: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case document      // .html, .htm, .txt, and .xml, .rss, .atom, .rdf (feeds): kind decided by content
        case jsonl         // one record per line, before `JSONLIndex` lists its records
        case jsonlRecord(JSONLLocation)
        case warc          // .warc or .warc.gz, before `WARCIndex` lists its records
        case warcRecord(WARCLocation)
        case unsupported(String)
        case unreadable(String)
    }
    public var path: String
    public var relativePath: String
    public var kind: Kind

    public init(path: String, relativePath: String, kind: Kind) {
        self.path = path
        self.relativePath = relativePath
        self.kind = kind
    }
}

/// Lists every file under the input root, recursively and in a stable order.
///
/// Symbolic links are followed once; a link that leads back into a folder already being
/// walked (a loop) becomes an unreadable entry instead of an endless walk. Paths listed in
/// `.pantauignore` at the root (a folder with a trailing `/`, a file, or `*.ext`) are skipped,
/// so that gold files and notes can live beside a corpus.
public struct InputWalker: Sendable {
    public static let documentExtensions: Set<String> = ["html", "htm", "txt"]
    /// Files that may hold a feed: read by content like documents (a feed saved as `.html`
    /// is read as a feed too), and whose items are `FILE#N`.
    public static let feedExtensions: Set<String> = ["xml", "rss", "atom", "rdf"]
    public static let ignoreFileName = ".pantauignore"

    public let root: String

    public init(root: String) { self.root = root }

    public func entries() throws(PantauError) -> [InputEntry] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw .inputNotFound(path: root)
        }
        if !isDirectory.boolValue {
            let name = (root as NSString).lastPathComponent
            let kind = Self.notARegularFile(root).map(InputEntry.Kind.unreadable) ?? Self.kind(ofFile: root)
            return Self.expand([InputEntry(path: root, relativePath: name, kind: kind)])
        }
        let ignore = IgnoreRules(root: root)
        var result: [InputEntry] = []
        var visiting: Set<String> = []
        walk(directory: root, relative: "", ignore: ignore, visiting: &visiting, into: &result)
        return Self.expand(result.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) })
    }

    /// Container files replaced by one entry per record they hold.
    static func expand(_ entries: [InputEntry]) -> [InputEntry] {
        JSONLIndex.expand(WARCIndex.expand(entries))
    }

    private func walk(directory: String, relative: String, ignore: IgnoreRules,
                      visiting: inout Set<String>, into result: inout [InputEntry]) {
        let real = (directory as NSString).resolvingSymlinksInPath
        guard visiting.insert(real).inserted else {
            result.append(InputEntry(path: directory, relativePath: relative,
                                     kind: .unreadable("symbolic link loop: leads back to \(real)")))
            return
        }
        defer { visiting.remove(real) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            result.append(InputEntry(path: directory, relativePath: relative.isEmpty ? "." : relative,
                                     kind: .unreadable("cannot list folder: \(Self.reason(error))")))
            return
        }
        for name in names where name != Self.ignoreFileName {
            let path = (directory as NSString).appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if ignore.skips(rel, isDirectory: exists && isDirectory.boolValue) { continue }
            if !exists {
                result.append(InputEntry(path: path, relativePath: rel, kind: .unreadable("broken symbolic link")))
            } else if isDirectory.boolValue {
                walk(directory: path, relative: rel, ignore: ignore, visiting: &visiting, into: &result)
            } else if let special = Self.notARegularFile(path) {
                result.append(InputEntry(path: path, relativePath: rel, kind: .unreadable(special)))
            } else {
                result.append(InputEntry(path: path, relativePath: rel, kind: Self.kind(ofFile: path)))
            }
        }
    }

    static func kind(ofFile path: String) -> InputEntry.Kind {
        let ext = (path as NSString).pathExtension.lowercased()
        if documentExtensions.contains(ext) || feedExtensions.contains(ext) { return .document }
        if ext == "jsonl" { return .jsonl }
        if WARCIndex.isWARC(path) { return .warc }
        return .unsupported(ext.isEmpty ? "file has no extension; Pantau reads .html, .htm, .txt, feeds (.xml, .rss, .atom, .rdf), .jsonl, .warc and .warc.gz"
                                        : "unsupported file type .\(ext); Pantau reads .html, .htm, .txt, feeds (.xml, .rss, .atom, .rdf), .jsonl, .warc and .warc.gz")
    }

    /// Why a path that is neither a folder nor a regular file cannot be read: opening a named
    /// pipe would wait for a writer, and a nightly run must not hang on one left in a scrape folder.
    static func notARegularFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "not a regular file: a named pipe (FIFO)"
        case S_IFSOCK: return "not a regular file: a socket"
        case S_IFCHR, S_IFBLK: return "not a regular file: a device"
        default: return "not a regular file"
        }
    }

    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

/// The `.pantauignore` patterns of an input root.
struct IgnoreRules: Sendable {
    private var folders: [String] = []
    private var files: Set<String> = []
    private var extensions: Set<String> = []

    init(root: String) {
        let path = (root as NSString).appendingPathComponent(InputWalker.ignoreFileName)
        guard let data = FileManager.default.contents(atPath: path) else { return }
        for raw in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("*.") { extensions.insert(String(line.dropFirst(2)).lowercased()) }
            else if line.hasSuffix("/") { folders.append(String(line.dropLast())) }
            else { files.insert(line) }
        }
    }

    func skips(_ relative: String, isDirectory: Bool) -> Bool {
        if isDirectory { return folders.contains(relative) }
        if files.contains(relative) { return true }
        return extensions.contains((relative as NSString).pathExtension.lowercased())
    }
}
