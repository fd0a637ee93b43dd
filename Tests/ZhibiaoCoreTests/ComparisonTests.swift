import Testing

@testable import ZhibiaoCore

/// Whole answers over the articles of three cities and two years (`Tests/Fixtures/cities`), each
/// read against the articles: a cell holds a figure an article states for that place, year and
/// period, and nothing else; nothing is summed; a figure of part of a year says so, in csv too;
/// targets appear only when asked for; two articles that disagree are both shown.
@Suite struct ComparisonTests {
    static let cities: IndicatorGraph = {
        let graph = IndicatorGraph()
        _ = Loader().load([LoaderTests.root + "/Tests/Fixtures/cities"], into: graph)
        return graph
    }()

    static func answer(_ statement: String, format: OutputFormat = .table, width: Int? = nil) -> String {
        TableFitTests.render(statement, width: width, format: format, graph: cities)
    }

    /// What each answer shows, read against the articles:
    /// - 城镇新增就业 by region and year: each city's whole 2024 (今年), 丽水's and 曲靖's 1-11月 of
    ///   2025 marked as such, 漯河's 今年以来 of a review of 12月29日 as the year; 曲靖's two articles
    ///   of 2025 disagree (6.21万 in the news item, 6.12万 in the review); the shares of the year's
    ///   target in rows of their own; the six targets left out; 曲靖's 分县 list (麒麟区、宣威市…分别为)
    ///   gives two districts figures of their own.
    /// - 每千人口托位数 (每千人口拥有3岁以下婴幼儿托位数, 千人口托位数, 每千常住人口托位数): one
    ///   figure a city and year, and the rises 漯河 and 丽水 state (比上年提高0.5个) apart.
    /// - childcare: every childcare figure, a row per indicator (新增托位 and 新增普惠托位 are two)
    ///   and year; 25 observations of six articles (the news item has none).
    /// - series: a change only from a whole year to a whole year (漯河), none from a whole year to
    ///   1-11月 (丽水, 曲靖) nor across a conflict, and the trend drawn from like periods only.
    static let cases: [(statement: String, format: OutputFormat, width: Int?, output: String)] = [
        (
            "compare 城镇新增就业 by region, year", .table, nil,
            """
            indicator                    measure                   unit  kind        region    2024                      2025  sources
            ───────────────────────────  ────────────────────────  ────  ──────────  ──────  ──────  ────────────────────────  ───────
            urban-new-jobs               城镇新增就业              人    actual      丽水市  3.86万           3.79万 (1-11月)        2
                                                                                     宣威市                     9600 (1-11月)        1
                                                                                     曲靖市  6.18万  6.21万 ≠ 6.12万 (1-11月)        3
                                                                                     漯河市  3.62万                    3.71万        2
                                                                                     麒麟区                   1.42万 (1-11月)        1
            urban-new-jobs-target-share  城镇新增就业完成年度目标  %     completion  丽水市                    108.3 (1-11月)        1
                                                                                     曲靖市   109.6            109.3 (1-11月)        2
                                                                                     漯河市                               106        1

            城镇新增就业 (人)
              丽水市 2024  ██████████████████▊             3.86万
              曲靖市 2024  ██████████████████████████████  6.18万
              漯河市 2024  █████████████████▋              3.62万
              漯河市 2025  ██████████████████              3.71万

            城镇新增就业 (人, 1-11月)
              丽水市 2025  ██████████████████████████████  3.79万 (1-11月)
              宣威市 2025  ███████▋                        9600 (1-11月)
              麒麟区 2025  ███████████▎                    1.42万 (1-11月)

            城镇新增就业完成年度目标 (%, completion, 1-11月)
              丽水市 2025  █████████████████████████████▊  108.3 (1-11月)
              曲靖市 2025  ██████████████████████████████  109.3 (1-11月)

            城镇新增就业完成年度目标 (%, completion)
              曲靖市 2024  ██████████████████████████████  109.6
              漯河市 2025  █████████████████████████████   106

            ≠ marks figures that articles state differently for the same place and period (`check` lists them).

            6 targets left out (`where kind=target` compares them)

            """
        ),
        (
            "compare 城镇新增就业 by region, year", .csv, nil,
            """
            indicator,measure,unit,kind,region,2024,2025,sources
            urban-new-jobs,城镇新增就业,人,actual,丽水市,38600,3.79万 (1-11月),2
            urban-new-jobs,城镇新增就业,人,actual,宣威市,,9600 (1-11月),1
            urban-new-jobs,城镇新增就业,人,actual,曲靖市,61800,6.21万 ≠ 6.12万 (1-11月),3
            urban-new-jobs,城镇新增就业,人,actual,漯河市,36200,37100,2
            urban-new-jobs,城镇新增就业,人,actual,麒麟区,,1.42万 (1-11月),1
            urban-new-jobs-target-share,城镇新增就业完成年度目标,%,completion,丽水市,,108.3 (1-11月),1
            urban-new-jobs-target-share,城镇新增就业完成年度目标,%,completion,曲靖市,109.6,109.3 (1-11月),2
            urban-new-jobs-target-share,城镇新增就业完成年度目标,%,completion,漯河市,,106,1

            """
        ),
        (
            "compare 每千人口托位数 by region", .csv, nil,
            """
            indicator,measure,unit,kind,region,year,value,sources
            childcare-places-per-1000,每千人口托位数,个,actual,丽水市,2024,4.5,1
            childcare-places-per-1000,每千人口托位数,个,actual,丽水市,2025,5,1
            childcare-places-per-1000,每千人口托位数,个,actual,曲靖市,2024,3.6,1
            childcare-places-per-1000,每千人口托位数,个,actual,曲靖市,2025,4,1
            childcare-places-per-1000,每千人口托位数,个,actual,漯河市,2024,4.1,1
            childcare-places-per-1000,每千人口托位数,个,actual,漯河市,2025,4.6,1
            childcare-places-per-1000-change,每千人口托位数增加,个,change,丽水市,2025,0.5,1
            childcare-places-per-1000-change,每千人口托位数增加,个,change,漯河市,2025,0.5,1

            """
        ),
        (
            "compare 每千人口托位数 by year", .csv, nil,
            """
            indicator,measure,unit,kind,year,region,value,sources
            childcare-places-per-1000,每千人口托位数,个,actual,2024,丽水市,4.5,1
            childcare-places-per-1000,每千人口托位数,个,actual,2024,曲靖市,3.6,1
            childcare-places-per-1000,每千人口托位数,个,actual,2024,漯河市,4.1,1
            childcare-places-per-1000,每千人口托位数,个,actual,2025,丽水市,5,1
            childcare-places-per-1000,每千人口托位数,个,actual,2025,曲靖市,4,1
            childcare-places-per-1000,每千人口托位数,个,actual,2025,漯河市,4.6,1
            childcare-places-per-1000-change,每千人口托位数增加,个,change,2025,丽水市,0.5,1
            childcare-places-per-1000-change,每千人口托位数增加,个,change,2025,漯河市,0.5,1

            """
        ),
        (
            "compare childcare by region", .table, nil,
            """
            sector     indicator                                 measure                     unit  kind        year  丽水市  曲靖市  漯河市  sources
            ─────────  ────────────────────────────────────────  ──────────────────────────  ────  ──────────  ────  ──────  ──────  ──────  ───────
            childcare  childcare-places                          托位总数                    个    actual      2024  1.13万  2.08万    9650        3
                                                                                                               2025  1.24万  2.31万  1.08万        3
                       new-childcare-places                      新增托位                    个    actual      2024    1280    3200                2
                       new-public-childcare-places               新增普惠托位                个    actual      2024                    1420        1
                                                                                                               2025    1100    2300    1150        3
                       new-public-childcare-places-target-share  新增普惠托位完成年度目标    %     completion  2025                     115        1
                       childcare-places-per-1000                 每千人口托位数              个    actual      2024     4.5     3.6     4.1        3
                                                                                                               2025       5       4     4.6        3
                       childcare-places-per-1000-change          每千人口托位数增加          个    change      2025     0.5             0.5        2
                                                                 建成示范性综合托育服务中心  所    actual      2024               1                1
                                                                 新建普惠性托育机构          家    actual      2024      32                        1
                                                                 新建社区托育服务点          个    actual      2024                      26        1
                                                                 每月托育费用较市场价低      %     actual      2025             ≈30                1

            behind each sector
            sector     measures  observations  sources
            ─────────  ────────  ────────────  ───────
            childcare        10            25        6

            托位总数 (个)
              2024 丽水市  ██████████████▋                 1.13万
              2024 曲靖市  ███████████████████████████     2.08万
              2024 漯河市  ████████████▌                   9650
              2025 丽水市  ████████████████▏               1.24万
              2025 曲靖市  ██████████████████████████████  2.31万
              2025 漯河市  ██████████████                  1.08万

            新增托位 (个)
              2024 丽水市  ████████████                    1280
              2024 曲靖市  ██████████████████████████████  3200

            新增普惠托位 (个)
              2024 漯河市  ██████████████████▌             1420
              2025 丽水市  ██████████████▍                 1100
              2025 曲靖市  ██████████████████████████████  2300
              2025 漯河市  ███████████████                 1150

            每千人口托位数 (个)
              2024 丽水市  ███████████████████████████     4.5
              2024 曲靖市  █████████████████████▋          3.6
              2024 漯河市  ████████████████████████▋       4.1
              2025 丽水市  ██████████████████████████████  5
              2025 曲靖市  ████████████████████████        4
              2025 漯河市  ███████████████████████████▋    4.6

            每千人口托位数增加 (个, change)
              2025 丽水市  ██████████████████████████████  0.5
              2025 漯河市  ██████████████████████████████  0.5

            5 targets left out (`where kind=target` compares them)

            """
        ),
        (
            "compare childcare by region", .table, 100,
            """
            sector     indica…  measure                     unit  kind     year  丽水市  曲靖市  漯河市  sources
            ─────────  ───────  ──────────────────────────  ────  ───────  ────  ──────  ──────  ──────  ───────
            childcare  childc…  托位总数                    个    actual   2024  1.13万  2.08万    9650        3
                                                                           2025  1.24万  2.31万  1.08万        3
                       new-ch…  新增托位                    个    actual   2024    1280    3200                2
                       new-pu…  新增普惠托位                个    actual   2024                    1420        1
                                                                           2025    1100    2300    1150        3
                       new-pu…  新增普惠托位完成年度目标    %     comple…  2025                     115        1
                       childc…  每千人口托位数              个    actual   2024     4.5     3.6     4.1        3
                                                                           2025       5       4     4.6        3
                       childc…  每千人口托位数增加          个    change   2025     0.5             0.5        2
                                建成示范性综合托育服务中心  所    actual   2024               1                1
                                新建普惠性托育机构          家    actual   2024      32                        1
                                新建社区托育服务点          个    actual   2024                      26        1
                                每月托育费用较市场价低      %     actual   2025             ≈30                1

            behind each sector
            sector     measures  observations  sources
            ─────────  ────────  ────────────  ───────
            childcare        10            25        6

            托位总数 (个)
              2024 丽水市  ██████████████▋                 1.13万
              2024 曲靖市  ███████████████████████████     2.08万
              2024 漯河市  ████████████▌                   9650
              2025 丽水市  ████████████████▏               1.24万
              2025 曲靖市  ██████████████████████████████  2.31万
              2025 漯河市  ██████████████                  1.08万

            新增托位 (个)
              2024 丽水市  ████████████                    1280
              2024 曲靖市  ██████████████████████████████  3200

            新增普惠托位 (个)
              2024 漯河市  ██████████████████▌             1420
              2025 丽水市  ██████████████▍                 1100
              2025 曲靖市  ██████████████████████████████  2300
              2025 漯河市  ███████████████                 1150

            每千人口托位数 (个)
              2024 丽水市  ███████████████████████████     4.5
              2024 曲靖市  █████████████████████▋          3.6
              2024 漯河市  ████████████████████████▋       4.1
              2025 丽水市  ██████████████████████████████  5
              2025 曲靖市  ████████████████████████        4
              2025 漯河市  ███████████████████████████▋    4.6

            每千人口托位数增加 (个, change)
              2025 丽水市  ██████████████████████████████  0.5
              2025 漯河市  ██████████████████████████████  0.5

            5 targets left out (`where kind=target` compares them)

            """
        ),
        (
            "compare childcare by region", .csv, nil,
            """
            sector,indicator,measure,unit,kind,year,丽水市,曲靖市,漯河市,sources
            childcare,childcare-places,托位总数,个,actual,2024,11300,20800,9650,3
            childcare,childcare-places,托位总数,个,actual,2025,12400,23100,10800,3
            childcare,new-childcare-places,新增托位,个,actual,2024,1280,3200,,2
            childcare,new-public-childcare-places,新增普惠托位,个,actual,2024,,,1420,1
            childcare,new-public-childcare-places,新增普惠托位,个,actual,2025,1100,2300,1150,3
            childcare,new-public-childcare-places-target-share,新增普惠托位完成年度目标,%,completion,2025,,,115,1
            childcare,childcare-places-per-1000,每千人口托位数,个,actual,2024,4.5,3.6,4.1,3
            childcare,childcare-places-per-1000,每千人口托位数,个,actual,2025,5,4,4.6,3
            childcare,childcare-places-per-1000-change,每千人口托位数增加,个,change,2025,0.5,,0.5,2
            childcare,,建成示范性综合托育服务中心,所,actual,2024,,1,,1
            childcare,,新建普惠性托育机构,家,actual,2024,32,,,1
            childcare,,新建社区托育服务点,个,actual,2024,,,26,1
            childcare,,每月托育费用较市场价低,%,actual,2025,,≈30,,1
            sector,measures,observations,sources
            childcare,10,25,6

            """
        ),
        (
            "series 每千人口托位数", .csv, nil,
            """
            measure,unit,region,year,value,period,change,change_percent,sources
            每千人口托位数,个,丽水市,2024,4.5,year,,,1
            每千人口托位数,个,丽水市,2025,5,year,0.5,11.1,1
            每千人口托位数,个,曲靖市,2024,3.6,year,,,1
            每千人口托位数,个,曲靖市,2025,4,year,0.4,11.1,1
            每千人口托位数,个,漯河市,2024,4.1,year,,,1
            每千人口托位数,个,漯河市,2025,4.6,year,0.5,12.2,1

            """
        ),
        (
            "series 城镇新增就业", .table, nil,
            """
            measure       unit  region  year            value  period  change  change %  trend  sources
            ────────────  ────  ──────  ────  ───────────────  ──────  ──────  ────────  ─────  ───────
            城镇新增就业  人    丽水市  2024           3.86万  year                      ▄            1
                                        2025           3.79万  1-11月                                 1
                                宣威市  2025             9600  1-11月                    ▄            1
                                曲靖市  2024           6.18万  year                      ▄            1
                                        2025  6.21万 ≠ 6.12万  1-11月                                 2
                                漯河市  2024           3.62万  year                      ▁█           1
                                        2025           3.71万  year      +900     +2.5%               1
                                麒麟区  2025           1.42万  1-11月                    ▄            1

            No change is given between figures of different periods (a whole year and part of one).

            10 figures of other kinds (targets, changes, shares of targets) left out (`where kind=…` shows them)

            """
        ),
        (
            "series 城镇新增就业", .csv, nil,
            """
            measure,unit,region,year,value,period,change,change_percent,sources
            城镇新增就业,人,丽水市,2024,38600,year,,,1
            城镇新增就业,人,丽水市,2025,37900,1-11月,,,1
            城镇新增就业,人,宣威市,2025,9600,1-11月,,,1
            城镇新增就业,人,曲靖市,2024,61800,year,,,1
            城镇新增就业,人,曲靖市,2025,6.21万 ≠ 6.12万,1-11月,,,2
            城镇新增就业,人,漯河市,2024,36200,year,,,1
            城镇新增就业,人,漯河市,2025,37100,year,900,2.5,1
            城镇新增就业,人,麒麟区,2025,14200,1-11月,,,1

            """
        ),
        (
            "show 城镇新增就业 where kind=target", .table, nil,
            """
            id           metric                    value  ≈      unit  qualifier  kind    period  region  doc
            ───────────  ────────────────────────  ─────  ─────  ────  ─────────  ──────  ──────  ──────  ────────────────────────────────
            ezhanktm:31  新增城镇就业              35000  3.5万  人               target  2025    丽水市  lishui-2024-year-end-review.txt
            bepwchyf:29  城镇新增就业人数预期目标  36000  3.6万  人               target  2026    丽水市  lishui-2025-year-end-review.txt
            vvbmkygt:36  城镇新增就业              35000  3.5万  人    at-least   target  2025    漯河市  luohe-2024-livelihood-review.txt
            zrfctzmx:34  新增城镇就业              36000  3.6万  人    at-least   target  2026    漯河市  luohe-2025-year-end-review.txt
            kpwyhrwf:33  城镇新增就业人数预期目标  56000  5.6万  人               target  2025    曲靖市  qujing-2024-year-end-review.txt
            akxvvjvx:34  新增城镇就业              60000  6万    人    at-least   target  2026    曲靖市  qujing-2025-year-end-review.txt

            """
        ),
        (
            "show all where kind=completion", .table, nil,
            """
            id           metric                            value  ≈  unit  qualifier  kind        period            region  doc
            ───────────  ────────────────────────────────  ─────  ─  ────  ─────────  ──────────  ────────────────  ──────  ───────────────────────────────
            bepwchyf:3   城镇新增就业人数完成全年目标任务  108.3     %                completion  2025-01..2025-11  丽水市  lishui-2025-year-end-review.txt
            zrfctzmx:3   新增城镇就业完成全年目标任务        106     %                completion  since 2025        漯河市  luohe-2025-year-end-review.txt
            zrfctzmx:16  新增普惠性托位完成年度任务          115     %                completion  2025              漯河市  luohe-2025-year-end-review.txt
            kpwyhrwf:4   城镇新增就业人数完成年度目标任务  109.6     %                completion  2024              曲靖市  qujing-2024-year-end-review.txt
            akxvvjvx:4   新增城镇就业完成全年目标任务      109.3     %                completion  2025-01..2025-11  曲靖市  qujing-2025-year-end-review.txt

            """
        ),
        (
            "show all where kind=completion", .csv, nil,
            """
            id,doc,line,sector,metric,indicator,value,unit,qualifier,kind,year,period,region,text,mentions,sources,format
            bepwchyf:3,lishui-2025-year-end-review.txt,12,employment,城镇新增就业人数完成全年目标任务,urban-new-jobs-target-share,108.3,%,,completion,2025,2025-01..2025-11,丽水市,1-11月，全市城镇新增就业人数3.79万人，完成全年目标任务的108.3%；,1,lishui-2025-year-end-review.txt,3
            zrfctzmx:3,luohe-2025-year-end-review.txt,10,employment,新增城镇就业完成全年目标任务,urban-new-jobs-target-share,106,%,,completion,2025,since 2025,漯河市,今年以来，全市新增城镇就业3.71万人，完成全年目标任务的106%；,1,luohe-2025-year-end-review.txt,3
            zrfctzmx:16,luohe-2025-year-end-review.txt,19,childcare,新增普惠性托位完成年度任务,new-public-childcare-places-target-share,115,%,,completion,2025,2025,漯河市,今年，全市新增普惠性托位1150个，完成年度任务的115%；,1,luohe-2025-year-end-review.txt,3
            kpwyhrwf:4,qujing-2024-year-end-review.txt,10,employment,城镇新增就业人数完成年度目标任务,urban-new-jobs-target-share,109.6,%,,completion,2024,2024,曲靖市,今年，全市城镇新增就业人数6.18万人，完成年度目标任务的109.6%；,1,qujing-2024-year-end-review.txt,3
            akxvvjvx:4,qujing-2025-year-end-review.txt,10,employment,新增城镇就业完成全年目标任务,urban-new-jobs-target-share,109.3,%,,completion,2025,2025-01..2025-11,曲靖市,1-11月，全市新增城镇就业6.12万人，完成全年目标任务的109.3%；,1,qujing-2025-year-end-review.txt,3

            """
        ),
    ]

