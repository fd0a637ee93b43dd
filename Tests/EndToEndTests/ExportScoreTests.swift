import Foundation
import Testing

/// Runs the built `zhibiao export` and scores it against the project's own hand annotation
/// (`Tests/Annotation`), and against the development set where it is beside the checkout.
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

    /// The articles the project ships or writes for its tests, with the scores their export was
    /// last recorded at: a change that lowers one fails here. DESIGN §3 asks at least 0.90 of both.
    static let annotated: [Recorded] = [
        Recorded(folder: "Samples", recall: 1.0, precision: 0.982, kind: 0.981, targetsShown: 1),
        // Articles written for the tests, in nine genres, with places and numbers of their own.
        Recorded(folder: "Tests/Articles", recall: 0.978, precision: 0.987, kind: 0.996, targetsShown: 0),
        // Year-end reviews of three cities for two years, and a news item, for comparisons.
        Recorded(folder: "Tests/Fixtures/cities", recall: 1.0, precision: 0.990, kind: 1.0, targetsShown: 0),
        // Two articles annotated before they were first extracted, to measure rules on text
        // they were not written for: a statistics bureau's news and a district's work report.
        Recorded(folder: "Tests/Fixtures/heldout", recall: 1.0, precision: 1.0, kind: 1.0, targetsShown: 0),
        // Forty-eight articles annotated before they were first extracted, by writers who never ran
        // the tool (Tests/Fixtures/unseen/README.md).
        Recorded(folder: "Tests/Fixtures/unseen", recall: 0.906, precision: 0.993, kind: 0.995, targetsShown: 3),
    ]

    /// An annotated folder and the scores its export was last recorded at: full-match recall,
    /// precision and kind accuracy must not fall, nor more targets be shown as achievements.
    struct Recorded: Sendable, CustomTestStringConvertible {
        var folder: String
        var recall: Double
        var precision: Double
        var kind: Double
        var targetsShown: Int
        var testDescription: String { folder }
    }

    @Test(arguments: annotated)
    func exportScoresAgainstTheProjectsAnnotation(_ set: Recorded) throws {
        let folder = Self.root.appendingPathComponent(set.folder)
        let articles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        let annotations = try articles.map {
            try Annotation(
                file: Self.root.appendingPathComponent("Tests/Annotation")
                    .appendingPathComponent(String($0.dropLast(4)) + ".tsv"))
        }
        let (status, jsonl, errors) = try Self.run(
            Self.binary.path, ["export", "--format", "jsonl"] + articles.map { folder.appendingPathComponent($0).path })
        #expect(status == 0, "\(errors)")
        let score = try AnnotationScore(export: jsonl, annotations: annotations)
        #expect(score.figures > 40)
        #expect(score.recall >= set.recall, "\(score.misses.joined(separator: "\n"))")
        #expect(score.precision >= set.precision - 0.0005, "\(score.misses.joined(separator: "\n"))")
        #expect(score.kindAccuracy >= set.kind - 0.0005, "\(score.misses.joined(separator: "\n"))")
        #expect(score.targetsAsAchievements <= set.targetsShown, "\(score.misses.joined(separator: "\n"))")
        if set.folder == "Samples" { #expect(min(score.recall, score.precision) >= 0.90) }
        print(
            "\(set.folder): full-match recall \(score.recall), precision \(score.precision), kind \(score.kindAccuracy), "
                + "targets shown as achievements \(score.targetsAsAchievements) of \(score.targets)")
    }

    /// The development set of real articles beside the checkout (`../shared/devset`, with the
    /// scorer of `../shared/gold`) is scored where it is there, as it is in CI: its full-match
    /// recall and precision must not fall below what they were last recorded at.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: devset.path + "/gold.jsonl")))
    func devsetScoreHasNotDropped() throws {
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.devset.path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { Self.devset.appendingPathComponent($0).path }
        let (status, jsonl, _) = try Self.run(Self.binary.path, ["export", "--format", "jsonl"] + articles)
        #expect(status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhibiao-devset-\(getpid()).jsonl")
        try jsonl.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let scorer = Self.root.deletingLastPathComponent().appendingPathComponent("shared/gold/score.py").path
        let (scoreStatus, report, problems) = try Self.run(
            "/usr/bin/env",
            ["python3", scorer, Self.devset.path, file.path, "--min-full", "0.999", "--min-precision", "0.999"])
        #expect(scoreStatus == 0, "\(report)\(problems)")
    }

    static let devset = root.deletingLastPathComponent().appendingPathComponent("shared/devset")

    @Test func everyExportedLineHasExactlyTheContractKeys() throws {
        let (status, jsonl, _) = try Self.run(Self.binary.path, ["export", "--format", "jsonl", "Samples"])
        #expect(status == 0)
        // Format 3: format 1's keys and format, kind, sources and indicator.
        let keys = [
            "id", "doc", "line", "sector", "metric", "indicator", "value", "unit", "qualifier", "kind", "year",
            "period", "region",
            "text", "mentions", "sources", "format",
        ]
        let lines = jsonl.split(separator: "\n")
        #expect(lines.count > 40)
        var kinds: Set<String> = []
        var indicators: Set<String> = []
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object.map { Set($0.keys) } == Set(keys))
            #expect(object?["format"] as? Int == 3)
            // An article's own name comes first; the one fact both samples state (a subsidy of
            // 512.4万元) names the other too.
            let sources = object?["sources"] as? [String] ?? []
            #expect(sources.first == object?["doc"] as? String)
            #expect(sources.count == (object?["value"] as? Int == 5_124_000 ? 2 : 1))
            kinds.insert(object?["kind"] as? String ?? "")
            if let indicator = object?["indicator"] as? String { indicators.insert(indicator) }
        }
        #expect(kinds == ["actual", "target", "completion", "change"])
        #expect(indicators.isSuperset(of: ["urban-new-jobs", "childcare-places-per-1000", "urban-disposable-income"]))
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

    /// Copies a program through a descriptor closed on exec: a copy whose descriptor a process
    /// started by another test at the same moment inherited could not be run ("text file busy").
    static func copyExecutable(_ source: String, to destination: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
        let fd = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Runs a program just written, trying again while the kernel says its text is busy: a
    /// process that another test starts at that moment holds every descriptor of this one, the
    /// copy's included, from its fork until its exec closes them (O_CLOEXEC closes them only
    /// then), and a program open for writing cannot be run.
    static func runFreshCopy(_ executable: String, _ arguments: [String]) throws -> (Int32, String, String) {
        var attempt = 0
        while true {
            do {
                return try ExportScoreTests.run(executable, arguments)
            } catch let error as NSError where isTextBusy(error) && attempt < 20 {
                attempt += 1
                usleep(50_000)
            }
        }
    }

    /// Whether launching failed because the program is open for writing: Foundation reports it
    /// as a file error whose underlying POSIX error is ETXTBSY.
    private static func isTextBusy(_ error: NSError) -> Bool {
        let posix = error.domain == NSPOSIXErrorDomain ? error : error.userInfo[NSUnderlyingErrorKey] as? NSError
        return posix?.domain == NSPOSIXErrorDomain && posix?.code == Int(ETXTBSY)
    }

    @Test func theBinaryAloneInAFolderStillExtracts() throws {
        let folder = try Self.temporaryFolder("alone")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("zhibiao")
        try Self.copyExecutable(ExportScoreTests.binary.path, to: copy.path)
        let (status, csv, errors) = try Self.runFreshCopy(copy.path, ["export", "--format", "csv", "Samples"])
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
