// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package so that neither `swift build` nor `swift test` at the
// root compiles or runs them. `Benchmarks/run` builds this package in release mode.
let package = Package(
    name: "zhibiao-benchmarks",
    dependencies: [
        .package(name: "zhibiao", path: "..")
    ],
    targets: [
        // The SQLite library that Debian's `sqlite3` command links, for the side-by-side figures.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // glibc's mallinfo2, for the heap a graph keeps.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // Writes a deterministic corpus of articles of any size.
        .executableTarget(name: "zhibiao-corpus", path: "Sources/Corpus"),
        // Measures extraction, graph build, memory, query latency and start-up.
        .executableTarget(
            name: "zhibiao-bench",
            dependencies: [.product(name: "ZhibiaoCore", package: "zhibiao"), "CSQLite", "CMalloc"],
            path: "Sources/Bench"
        ),
    ]
)
