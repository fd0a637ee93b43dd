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
    static func run(
        _ executable: String, _ arguments: [String], input: Data? = nil, environment: [String: String] = [:]
    ) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
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

/// The data tables are built into the binary; `$ZHIBIAO_DATA` adds to them at start.
@Suite struct BuiltInDataTests {
    static func temporaryFolder(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhibiao-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theBinaryAloneInAFolderStillExtracts() throws {
        let folder = try Self.temporaryFolder("alone")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("zhibiao")
        try FileManager.default.copyItem(at: ExportScoreTests.binary, to: copy)
        let (status, csv, errors) = try ExportScoreTests.run(copy.path, ["export", "--format", "csv", "Samples"])
        let (_, beside, _) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["export", "--format", "csv", "Samples"])
        #expect(status == 0, "\(errors)")
        #expect(csv.split(separator: "\n").count > 40)
        #expect(csv == beside)
    }

    @Test func filesInZhibiaoDataAddWordsToTheBuiltInTables() throws {
        let folder = try Self.temporaryFolder("data")
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("article.txt")
        try "2024年，全市新建健身步道86条，安装路灯1200樽。\n".write(to: article, atomically: true, encoding: .utf8)
        let arguments = ["export", "--format", "csv", article.path]
        let (_, before, _) = try ExportScoreTests.run(ExportScoreTests.binary.path, arguments)
        #expect(before.contains(",86,条,"))
        #expect(!before.contains(",1200,"))
        try "樽\t樽\t1\tthings\n".write(
            to: folder.appendingPathComponent("units.tsv"), atomically: true, encoding: .utf8)
        let (status, after, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, arguments, environment: ["ZHIBIAO_DATA": folder.path])
        #expect(status == 0, "\(errors)")
        #expect(after.contains(",86,条,"))
        #expect(after.contains(",1200,樽,"))
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
