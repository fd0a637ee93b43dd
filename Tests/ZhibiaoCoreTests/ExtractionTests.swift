import Testing

@testable import ZhibiaoCore

/// Extraction rules on sentences written for these tests in the genres zhibiao reads (work
/// reports, bulletins, year-end reviews) — none is taken from the sample articles.
@Suite struct ExtractionTests {
    /// `text` read as the document t.txt.
    static func extract(_ text: String) -> (Document, [Observation]) {
        Extractor().extract(text: text, name: "t.txt", path: "t.txt", documentIndex: 0)
    }

    @Test func growthRatePointsAtItsBase() {
        let text = "城乡居民人均可支配收入分别达到41200元、21800元，分别增长5.1%、7.3%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { $0.growthOf?.description ?? "-" } == ["-", "-", "1:1", "1:2"])
    }

    /// A growth rate in a later sentence points at the figure before it in its own sentence,
    /// not at the one in the same place of the document's first sentence.
    @Test func growthRateInALaterSentencePointsAtItsOwnBase() {
        let text = "全市城镇新增就业4.82万人。\n全市居民人均可支配收入达到30000元，增长5.2%。\n全年完成地区生产总值2500亿元，同比增长6.1%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.unit) == ["人", "元", "%", "元", "%"])
        #expect(observations.map { $0.growthOf?.description ?? "-" } == ["-", "-", "1:2", "-", "1:4"])
    }

    /// A rate is linked only to a figure of the thing it names: not to an unrelated figure
    /// before it, and past one to the figure it does name.
    @Test func growthRatePointsOnlyAtTheThingItNames() {
        let text = "争取中央资金5亿元，县域就诊率同比增加12%。\n城镇居民人均可支配收入41200元，新增就业1.2万人，城镇居民收入增长5.1%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.unit) == ["元", "%", "元", "人", "%"])
        #expect(observations.map { $0.growthOf?.description ?? "-" } == ["-", "-", "-", "-", "1:3"])
    }

    @Test func repeatedFiguresBecomeMentionsOfOneObservation() {
        let paragraph = "全年城镇新增就业2.1万人，发放稳岗返还资金3200万元。"
        let text = "○城镇新增就业2.1万人\n\n\(paragraph)\n\n\(paragraph)\n"
        let (document, observations) = Self.extract(text)
        #expect(observations.map(\.mentions.count) == [3, 2])
        #expect(observations[0].mentions.map { document.sentences[$0.sentence].line } == [1, 3, 5])
    }

