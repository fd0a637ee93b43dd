import Foundation
import Testing
import ZhibiaoCore

/// Observation ids through the real binary: the same for an article whatever else is loaded
/// and in whatever order, different for different articles of one name, and the same text
/// loaded twice is one article.
@Suite struct ObservationIdTests {
    static let review = ExportScoreTests.root.path + "/Samples/changzhi-2025-year-in-review-4.txt"
    static let livelihood = ExportScoreTests.root.path + "/Samples/changzhi-2025-livelihood-part2.txt"

    static let traceReview = """
        cppxbnyk:5  城镇新增就业 4.82万人 · 2025-01..2025-11 · 长治市
        id          mention  doc                                 line  text
        ──────────  ───────  ──────────────────────────────────  ────  ──────────────────────────────────────────────────
        cppxbnyk:5        1  changzhi-2025-year-in-review-4.txt    25  ○城镇新增就业【4.82万人】
                                                                   26  完成全年目标的112%
        cppxbnyk:5        2  changzhi-2025-year-in-review-4.txt    70  1-11月城镇新增就业【4.82万人】,完成全年目标的112%;
        cppxbnyk:5        3  changzhi-2025-year-in-review-4.txt   176  1-11月城镇新增就业【4.82万人】,完成全年目标的112%;
        cppxbnyk:5        4  changzhi-2025-year-in-review-4.txt   200  1-11月城镇新增就业【4.82万人】,完成全年目标的112%;

        """

    static let traceLivelihood = """
        deptjfwc:2  参会单位 1.32万家 · 2025 · 长治市
        id          mention  doc                                 line  text
        ──────────  ───────  ──────────────────────────────────  ────  ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
        deptjfwc:2        1  changzhi-2025-livelihood-part2.txt     9  全年开展“春风行动暨就业援助月”“职引未来”“民营企业服务月”等线上线下专项招聘活动474场，参会单位累计【1.32万家】，提供岗位47.7万个，达成就业意向3.37万人。

        """

    static func trace(loading paths: [String]) throws -> (status: Int32, output: String, errors: String) {
        try ExportScoreTests.run(
            ExportScoreTests.binary.path,
            ["--load"] + paths + ["-e", "trace cppxbnyk:5", "-e", "trace deptjfwc:2"])
    }

    @Test func idsDoNotDependOnWhatElseIsLoadedNorOnTheOrder() throws {
        let scratch = try InputFileTests.Scratch()
        let other = try scratch.write("other.txt", Array(InputFileTests.article.utf8))
        let alone = try ExportScoreTests.run(
            ExportScoreTests.binary.path, ["--load", Self.review, "-e", "trace cppxbnyk:5"])
        #expect(alone.0 == 0)
        #expect(alone.1 == Self.traceReview)
        for order in [
            [Self.review, Self.livelihood], [Self.livelihood, Self.review], [other, Self.livelihood, Self.review],
        ] {
            let run = try Self.trace(loading: order)
            #expect(run.status == 0, "\(order)")
            #expect(run.output == Self.traceReview + Self.traceLivelihood, "\(order)")
            #expect(run.errors == "", "\(order)")
        }
        // The key names the article in conditions too.
        let (status, output, _) = try ExportScoreTests.run(
            ExportScoreTests.binary.path,
            [
                "--load", other, Self.livelihood, Self.review, "--format", "csv", "-e",
                "show all where id = cppxbnyk:5 or (doc = deptjfwc and id <= deptjfwc:2)",
            ])
        #expect(status == 0)
        #expect(
            output.split(separator: "\n").map { $0.split(separator: ",")[0] } == [
                "id", "deptjfwc:1", "deptjfwc:2", "cppxbnyk:5",
            ])
    }

    @Test func sameNameInTwoFoldersAreTwoArticlesAndACopyIsOne() throws {
        let scratch = try InputFileTests.Scratch()
        let first = try scratch.write("a/report.txt", Array("2024年全市城镇新增就业4.82万人。\n".utf8))
        let second = try scratch.write("b/report.txt", Array("2024年全市城镇新增就业5.1万人。\n".utf8))
        let copy = try scratch.write("c/copy-of-report.txt", Array("2024年全市城镇新增就业4.82万人。\n".utf8))
        let (a, b) = (
            DocumentKey(articleText: "2024年全市城镇新增就业4.82万人。\n"), DocumentKey(articleText: "2024年全市城镇新增就业5.1万人。\n")
        )
        #expect(a != b)
        let (status, output, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path,
            ["--load", first, second, copy, "--format", "csv", "-e", "show all", "-e", "trace \(b):1"])
        #expect(status == 0)
        #expect(errors == "warning: \(copy): same text as \(first), already loaded; skipped\n")
        #expect(
            output == """
                id,doc,line,sector,metric,indicator,value,unit,qualifier,kind,year,period,region,text,mentions,sources,format
                \(a):1,report.txt,1,employment,城镇新增就业,urban-new-jobs,48200,人,,actual,2024,,,2024年全市城镇新增就业4.82万人。,1,report.txt,3
                \(b):1,report.txt,1,employment,城镇新增就业,urban-new-jobs,51000,人,,actual,2024,,,2024年全市城镇新增就业5.1万人。,1,report.txt,3
                id,mention,doc,line,text
                \(b):1,1,report.txt,1,2024年全市城镇新增就业5.1万人。

                """)
    }
}
