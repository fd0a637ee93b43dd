import Testing

@testable import ZhibiaoCore

/// Answers fitted to a terminal's width: columns give way by priority, text is cut at a
/// display-width boundary with …, records wrap, machine formats are never touched.
@Suite struct TableFitTests {
    static let samples: IndicatorGraph = {
        let graph = IndicatorGraph()
        _ = Loader().load([LoaderTests.root + "/Samples"], into: graph)
        return graph
    }()

    static func render(
        _ statement: String, width: Int?, format: OutputFormat = .table, expanded: ExpandedMode = .off,
        graph: IndicatorGraph = GraphFixture.standard
    ) -> String {
        let session = Session(graph: graph)
        session.format = format
        session.width = width
        session.expanded = expanded
        let result = session.execute(statement, origin: "q")
        #expect(result.errors == "")
        return result.output
    }

    @Test(
        arguments: [
            ("城镇新增就业", 12, "城镇新增就业"), ("城镇新增就业", 11, "城镇新增就…"), ("城镇新增就业", 10, "城镇新增…"),
            ("城镇新增就业", 6, "城镇…"), ("ab城镇", 4, "ab…"), ("ab城镇", 5, "ab城…"), ("abc", 1, "…"),
            ("e\u{301}xyz", 2, "e\u{301}…"), ("4.82万人", 6, "4.82…"), ("", 3, ""),
        ] as [(String, Int, String)])
    func cutsBetweenCharactersByDisplayWidth(text: String, width: Int, cut: String) {
        #expect(DisplayWidth.truncated(text, to: width) == cut)
        #expect(DisplayWidth.of(cut) <= width)
    }

    /// A highlighted figure stays in view: the start gives way (…) where the figure is far in,
    /// and no … stands before a figure that starts the text.
    @Test(
        arguments: [
            ("城镇新增就业", 30, "城镇新增就业【4.82万人】，完…"), ("城镇新增就业", 19, "…就业【4.82万人】…"),
            ("城镇新增就业", 14, "…【4.82万人】…"), ("城镇新增就业", 8, "…【4.82…"), ("", 17, "【4.82万人】，完…"),
            ("", 8, "【4.82…"),
        ] as [(String, Int, String)])
    func cutsAroundTheFigure(before: String, width: Int, cut: String) {
        let text = before + "4.82万人，完成全年目标的112%。"
        let start = before.utf8.count
        let cell = Cell.highlighted(text, start..<(start + "4.82万人".utf8.count))
        let shown = StyledText(cell, color: false, listSeparator: ", ").cut(to: width)
        #expect(shown.plain == cut)
        #expect(shown.width <= width)
    }

    @Test func wrapsBetweenCharactersAndAfterASpaceNearTheEnd() {
        #expect(DisplayWidth.wrapped("城镇新增就业4.82万人", to: 7) == ["城镇新", "增就业4", ".82万人"])
        #expect(DisplayWidth.wrapped("is more than the population", to: 12) == ["is more than", "the", "population"])
    }

    /// The sample articles' answers at the two widths of the issue: no line is wider than the
    /// terminal, in any layout.
    @Test(arguments: [80, 140])
    func sampleAnswersFitTheWidth(width: Int) {
        let statements = [
            "show all", "show 托位", "find \"托育\"", "check", "compare employment, childcare, eldercare",
            "compare childcare, eldercare by region", "describe 托位",
            "trace \(GraphFixture.id(1, 22, in: Self.samples))", "list metrics", "list docs",
        ]
        for statement in statements {
            for expanded in ExpandedMode.allCases {
                for format in [OutputFormat.table, .line] {
                    let output = Self.render(
                        statement, width: width, format: format, expanded: expanded, graph: Self.samples)
                    let wide = output.split(separator: "\n").filter { DisplayWidth.of($0) > width }
                    #expect(wide.isEmpty, "\(statement) (\(format), expanded \(expanded)) at \(width): \(wide)")
                }
            }
        }
    }

