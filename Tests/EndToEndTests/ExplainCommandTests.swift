import Foundation
import Testing

/// `zhibiao explain FILE:LINE` and `.explain ID`, through the built binary.
@Suite struct ExplainCommandTests {
    static let review = "Samples/changzhi-2025-year-in-review-4.txt"

    /// The line of the review that holds `text`, 1-based.
    static func line(holding text: String) throws -> Int {
        let lines = try String(contentsOfFile: ExportScoreTests.root.path + "/" + review, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    /// The rows `zhibiao explain --format csv` prints for line `line` of the review; it must
    /// succeed.
    static func explained(line: Int) throws -> [String] {
        let (status, output, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["explain", "\(review):\(line)", "--format", "csv"])
        #expect(status == 0, "\(errors)")
        return output.split(separator: "\n").map(String.init)
    }

    @Test func explainsEachFigureOfALine() throws {
        let line = try Self.line(holding: "○城镇新增就业4.82万人")
        let rows = try Self.explained(line: line)
        #expect(rows.contains("metric,城镇新增就业,metric.phrase-before,城镇新增就业"))
        #expect(rows.contains("value,48200,figure.number,4.82万人"))
        #expect(rows.contains("unit,人,figure.unit,人 (people)"))
        #expect(rows.contains("region,长治市,region.document,长治市"))
        #expect(rows.contains { $0.hasPrefix("mentions,4,merge.same-figure,\"lines \(line), ") })
        #expect(rows.contains { $0.hasPrefix("metric.phrase-before,\"the noun phrase before the figure") })
    }

    /// After the figures, the phrases of the line their time was read from, as the period layer
    /// holds them.
    @Test func explainsTheLayersOfALine() throws {
        let rows = try Self.explained(line: Self.line(holding: "1-11月城镇新增就业4.82万人"))
        let layers = try #require(rows.firstIndex(of: "layer,words,reads"))
        #expect(
            Array(rows[layers...].prefix(3)) == [
                "layer,words,reads", "period,1-11月,months 1 to 11 of the year in force: {Y}-01..{Y}-11",
                "period,全年,passed over: the time of a target",
            ])
        #expect(rows.contains("period,2025-01..2025-11,period.heading,"))
    }

    /// Figures that one written figure made several of (places listed alone) each show the
    /// name they were given, not the last one's.
    @Test func eachFigureOfOneMentionShowsItsOwnName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhibiao-explain-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("places.txt")
        try "标题\n\n2024年，全县各乡镇适龄儿童疫苗接种率均在95%以上，青石镇、白沙镇达到100%。\n".write(
            to: file, atomically: true, encoding: .utf8)
        let (status, output, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["explain", "\(file.path):3", "--format", "csv"])
        #expect(status == 0, "\(errors)")
        let rows = output.split(separator: "\n").map(String.init)
        #expect(rows.contains(",青石镇适龄儿童疫苗接种率,metric.measure-of-places,青石镇适龄儿童疫苗接种率"))
        #expect(rows.contains(",白沙镇适龄儿童疫苗接种率,metric.measure-of-places,白沙镇适龄儿童疫苗接种率"))
    }

    @Test func badPlacesAreUsageErrorsAndMissingFilesExitThree() throws {
        let (usage, _, usageErrors) = try ExportScoreTests.run(ExportScoreTests.binary.path, ["explain", Self.review])
        #expect(usage == 2)
        #expect(
            usageErrors.hasPrefix(
                "Error: expected FILE:LINE with a line number from 1, as in article.txt:12; got '\(Self.review)'\n"))
        let (missing, output, missingErrors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["explain", "no-such-article.txt:3"])
        #expect(missing == 3)
        #expect(output.isEmpty)
        #expect(missingErrors == "zhibiao: no-such-article.txt: no such file or folder\n")
    }

    @Test func theShellExplainsAnObservationById() throws {
        let (_, csv, _) = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["-e", "show 城镇新增就业 where value=4.82万 limit 1", "--format", "csv"])
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let column = try #require(lines.first?.firstIndex(of: "id"))
        let id = try #require(lines.dropFirst().first?[column])
        let (status, output, errors) = try ExportScoreTests.run(
            "/bin/sh",
            ["-c", "printf '.mode csv\\n.explain \(id)\\n.explain 99:1\\n' | \(ExportScoreTests.binary.path)"])
        #expect(status == 1)
        #expect(output.contains("metric,城镇新增就业,metric.phrase-before,城镇新增就业\n"))
        #expect(output.contains("year,2025,year.document,\n"))
        #expect(errors == "error: no observation 99:1; show lists the ids; usage: .explain ID\n")
    }
}
