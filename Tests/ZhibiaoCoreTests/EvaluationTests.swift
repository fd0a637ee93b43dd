import Foundation
import Testing

@testable import ZhibiaoCore

@Suite struct EvaluationTests {
    /// The targets and `where` of a `show` statement.
    func selection(_ query: String, in graph: IndicatorGraph = GraphFixture.standard) throws -> Selection {
        let script = Parser.parse(SourceText(query, origin: "t"))
        guard case .show(let targets, let filter, _, _) = try #require(script.statements.first).statement else {
            Issue.record("not a show statement")
            return Selection(positions: [], examined: -1)
        }
        return try Evaluator(graph: graph).select(targets, filter: filter)
    }

    func ids(_ selection: Selection) -> [String] {
        selection.positions.map { GraphFixture.standard.observations[$0].id.description }
    }

    @Test func equalityOnIndexedFieldsNarrowsBeforeTesting() throws {
        let bySector = try selection("show all where sector=托育 and year=2025")
        #expect(ids(bySector) == GraphFixture.ids("1:3", "1:4", "2:2"))
        #expect(bySector.examined == 3)

        let byUnitAndDoc = try selection("show all where unit in (人, 个) and doc=2")
        #expect(ids(byUnitAndDoc) == GraphFixture.ids("2:1", "2:2", "2:4"))
        #expect(byUnitAndDoc.examined == 3)

        let targetAndRegion = try selection("show employment where region=长治市 and value > 1000")
        #expect(ids(targetAndRegion) == GraphFixture.ids("1:2", "2:1"))
        #expect(targetAndRegion.examined == 3)
    }

    @Test func conditionsWithoutAnIndexScanEverything() throws {
        let scanned = try selection("show all where value >= 4.8 and not metric ~ 覆盖率")
        #expect(ids(scanned) == GraphFixture.ids("1:1", "1:2", "1:4", "2:1", "2:2", "2:4"))
        #expect(scanned.examined == 9)

        let either = try selection("show all where year=2024 or value < 5")
        #expect(ids(either) == GraphFixture.ids("1:3", "2:2"))
        #expect(either.examined == 9)
    }

    @Test func literalsUseChineseMultipliersAndPercent() throws {
        #expect(ids(try selection("show all where value > 1万 and value < 1亿")) == GraphFixture.ids("1:2", "2:1"))
        #expect(ids(try selection("show all where value = 62.9%")) == GraphFixture.ids("1:5"))
        #expect(ids(try selection("show all where value = 4.82万")) == GraphFixture.ids("2:1"))
        #expect(
            ids(try selection("show all where value > -1 and value < 5"))
                == ids(try selection("show all where value < 5")))
        #expect(ids(try selection("show all where value < -1")) == [])
    }

    @Test func textFieldsCompareAndContain() throws {
        #expect(ids(try selection("show all where period ~ '2025-01'")) == GraphFixture.ids("2:1"))
        #expect(ids(try selection("show all where qualifier != none")) == GraphFixture.ids("1:3"))
        #expect(ids(try selection("show all where id >= \(GraphFixture.id(2, 3))")) == GraphFixture.ids("2:3", "2:4"))
        #expect(ids(try selection("show all where doc ~ review and sector ~ 社会")) == GraphFixture.ids("2:4"))
        #expect(ids(try selection("show 托位数, 覆盖率")) == GraphFixture.ids("1:3", "1:5", "2:2", "2:3"))
    }

    @Test func orderPutsMissingValuesLast() throws {
        let graph = GraphFixture.graph([
            (
                "a.txt", ["甲1个，乙2个，丙3个。"],
                [
                    .init(metric: "甲", value: 1, unit: "个", sector: .other, region: nil, figureText: "1个"),
                    .init(metric: "乙", value: 2, unit: "个", sector: .other, region: "潞州区", figureText: "2个"),
                    .init(metric: "丙", value: 3, unit: "个", sector: .other, region: "长治市", figureText: "3个"),
                ]
            )
        ])
        let session = Session(graph: graph)
        session.format = .csv
        let descending = session.execute("show all order by region desc limit 2", origin: "t")
        func firstColumn(_ output: String) -> [String] {
            output.split(separator: "\n").map { String($0.split(separator: ",")[0]) }
        }
        #expect(firstColumn(descending.output) == ["id"] + GraphFixture.ids("1:3", "1:2", in: graph))
        let ascending = session.execute("show all order by region asc", origin: "t")
        #expect(firstColumn(ascending.output) == ["id"] + GraphFixture.ids("1:2", "1:3", "1:1", in: graph))
    }

    @Test func checkFindsConflictsImplausibleAndRepeatedFigures() {
        var evaluator = Evaluator(graph: GraphFixture.standard, populations: ["长治市": 3.1e6])
        let all = Array(GraphFixture.standard.observations.indices)
        let findings = evaluator.check(all)
        #expect(
            findings == [
                Finding(
                    kind: .conflict, metric: "居家养老服务站点覆盖率", detail: "62.9% vs 6.2% (长治市, 2025)",
                    observations: [GraphFixture.id(1, 5), GraphFixture.id(2, 3)]),
                Finding(
                    kind: .implausible, metric: "基本养老保险参保人数",
                    detail: "4.8亿人 is more than the population of 长治市 (310万人)",
                    observations: [GraphFixture.id(2, 4)]),
                Finding(
                    kind: .repeated, metric: "城镇新增就业", detail: "4.82万人 stated 2 times",
                    observations: [GraphFixture.id(2, 1)]),
            ])
        // 4.8 satisfies "4.5 or more": the two childcare figures agree.
        #expect(!findings.contains { $0.metric.contains("托位") })

        evaluator.populations = [:]
        #expect(evaluator.check(all).map(\.kind) == [.conflict, .repeated])
    }

    @Test func checkFlagsImpossibleFiguresWithoutPopulations() {
        let graph = GraphFixture.graph([
            (
                "a.txt", ["参保人数20亿人，覆盖率达120%，服务120万人次，每千人口托位数4.8个，千人口托位数4.5个。"],
                [
                    .init(metric: "参保人数", value: 2e9, unit: "人", sector: .socialSecurity, figureText: "20亿人"),
                    .init(metric: "覆盖率", value: 120, unit: "%", sector: .health, figureText: "120%"),
                    .init(metric: "服务", value: 1.2e6, unit: "人次", sector: .other, figureText: "120万人次"),
                    .init(metric: "每千人口托位数", value: 4.8, unit: "个", sector: .childcare, figureText: "4.8个"),
                    .init(metric: "千人口托位数", value: 4.5, unit: "个", sector: .childcare, figureText: "4.5个"),
                ]
            )
        ])
        let session = Session(graph: graph)
        session.format = .jsonl
        let key = GraphFixture.key(1, in: graph)
        #expect(
            session.execute("check", origin: "t").output == """
                {"finding":"conflict","metric":"每千人口托位数","detail":"4.8个 vs 4.5个 (长治市, 2025)","observations":["\(key):4  每千人口托位数 4.8个","\(key):5  千人口托位数 4.5个"],"sentences":["a.txt:1: 参保人数20亿人，覆盖率达120%，服务120万人次，每千人口托位数4.8个，千人口托位数4.5个。","a.txt:1: 参保人数20亿人，覆盖率达120%，服务120万人次，每千人口托位数4.8个，千人口托位数4.5个。"]}
                {"finding":"implausible","metric":"参保人数","detail":"20亿人 is more people than any region has","observations":["\(key):1  参保人数 20亿人"],"sentences":["a.txt:1: 参保人数20亿人，覆盖率达120%，服务120万人次，每千人口托位数4.8个，千人口托位数4.5个。"]}
                {"finding":"implausible","metric":"覆盖率","detail":"120% is a share above 100%","observations":["\(key):2  覆盖率 120%"],"sentences":["a.txt:1: 参保人数20亿人，覆盖率达120%，服务120万人次，每千人口托位数4.8个，千人口托位数4.5个。"]}

                """)
    }

    @Test func yearToDateFiguresOfTheYearMustAgreeWithTheYear() {
        let graph = GraphFixture.graph([
            (
                "a.txt", ["覆盖率达62.9%，今年以来覆盖率6.2%，1-11月覆盖率50%。"],
                [
                    .init(metric: "覆盖率", value: 62.9, unit: "%", sector: .eldercare, figureText: "62.9%"),
                    .init(
                        metric: "覆盖率", value: 6.2, unit: "%", sector: .eldercare, period: "since 2025",
                        figureText: "6.2%"),
                    .init(
                        metric: "覆盖率", value: 50, unit: "%", sector: .eldercare, period: "2025-01..2025-11",
                        figureText: "50%"),
                ]
            )
        ])
        #expect(
            Evaluator(graph: graph).check(Array(graph.observations.indices)) == [
                Finding(
                    kind: .conflict, metric: "覆盖率", detail: "62.9% vs 6.2% (长治市, 2025)",
                    observations: [GraphFixture.id(1, 1, in: graph), GraphFixture.id(1, 2, in: graph)])
            ])
    }

    /// The figures of a group that disagree with another, against comparing every pair, over
    /// seeded random groups of plain and hedged values (many equal or nearly equal).
    @Test func disagreeingMatchesComparingEveryPair() {
        var random = SplitMix(seed: 7)
        let qualifiers: [Qualifier?] = [nil, nil, nil, .approx, .atLeast, .moreThan, .atMost]
        var groupsWithConflicts = 0
        for _ in 0..<2000 {
            let count = Int(random.next() % 12) + 1
            let figures: [(value: Double, qualifier: Qualifier?)] = (0..<count).map { _ in
                let base = Double(random.next() % 6) * [1, 1e4, -3, 0.5][Int(random.next() % 4)]
                let nudge = random.next() % 3 == 0 ? base * 1e-12 : 0
                return (base + nudge, qualifiers[Int(random.next() % UInt64(qualifiers.count))])
            }
            var expected = [Bool](repeating: false, count: count)
            for i in 0..<count {
                for j in 0..<count where i != j && Evaluator.disagree(figures[i], figures[j]) {
                    expected[i] = true
                }
            }
            #expect(Evaluator.disagreeing(figures) == expected, "\(figures)")
            if expected.contains(true) { groupsWithConflicts += 1 }
        }
        #expect(groupsWithConflicts > 500)
    }

    @Test func checkIsLimitedToItsTargets() {
        let session = Session(graph: GraphFixture.standard)
        #expect(session.execute("check childcare", origin: "t").output == "no findings\n")
    }
}

