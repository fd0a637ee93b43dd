import Testing

@testable import ZhibiaoCore

@Suite struct RenderingTests {
    @Test(arguments: [
        ("abc", 3), ("就业", 4), ("4.82万人", 8), ("（全角）", 8), ("e\u{301}", 1), ("a\u{200B}b", 2), ("한국", 4),
        ("【62.9%】", 9), ("\u{1B}", 0),
    ])
    func measuresDisplayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func locatesColumnsByDisplayWidth() {
        let source = SourceText("show 就业\nshow 托位 wher", origin: "t")
        #expect(source.location(of: 5) == SourceLocation(line: 1, column: 6))
        #expect(source.location(of: 24) == SourceLocation(line: 2, column: 11))
        #expect(source.lineText(2) == "show 托位 wher")
    }

    @Test(
        arguments: [
            (48200.0, "48200", "4.82万"), (4.5, "4.5", nil), (5.12e8, "512000000", "5.12亿"),
            (16_105_100, "16105100", "1610.51万"),
            (62.9, "62.9", nil), (1.5e12, "1500000000000", "1.5万亿"), (15306, "15306", "1.5306万"),
            (-20000, "-20000", "-2万"),
            // Values made by arithmetic, without the noise of binary fractions.
            (18887.999999999996, "18888", "1.8888万"), (0.1 + 0.2, "0.3", nil), (4.82 - 4.3, "0.52", nil),
            (1.0 / 3, "0.33333333333", nil), (123456.789, "123456.789", "12.3457万"),
        ] as [(Double, String, String?)])
    func formatsNumbers(value: Double, exact: String, readable: String?) {
        #expect(NumberFormat.exact(value) == exact)
        #expect(NumberFormat.readable(value) == readable)
    }