    @Test func yearPeriodRegionAndSectorComeFromContext() {
        let text = """
            # 2024年民生实事回眼

            一季度

            ○全市新增就业5200人

            2023年以来，潞州区累计新增养老床位800张。
            """
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2024)
        #expect(
            observations.map { "\($0.metric)|\($0.year ?? 0)|\($0.period ?? "-")|\($0.region ?? "-")|\($0.sector.id)" }
                == [
                    "新增就业|2024|2024Q1|-|employment",
                    "新增养老床位|2024|since 2023|潞州区|eldercare",
                ])
    }

    /// Four digits with no 年 date an article only when they are not an amount: 1993万元, 2000余件
    /// and 2070起 count something, while 2025届 names a year.
    @Test func amountsAreNotYears() {
        let amounts = "全县争取扶贫资金1993万元，修复设施2000余件，受理案件2070起。"
        #expect(Self.extract(amounts).0.year == nil)
        let (document, _) = Self.extract(amounts + "向2025届毕业生发放补贴300万元。")
        #expect(document.year == 2025)
    }

    /// Years named as often as each other: the article is of the one it names first, as a
    /// review opens with its year and ends with the next one's plans.
    @Test func aTieOfYearsGoesToTheFirstNamed() {
        let text = "2024年，全县新增托位600个。\n\n全县新建幼儿园3所。2025年全县将再新建幼儿园2所。"
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2024)
        #expect(observations.map { $0.year ?? 0 } == [2024, 2024, 2025])
    }

    /// A place of three characters before 市 is read whole where it opens a clause (格尔木市),
    /// and as two where another place name stands before it (赣南瑞金市).
    @Test func unknownCitiesOfThreeCharacters() {
        let text = "截至9月底，格尔木市城镇新增就业4038人。\n\n格尔木市新建幼儿园3所。"
        #expect(Self.extract(text).1.map { $0.region ?? "-" } == ["格尔木市", "格尔木市"])
        let other = "赣南瑞金市城镇新增就业4.1万人。\n\n赣南瑞金市新建幼儿园3所。"
        #expect(Self.extract(other).1.map { $0.region ?? "-" } == ["瑞金市", "瑞金市"])
    }

    /// Autonomous prefectures, leagues and prefectures are places the list knows, by their full
    /// names and by the short ones in common use (恩施州).
    @Test func autonomousPrefecturesAreKnownPlaces() {
        let text = "恩施州2024年民生工作综述\n\n恩施州城镇新增就业3.1万人。全州新建幼儿园6所。"
        #expect(Self.extract(text).1.map { $0.region ?? "-" } == ["恩施土家族苗族自治州", "恩施土家族苗族自治州"])
        let league = "锡林郭勒盟城镇新增就业8600人。\n\n锡林郭勒盟新增托位300个。"
        #expect(Self.extract(league).1.map { $0.region ?? "-" } == ["锡林郭勒盟", "锡林郭勒盟"])
    }

    /// A county's or district's report (全县, 本区, or a title naming it in an article that names
    /// no city) is of the county or district it names, even one the place list does not know; a
    /// city's review that names a district more often than itself is still the city's, and kinds
    /// of area (开发区, 示范县) are never places.
    @Test func unknownCountiesAndDistricts() {
        let county = """
            ——2025年1月8日在桐溪县第十八届人民代表大会第五次会议上
            过去一年，全县地区生产总值完成186.3亿元。桐溪县城镇新增就业3260人，开发区新增企业12家。
            """
        #expect(
            Self.extract(county).1.map { "\($0.metric)|\($0.region ?? "-")" } == [
                "地区生产总值|桐溪县", "城镇新增就业|桐溪县", "开发区新增企业|桐溪县",
            ])
        let district = "临川区2024年民生实事综述\n本区新增托位600个。全区新建幼儿园3所，新增学位900个。"
        #expect(Self.extract(district).1.map { $0.region ?? "-" } == ["临川区", "临川区", "临川区"])
        // A district's list that names no city and never itself (全区) is the district's.
        let titled = "长乐区2024年十大民生实事完成情况\n\n（一）托育服务。新增普惠托位560个。"
        #expect(Self.extract(titled).1.map { $0.region ?? "-" } == ["长乐区"])
        let city = """
            青阳市2024年民生工作综述
            全市城镇新增就业3.2万人。桐溪区新增托位600个。桐溪区新建幼儿园3所，桐溪区新增学位900个。
            """
        #expect(Self.extract(city).1.map { $0.region ?? "-" } == ["青阳市", "青阳市", "青阳市", "青阳市"])
        let kinds = """
            全县新增示范县项目8个，示范县建设完成投资2.1亿元；开发区新增企业12家，开发区实现产值46亿元。\
            全县棚户区改造安置住房1200套，棚户区改造完成投资3.5亿元。推动县域经济发展，推动县域生产总值增长5.2%。
            """
        #expect(Self.extract(kinds).1.allSatisfy { $0.region == nil })
    }
    /// 前9个月 and 前两个月 are the months from January: a period, not part of the metric.
    @Test func theFirstMonthsOfTheYearAreAPeriod() {
        let (_, observations) = Self.extract("2024年前9个月，就业困难人员实现就业2860人；前两个月新增托位90个。")
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "就业困难人员实现就业|2024-01..2024-09", "新增托位|2024-01..2024-02",
            ])
    }

    /// 9月份 is that month; 截至10月份 runs from January; 比8月份 is a baseline, and a date
    /// (10月15日) no period at all.
    @Test func aMonthIsAPeriod() {
        let text = "2024年9月份，城镇调查失业率为5.1%，比8月份下降0.2个百分点；截至10月份，新增就业2.1万人；10月15日，提供岗位3000个。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "城镇调查失业率|2024-09", "城镇调查失业率比8月份下降|2024-09", "新增就业|2024-01..2024-10", "提供岗位|-",
            ])
    }

    /// A 其中 sentence is of the period of the figure it breaks down, and so are its clauses after
    /// semicolons; a period opening a sentence after a clause that names none (按收入来源分，
    /// 前三季度，…) still covers them. An editorial note in brackets (（以下如无特别说明，…）) names
    /// nothing.
    @Test func breakdownsKeepThePeriodOfTheirWhole() {
        let text = """
            2024年前三季度，全县居民人均可支配收入21350元。其中，城镇居民人均可支配收入30120元，增长（以下如无特别说明，均为同比名义增速）4.6%；农村居民人均可支配收入15230元。
            按收入来源分，前三季度，全县居民人均工资性收入11820元；人均经营净收入3410元。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "居民人均可支配收入|2024Q1-Q3", "城镇居民人均可支配收入|2024Q1-Q3", "城镇居民人均可支配收入增长|2024Q1-Q3",
                "农村居民人均可支配收入|2024Q1-Q3", "居民人均工资性收入|2024Q1-Q3", "人均经营净收入|2024Q1-Q3",
            ])
    }

    /// A stock's date at the head of a sentence (截至2019年底) sets the year of the rest of the
    /// paragraph; a year's level a figure is set against (恢复至2019年同期水平的88%) does not.

    /// 1月至11月 and 3月份—5月份 are month ranges as 1-11月 is; a period opening a paragraph
    /// covers the clauses after its semicolons and the sentences after it.
    @Test func monthRangesAndTheClausesTheyOpen() {
        let text = "2024年1月至11月，全市城镇新增就业4.5万人；发放创业担保贷款3亿元。培训2000人。3月份—5月份，新增托位90个。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "城镇新增就业|2024-01..2024-11", "发放创业担保贷款|2024-01..2024-11", "培训|2024-01..2024-11",
                "新增托位|2024-03..2024-05",
            ])
    }
    @Test func aStocksDateSetsTheParagraphsYear() {
        let text = """
            2022年全县交通运输工作总结。
            截至2019年底，全县公路总里程达3460公里。其中，农村公路里程2980公里。
            2022年，接待游客320万人次，恢复至2019年同期水平的88%。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.year ?? 0)" } == [
                "公路总里程|2019", "农村公路里程|2019", "接待游客|2022", "恢复至2019年同期水平|2022",
            ])
    }

    /// 与2020年相比 is a baseline, like 比2020年, and a 其中 sentence is of its whole's year.
    @Test func baselinesWith与AndStockDatesAfterAClause() {
        let text = """
            2024年全县养老工作总结。
            全县养老机构42家，与2020年相比增加9家，与2020年同期相比增长27.3%。
            统计公报显示，截至2021年底，全县有养老床位3600张。其中，护理型床位1900张。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.year ?? 0)" } == [
                "养老机构|2024", "养老机构与2020年相比增加|2024", "养老机构与2020年同期相比增长|2024", "养老床位|2021",
                "护理型床位|2021",
            ])
    }

    /// A 分别 list of as many values as the years named before it (2021—2023年, or 2022年、
    /// 2023年和2024年) gives each value its year.
    @Test func valuesListedForSuccessiveYears() {
        let text = """
            2024年全县发展回顾。
            2021—2023年，全县新增城镇就业分别为3120人、3260人、3390人。
            2023年和2024年全县一般公共预算收入分别为12.1亿元、12.9亿元。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.value)|\($0.year ?? 0)|\($0.period ?? "-")" } == [
                "新增城镇就业|3120.0|2021|2021", "新增城镇就业|3260.0|2022|2022", "新增城镇就业|3390.0|2023|2023",
                "一般公共预算收入|1210000000.0|2023|2023", "一般公共预算收入|1290000000.0|2024|2024",
            ])
    }

    /// 由2019年的X提高到Y: the old level is a figure of the year named with it; an old level
    /// with no year of its own is only the baseline of the new one.
    @Test func anOldLevelWithItsYearIsAFigureOfThatYear() {
        let text = "2024年，农村居民人均可支配收入由2020年的1.52万元增加到1.96万元，低保标准由每人每月700元提高到760元。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.value)|\($0.year ?? 0)" } == [
                "农村居民人均可支配收入|15200.0|2020", "农村居民人均可支配收入|19600.0|2024", "低保标准|760.0|2024",
            ])
    }

    /// A work report titled with the year it is given in (2024年政府工作报告) reviews the year
    /// before when it speaks of 过去一年; its 今年 is the title's year.
    @Test func aWorkReportTitledWithItsYearReviewsTheOneBefore() {
        let text = "西宁区2024年政府工作报告\n\n过去一年，全区新增城镇就业6200人。\n\n今年，全区新增城镇就业6500人以上。"
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2023)
        #expect(observations.map { $0.year ?? 0 } == [2023, 2024])
    }

    /// 由上年的62%提升至81%: the old level is a figure of the year before.
    @Test func anOldLevelOfTheYearBefore() {
        let (_, observations) = Self.extract("2024年，全县农村养老服务设施覆盖率由上年的62%提升至81%。")
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.year ?? 0)" } == [
                "农村养老服务设施覆盖率 62.0 2023", "农村养老服务设施覆盖率 81.0 2024",
            ])
    }

    /// An article that names no year of its own is of the year its file's name holds, if one;
    /// a year the text names comes first.
    @Test func aFileNamesYearDatesAnArticleThatNamesNone() {
        let text = "全县森林覆盖率达到62.5%，比2020年提高2.1个百分点。"
        let named = Extractor().extract(text: text, name: "07_qingxi_2023_review.txt", path: "x", documentIndex: 0)
        #expect(named.0.year == 2023)
        #expect(named.1.map { $0.year ?? 0 } == [2023, 2023])
        let stated = Extractor().extract(
            text: "2024年，" + text, name: "07_qingxi_2023_review.txt", path: "x", documentIndex: 0)
        #expect(stated.0.year == 2024)
        #expect(DocumentContext.yearOfFileName("report-20240115.txt") == 2024)
        #expect(DocumentContext.yearOfFileName("2023-2024对比.txt") == nil)
        #expect(DocumentContext.yearOfFileName("第12345期.txt") == nil)
    }

    /// A year whose level a figure is a multiple of (是2015年的2倍), or that it is compared with
    /// (比2020年), does not date the article: it is of a year after.
    @Test func aMultiplesYearIsABaseline() {
        let text = "居民人均可支配收入是2015年的2倍。\n\n2024年，全市城镇新增就业4.82万人。"
        #expect(Self.extract(text).0.year == 2024)
        let baselines = "居民人均可支配收入是2015年的2倍，森林覆盖率比2020年提高2.1个百分点。"
        #expect(Self.extract(baselines).0.year == nil)
    }

    @Test func aWorkReportsReviewSectionReportsTheYearBefore() {
        let text = """
            政府工作报告
            ——2024年1月15日在临川市第九届人民代表大会第三次会议上

            一、2023年工作回顾

            截至11月底，全市城镇新增就业5.36万人。

            二、2024年主要目标

            城镇新增就业5万人以上。
            """
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2023)
        #expect(
            observations.map { "\($0.value) \($0.year ?? 0) \($0.period ?? "-") \($0.region ?? "-")" } == [
                "53600.0 2023 2023-01..2023-11 临川市", "50000.0 2024 - 临川市",
            ])
    }

    /// A city named once, in the title, is the article's place; a city named in a sentence is
    /// the place of its figures, and leaves the metric's name.
    @Test func citiesAreKnownByName() {
        let text = """
            # 2024年晋城市国民经济和社会发展统计公报

            全年全市城镇新增就业4.36万人。

            宜昌市城镇新增就业5.1万人，赣州市章贡区新建养老机构12家。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.region ?? "-")" } == [
                "城镇新增就业|晋城市", "城镇新增就业|宜昌市", "章贡区新建养老机构|赣州市",
            ])
    }

    /// Words that end in 市 or 省 before a figure (零工市场, 第四批省级) are not the article's place.
    @Test func wordsEndingInACityMarkAreNotPlaces() {
        let text = """
            # 2025，河北省这一年

            零工市场完成5家，增长4.0%。新建零工市场3个，零工市场服务10万人次。第四批省级示范项目12个。
            """
        let (_, observations) = Self.extract(text)
        #expect(observations.first?.metric == "零工市场")
        #expect(Set(observations.map { $0.region ?? "-" }) == ["河北省"])
        let reporter = "本报讯（记者 李明）记者从市人社局获悉，全市城镇新增就业2.87万人。"
        let (_, reported) = Self.extract(reporter)
        #expect(reported.map { $0.region ?? "-" } == ["-"])
        let untitled = String(text.drop { $0 != "零" })
        let (_, alone) = Self.extract(untitled)
        #expect(alone.first?.metric == "零工市场")
        #expect(Set(alone.map { $0.region ?? "-" }) == ["-"])
    }

    /// Bullet lines label their figure with a colon or a space.
    @Test func labelledBulletLines() {
        let text = "● 城镇新增就业：4.82万人\n● 新建养老服务设施:36个\n◆ 改造农村公路 156公里\n"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit)" } == [
                "城镇新增就业 48200.0 人", "新建养老服务设施 36.0 个", "改造农村公路 156.0 公里",
            ])
    }

    /// Table rows give the unit in brackets after the label and the number bare.
    @Test func tableRowsWithTheUnitInBrackets() {
        let text = "城镇新增就业（万人） 4.82\n城镇调查失业率（%）：5.1\n新增养老床位(张) 1200\n报告期（2024年） 12\n"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit)" } == [
                "城镇新增就业 48200.0 人", "城镇调查失业率 5.1 %", "新增养老床位 1200.0 张",
            ])
    }

    /// Plan periods are read with or without their quotation marks.
    @Test func planPeriodsInQuotes() {
        let text = "2024年，“十四五”以来全市累计新增城镇就业18.6万人，十三五期间新增12万人。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { $0.period ?? "-" } == ["since 2021", "2016..2020"])
    }

    /// 比2023年多0.4万人 compares with 2023: the figure is of the year in force, named after
    /// the figure before it.
    @Test func aYearAfter比IsABaseline() {
        let text = "2024年，全市城镇新增就业5.6万人，比2023年多0.4万人。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.year ?? 0)" } == [
                "城镇新增就业 56000.0 2024", "城镇新增就业比2023年多 4000.0 2024",
            ])
    }

    /// 较2019年的41472元: the figure before, as it stood in the year named; the change after it is
    /// not a noun it counts.
    @Test func aBaselineLevelOfANamedYear() {
        let text = "2024年，全市居民人均可支配收入达到38650元，较2020年的30120元提高了28.3%。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit) \($0.year ?? 0)" } == [
                "居民人均可支配收入 38650.0 元 2024", "居民人均可支配收入 30120.0 元 2020", "居民人均可支配收入提高 28.3 % 2024",
            ])
    }

    /// An age is counted when the clause names a lifespan, however far before the figure.
    @Test func aLifespanChangingBetweenNamedYears() {
        let text = "全市居民人均预期寿命由2020年的78.1岁提高到2024年的79.0岁，60岁以上老年人体检率达到80%。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit) \($0.year ?? 0)" } == [
                "居民人均预期寿命 78.1 岁 2020", "居民人均预期寿命 79.0 岁 2024", "60岁以上老年人体检率 80.0 % 2024",
            ])
    }

    /// 由1978年的…: a level from long before is still a figure of its year; a subject alone
    /// in the clause before names both levels.
    @Test func anOldLevelFromLongAgoAndASubjectBeforeAComma() {
        let text = "2024年，全县公共图书馆藏书，由1978年的1.2万册增加到2024年的86.5万册。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.year ?? 0)" } == [
                "公共图书馆藏书 12000.0 1978", "公共图书馆藏书 865000.0 2024",
            ])
    }

    /// 由2022年的4.8万人增加到2024年的5.6万人: each level, of the year named before it.
    @Test func aChangeBetweenNamedYears() {
        let text = "2025年，全市城镇新增就业由2022年的4.8万人增加到2024年的5.6万人。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.year ?? 0)" } == [
                "城镇新增就业 48000.0 2022", "城镇新增就业 56000.0 2024",
            ])
    }

    /// 2021—2024年 and 2021至2024年: the years from one to the other.
    @Test func yearRanges() {
        let text = "2021—2024年，全市累计改造老旧小区1260个。2019至2023年新增养老床位5000张。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { "\($0.year ?? 0) \($0.period ?? "-")" } == ["2024 2021..2024", "2023 2019..2023"])
    }

    /// 截至2024年11月底 names both the year and the months, as 截至11月底 names the months.
    @Test func throughAMonthOfANamedYear() {
        let text = "截至2024年11月底，全市城镇新增就业5.3万余人。截至2025年底，建成养老服务站点120个。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { "\($0.year ?? 0) \($0.period ?? "-")" } == ["2024 2024-01..2024-11", "2025 -"])
    }

    /// 截至今年10月底 runs from January of this year, and 截至9月 needs no 底 or 末.
    @Test func throughAMonthOfThisYear() {
        let text = "2025年民生工作综述\n\n截至今年10月底，全县新增托位600个。截至9月，新建幼儿园3所。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.year ?? 0) \($0.period ?? "-")" } == [
                "2025 2025-01..2025-10", "2025 2025-01..2025-09",
            ])
    }

    /// A period that opens a paragraph alone before its comma covers the sentences after it,
    /// except one that names its own period or year or opens with its own date; a period inside
    /// a sentence covers nothing after it.
    @Test func aParagraphsOpeningPeriod() {
        let text = """
            2024年经济运行情况

            前三季度，全市城镇新增就业2.1万人。社会消费品零售总额215.6亿元。9月份，城镇调查失业率为4.8%。\
            2023年全市新增托位300个。10月8日，新建幼儿园2所。

            全市前三季度新建幼儿园3所。全市新增学位900个。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.year ?? 0) \($0.period ?? "-")" } == [
                "2024 2024Q1-Q3", "2024 2024Q1-Q3", "2024 2024-09", "2023 -", "2023 -", "2024 2024Q1-Q3", "2024 -",
            ])
    }

    /// 截至11月底, 1—10月 and 9月份 in an article of no known year are months of a year marked "?",
    /// as 上半年 is.
    @Test func throughAMonthOfAnUnknownYear() {
        let (_, observations) = Self.extract("截至11月底，全省共侦破电信网络诈骗案件1.86万起。1—10月，新增托位90个；9月份，新建幼儿园2所。")
        #expect(observations.map { $0.period ?? "-" } == ["?-01..?-11", "?-01..?-10", "?-09"])
    }

    /// 五年来, 近三年 and 过去五年 are spans of years ending with the year in force; they are
    /// periods, not part of a name.
    @Test func recentYearsAreASpan() {
        let (_, observations) = Self.extract("2025年工作综述\n\n五年来，全市累计新增城镇就业28.6万人。近三年，全县投入教育资金32亿元。")
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "新增城镇就业|2021..2025", "投入教育资金|2023..2025",
            ])
    }

    /// Labour disputes are employment's, though their unit is a case.
    @Test func labourDisputesAreEmployments() {
        let (_, observations) = Self.extract("全年受理劳动人事争议案件3260件，结案率达到96.5%。\n\n全年破获刑事案件860起。")
        #expect(observations.map(\.sector.id) == ["employment", "employment", "public-safety"])
    }

    /// Prices and population are the economy's, whatever the paragraph is about.
    @Test func pricesAndPopulationAreTheEconomys() {
        let text = "全年城镇新增就业4.36万人。全年居民消费价格比上年上涨0.3%，年末常住人口城镇化率为63.55%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.sector.id) == ["employment", "economy", "economy"])
    }

    /// Public and business revenue is the economy's; what households earn is income.
    @Test func revenueIsNotIncome() {
        let text = "全年旅游收入突破300亿元，财政收入完成120亿元，农村居民人均可支配收入1.9万元。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.sector.id) == ["economy", "economy", "income"])
    }

    /// Insurance named for what it insures is social security; a topic with no livelihood
    /// sector (parking, patents) does not take the sector of the paragraph before.
    @Test func sectorsOfInsuranceAndOfTopicsOutsideTheLivelihoodSectors() {
        let text = """
            一、养老服务
            新增养老床位300张，建成社区食堂12个。
            二、城市建设
            新增公共停车位1500个，年末参加失业保险人数8.2万人。全年授权专利620件。
            三、人口
            年末常住人口312万人，每千常住人口执业（助理）医师3.4人。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map(\.sector.id) == [
                "eldercare", "eldercare", "other", "social-security", "other", "economy", "health",
            ])
    }

    /// Amounts of tourism, culture and trade are not household income although they say 收入,
    /// and medical-insurance settlements are social security, not health.
    @Test func incomeOfTradeAndCultureIsNotHouseholdIncome() {
        let text = """
            全年接待游客860万人次，实现旅游总收入92.4亿元。艺术表演团体演出1200场，演出收入3600万元。
            城镇居民人均可支配收入42150元。商品房销售面积56.2万平方米，房地产业工资总额增长6.1%。
            异地就医直接结算12.6万人次，秸秆综合利用率达到92%。
            财政总收入38.7亿元，其中地方级收入26.5亿元。发放高龄津贴4.1亿元。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.sector.id)" } == [
                "接待游客|other", "实现旅游总收入|economy", "艺术表演团体演出|other", "演出收入|other",
                "城镇居民人均可支配收入|income", "商品房销售面积|economy", "房地产业工资总额增长|economy",
                "异地就医直接结算|social-security", "秸秆综合利用率|environment", "财政总收入|economy",
                "地方级收入|economy", "发放高龄津贴|eldercare",
            ])
    }

    /// Diseases and their patients are health's, whatever else the sentence names.
    @Test func diseasesAreHealths() {
        let text = "全县肺结核发病率降至31.2/10万，登记精神障碍患者2860人。全县艾滋病母婴传播率降至1.8%。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.sector.id)" } == [
                "肺结核发病率|health", "登记精神障碍患者|health", "艾滋病母婴传播率|health",
            ])
    }

    /// 较去年 and 比上半年 name a baseline: the change is of the year the article reports on.
    @Test func aBaselineNamedByARelativeYearIsNotTheFiguresYear() {
        let (_, observations) = Self.extract("2024年，全市高考本科上线人数1.3万人，较去年增加960人。")
        #expect(observations.map(\.year) == [2024, 2024])
    }

    /// A report dated early in a year that looks back on 过去一年, naming no year of results,
    /// reports on the year before; its 今年 is the year of its date.
    @Test func aReportLookingBackOnThePastYear() {
        let text = """
            政府工作报告
            ——2025年1月8日在市第十七届人民代表大会第四次会议上

            过去一年，全市城镇新增就业3.2万人。

            今年，城镇新增就业目标为3万人。
            """
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2024)
        #expect(observations.map { "\($0.value) \($0.year ?? 0)" } == ["32000.0 2024", "30000.0 2025"])
        let dated = "发布时间：2025-12-15\n\n过去一年，全市城镇新增就业3.2万人。"
        let (_, late) = Self.extract(dated)
        #expect(late.map { $0.year ?? 0 } == [2025])
    }

    @Test func mentionMarksTheFigureInItsSentence() {
        let text = "全市城镇新增就业4.1万余人，完成全年目标的112%。"
        let (document, observations) = Self.extract(text)
        let mention = observations[0].mentions[0]
        let utf8 = Array(document.sentences[mention.sentence].text.utf8)
        #expect(String(decoding: utf8[mention.figure], as: UTF8.self) == "4.1万余人")
        #expect(observations[1].metric == "城镇新增就业完成全年目标")
    }

    @Test func pageLayoutBreaksAreJoinedAndHeadingsKeptApart() {
        let text = "持续提升服务能力，推动护理员持证率提高到86%，探\n\n索建立长期护理保险制度。\n\n服务更加专业——\n"
        let blocks = Segmenter.blocks(text)
        #expect(
            blocks.map { String(String.UnicodeScalarView($0.text)) } == [
                "持续提升服务能力，推动护理员持证率提高到86%，探索建立长期护理保险制度。", "服务更加专业——",
            ])
        #expect(blocks.map(\.kind) == [.body, .heading])
    }

    /// A line that opens with an amount goes on the sentence broken before it; an item's number
    /// (2.) and a year (2024年) open lines of their own.
    @Test func aLineBrokenBeforeAnAmountIsJoined() {
        let text = "2024年，全市企业职工基本养老保险参保人数达到\n86.2万人，较上年末增加3.1万人；失业保险参保人数\n2.为困难群众代缴保费\n"
        let blocks = Segmenter.blocks(text)
        #expect(
            blocks.map { String(String.UnicodeScalarView($0.text)) } == [
                "2024年，全市企业职工基本养老保险参保人数达到86.2万人，较上年末增加3.1万人；失业保险参保人数", "2.为困难群众代缴保费",
            ])
        let rate = Segmenter.blocks("全市地区生产总值186.4亿元，比上年增长\n5.8%。")
        #expect(rate.count == 1)
        let year = Segmenter.blocks("全市城镇新增就业4.1万人，完成全年目标的112%，其中\n2024年下半年新增2.1万人。")
        #expect(year.count == 2)
    }

    @Test func aNumberedHeadingMayListItsTopics() {
        let text = "九、教育、科技和文化\n全县共有普通中学21所。\n二、新建学校3所、幼儿园5所\n"
        let blocks = Segmenter.blocks(text)
        #expect(blocks.map(\.kind) == [.heading, .body, .body])
        let (_, observations) = Self.extract(text)
        #expect(observations.first?.metric == "普通中学")
    }
}
