import Testing

@testable import ZhibiaoCore

/// The indicator catalog: which indicator a figure's metric phrase names (the rules of
/// `IndicatorCatalog.match`, over a catalog of our own), which one a query names, and the
/// built-in `Data/indicators.tsv` itself.
@Suite struct IndicatorCatalogTests {
    /// A level and its growth twin sharing their bare phrase, a count, a rate and a ratio.
    static let catalog = IndicatorCatalog(rows: [
        ["urban-new-jobs", "城镇新增就业", "employment", "人", "count", "新增城镇就业"],
        ["urban-income", "城镇居民人均可支配收入", "income", "元", "per-capita", "城镇常住居民人均可支配收入"],
        ["urban-income-growth", "城镇居民人均可支配收入增长", "income", "%", "change", "城镇居民人均可支配收入|城镇常住居民人均可支配收入"],
        ["registered-unemployment-rate", "城镇登记失业率", "employment", "%", "rate", "登记失业率"],
        ["new-childcare-institutions", "新建托育机构", "childcare", "家|个", "count", ""],
    ])

    /// Each phrase with its unit and kind, the indicator it names and the alias it matched (nil
    /// for none).
    static let phrases: [(metric: String, unit: String, kind: Kind, indicator: String?, alias: String?)] = [
        // As written: the name or an alias.
        ("城镇新增就业", "人", .actual, "urban-new-jobs", "城镇新增就业"),
        ("新增城镇就业", "人", .actual, "urban-new-jobs", "新增城镇就业"),
        // 名 and 位 count people as 人 does.
        ("新增城镇就业", "名", .actual, "urban-new-jobs", "新增城镇就业"),
        // Opening words that change nothing: 全市, 累计, and both.
        ("全市新增城镇就业", "人", .actual, "urban-new-jobs", "新增城镇就业"),
        ("累计城镇新增就业", "人", .actual, "urban-new-jobs", "城镇新增就业"),
        ("全市累计新增城镇就业", "人", .actual, "urban-new-jobs", "新增城镇就业"),
        // Endings that name the count itself: 人数, 数.
        ("城镇新增就业人数", "人", .actual, "urban-new-jobs", "城镇新增就业"),
        ("全市新增城镇就业人数", "人", .actual, "urban-new-jobs", "新增城镇就业"),
        ("新建托育机构数", "个", .actual, "new-childcare-institutions", "新建托育机构"),
        // A target is of the indicator it is set for.
        ("新增城镇就业", "人", .target, "urban-new-jobs", "新增城镇就业"),
        // The bare phrase: in 元 the income; in % no indicator, since a level is not a percentage
        // and the growth twin takes changes only.
        ("城镇居民人均可支配收入", "元", .actual, "urban-income", "城镇居民人均可支配收入"),
        ("城镇常住居民人均可支配收入", "元", .actual, "urban-income", "城镇常住居民人均可支配收入"),
        ("城镇居民人均可支配收入", "%", .actual, nil, nil),
        // A change, without its 同比增长: in % the growth twin, in 元 the income it changes.
        ("城镇居民人均可支配收入同比增长", "%", .change, "urban-income-growth", "城镇居民人均可支配收入"),
        ("城镇常住居民人均可支配收入比上年增长", "%", .change, "urban-income-growth", "城镇常住居民人均可支配收入"),
        ("城镇居民人均可支配收入同比增加", "元", .change, "urban-income", "城镇居民人均可支配收入"),
        // A rate's change is in points.
        ("城镇登记失业率比上年下降", "个百分点", .change, "registered-unemployment-rate", "城镇登记失业率"),
        ("登记失业率", "%", .actual, "registered-unemployment-rate", "登记失业率"),
        // A share of a target reached, without its 完成全年目标任务, is of the indicator reached.
        ("城镇新增就业完成全年目标任务", "%", .completion, "urban-new-jobs", "城镇新增就业"),
        ("新增城镇就业人数完成年度目标", "%", .completion, "urban-new-jobs", "新增城镇就业"),
        // A unit the indicator is not stated in: none.
        ("新增城镇就业", "个", .actual, nil, nil),
        ("城镇登记失业率", "人", .actual, nil, nil),
        ("新建托育机构", "所", .actual, nil, nil),
        // A phrase the catalog does not hold, and one that only contains an alias.
        ("新建老年食堂", "个", .actual, nil, nil),
        ("麒麟区新增城镇就业", "人", .actual, nil, nil),
    ]

