import Testing

@testable import ZhibiaoCore

/// `trace` and `find` quote the article's own lines: a bullet item's marker and its line
/// break, a paragraph broken mid-sentence by page layout, a sentence that shares its line.
@Suite struct QuotationTests {
    static let article = """
        2025年民生实事

        ○城镇新增就业4.82万人
        完成全年目标的112%
        ○新建改造居家养老服务站点107个

        今年以来，全市居民收入稳步提高，城镇居民人均可支配
        收入达到41200元，增长5.1%。全年地区生产总值2500亿元。

        """

    static let key = DocumentKey(articleText: article)

    static func session(color: Bool = false, format: OutputFormat = .table) -> Session {
        let graph = IndicatorGraph()
        let (document, observations) = Extractor().extract(
            text: article, name: "q.txt", path: "q.txt", documentIndex: 0)
        graph.add(document, observations: observations)
        let session = Session(graph: graph)
        session.color = color
        session.format = format
        return session
    }

    @Test func traceQuotesTheLinesAJoinedSentenceCameFrom() {
        let result = Self.session().execute("trace \(Self.key):4; trace \(Self.key):2", origin: "t")
        #expect(result.errors == "")
        #expect(
            result.output == """
                \(Self.key):4  城镇居民人均可支配收入 4.12万元 · since 2025
                id          mention  doc    line  text
                ──────────  ───────  ─────  ────  ──────────────────────────────────────────────────
                \(Self.key):4        1  q.txt     7  今年以来，全市居民收入稳步提高，城镇居民人均可支配
                                               8  收入达到【41200元】，增长5.1%。

                \(Self.key):2  城镇新增就业完成全年目标 112% · 2025
                id          mention  doc    line  text
                ──────────  ───────  ─────  ────  ──────────────────────
                \(Self.key):2        1  q.txt     3  ○城镇新增就业4.82万人
                                               4  完成全年目标的【112%】

                """)
    }

    @Test func theFigureIsHighlightedOnlyInColour() {
        let lines = Self.session(color: true).execute("trace \(Self.key):2", origin: "t").output.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[3] == "\(Self.key):2        1  q.txt     3  ○城镇新增就业4.82万人")
        #expect(lines[4] == "                               4  完成全年目标的\u{1B}[1;33m112%\u{1B}[0m")
    }

    /// A search across a line break is found in the joined sentence and marked on both lines;
    /// a sentence that starts mid-line is quoted from its start.
    @Test func findQuotesTheArticlesLines() {
        let table = Self.session().execute(#"find "可支配收入"; find "全年""#, origin: "t")
        #expect(
            table.output == """
                doc    line  text                                                    observations
                ─────  ────  ──────────────────────────────────────────────────────  ──────────────────────
                q.txt     7  今年以来，全市居民收入稳步提高，城镇居民人均【可支配】  \(Self.key):4, \(Self.key):5
                          8  【收入】达到41200元，增长5.1%。

                doc    line  text                            observations
                ─────  ────  ──────────────────────────────  ──────────────────────
                q.txt     3  ○城镇新增就业4.82万人           \(Self.key):1, \(Self.key):2
                          4  完成【全年】目标的112%
                q.txt     8  【全年】地区生产总值2500亿元。  \(Self.key):6

                """)
        let csv = Self.session(format: .csv).execute(#"find "可支配收入""#, origin: "t")
        #expect(
            csv.output == """
                doc,line,text,observations
                q.txt,7,今年以来，全市居民收入稳步提高，城镇居民人均可支配,\(Self.key):4; \(Self.key):5
                ,8,收入达到41200元，增长5.1%。,

                """)
    }
}