    @Test(arguments: cases)
    func answers(statement: String, format: OutputFormat, width: Int?, output: String) {
        #expect(Self.answer(statement, format: format, width: width) == output)
    }

    /// Answers whose note counts what is left out: the five targets of 每千人口托位数 (two of 丽水,
    /// 每千常住人口托位数力争达到5.5个 among them, two of 漯河, one of 曲靖), and for `series` the two
    /// rises too.
    static let countingEveryTarget: [(statement: String, format: OutputFormat, width: Int?, output: String)] = [
        (
            "compare 每千人口托位数 by region", .table, nil,
            """
            indicator                         measure             unit  kind    region  year  value  sources
            ────────────────────────────────  ──────────────────  ────  ──────  ──────  ────  ─────  ───────
            childcare-places-per-1000         每千人口托位数      个    actual  丽水市  2024    4.5        1
                                                                                        2025      5        1
                                                                                曲靖市  2024    3.6        1
                                                                                        2025      4        1
                                                                                漯河市  2024    4.1        1
                                                                                        2025    4.6        1
            childcare-places-per-1000-change  每千人口托位数增加  个    change  丽水市  2025    0.5        1
                                                                                漯河市  2025    0.5        1

            每千人口托位数 (个)
              丽水市 2024  ███████████████████████████     4.5
              丽水市 2025  ██████████████████████████████  5
              曲靖市 2024  █████████████████████▋          3.6
              曲靖市 2025  ████████████████████████        4
              漯河市 2024  ████████████████████████▋       4.1
              漯河市 2025  ███████████████████████████▋    4.6

            每千人口托位数增加 (个, change)
              丽水市 2025  ██████████████████████████████  0.5
              漯河市 2025  ██████████████████████████████  0.5

            5 targets left out (`where kind=target` compares them)

            """
        ),
        (
            "compare 每千人口托位数 by year", .table, nil,
            """
            indicator                         measure             unit  kind    year  region  value  sources
            ────────────────────────────────  ──────────────────  ────  ──────  ────  ──────  ─────  ───────
            childcare-places-per-1000         每千人口托位数      个    actual  2024  丽水市    4.5        1
                                                                                      曲靖市    3.6        1
                                                                                      漯河市    4.1        1
                                                                                2025  丽水市      5        1
                                                                                      曲靖市      4        1
                                                                                      漯河市    4.6        1
            childcare-places-per-1000-change  每千人口托位数增加  个    change  2025  丽水市    0.5        1
                                                                                      漯河市    0.5        1

            每千人口托位数 (个)
              2024 丽水市  ███████████████████████████     4.5
              2024 曲靖市  █████████████████████▋          3.6
              2024 漯河市  ████████████████████████▋       4.1
              2025 丽水市  ██████████████████████████████  5
              2025 曲靖市  ████████████████████████        4
              2025 漯河市  ███████████████████████████▋    4.6

            每千人口托位数增加 (个, change)
              2025 丽水市  ██████████████████████████████  0.5
              2025 漯河市  ██████████████████████████████  0.5

            5 targets left out (`where kind=target` compares them)

            """
        ),
        (
            "series 每千人口托位数", .table, nil,
            """
            measure         unit  region  year  value  period  change  change %  trend  sources
            ──────────────  ────  ──────  ────  ─────  ──────  ──────  ────────  ─────  ───────
            每千人口托位数  个    丽水市  2024    4.5  year                      ▁█           1
                                          2025      5  year      +0.5    +11.1%               1
                                  曲靖市  2024    3.6  year                      ▁█           1
                                          2025      4  year      +0.4    +11.1%               1
                                  漯河市  2024    4.1  year                      ▁█           1
                                          2025    4.6  year      +0.5    +12.2%               1

            7 figures of other kinds (targets, changes, shares of targets) left out (`where kind=…` shows them)

            """
        ),
    ]

