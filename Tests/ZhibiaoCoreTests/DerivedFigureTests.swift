import Testing

@testable import ZhibiaoCore

/// Figures the articles imply (kind `derived`): a target from a result and its share of the
/// target, last year's level from this year's and its growth. Shown only when asked, traced to
/// their sources, never exported, and checked against the figures the articles state.
@Suite struct DerivedFigureTests {
    /// An invented county report: a target stated apart from the result and its share (the two
    /// disagree), an income with its growth and last year's income stated (they disagree too),
    /// and a rural income whose stated level agrees with its growth once rounding is allowed for.
    static let article = """
        2025年城镇新增就业工作目标为5万人。
        1-11月，全县城镇新增就业4.82万人，完成全年目标的112%。
        2025年城镇居民人均可支配收入41200元，增长5.0%。
        2024年城镇居民人均可支配收入38000元。
        2025年农村居民人均可支配收入2.1万元，增长6.1%。
        2024年农村居民人均可支配收入1.98万元。
        """

    static func session(_ format: OutputFormat = .table) -> (Session, DocumentKey) {
        let graph = IndicatorGraph()
        let (document, observations) = Extractor().extract(
            text: article, name: "county.txt", path: "county.txt", documentIndex: 0)
        graph.add(document, observations: observations)
        let session = Session(graph: graph)
        session.format = format
        return (session, document.key)
    }

    @Test func shownOnlyWhenAsked() {
        let (session, key) = Self.session()
        #expect(!session.execute("show all", origin: "t").output.contains("derived"))
        #expect(
            session.execute("show all where kind=derived", origin: "t").output == """
                id           metric                  value  ≈         unit  qualifier  kind     period  region  doc         formula
                ───────────  ──────────────────────  ─────  ────────  ────  ─────────  ───────  ──────  ──────  ──────────  ───────────────────────────────────────────────────────────────────
                \(key):3d  城镇新增就业目标        43036  4.3036万  人    approx     derived  2025            county.txt  48200 ÷ 112% (城镇新增就业 and its share of the target)
                \(key):5d  城镇居民人均可支配收入  39238  3.9238万  元    approx     derived  2024            county.txt  41200 ÷ (1 + 5%) (2025's level and its growth on the year before)
                \(key):8d  农村居民人均可支配收入  19793  1.9793万  元    approx     derived  2024            county.txt  21000 ÷ (1 + 6.1%) (2025's level and its growth on the year before)

                """)
        // Not in the export: it holds what the articles state.
        let export = ObservationExport.render(session.graph, format: .jsonl)
        #expect(!export.contains("derived"))
    }

    @Test func traceGivesTheFormulaAndTheSentences() {
        let (session, key) = Self.session()
        #expect(
            session.execute("trace \(key):3d", origin: "t").output == """
                \(key):3d  城镇新增就业目标 ≈4.3036万人 · 2025  derived: 48200 ÷ 112% (城镇新增就业 and its share of the target)
                id          mention  doc         line  text
                ──────────  ───────  ──────────  ────  ──────────────────────────────────────────────────────────
                \(key):2        1  county.txt     2  1-11月，全县城镇新增就业【4.82万人】，完成全年目标的112%。
                \(key):3        2  county.txt     2  1-11月，全县城镇新增就业4.82万人，完成全年目标的【112%】。

                """)
        let missing = session.execute("trace \(key):1d", origin: "t")
        #expect(!missing.succeeded)
        #expect(missing.errors.contains("no derived figure \(key):1d"))
    }

    /// The stated target (5万) is not what 4.82万 at 112% gives; 38000元 is not what 41200元 up
    /// 5.0% gives. 1.98万 and 2.1万 up 6.1% (19793) agree within the rounding of 1.98万.
    @Test func checkReportsWhatADerivedFigureContradicts() {
        let (session, key) = Self.session()
        let output = session.execute("check", origin: "t").output
        let contradictions = output.components(separatedBy: "finding       contradicted").count - 1
        #expect(contradictions == 2)
        #expect(output.contains("5万人 stated; 48200 ÷ 112% (城镇新增就业 and its share of the target) gives ≈4.3036万人"))
        #expect(output.contains("3.8万元 stated; 41200 ÷ (1 + 5%)"))
        #expect(!output.contains("1.98万元 stated"))
        #expect(output.contains("\(key):3d  城镇新增就业目标 ≈4.3036万人"))
    }

    @Test func idsOfDerivedFiguresReadBack() throws {
        let id = try #require(ObservationID("kmqxbtea:14d"))
        #expect(id.isDerived)
        #expect(id.description == "kmqxbtea:14d")
        #expect(ObservationID("kmqxbtea:14")?.derived == id)
        #expect(ObservationID("kmqxbtea:0d") == nil)
        var lexer = Lexer("trace kmqxbtea:14d")
        let tokens = lexer.tokenize().map(\.kind)
        #expect(tokens.contains(.id(id)))
    }

    /// Half the last non-zero digit, as a share of the figure.
    @Test(arguments: [(48200.0, 50.0 / 48200.0), (112.0, 0.5 / 112.0), (4.8, 0.05 / 4.8), (19800.0, 50.0 / 19800.0)])
    func roundingOfAFigureAsWritten(_ value: Double, _ share: Double) {
        #expect(abs(IndicatorGraph.roundingShare(value) - share) < 1e-12)
    }
}