    static let awkward = ResultTable(
        columns: [Column("name"), Column("count"), Column("note")],
        rows: [
            [.text("a,b"), .number(1), .text("say \"hi\"")],
            [.text("多行\n文本"), .number(12.5), .text("bell\u{07}esc\u{1B}[2J|pipe")],
            [.text("托育"), .null, .list([.text("x"), .text("y")])],
        ])

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(
            MachineRenderer.render(columns: Self.awkward.columns, rows: Self.awkward.rows, format: .csv) == """
                name,count,note
                "a,b",1,"say ""hi\"\""
                "多行
                文本",12.5,bell\u{07}esc\u{1B}[2J|pipe
                托育,,x; y

                """)
    }

    @Test func jsonEscapesControlCharactersAndKeepsTypes() {
        #expect(
            MachineRenderer.render(columns: Self.awkward.columns, rows: Self.awkward.rows, format: .json) == """
                [
                  {"name":"a,b","count":1,"note":"say \\"hi\\""},
                  {"name":"多行\\n文本","count":12.5,"note":"bell\\u0007esc\\u001b[2J|pipe"},
                  {"name":"托育","count":null,"note":["x","y"]}
                ]

                """)
        #expect(MachineRenderer.render(columns: Self.awkward.columns, rows: [], format: .json) == "[]\n")
    }

    /// Escapes are decided on UTF-8 bytes: every character JSON escapes is one byte or
    /// U+2028/U+2029, and a comma or quote with a combining mark after it still needs quoting.
    @Test func escapesAreDecidedOnBytes() {
        func csvField(_ text: String) -> String {
            var out = ByteOutput()
            out.appendCSV(text)
            return out.text
        }
        #expect(MachineRenderer.json("段落\u{2028}分隔\u{2029}") == #""段落\u2028分隔\u2029""#)
        #expect(MachineRenderer.json("\u{7F}\u{0}\\末\u{2027}") == "\"\\u007f\\u0000\\\\末\u{2027}\"")
        #expect(MachineRenderer.json("就业4.82万人") == "\"就业4.82万人\"")
        #expect(csvField("逗号,\u{301}后") == "\"逗号,\u{301}后\"")
        #expect(csvField("引\"\u{301}号") == "\"引\"\"\u{301}号\"")
        #expect(csvField("托育，全角逗号") == "托育，全角逗号")
    }

    @Test(
        arguments: [
            (4.82, 4, "4.82"), (1610.51, 4, "1610.51"), (0.00004, 4, "0"), (-0.00004, 4, "0"), (-2, 4, "-2"),
            (1.23456, 2, "1.23"), (9.999, 2, "10"), (0.05, 2, "0.05"), (12, 0, "12"), (98_765_432.1, 4, "98765432.1"),
        ] as [(Double, Int, String)])
    func writesDecimals(value: Double, digits: Int, text: String) {
        #expect(NumberFormat.decimal(value, maximumFractionDigits: digits) == text)
    }

    /// A citation's label comes before the sentence in every format; the highlight stays on
    /// the figure.
    @Test func labelledHighlightsRenderTheLabelFirst() {
        let sentence = "城镇新增就业4.82万人。"
        let figure = Array(sentence.utf8).count - Array("4.82万人。".utf8).count
        let cell = Cell.highlighted(sentence, figure..<(figure + "4.82万人".utf8.count), label: "a.txt:3: ")
        let table = ResultTable(columns: [Column("sentences")], rows: [[cell]])
        #expect(
            MachineRenderer.render(columns: table.columns, rows: table.rows, format: .csv).contains(
                "a.txt:3: 城镇新增就业4.82万人。"))
        #expect(TableRenderer.render(table, layout: TextLayout()).contains("a.txt:3: 城镇新增就业【4.82万人】。"))
        #expect(MarkdownRenderer.render(table).contains("a.txt:3: 城镇新增就业**4.82万人**。"))
    }

    @Test func tablesAlignByDisplayWidthAndEscapeControlCharacters() {
        #expect(
            TableRenderer.render(Self.awkward, layout: TextLayout()) == """
                name          count  note
                ────────────  ─────  ───────────────────────
                a,b               1  say "hi"
                多行\\x0a文本   12.5  bell\\x07esc\\x1b[2J|pipe
                托育                 x, y

                """)
    }

    @Test func markdownEscapesPipesAndJoinsLists() {
        #expect(
            MarkdownRenderer.render(Self.awkward) == """
                | name | count | note |
                | --- | ---: | --- |
                | a,b | 1 | say "hi" |
                | 多行\\x0a文本 | 12.5 | bell\\x07esc\\x1b[2J\\|pipe |
                | 托育 |  | x<br>y |

                """)
    }

    @Test func barsShowEighthsAndSlivers() {
        #expect(BarChartRenderer.bar(1) == String(repeating: "█", count: 30))
        #expect(BarChartRenderer.bar(0.5) == String(repeating: "█", count: 15))
        #expect(BarChartRenderer.bar(0.1) == "███")
        #expect(BarChartRenderer.bar(0.105) == "███▏")
        #expect(BarChartRenderer.bar(0.0001) == "▏")
        #expect(BarChartRenderer.bar(0) == "")
    }

    @Test func exportWritesTheDocumentedKeys() {
        let lines = ObservationExport.render(GraphFixture.standard, format: .jsonl).split(separator: "\n")
        #expect(lines.count == 9)
        #expect(
            lines[5]
                == #"{"id":"jkyvzhhw:1","doc":"review.txt","line":1,"sector":"employment","metric":"城镇新增就业","indicator":"urban-new-jobs","value":48200,"unit":"人","qualifier":null,"kind":"actual","year":2025,"period":"2025-01..2025-11","region":"长治市","text":"1-11月，城镇新增就业4.82万人，完成全年目标的112%。","mentions":2,"sources":["review.txt"],"format":3}"#
        )
        let csv = ObservationExport.render(GraphFixture.standard, format: .csv)
        #expect(
            csv.hasPrefix(
                "id,doc,line,sector,metric,indicator,value,unit,qualifier,kind,year,period,region,text,mentions,sources,format\njjfjwdms:1,"
            ))
        #expect(ObservationExport.render(IndicatorGraph(), format: .json) == "[]\n")
    }

    /// `zhibiao export` streams: chunk by chunk, the bytes are those of the whole answer.
    @Test func streamedExportIsTheWholeExport() {
        let graph = GraphFixture.standard
        for format in ObservationExport.MachineFormat.allCases {
            let whole = ObservationExport.render(graph, format: OutputFormat(rawValue: format.rawValue)!)
            for chunk in [1, 600, 1 << 16] {
                var bytes: [UInt8] = []
                var pieces = 0
                ObservationExport.write(graph, format: format, chunk: chunk) { piece in
                    bytes.append(contentsOf: piece)
                    pieces += 1
                }
                #expect(String(decoding: bytes, as: UTF8.self) == whole)
                // At the smallest size, a chunk a row (the csv header goes with the first row, the
                // closing bracket of json is a chunk of its own); this small graph is one chunk at
                // the largest.
                let rows = graph.observations.count
                let expected = chunk == 1 ? rows + (format == .json ? 1 : 0) : chunk > 4096 ? 1 : nil
                if let expected { #expect(pieces == expected) } else { #expect(pieces > 1 && pieces < rows) }
            }
        }
        var empty: [UInt8] = []
        ObservationExport.write(IndicatorGraph(), format: .json) { empty.append(contentsOf: $0) }
        #expect(String(decoding: empty, as: UTF8.self) == "[]\n")
    }

    @Test func articleTextWithEscapesIsShownSafely() {
        let graph = GraphFixture.graph([
            (
                "evil.txt", ["招聘\u{1B}]0;pwned\u{07}活动12场。"],
                [.init(metric: "招聘\u{1B}活动", value: 12, unit: "场", sector: .employment, figureText: "12场")]
            )
        ])
        let session = Session(graph: graph)
        let key = GraphFixture.key(1, in: graph)
        #expect(
            session.execute("trace \(key):1", origin: "t").output == """
                \(key):1  招聘\\x1b活动 12场 · 2025 · 长治市
                id          mention  doc       line  text
                ──────────  ───────  ────────  ────  ──────────────────────────────────
                \(key):1        1  evil.txt     1  招聘\\x1b]0;pwned\\x07活动【12场】。

                """)
    }

    /// A long answer written on two threads, in blocks of rows side by side, is the same bytes
    /// as one written row by row, in every machine format.
    @Test func rowsWrittenSideBySideAreTheSameBytes() {
        let columns = [Column("n"), Column("text"), Column("sources")]
        let rows: [[Cell]] = (0..<5000).map {
            [.number(Double($0) / 4), .text("第\($0)行“引号”,\"x\"\n"), .list([.text("a.txt"), .null])]
        }
        for format in [OutputFormat.csv, .json, .jsonl] {
            let whole = MachineRenderer.render(columns: columns, rows: rows, format: format)
            var out = ByteOutput()
            var bytes: [UInt8] = []
            var pieces = 0
            MachineRenderer.write(
                columns: columns, count: rows.count, row: { rows[$0] }, format: format, into: &out,
                flushing: {
                    bytes.append(contentsOf: $0)
                    pieces += 1
                }, chunk: 1 << 16, threads: 2)
            #expect(String(decoding: bytes, as: UTF8.self) == whole)
            #expect(pieces >= 5)
        }
    }

    /// JSON strings are escaped run by run, eight bytes tested at once: the result is what
    /// escaping character by character gives, wherever in a word a byte to escape falls
    /// (quotes, controls, U+2028/U+2029, and E2-led characters that need none, such as “—”).
    @Test func jsonEscapingAgreesWithACharacterByCharacterEscape() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{2028}", "\u{2029}", "\u{7F}", "\u{0}"..."\u{1F}":
                    out += "\\u" + String(format: "%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let pieces: [String] = [
            "就业", "a", "\"", "\\", "\n", "\t", "\u{1}", "\u{7F}", "\u{2028}", "\u{2029}", "“", "”", "—", "…", "\u{2027}", "4.82万人",
            "，", "é", "\r",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            #expect(MachineRenderer.json(text) == reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// Numbers are written as `NumberFormat.exact` writes them, whole ones digit by digit.
    @Test(arguments: [
        0, -0.0, 7, -7, 2025, 48200, 999_999_999_999_999, 1e15, -1e15, 4.82, -0.5, 1e-7, 18887.999999999996, .nan,
        .infinity, -.infinity,
    ] as [Double])
    func numbersAreWrittenAsExactWritesThem(value: Double) {
        var out = ByteOutput()
        out.appendExact(value)
        #expect(out.text == NumberFormat.exact(value))
        let json = MachineRenderer.render(columns: [Column("v")], rows: [[.number(value)]], format: .jsonl)
        #expect(json == "{\"v\":\(value.isFinite ? NumberFormat.exact(value) : "null")}\n")
    }
}
