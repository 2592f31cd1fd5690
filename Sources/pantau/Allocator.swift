import CJemalloc

/// The allocator this executable runs on: jemalloc, linked in place of glibc's malloc. With
/// glibc a run's peak memory grew with the corpus (freed pages kept in per-thread arenas) and
/// the pipeline ran about a fifth slower (BENCHMARKS.md).
enum Allocator {
    /// "jemalloc 5.3.0-0-g…", as jemalloc reports its own version.
    static var description: String {
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "jemalloc" }
        return "jemalloc " + String(cString: version)
    }
}