    /// Every value of `show` is printed whole at 80 and 140 columns, and every metric at 140;
    /// at 80 only the longest metrics are cut, after the documents, periods, places and the
    /// ≈ column have given way.
    /// (Results only: an answer holding targets, completions or changes has a kind column too,
    /// which leaves its metrics less room at 80 columns; see `aKindColumnKeepsValuesWhole`.)
    @Test(arguments: [80, 140])
    func showKeepsMetricsAndValues(width: Int) {
        let lines = Self.render("show all where kind=actual", width: width, graph: Self.samples)
            .split(separator: "\n")
        let headings = lines[0].split(separator: " ")
        #expect(headings.prefix(3) == ["id", "metric", "value"])
        #expect(headings.contains("≈") == (width == 140))
        // A fact both articles state (512.4万元) is one row.
        let observations = Self.samples.oncePerFact(Array(Self.samples.observations.indices)).map {
            Self.samples.observations[$0]
        }.filter { $0.kind == .actual }
        #expect(observations.count == Self.samples.observations.filter { $0.kind == .actual }.count - 1)
        #expect(lines.count == observations.count + 2)
        var cut = 0
        for (line, observation) in zip(lines.dropFirst(2), observations) {
            let cells = line.split(separator: "  ", omittingEmptySubsequences: true).map {
                $0.trimmingPrefix(" ")
            }
            #expect(cells[0] == observation.id.description)
            #expect(cells[2] == NumberFormat.exact(observation.value))
            if cells[1] != observation.metric {
                #expect(width == 80 && cells[1].hasSuffix("…") && observation.metric.hasPrefix(cells[1].dropLast()))
                cut += 1
            }
        }
        // Ids carry their article's eight-letter key (deptjfwc:12), which leaves the metric less
        // room at 80 columns than numbers alone did.
        #expect(cut < observations.count / 3)
        // A document's name keeps the end that tells it from the other where that is all
        // there is room for, its start where either tells them apart.
        // (At 140 columns the sources column, which counts the articles stating the one fact
        // both state, takes some of the room.)
        #expect(lines[2].hasSuffix(width == 80 ? "  …2.txt" : "  changzhi-2025-livelih…"))
        #expect(lines.last!.hasSuffix(width == 80 ? "  …4.txt" : "  changzhi-2025-year-in…"))
    }

    /// With targets, completions and changes in the answer, a kind column says which each is,
    /// blank for a result; values stay whole at 80 columns.
    @Test func aKindColumnKeepsValuesWhole() {
        let lines = Self.render("show all", width: 80, graph: Self.samples).split(separator: "\n")
        #expect(lines[0].split(separator: " ").contains("kind"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let observations = Self.samples.oncePerFact(Array(Self.samples.observations.indices)).map {
            Self.samples.observations[$0]
        }
        #expect(lines.count == observations.count + 2)
        for (line, observation) in zip(lines.dropFirst(2), observations) {
            #expect(line.contains("  \(NumberFormat.exact(observation.value))  "))
            if observation.kind != .actual { #expect(line.contains(String(observation.kind.rawValue.prefix(4)))) }
        }
    }

    /// A sentence is cut by display width, and where the figure would be cut off, its start
    /// gives way, so that every row still shows 【托育】.
    @Test func findKeepsTheFigureInView() {
        let lines = Self.render("find \"托育\"", width: 80, graph: Self.samples).split(separator: "\n")
        // A quote's first row (the one naming its document) holds the figure; a sentence that
        // runs on to the next line of the article continues on a row of its own.
        #expect(lines.dropFirst(2).filter { !$0.hasPrefix(" ") }.allSatisfy { $0.contains("【托育】") })
        // Cut at the end, and where the figure was far in, at the start.
        #expect(lines.contains { $0.contains("…  ") || $0.hasSuffix("…") })
        #expect(lines.contains { $0.contains("  …") })
    }