    @Test(arguments: countingEveryTarget)
    func answersCountingEveryTarget(statement: String, format: OutputFormat, width: Int?, output: String) {
        #expect(Self.answer(statement, format: format, width: width) == output)
    }

    /// Targets compared by the year they are set for, under the indicator however they are
    /// worded: 城镇新增就业人数预期目标为5.6万人 is the target of 城镇新增就业 as 力争新增城镇就业6万人以上
    /// is.
    @Test func targetsCompareUnderTheirIndicator() {
        do {
            #expect(
                Self.answer("compare 城镇新增就业 where kind=target by region, year") == """
                    indicator       measure       unit  kind    region    2025    2026  sources
                    ──────────────  ────────────  ────  ──────  ──────  ──────  ──────  ───────
                    urban-new-jobs  城镇新增就业  人    target  丽水市   3.5万   3.6万        2
                                                                曲靖市   5.6万    ≥6万        2
                                                                漯河市  ≥3.5万  ≥3.6万        2

                    城镇新增就业 (人, target)
                      丽水市 2025  █████████████████▌              3.5万
                      丽水市 2026  ██████████████████              3.6万
                      曲靖市 2025  ████████████████████████████    5.6万
                      曲靖市 2026  ██████████████████████████████  ≥6万
                      漯河市 2025  █████████████████▌              ≥3.5万
                      漯河市 2026  ██████████████████              ≥3.6万

                    """)
            #expect(
                Self.answer("compare 城镇新增就业 where kind=target by region, year", format: .csv) == """
                    indicator,measure,unit,kind,region,2025,2026,sources
                    urban-new-jobs,城镇新增就业,人,target,丽水市,35000,36000,2
                    urban-new-jobs,城镇新增就业,人,target,曲靖市,56000,≥6万,2
                    urban-new-jobs,城镇新增就业,人,target,漯河市,≥3.5万,≥3.6万,2

                    """)
            #expect(
                Self.answer("show 城镇新增就业 where kind=target", format: .csv) == """
                    id,doc,line,sector,metric,indicator,value,unit,qualifier,kind,year,period,region,text,mentions,sources,format
                    ezhanktm:31,lishui-2024-year-end-review.txt,33,employment,新增城镇就业,urban-new-jobs,35000,人,,target,2025,,丽水市,2025年，我市力争新增城镇就业3.5万人，千人口托位数达到4.8个。,1,lishui-2024-year-end-review.txt,3
                    bepwchyf:29,lishui-2025-year-end-review.txt,35,employment,城镇新增就业人数预期目标,urban-new-jobs,36000,人,,target,2026,,丽水市,2026年，全市城镇新增就业人数预期目标为3.6万人，每千常住人口托位数力争达到5.5个。,1,lishui-2025-year-end-review.txt,3
                    vvbmkygt:36,luohe-2024-livelihood-review.txt,34,employment,城镇新增就业,urban-new-jobs,35000,人,at-least,target,2025,,漯河市,2025年，我市将继续办好一批群众可感可及的民生实事，力争城镇新增就业3.5万人以上，每千人口托位数达到4.5个。,1,luohe-2024-livelihood-review.txt,3
                    zrfctzmx:34,luohe-2025-year-end-review.txt,34,employment,新增城镇就业,urban-new-jobs,36000,人,at-least,target,2026,,漯河市,我市将继续实施重点民生实事，力争新增城镇就业3.6万人以上，千人口托位数达到5个。,1,luohe-2025-year-end-review.txt,3
                    kpwyhrwf:33,qujing-2024-year-end-review.txt,31,employment,城镇新增就业人数预期目标,urban-new-jobs,56000,人,,target,2025,,曲靖市,记者了解到，2025年全市城镇新增就业人数预期目标为5.6万人。,1,qujing-2024-year-end-review.txt,3
                    akxvvjvx:34,qujing-2025-year-end-review.txt,34,employment,新增城镇就业,urban-new-jobs,60000,人,at-least,target,2026,2026,曲靖市,明年，全市将力争新增城镇就业6万人以上，每千人口托位数达到4.5个，持续把民生实事办到群众心坎上。,1,qujing-2025-year-end-review.txt,3

                    """)
            #expect(
                Self.answer("compare 每千人口托位数 where kind=target by region, year") == """
                    indicator                  measure         unit  kind    region  2025  2026  sources
                    ─────────────────────────  ──────────────  ────  ──────  ──────  ────  ────  ───────
                    childcare-places-per-1000  每千人口托位数  个    target  丽水市   4.8   5.5        2
                                                                             曲靖市         4.5        1
                                                                             漯河市   4.5     5        2

                    每千人口托位数 (个, target)
                      丽水市 2025  ██████████████████████████▏     4.8
                      丽水市 2026  ██████████████████████████████  5.5
                      曲靖市 2026  ████████████████████████▌       4.5
                      漯河市 2025  ████████████████████████▌       4.5
                      漯河市 2026  ███████████████████████████▎    5

                    """)
        }
    }

    /// The news item and the review of 曲靖 both state 提供就业岗位18.6万个 for 1-11月: one fact,
    /// and its trace quotes both articles, whichever article's id is traced.
    @Test func traceQuotesEveryArticleOfAFact() throws {
        let graph = Self.cities
        let stated = graph.observations.indices.filter {
            graph.observations[$0].metric == "提供就业岗位" && graph.observations[$0].region == "曲靖市"
                && graph.observations[$0].year == 2025
        }
        #expect(
            stated.map { graph.documents[graph.observations[$0].document].name } == [
                "qujing-2025-employment-press-conference.txt", "qujing-2025-year-end-review.txt",
            ])
        #expect(graph.sameFact(as: stated[0]) == stated)
        let traces = stated.map { Self.answer("trace \(graph.observations[$0].id)") }
        #expect(
            traces[0] == """
                afsvpsmz:3  提供就业岗位 18.6万个 · 2025-01..2025-11 · 曲靖市  stated by 2 articles
                id           mention  doc                                          line  text
                ───────────  ───────  ───────────────────────────────────────────  ────  ───────────────────────────────────────────────────────────────────────────────────────
                afsvpsmz:3         1  qujing-2025-employment-press-conference.txt     5  全市通过“春风行动”“百日千万招聘专项行动”等线上线下招聘活动，提供就业岗位【18.6万个】。
                akxvvjvx:10        2  qujing-2025-year-end-review.txt                11  1-11月，全市举办各类招聘活动1260场，提供就业岗位【18.6万个】，发放创业担保贷款9.8亿元。

                """)
        // The other article's id heads its trace; the quotations are the same.
        #expect(traces[1].split(separator: "\n").dropFirst() == traces[0].split(separator: "\n").dropFirst())
        #expect(traces[1].hasPrefix("\(graph.observations[stated[1]].id)  提供就业岗位 18.6万个"))
    }

    /// `check` over the cities: the one conflict across articles (6.21万 against 6.12万 new jobs in
    /// 曲靖, 1-11月 of 2025), the two figures both 曲靖 articles repeat, and nothing more: a target
    /// set for 2025 (漯河's 每千人口托位数 4.5) is no conflict with the result of 2025 (4.6).
    @Test func checkReportsConflictsAndRepeatsAcrossArticles() {
        #expect(
            Self.answer("check") == """
                finding       conflict
                metric        新增城镇就业
                detail        6.21万人 vs 6.12万人 (曲靖市, 2025-01..2025-11)
                observations  afsvpsmz:1  新增城镇就业 6.21万人
                              akxvvjvx:3  新增城镇就业 6.12万人
                sentences     qujing-2025-employment-press-conference.txt:5: 1-11月，全市新增城镇就业【6.21万人】，城镇调查失业率平均为5.1%。
                              qujing-2025-year-end-review.txt:10: 1-11月，全市新增城镇就业【6.12万人】，完成全年目标任务的109.3%；

                finding       repeated
                metric        城镇调查失业率平均
                detail        5.1% stated 2 times in 2 articles
                observations  afsvpsmz:2  城镇调查失业率平均 5.1%
                              akxvvjvx:5  城镇调查失业率平均 5.1%
                sentences     qujing-2025-employment-press-conference.txt:5: 1-11月，全市新增城镇就业6.21万人，城镇调查失业率平均为【5.1%】。
                              qujing-2025-year-end-review.txt:10: 城镇调查失业率平均为【5.1%】，农村劳动力转移就业规模达到228.7万人。

                finding       repeated
                metric        提供就业岗位
                detail        18.6万个 stated 2 times in 2 articles
                observations  afsvpsmz:3  提供就业岗位 18.6万个
                              akxvvjvx:10  提供就业岗位 18.6万个
                sentences     qujing-2025-employment-press-conference.txt:5: 全市通过“春风行动”“百日千万招聘专项行动”等线上线下招聘活动，提供就业岗位【18.6万个】。
                              qujing-2025-year-end-review.txt:11: 1-11月，全市举办各类招聘活动1260场，提供就业岗位【18.6万个】，发放创业担保贷款9.8亿元。

                """)
        #expect(
            Self.answer("check", format: .csv) == """
                finding,metric,detail,observations,sentences
                conflict,新增城镇就业,"6.21万人 vs 6.12万人 (曲靖市, 2025-01..2025-11)",afsvpsmz:1  新增城镇就业 6.21万人; akxvvjvx:3  新增城镇就业 6.12万人,qujing-2025-employment-press-conference.txt:5: 1-11月，全市新增城镇就业6.21万人，城镇调查失业率平均为5.1%。; qujing-2025-year-end-review.txt:10: 1-11月，全市新增城镇就业6.12万人，完成全年目标任务的109.3%；
                repeated,城镇调查失业率平均,5.1% stated 2 times in 2 articles,afsvpsmz:2  城镇调查失业率平均 5.1%; akxvvjvx:5  城镇调查失业率平均 5.1%,qujing-2025-employment-press-conference.txt:5: 1-11月，全市新增城镇就业6.21万人，城镇调查失业率平均为5.1%。; qujing-2025-year-end-review.txt:10: 城镇调查失业率平均为5.1%，农村劳动力转移就业规模达到228.7万人。
                repeated,提供就业岗位,18.6万个 stated 2 times in 2 articles,afsvpsmz:3  提供就业岗位 18.6万个; akxvvjvx:10  提供就业岗位 18.6万个,qujing-2025-employment-press-conference.txt:5: 全市通过“春风行动”“百日千万招聘专项行动”等线上线下招聘活动，提供就业岗位18.6万个。; qujing-2025-year-end-review.txt:11: 1-11月，全市举办各类招聘活动1260场，提供就业岗位18.6万个，发放创业担保贷款9.8亿元。

                """)
        let graph = Self.cities
        let luohe = graph.observations.filter {
            $0.region == "漯河市" && $0.year == 2025 && $0.kind != .change
                && graph.indicator(of: $0)?.id == "childcare-places-per-1000"
        }
        #expect(luohe.map { "\($0.kind.rawValue) \($0.readableValue)" }.sorted() == ["actual 4.6", "target 4.5"])
        let check = Self.answer("check", format: .csv)
        for target in graph.observations where target.kind == .target {
            #expect(!check.contains(target.id.description + " "), "\(target.id) \(target.metric)")
        }
    }
}