@Suite struct ValueOrderTests {
    static let graph = GraphFixture.graph([
        (
            "a.txt", ["甲5人，乙3人，丙5人，丁1人，戊9人，己5人。"],
            [("甲", 5.0), ("乙", 3), ("丙", 5), ("丁", 1), ("戊", 9), ("己", 5)].map {
                GraphFixture.Figure(
                    metric: $0.0, value: $0.1, unit: "人", sector: .employment, figureText: "\(Int($0.1))人")
            }
        )
    ])

    func ids(_ query: String) throws -> [String] {
        let result = Session(graph: Self.graph)
        result.format = .csv
        let output = result.execute(query, origin: "t").output
        return output.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
    }

    /// The walk over the value order answers exactly what sorting every match answers.
    @Test(arguments: [
        ("show all order by value desc limit 4", ["1:5", "1:1", "1:3", "1:6"]),
        ("show all order by value asc limit 3", ["1:4", "1:2", "1:1"]),
        ("show all where value>=3 and value<9 order by value desc limit 10", ["1:1", "1:3", "1:6", "1:2"]),
        ("show all where value>1 and value<=5 order by value limit 2", ["1:2", "1:1"]),
        ("show all where value=5 and metric~丙 order by value desc limit 5", ["1:3"]),
        ("show all where value>100 order by value desc limit 5", []),
    ])
    func matchesAFullSort(_ query: String, _ places: [String]) throws {
        let expected = places.map { GraphFixture.ids($0, in: Self.graph)[0] }
        #expect(try ids(query) == expected)
        let unlimited = query.replacingOccurrences(of: #" limit \d+"#, with: "", options: .regularExpression)
        #expect(try Array(ids(unlimited).prefix(expected.count)) == expected)
    }

    /// 600 figures with many equal values, in two units and two sectors (one of them rare):
    /// targets and indexed equalities narrow the walk (many candidates) or are sorted
    /// themselves (few), and either way answer what sorting every match answers.
    static let larger: IndicatorGraph = {
        var random = SplitMix(seed: 11)
        let figures = (0..<600).map { i in
            let value = Double(random.next() % 25)
            let unit = random.next() % 2 == 0 ? "人" : "元"
            return GraphFixture.Figure(
                metric: "指标\(i)", value: value, unit: unit, sector: i % 60 == 0 ? .childcare : .employment,
                figureText: "\(Int(value))\(unit)")
        }
        return GraphFixture.graph([("big.txt", ["各项指标。"], figures)])
    }()

    @Test(arguments: [
        "show all where unit=人 order by value desc limit 7",
        "show all where unit=元 and value>=3 and value<20 order by value limit 9",
        "show employment where unit=人 order by value desc limit 12",
        "show childcare order by value desc limit 4",
        "show childcare where unit=元 order by value limit 3",
        "show employment, childcare where value<=4 order by value desc limit 30",
    ])
    func narrowedWalksMatchAFullSort(_ query: String) throws {
        let session = Session(graph: Self.larger)
        session.format = .csv
        func ids(_ query: String) -> [String] {
            session.execute(query, origin: "t").output.split(separator: "\n").dropFirst()
                .map { String($0.split(separator: ",")[0]) }
        }
        let limit = Int(query.split(separator: " ").last!)!
        let limited = ids(query)
        #expect(!limited.isEmpty && limited.count <= limit)
        let unlimited = query.replacingOccurrences(of: #" limit \d+"#, with: "", options: .regularExpression)
        #expect(limited == Array(ids(unlimited).prefix(limit)))
    }
}

@Suite struct GraphIndexTests {
    /// Strings are interned by their bytes, yet canonically equivalent spellings (率 written
    /// as the compatibility ideograph U+F961) still share one number and one index entry, as
    /// `String` equality has them; the indexes hold positions in order across documents.
    @Test func equivalentSpellingsShareOneStringAndIndexesKeepOrder() {
        let figure = { (metric: String, unit: String, region: String?) in
            GraphFixture.Figure(
                metric: metric, value: 1, unit: unit, sector: .health, region: region, figureText: "1")
        }
        let graph = GraphFixture.graph([
            ("a.txt", ["1。"], [figure("出生率", "‰", "长治市"), figure("出生\u{F961}", "‰", nil), figure("床位", "张", "长治市")]),
            ("b.txt", ["1。"], [figure("出生\u{F961}", "‰", "沁县"), figure("床位", "张", "长治市")]),
        ])
        #expect("出生率" == "出生\u{F961}")
        let metrics = graph.stringKeys.map(\.metric)
        #expect(metrics[0] == metrics[1] && metrics[1] == metrics[3] && metrics[0] != metrics[2])
        #expect(graph.byMetric.count == 2)
        #expect(graph.byMetric["出生率"] == [0, 1, 3])
        #expect(graph.byMetric["床位"] == [2, 4])
        #expect(graph.byUnit["‰"] == [0, 1, 3] && graph.byUnit["张"] == [2, 4])
        #expect(graph.byRegion["长治市"] == [0, 2, 4] && graph.byRegion["沁县"] == [3])
        #expect(graph.byDocument[0] == [0, 1, 2] && graph.byDocument[1] == [3, 4])
        #expect(graph.bySector[.health] == [0, 1, 2, 3, 4] && graph.byYear[2025] == [0, 1, 2, 3, 4])
    }
}

extension GraphIndexTests {
    /// The string table grows its slots as spellings come: many distinct strings keep their
    /// numbers, and each is found again by its bytes.
    @Test func internedStringsKeepTheirNumbersAsTheTableGrows() {
        var table = StringTable()
        var numbers: [Int32] = []
        for k in 0..<1000 {
            var text = "指标\(k)"
            numbers.append(table.intern(&text))
        }
        #expect(numbers == (0..<1000).map(Int32.init))
        for k in stride(from: 999, through: 0, by: -7) {
            var text = "指标\(k)"
            #expect(table.intern(&text) == Int32(k))
        }
        var equivalent = "出生\u{F961}"
        var plain = "出生率"
        let first = table.intern(&plain)
        #expect(table.intern(&equivalent) == first && table.strings.count == 1001)
    }
}
