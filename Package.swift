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
        // Extraction, graph, query language, evaluation, rendering. No terminal I/O.
        // The data tables of Data/ are built in as strings by the EmbedData plugin.
        .target(
            name: "ZhibiaoCore",
            exclude: ["Data"],
            plugins: ["EmbedData"]
        ),
        .plugin(name: "EmbedData", capability: .buildTool()),
        // The REPL, dot-commands, completion, history and line readers.
        .target(
            name: "ZhibiaoShell",
            dependencies: ["ZhibiaoCore", "CLibEdit"]
        ),
        // Argument parsing and wiring only.
        .executableTarget(
            name: "zhibiao",
            dependencies: [
                "ZhibiaoCore",
                "ZhibiaoShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ZhibiaoCoreTests", dependencies: ["ZhibiaoCore"]),
        .testTarget(name: "ZhibiaoShellTests", dependencies: ["ZhibiaoShell"]),
        .testTarget(name: "EndToEndTests", dependencies: ["zhibiao", "ZhibiaoCore"]),
    ]
)
