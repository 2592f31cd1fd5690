import Foundation

/// Where the data files live and how to read them.
///
/// The lookup order lets a researcher override the shipped rules without rebuilding:
/// an explicit directory (`--data`), then `PANTAU_DATA`, then the resource bundle that
/// SwiftPM copies beside the binary. `Bundle.module` is avoided on purpose: it traps when
/// the bundle is missing, and a missing bundle must be a clear error, not a crash.
public struct DataDirectory: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    public static func locate(explicit: String? = nil) throws(PantauError) -> DataDirectory {
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit)) }
        if let env = ProcessInfo.processInfo.environment["PANTAU_DATA"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(contentsOf: bundleCandidates())
        for candidate in candidates {
            let marker = candidate.appendingPathComponent("MANIFEST.txt")
            if FileManager.default.fileExists(atPath: marker.path) {
                return DataDirectory(url: candidate)
            }
        }
        throw .dataMissing(searched: candidates.map(\.path))
    }

    private static func bundleCandidates() -> [URL] {
        let bundleNames = ["pantau_Pantau.resources", "pantau_Pantau.bundle", "Pantau_Pantau.resources"]
        var roots: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            roots.append(executable.deletingLastPathComponent())
            roots.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles { roots.append(bundle.bundleURL.deletingLastPathComponent()) }
        var result: [URL] = []
        for root in roots {
            for name in bundleNames {
                result.append(root.appendingPathComponent(name).appendingPathComponent("Data"))
                result.append(root.appendingPathComponent(name))
            }
        }
        return result
    }

    public func read(_ name: String) throws(PantauError) -> DataFile {
        let fileURL = url.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: fileURL.path) else {
            throw .dataFileUnreadable(path: fileURL.path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .dataFileNotUTF8(path: fileURL.path)
        }
        return DataFile(name: name, contents: text)
    }
}
