// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "zhibiao",
    products: [
        .executable(name: "zhibiao", targets: ["zhibiao"]),
        .library(name: "ZhibiaoCore", targets: ["ZhibiaoCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // libedit's native API; the header wraps the C-variadic calls Swift cannot make.
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The system's SQLite library, for the persistent store (`--db`, `.open`).
        .systemLibrary(
            name: "CSQLite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Extraction, graph, query language, evaluation, rendering. No terminal I/O.
        // The data tables of Data/ are built in as strings by the EmbedData plugin.
        .target(
            name: "ZhibiaoCore",
            exclude: ["Data"],
            plugins: ["EmbedData"]
        ),
        .plugin(name: "EmbedData", capability: .buildTool()),
        // The persistent store: a graph's documents, lines, observations and mentions in SQLite.
        .target(
            name: "ZhibiaoStore",
            dependencies: ["ZhibiaoCore", "CSQLite3"]
        ),
        // The REPL, dot-commands, completion, history and line readers.
        .target(
            name: "ZhibiaoShell",
            dependencies: ["ZhibiaoCore", "ZhibiaoStore", "CLibEdit"]
        ),
        // Argument parsing and wiring only.
        .executableTarget(
            name: "zhibiao",
            dependencies: [
                "ZhibiaoCore",
                "ZhibiaoShell",
                "ZhibiaoStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ZhibiaoCoreTests", dependencies: ["ZhibiaoCore"]),
        .testTarget(name: "ZhibiaoShellTests", dependencies: ["ZhibiaoShell"]),
        .testTarget(name: "EndToEndTests", dependencies: ["zhibiao", "ZhibiaoCore"]),
    ]
)
