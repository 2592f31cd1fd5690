// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "pantau",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pantau", targets: ["pantau"]),
        .library(name: "Pantau", targets: ["Pantau"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2's HTML parser, found through pkg-config (libxml-2.0).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // zlib, for .warc.gz crawl files (one gzip member per record).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // jemalloc, the command line's allocator: linked into `pantau`, it replaces glibc's malloc
        // for the whole process (BENCHMARKS.md: faster, and peak memory flat as a corpus grows).
        .systemLibrary(name: "CJemalloc", pkgConfig: "jemalloc", providers: [.apt(["libjemalloc-dev"]), .brew(["jemalloc"])]),
        // One system call Swift cannot reach: swapping two folders atomically.
        .target(name: "CPantauSystem"),
        // SHA-256 rounds on the CPU's SHA extensions, where it has them.
        .target(name: "CPantauSHA256"),
        // The pipeline: one folder per stage, language knowledge in Data/.
        .target(
            name: "Pantau",
            dependencies: [
                "CLibXML2",
                "CPantauSHA256",
                "CPantauSystem",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C calls, for binding the dataset's rows without GRDB's argument values.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Data")]
        ),
        // The command line: parses arguments and calls the library, nothing more.
        .executableTarget(
            name: "pantau",
            dependencies: [
                "Pantau",
                "CJemalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Fuzz target: `make fuzz` builds it with libFuzzer; a plain build replays inputs.
        .executableTarget(
            name: "pantau-fuzz",
            dependencies: ["Pantau"],
            path: "Sources/pantau-fuzz"
        ),
        .testTarget(
            name: "PantauTests",
            dependencies: ["Pantau"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
