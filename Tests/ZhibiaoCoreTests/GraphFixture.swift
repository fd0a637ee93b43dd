@testable import ZhibiaoCore

/// A small hand-built graph in the shape of the sample articles, so that evaluation and
/// rendering can be tested without extraction.
enum GraphFixture {
    struct Figure {
        var metric: String
        var value: Double
        var unit: String
        var sector: Sector
        var qualifier: Qualifier? = nil
        var year: Int? = 2025
        var period: String? = nil
        var region: String? = "长治市"
        /// Indexes of the sentences stating it; the figure is found by `figureText`.
        var sentences: [Int] = [0]
        var figureText: String
    }

    /// The id of observation `number` of the `document`th document (both 1-based) of `graph`.
    static func id(_ document: Int, _ number: Int, in graph: IndicatorGraph = standard) -> ObservationID {
        ObservationID(document: graph.documents[document - 1].key, number: number)
    }

    /// The key of the `document`th document (1-based) of `graph`, as ids show it.
    static func key(_ document: Int, in graph: IndicatorGraph = standard) -> String {
        graph.documents[document - 1].key.text
    }

    /// Ids written `document:number` (both 1-based, documents in `graph`'s order) as the graph
    /// shows them.
    static func ids(_ places: String..., in graph: IndicatorGraph = standard) -> [String] {
        places.map { place in
            let parts = place.split(separator: ":").map { Int($0)! }
            return id(parts[0], parts[1], in: graph).description
        }
    }

    static func graph(_ documents: [(name: String, sentences: [String], figures: [Figure])]) -> IndicatorGraph {
        let graph = IndicatorGraph()
        for (index, document) in documents.enumerated() {
            let sentences = document.sentences.enumerated().map {
                Sentence(text: $0.element, line: $0.offset * 2 + 1, paragraph: $0.offset)
            }
            // A blank line between sentences puts sentence i on line 2i+1, as `Sentence.line` says.
            let text = document.sentences.joined(separator: "\n\n")
            let observations = document.figures.enumerated().map { number, figure in
                Observation(
                    id: ObservationID(document: DocumentKey(articleText: text), number: number + 1), document: index,
                    metric: figure.metric,
                    value: figure.value,
                    unit: figure.unit, qualifier: figure.qualifier, sector: figure.sector, year: figure.year,
                    period: figure.period, region: figure.region,
                    mentions: figure.sentences.map { sentence in
                        let text = Array(document.sentences[sentence].utf8)
                        let range = text.offsets(of: Array(figure.figureText.utf8)) ?? 0..<0
                        return Mention(document: index, sentence: sentence, figure: range)
                    })
            }
            graph.add(
                Document(
                    name: document.name, path: "Samples/" + document.name,
                    text: text,
                    paragraphCount: sentences.count, sentences: sentences, year: 2025),
                observations: observations)
        }
        return graph
    }

    /// Two reports on one city: a livelihood review and a year-in-review, with a conflict
    /// (62.9% vs 6.2%), a hedged agreement (≥4.5 vs 4.8) and an implausible headcount.
    static let standard: IndicatorGraph = graph([
        (
            "livelihood.txt",
            [
                "全年举办线上线下专项招聘活动474场，提供岗位47.7万个。",
                "全市千人口托位数达4.5个以上，备案托育机构77家。",
                "全市居家养老服务站点覆盖率达62.9%。",
            ],
            [
                Figure(metric: "线上线下专项招聘活动", value: 474, unit: "场", sector: .employment, figureText: "474场"),
                Figure(metric: "提供岗位", value: 477000, unit: "个", sector: .employment, figureText: "47.7万个"),
                Figure(
                    metric: "千人口托位数", value: 4.5, unit: "个", sector: .childcare, qualifier: .atLeast, sentences: [1],
                    figureText: "4.5个以上"),
                Figure(metric: "备案托育机构", value: 77, unit: "家", sector: .childcare, sentences: [1], figureText: "77家"),
                Figure(
                    metric: "居家养老服务站点覆盖率", value: 62.9, unit: "%", sector: .eldercare, sentences: [2],
                    figureText: "62.9%"),
            ]
        ),
        (
            "review.txt",
            [
                "1-11月，城镇新增就业4.82万人，完成全年目标的112%。",
                "每千人口托位数达4.8个。",
                "居家养老服务站点覆盖率6.2%，基本养老保险参保人数4.8亿人。",
                "城镇新增就业4.82万人。",
            ],
            [
                Figure(
                    metric: "城镇新增就业", value: 48200, unit: "人", sector: .employment, period: "2025-01..2025-11",
                    sentences: [0, 3], figureText: "4.82万人"),
                Figure(
                    metric: "每千人口托位数", value: 4.8, unit: "个", sector: .childcare, sentences: [1], figureText: "4.8个"),
                Figure(
                    metric: "居家养老服务站点覆盖率", value: 6.2, unit: "%", sector: .eldercare, sentences: [2], figureText: "6.2%"
                ),
                Figure(
                    metric: "基本养老保险参保人数", value: 4.8e8, unit: "人", sector: .socialSecurity, sentences: [2],
                    figureText: "4.8亿人"),
            ]
        ),
    ])
}
