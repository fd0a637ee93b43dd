import Testing

@testable import ZhibiaoCore

/// `explain`: each field of a figure with the rule that decided it, on an article written for
/// these tests.
@Suite struct ExplainTests {
    static let article = """
        九江市2024年民生工作回顾

        一季度

        ○全市新增就业1200人

        2023年以来，全市累计新增养老床位800张，同比增长12.5%。
        城乡居民人均可支配收入分别达到41200元、21800元。
        """

    /// The rows of `explain` for a line, as `field|value|rule|words` (or the rows of its table
    /// `titled`).
    static func rows(line: Int, of text: String = article, titled title: String? = nil) -> [String] {
        var rows: [String] = []
        for part in Explain.line(line, text: text, name: "qingshan.txt", path: "qingshan.txt").parts {
            guard case .table(let table) = part,
                title.map({ table.title == $0 }) ?? (table.title != "rules" && table.title != "layers")
            else { continue }
            for row in table.rows {
                rows.append(row.map { if case .text(let text) = $0 { text } else { "-" } }.joined(separator: "|"))
            }
        }
        return rows
    }

    @Test func aBulletUnderAPeriodHeading() {
        #expect(
            Self.rows(line: 5) == [
                "metric|新增就业|metric.phrase-before|新增就业",
                "value|1200|figure.number|1200人",
                "unit|人|figure.unit|人 (people)",
                "qualifier|none|-|",
                "kind|actual|kind.actual|",
                "year|2024|year.section-heading|",
                "period|2024Q1|period.heading|",
                "region|九江市|region.document|九江市",
                "sector|employment|sector.keywords|name: 新增就业→employment; clause: 新增就业→employment; "
                    + "then the paragraph's, the section's and the paragraph before's",
                // The metric is a wording of a catalog indicator.
                "indicator|urban-new-jobs|catalog.alias|新增就业",
            ])
    }

    @Test func aStatedPeriodAndAGrowthRate() {
        let rows = Self.rows(line: 7)
        #expect(rows.contains("period|since 2023|period.stated|"))
        // A rate named only by its change takes the subject of the figure before: two rules.
        #expect(rows.contains("metric||metric.phrase-before|"))
        #expect(rows.contains("|新增养老床位同比增长|metric.bare-rate|新增养老床位同比增长"))
        #expect(rows.contains("growth of|\(DocumentKey(articleText: Self.article).text):2|growth.base|新增养老床位"))
    }

    @Test func aRespectiveListNamesEachItem() {
        let rows = Self.rows(line: 8)
        #expect(
            rows.filter { $0.hasPrefix("metric|") } == [
                "metric|城镇居民人均可支配收入|metric.respective-list|城镇居民人均可支配收入",
                "metric|农村居民人均可支配收入|metric.respective-list|农村居民人均可支配收入",
            ])
    }

    /// The phrases the line's figures were dated and placed from, as the layers hold them: a
    /// baseline's year stepped over, a period of the year in force not yet given its year.
    @Test func theLayersOfTheLine() {
        let text = "九江市2024年民生工作回顾\n\n1-9月，景德镇市新增养老床位800张，比上年多120张；截至2024年10月底，累计发放补贴360万元。"
        #expect(
            Self.rows(line: 3, of: text, titled: "layers") == [
                "period|1-9月|months 1 to 9 of the year in force: {Y}-01..{Y}-09",
                "place|景德镇市|景德镇市 (city)",
                "period|上年|passed over: a baseline",
                "period|截至2024年10月底|January to month 10 of 2024: 2024-01..2024-10",
            ])
        // The figures read them so.
        #expect(
            Self.rows(line: 3, of: text).filter { $0.hasPrefix("period|") || $0.hasPrefix("region|") } == [
                "period|2024-01..2024-09|period.stated|", "region|景德镇市|region.named|景德镇市",
                "period|2024-01..2024-09|period.stated|", "region|景德镇市|region.named|景德镇市",
                // After the semicolon, a sentence of its own: the document's place.
                "period|2024-01..2024-10|period.stated|", "region|九江市|region.document|九江市",
            ])
    }

    /// A line, the layer rows `explain` lists of one layer, and the rows of the field that layer
    /// decides for the line's figures.
    struct LayerCase: Sendable, CustomTestStringConvertible {
        let layer: String
        let text: String
        let rows: [String]
        let field: String
        let fieldRows: [String]
        var testDescription: String { layer }
    }

    static let layerCases = [
        // The quotations the figure finder read: a short one (a name) whose numbers are no
        // figures, and a list of tasks that holds figures, which the kind pass reads as targets.
        LayerCase(
            layer: "quotation",
            text: "九江市2024年民生工作回顾\n\n打造“15分钟养老服务圈”，市民政局将“新建社区食堂30个、改造适老化住房1200户”列入年度民生实事项目。",
            rows: [
                "quotation|“15分钟养老服务圈”|a name, a title or speech: numbers in it are not read as figures",
                "quotation|“新建社区食堂30个、改造适老化住房1200户”|a quotation: numbers in it are read as figures",
            ],
            field: "kind",
            fieldRows: ["kind|target|kind.quoted-task|列入", "kind|target|kind.quoted-task|列入"]),
        // A bracket that explains the name before it, which the phrase ends before, and a share
        // right inside one, a progress.
        LayerCase(
            layer: "bracket",
            text: "萍乡市2025年民生工作回顾\n\n走访慰问困难家庭（含低保户、特困户）3120户次，8个社区食堂建设已完成6个（75%）。",
            rows: [
                "bracket|（含低保户、特困户）|a bracket: what it holds notes or breaks down the words or the figure before it",
                "bracket|（75%）|a bracket: what it holds notes or breaks down the words or the figure before it",
            ],
            field: "metric",
            fieldRows: [
                "metric|走访慰问困难家庭|metric.phrase-before|走访慰问困难家庭",
                "metric|社区食堂建设|metric.noun-after|社区食堂建设",
                "metric||metric.phrase-before|",
                "metric|社区食堂建设完成进度|metric.bracketed-share|社区食堂建设完成进度",
            ]),
        // A 分别 group, whose values go to the items its subject names, and a list after it that
        // goes item by item.
        LayerCase(
            layer: "list",
            text: "淮北市2025年民生工作回顾\n\n城乡居民人均可支配收入分别达到41250元、21630元，增长5.2%和6.8%。",
            rows: [
                "list|41250元、21630元|a 分别 group of 2 values: one goes to each item the words before it name",
                "list|5.2%和6.8%|a list of 2 values: one to each item or figure before it, where they name as many",
            ],
            field: "metric",
            fieldRows: [
                "metric|城镇居民人均可支配收入|metric.respective-list|城镇居民人均可支配收入",
                "metric|农村居民人均可支配收入|metric.respective-list|农村居民人均可支配收入",
                "metric|城镇居民人均可支配收入增长|metric.respective-list|城镇居民人均可支配收入增长",
                "metric|农村居民人均可支配收入增长|metric.respective-list|农村居民人均可支配收入增长",
            ]),
    ]

    /// What a layer holds of a line, and what the passes that read it make of its figures.
    @Test(arguments: layerCases) func theLayersOfTheLine(_ c: LayerCase) {
        #expect(Self.rows(line: 3, of: c.text, titled: "layers").filter { $0.hasPrefix(c.layer + "|") } == c.rows)
        #expect(Self.rows(line: 3, of: c.text).filter { $0.hasPrefix(c.field + "|") } == c.fieldRows)
    }

    @Test func aLineWithNoFigureSaysSo() {
        let answer = Explain.line(3, text: Self.article, name: "qingshan.txt", path: "qingshan.txt")
        guard case .note(let note) = answer.parts.first else {
            Issue.record("expected a note")
            return
        }
        #expect(note == "qingshan.txt: no figure is read on line 3.")
        let blank = Explain.line(2, text: Self.article, name: "qingshan.txt", path: "qingshan.txt")
        guard case .note(let none) = blank.parts.first else {
            Issue.record("expected a note")
            return
        }
        #expect(none == "qingshan.txt: no sentence begins on line 2.")
    }

    /// Explaining reads exactly what extracting reads.
    @Test func explainingChangesNothing() {
        let plain = Extractor().extract(text: Self.article, name: "q.txt", path: "q.txt", documentIndex: 0).1
        let explained = Extractor().explain(text: Self.article, name: "q.txt", path: "q.txt", documentIndex: 0)
        let fields = { (o: Observation) in
            "\(o.id) \(o.metric) \(o.value) \(o.unit) \(o.year ?? 0) \(o.period ?? "-") \(o.region ?? "-") \(o.sector)"
        }
        #expect(!plain.isEmpty)
        #expect(plain.map(fields) == explained.observations.map(fields))
        #expect(explained.notes.count == plain.reduce(0) { $0 + $1.mentions.count })
    }

    @Test func ruleIdsAreDistinctAndSaid() {
        let ids = ExtractionRule.allCases.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ExtractionRule.allCases.allSatisfy { $0.summary.count > 20 })
    }
}

/// The naming passes' order lists every pass once.
@Test func theNamingOrderHoldsEveryPassOnce() {
    #expect(NamingPass.order.count == NamingPass.allCases.count)
    #expect(Set(NamingPass.order.map { "\($0)" }).count == NamingPass.allCases.count)
}