/// A ratio or an index has no unit: it compares like any measure, and its chart is titled by
/// its name alone, with no empty brackets.
@Suite struct UnitlessComparisonTests {
    @Test func aRatioIsComparedAndChartedWithoutAUnit() {
        let graph = IndicatorGraph()
        for (k, (name, text)) in [
            ("east.txt", "2024年，太原市城乡居民收入比为1.86，比上年缩小0.04。"),
            ("west.txt", "2024年，大同市城乡居民收入比为2.12，比上年缩小0.06。"),
        ].enumerated() {
            let (document, observations) = Extractor().extract(text: text, name: name, path: name, documentIndex: k)
            graph.add(document, observations: observations)
        }
        let session = Session(graph: graph)
        let answer = session.execute("compare 城乡居民收入比 by region", origin: "t").output
        #expect(answer.contains("\n城乡居民收入比\n"), "\(answer)")
        #expect(answer.contains("城乡居民收入比比上年缩小 (change)"), "\(answer)")
        #expect(!answer.contains("()"), "\(answer)")
        #expect(answer.contains("1.86") && answer.contains("2.12"))
        // Listed and selected as the value a condition takes for it: "".
        #expect(session.execute("list units", origin: "t").output.contains("\n\"\"  "))
        let selected = session.execute("show all where unit=\"\"", origin: "t").output
        #expect(selected.contains("1.86") && selected.contains("0.06") && !selected.contains("%"), "\(selected)")
    }
}