    @Test(arguments: phrases)
    func matchesAPhrase(metric: String, unit: String, kind: Kind, indicator: String?, alias: String?) {
        let found = Self.catalog.match(metric: metric, unit: unit, kind: kind)
        #expect(found.map { Self.catalog.indicators[$0.index].id } == indicator)
        #expect(found?.alias == alias)
    }

    /// A query names an indicator by id (in any case), by 中文 name or by an alias, written as
    /// articles write it; `none` and other words name none. A phrase a level shares with its
    /// growth twin names the level.
    @Test(
        arguments: [
            ("urban-new-jobs", "urban-new-jobs"), ("URBAN-NEW-JOBS", "urban-new-jobs"),
            ("城镇新增就业", "urban-new-jobs"), ("新增城镇就业", "urban-new-jobs"),
            ("全市新增城镇就业", "urban-new-jobs"), ("城镇居民人均可支配收入", "urban-income"),
            ("城镇居民人均可支配收入增长", "urban-income-growth"), ("urban-income-growth", "urban-income-growth"),
            ("none", nil), ("托育", nil), ("城镇新增", nil),
        ] as [(String, String?)])
    func namesAnIndicator(name: String, indicator: String?) {
        #expect(Self.catalog.indicator(named: name).map { Self.catalog.indicators[$0].id } == indicator)
    }

    /// `where indicator=none` selects the figures no indicator names: four results of childcare
    /// in the cities (新建普惠性托育机构, 新建社区托育服务点, …).
    @Test func noneSelectsFiguresOutsideTheCatalog() {
        let graph = ComparisonTests.cities
        let outside = graph.observations.filter { $0.indicator < 0 && $0.sector == .childcare && $0.kind == .actual }
            .map(\.id.description)
        #expect(outside.count == 4)
        let answer = ComparisonTests.answer(
            "show all where indicator=none and sector=childcare and kind=actual", format: .csv)
        #expect(answer.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) } == outside)
    }

