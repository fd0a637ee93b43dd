import Testing

/// `compare` through the built binary over the cities' articles.
@Suite struct CompareCommandTests {
    /// The pivot of new urban jobs as csv: a row per city and measure, a column per year; the
    /// 2025 figures of 1-11月 say so, the two 曲靖 articles that disagree are both given, and the
    /// shares of the year's target are rows of their own. Nothing goes to standard error.
    @Test func comparesCitiesByYearAsCsv() throws {
        let (status, output, errors) = try ExportScoreTests.run(
            ExportScoreTests.binary.path,
            ["--load", "Tests/Fixtures/cities", "--format", "csv", "-e", "compare 城镇新增就业 by region, year"])
        #expect(status == 0)
        #expect(errors == "")
        #expect(
            output == """
                indicator,measure,unit,kind,region,2024,2025,sources
                urban-new-jobs,城镇新增就业,人,actual,丽水市,38600,3.79万 (1-11月),2
                urban-new-jobs,城镇新增就业,人,actual,宣威市,,9600 (1-11月),1
                urban-new-jobs,城镇新增就业,人,actual,曲靖市,61800,6.21万 ≠ 6.12万 (1-11月),3
                urban-new-jobs,城镇新增就业,人,actual,漯河市,36200,37100,2
                urban-new-jobs,城镇新增就业,人,actual,麒麟区,,1.42万 (1-11月),1
                urban-new-jobs-target-share,城镇新增就业完成年度目标,%,completion,丽水市,,108.3 (1-11月),1
                urban-new-jobs-target-share,城镇新增就业完成年度目标,%,completion,曲靖市,109.6,109.3 (1-11月),2
                urban-new-jobs-target-share,城镇新增就业完成年度目标,%,completion,漯河市,,106,1

                """)
    }
}