    @Test func aNarrowTableInFull() {
        #expect(
            Self.render("show employment", width: 60) == """
                id          metric         value  unit  qu…  pe…  reg…  doc
                ──────────  ────────────  ──────  ────  ───  ───  ────  ────
                \(GraphFixture.id(1, 1))  线上线下专…      474  场         20…  长…   liv…
                \(GraphFixture.id(1, 2))  提供岗位      477000  个         20…  长…   liv…
                \(GraphFixture.id(2, 1))  城镇新增就业   48200  人         20…  长…   rev…

                """)
        #expect(
            Self.render("find \"托位\"", width: 50) == """
                doc        line  text                 observations
                ─────────  ────  ───────────────────  ────────────
                liveliho…     3  全市千人口【托位】…  \(GraphFixture.id(1, 3)),…
                review.t…     3  每千人口【托位】数…  \(GraphFixture.id(2, 2))

                """)
        // Numbers and a comparison's values (a conflict's two figures, a period) keep every
        // character; only a column of numbers' heading is cut.
        #expect(
            Self.render("compare employment, childcare, eldercare", width: 50).hasPrefix(
                """
                sector     i…  measure     u…           长治市  s…
                ─────────  ──  ──────────  ──  ───────────────  ──
                employme…  u…  城镇新增…   人  4.82万 (1-11月)   1
                           j…  招聘活动    场              474   1
                           j…  提供就业…   个           47.7万   1
                childcare  c…  每千人口…   个              4.8   2
                           c…  托育机构    家               77   1
                eldercare  h…  居家养老…   %        62.9 ≠ 6.2   2

                """))
    }

    @Test func lineModeShowsOneRecordPerBlock() {
        #expect(
            Self.render("show childcare where value < 5", width: nil, format: .line) == """
                       id = \(GraphFixture.id(1, 3))
                   metric = 千人口托位数
                    value = 4.5
                     unit = 个
                qualifier = at-least
                   period = 2025
                   region = 长治市
                      doc = livelihood.txt

                       id = \(GraphFixture.id(2, 2))
                   metric = 每千人口托位数
                    value = 4.8
                     unit = 个
                   period = 2025
                   region = 长治市
                      doc = review.txt

                """)
    }

    /// Records wrap a long value under its first line rather than cutting it.
    @Test func recordsWrapLongValues() {
        let output = Self.render("check", width: 50)
        #expect(
            output.hasPrefix(
                """
                finding       conflict
                metric        居家养老服务站点覆盖率
                detail        62.9% vs 6.2% (长治市, 2025)
                observations  \(GraphFixture.id(1, 5))  居家养老服务站点覆盖率
                              62.9%
                              \(GraphFixture.id(2, 3))  居家养老服务站点覆盖率
                              6.2%
                sentences     livelihood.txt:5:
                              全市居家养老服务站点覆盖率达【62.9%
                              】。
                              review.txt:5:
                              居家养老服务站点覆盖率【6.2%】，基本
                              养老保险参保人数4.8亿人。

                """))
        #expect(!output.contains("…"))
    }

    /// `auto` keeps the grid while only context gives way, and shows records once the metric
    /// would have to be cut.
    @Test func expandedAutoSwitchesWhenAMetricWouldBeCut() {
        let wide = Self.render("show employment", width: 90, expanded: .auto)
        #expect(wide.hasPrefix("id          metric "))
        let narrow = Self.render("show employment", width: 60, expanded: .auto)
        #expect(narrow.hasPrefix("       id = \(GraphFixture.id(1, 1))\n   metric = 线上线下专项招聘活动\n"))
        #expect(Self.render("show employment", width: 60, expanded: .on) == narrow)
        // Without a width (a file, a pipe) nothing is cut, so auto keeps the grid.
        #expect(
            Self.render("show employment", width: nil, expanded: .auto) == Self.render("show employment", width: nil))
    }

    /// Machine formats and markdown are the same whatever the width and layout.
    @Test(arguments: [OutputFormat.csv, .json, .jsonl, .markdown])
    func formatsForProgramsAreNeverCut(format: OutputFormat) {
        for statement in [
            "show all", "find \"托育\"", "check", "compare employment, childcare, eldercare",
            "trace \(GraphFixture.id(1, 22, in: Self.samples))",
        ] {
            let whole = Self.render(statement, width: nil, format: format, graph: Self.samples)
            for expanded in ExpandedMode.allCases {
                #expect(
                    Self.render(statement, width: 40, format: format, expanded: expanded, graph: Self.samples)
                        == whole)
            }
        }
    }

    @Test func contextGivesWayBeforeEssentialColumns() {
        // context, normal, essential; 34 columns wide into 26.
        let fit = ColumnFit(
            natural: [10, 10, 10], priorities: [.context, .normal, .essential], minimum: [0, 0, 0], width: 26)
        #expect(fit.widths == [4, 8, 10])
        #expect(!fit.cutsEssential)
        // A long sentence gives more than a short name beside it.
        let sentence = ColumnFit(
            natural: [34, 280], priorities: [.context, .context], minimum: [0, 0], width: 80)
        #expect(sentence.widths == [13, 65])
        // A column that only repeats another goes before an essential one is cut.
        let repeated = ColumnFit(
            natural: [20, 6, 6], priorities: [.essential, .normal, .normal], minimum: [0, 6, 0],
            droppable: [false, false, true], width: 28)
        #expect(repeated.hidden == [false, false, true])
        #expect(repeated.widths == [20, 6, 0])
    }

    @Test func barsGetShorterToFit() throws {
        let output = Self.render("compare 每千人口托位数 by doc", width: 40)
        #expect(output.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 })
        let bars = output.split(separator: "\n").filter { $0.hasPrefix("  livelihood") || $0.hasPrefix("  review") }
        try #require(bars.count == 2)
        // 40 columns: two spaces, the label, two, the bar (shortened from 30), two, the caption.
        #expect(bars[0] == "  livelihood.txt  ███████████████   ≥4.5")
        #expect(bars[1] == "  review.txt      ████████████████  4.8")
        // The note under a comparison wraps rather than running past the edge.
        let wide = Self.render("compare eldercare", width: 40)
        #expect(wide.contains("≠"))
        #expect(wide.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 })
    }
}