    /// The wordings of the cities' articles line up under one indicator each, and the registered
    /// and the surveyed unemployment rates stay two.
    @Test(
        arguments: [
            ("城镇新增就业", "人", "urban-new-jobs"), ("新增城镇就业", "人", "urban-new-jobs"),
            ("城镇新增就业人数", "人", "urban-new-jobs"), ("每千人口托位数", "个", "childcare-places-per-1000"),
            ("千人口托位数", "个", "childcare-places-per-1000"), ("每千常住人口托位数", "个", "childcare-places-per-1000"),
            ("每千人口拥有3岁以下婴幼儿托位数", "个", "childcare-places-per-1000"),
            ("城镇居民人均可支配收入", "元", "urban-disposable-income"),
            ("城镇常住居民人均可支配收入", "元", "urban-disposable-income"),
            ("城镇登记失业率", "%", "registered-unemployment-rate"), ("城镇调查失业率", "%", "surveyed-unemployment-rate"),
            ("城镇调查失业率平均", "%", "surveyed-unemployment-rate"), ("提供岗位", "个", "jobs-offered"),
            ("提供就业岗位", "个", "jobs-offered"),
        ] as [(String, String, String)])
    func alignsTheCitiesWordings(metric: String, unit: String, indicator: String) {
        let catalog = Lexicon.standard.catalog
        #expect(
            catalog.match(metric: metric, unit: unit, kind: .actual).map { catalog.indicators[$0.index].id }
                == indicator)
    }

    /// One figure worded two ways is of one indicator: a share of the target of new jobs, a rise
    /// of the childcare ratio, a target. Otherwise `compare` puts the two wordings on two rows.
    @Test(
        arguments: [
            ("城镇新增就业完成全年目标任务", "新增城镇就业完成全年目标任务", "%", Kind.completion),
            ("每千人口托位数比上年末增加", "每千常住人口托位数比上年末增加", "个", .change),
            ("城镇新增就业", "城镇新增就业人数预期目标", "人", .target),
            ("每千人口托位数", "每千常住人口托位数力争", "个", .target),
        ] as [(String, String, String, Kind)])
    func oneFigureWordedTwoWaysIsOfOneIndicator(one: String, other: String, unit: String, kind: Kind) {
        let catalog = Lexicon.standard.catalog
        let ids = [one, other].map {
            catalog.match(metric: $0, unit: unit, kind: kind).map { catalog.indicators[$0.index].id }
        }
        #expect(ids[0] != nil)
        #expect(ids[1] == ids[0])
    }

    /// The built-in catalog as read from `Data/indicators.tsv`: every row read (ids unique,
    /// sectors and quantities known), at least 100 indicators, some in every sector but `other`.
    @Test func theBuiltInCatalogReadsWhole() {
        let rows = DataFiles.builtInRows("indicators.tsv")
        let catalog = Lexicon.standard.catalog
        #expect(rows.count >= 100)
        #expect(catalog.indicators.count == rows.count)
        #expect(Set(rows.map { $0[0] }).count == rows.count)
        for row in rows {
            #expect(row.count == 6, "\(row[0])")
            #expect(Sector(rawValue: row[2]) != nil, "\(row[0]): sector \(row[2])")
            #expect(Quantity(rawValue: row[4]) != nil, "\(row[0]): quantity \(row[4])")
            #expect(row[0] == row[0].lowercased() && !row[0].contains(" "), "\(row[0])")
        }
        for sector in Sector.allCases where sector != .other {
            #expect(catalog.indicators.contains { $0.sector == sector }, "no indicator of \(sector.id)")
        }
    }

    /// An alias (as looked up, without 全市 and the like) names one indicator, or a level and its
    /// change twin (`ID-growth` or `ID-change`, a change) stated in other units, which the unit
    /// of a figure tells apart.
    @Test func anAliasIsSharedOnlyByALevelAndItsChangeTwin() {
        let catalog = Lexicon.standard.catalog
        var named: [String: Set<Int>] = [:]
        for (index, indicator) in catalog.indicators.enumerated() {
            for alias in indicator.aliases { named[IndicatorCatalog.normalized(alias), default: []].insert(index) }
        }
        var twins = 0
        for (alias, indexes) in named.sorted(by: { $0.key < $1.key }) where indexes.count > 1 {
            let pair = indexes.sorted().map { catalog.indicators[$0] }
            guard pair.count == 2 else {
                Issue.record("\(alias) names \(pair.map(\.id))")
                continue
            }
            let (level, twin) = pair[1].quantity == .change ? (pair[0], pair[1]) : (pair[1], pair[0])
            #expect(
                twin.quantity == .change && level.quantity != .change
                    && [level.id + "-growth", level.id + "-change"].contains(twin.id),
                "\(alias) names \(level.id) and \(twin.id)")
            #expect(Set(level.units).isDisjoint(with: twin.units), "\(alias): \(level.units) and \(twin.units)")
            twins += 1
        }
        #expect(twins > 0)
    }

    /// The text before a change or completion marker, and a phrase without a marker at its end,
    /// are found scalar by scalar in plain phrases and by characters otherwise: either way as
    /// `firstRange(of:)` and `hasSuffix` find them, with combining marks, compatibility
    /// ideographs (U+F961 is 率) and markers at the start.
    @Test func textBeforeAMarkerAgreesWithFirstRange() {
        let pieces = ["城镇", "增长", "同比", "完成", "率", "\u{F961}", "\u{301}", "比20", "24", "年", "(", " ", "全年"]
        let markers = ["增长", "同比", "完成", "完成率", "比20", "率"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let phrase = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            for marker in markers {
                let expected = phrase.firstRange(of: marker).flatMap {
                    $0.lowerBound > phrase.startIndex ? String(phrase[..<$0.lowerBound]) : nil
                }
                #expect(CatalogPhrase(phrase).before(CatalogWord(marker))?.text == expected, "\(phrase) \(marker)")
                let dropped =
                    phrase.hasSuffix(marker) && phrase.count > marker.count + 1
                    ? String(phrase.dropLast(marker.count)) : nil
                #expect(CatalogPhrase(phrase).droppingSuffix(CatalogWord(marker))?.text == dropped, "\(phrase) \(marker)")
            }
        }
    }
}
