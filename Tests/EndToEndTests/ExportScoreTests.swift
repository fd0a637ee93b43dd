import Foundation
import Testing

/// Runs the built `zhibiao export` over the sample articles and scores it with the hand
/// annotation's scorer, as DESIGN §3 requires (full-match recall and precision ≥ 0.90).
@Suite struct ExportScoreTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zhibiao")
    }

    /// Runs a program; returns its exit status and standard output.
    static func run(_ executable: String, _ arguments: [String], input: Data? = nil) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self)
        )
    }

    @Test func exportMeetsTheGoldThresholds() throws {
        let gold = Self.root.deletingLastPathComponent().appendingPathComponent("shared/gold")
        try #require(
            FileManager.default.fileExists(atPath: gold.path + "/score.py"), "../shared/gold is beside the checkout")
        let samples = try FileManager.default.contentsOfDirectory(atPath: Self.root.path + "/Samples")
            .filter { $0.hasSuffix(".txt") }.sorted().map { "Samples/" + $0 }
        let (status, jsonl, _) = try Self.run(Self.binary.path, ["export", "--format", "jsonl"] + samples)
        #expect(status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhibiao-export-\(getpid()).jsonl")
        try jsonl.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let (scoreStatus, report, _) = try Self.run(
            "/usr/bin/env",
            ["python3", gold.path + "/score.py", gold.path, file.path, "--min-full", "0.90", "--min-precision", "0.90"])
        #expect(scoreStatus == 0, "\(report)")
    }

    @Test func everyExportedLineHasExactlyTheContractKeys() throws {
        let (status, jsonl, _) = try Self.run(Self.binary.path, ["export", "--format", "jsonl", "Samples"])
        #expect(status == 0)
        let keys = [
            "id", "doc", "line", "sector", "metric", "value", "unit", "qualifier", "year", "period", "region", "text",
            "mentions",
        ]
        let lines = jsonl.split(separator: "\n")
        #expect(lines.count > 40)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object.map { Set($0.keys) } == Set(keys))
        }
    }

    @Test func unreadableInputExitsThreeNamingTheFile() throws {
        let (status, _, errors) = try Self.run(Self.binary.path, ["export", "no-such-article.txt"])
        #expect(status == 3)
        #expect(errors == "zhibiao: no-such-article.txt: no such file or folder\n")
    }
}

@Suite struct CommandLineTests {
    @Test func usageErrorsExitTwoWithTheReason() throws {
        let (status, output, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["export", "--format", "xml"])
        #expect(status == 2)
        #expect(output.isEmpty)
        #expect(errors.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'."))
    }

    @Test func statementsRunWithDashEAndFailuresExitOne() throws {
        let (ok, json, _) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["--format", "jsonl", "-e", "show 城镇新增就业 where year=2025"])
        #expect(ok == 0)
        #expect(json.contains("\"value\":48200"))
        let (failed, _, errors) = try ExportScoreTests.run(ExportScoreTests.binary.path, ["-e", "show employmnt"])
        #expect(failed == 1)
        #expect(errors.contains("did you mean 'employment'?"))
    }
}

@Suite struct DataFilesTests {
    @Test func aBinaryWithoutItsDataFilesSaysSoAndExitsThree() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhibiao-nodata-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("zhibiao")
        try FileManager.default.copyItem(at: ExportScoreTests.binary, to: copy)
        let (status, output, errors) = try ExportScoreTests.run(copy.path, ["export", "Samples"])
        #expect(status == 3)
        #expect(output.isEmpty)
        #expect(errors.hasPrefix("zhibiao: cannot find the data files"))
    }
}
