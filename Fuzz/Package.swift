// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, kept out of the main package so that `swift build` and `swift test` never
// need the fuzzer runtime. Build and run them with `Fuzz/run query|extract SECONDS`.
let package = Package(
    name: "ZhibiaoFuzz",
    dependencies: [.package(name: "zhibiao", path: "..")],
    targets: [
        .executableTarget(name: "QueryFuzz", dependencies: [.product(name: "ZhibiaoCore", package: "zhibiao")]),
        .executableTarget(name: "ExtractFuzz", dependencies: [.product(name: "ZhibiaoCore", package: "zhibiao")]),
    ]
)
