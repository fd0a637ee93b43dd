import Foundation
import Testing

@testable import ZhibiaoCore

/// The quotation layer of a sentence: the quotations and titles its recogniser reads as the
/// figure finder asks, which of them hide the numbers they hold, and the quotation that holds a
/// figure, as the kind pass asks.
@Suite struct QuotationMentionsTests {
    /// The layer of `text` read through its end, each quotation as its inside and `hides` or
    /// `holds`.
    static func read(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        var layer = QuotationMentions()
        layer.begin(askedUpTo: s.count - 1, firstOpening: 0, count: s.count)
        _ = layer.hides(s.count - 1, in: s)
        return layer.mentions.map { "\(String(scalars: s[$0.inside])) \($0.hides ? "hides" : "holds")" }
    }

    /// Short quotations (names, slogans), titles and a person's own speech hide their numbers; a
    /// long quotation of tasks holds figures, and so does an official's statement that speaks for
    /// a whole place (全县, 我市) or an office (我们), as a press conference's answers do. A mark
    /// inside a quotation opens nothing; one never closed runs to the sentence's end.
    @Test func readsEachQuotationAndWhetherItHides() {
        #expect(
            Self.read("打造“15分钟服务圈”，落实《关于进一步优化营商环境的26条措施》，将“新建社区食堂300个、改造老旧小区1500户”列入计划。")
                == ["15分钟服务圈 hides", "关于进一步优化营商环境的26条措施 hides", "新建社区食堂300个、改造老旧小区1500户 holds"])
        #expect(
            Self.read("他说：“今年全县新建公路220公里，改造危桥16座，群众出行更方便。”") == [
                "今年全县新建公路220公里，改造危桥16座，群众出行更方便。 holds"
            ])
        #expect(
            Self.read("“我们今年完成植树造林4.6万亩，超额完成年度任务”，林业局负责人介绍。") == [
                "我们今年完成植树造林4.6万亩，超额完成年度任务 holds"
            ])
        #expect(
            Self.read("王大姐笑着说：“现在看病方便多了，每次只需花80多元。”") == [
                "现在看病方便多了，每次只需花80多元。 hides"
            ])
        #expect(Self.read("“我家今年多收入了6000元”，村民老李说。") == ["我家今年多收入了6000元 hides"])
        #expect(Self.read("“我们村今年集体收入突破50万元”，村支书说。") == ["我们村今年集体收入突破50万元 hides"])
        #expect(Self.read("把“完成“十件实事”中新建养老床位560张的任务”写进报告") == ["完成“十件实事 hides"])
        #expect(Self.read("落实“两个确保，新建养老服务中心41个和助餐点260个") == ["两个确保，新建养老服务中心41个和助餐点260个 holds"])
    }

    /// A sentence whose first opening mark stands after its last number is not read: no
    /// quotation opened there holds a number.
    @Test func readsNothingAfterTheLastNumber() {
        let s = Array("全年新增就业5200人，实施“春风行动”。".unicodeScalars)
        var layer = QuotationMentions()
        layer.begin(askedUpTo: 6, firstOpening: 14, count: s.count)
        let hidesFirst = layer.hides(6, in: s)
        #expect(!hidesFirst)
        #expect(layer.mentions.isEmpty)
        // Begun again for another sentence, the list starts empty.
        let t = Array("“十四五”以来累计投入12亿元。".unicodeScalars)
        layer.begin(askedUpTo: 11, firstOpening: 0, count: t.count)
        let hidesName = layer.hides(1, in: t)
        let hidesAmount = layer.hides(11, in: t)
        #expect(hidesName)
        #expect(!hidesAmount)
        #expect(layer.mentions.map(\.open) == [0])
    }

    /// The quotation that holds a figure: opened by the mark asked for, before the figure, and
    /// closed after it (or never closed).
    @Test func tellsTheQuotationThatHoldsAFigure() {
        let s = Array("《规划》提出“新建学校12所”，计划投资8亿元。".unicodeScalars)
        var layer = QuotationMentions()
        layer.begin(askedUpTo: s.count - 1, firstOpening: 0, count: s.count)
        _ = layer.hides(s.count - 1, in: s)
        let school = 11..<14  // 12所
        #expect(layer.holding(school, openedBy: "“").map { [$0.open, $0.close] } == [6, 14])
        #expect(layer.holding(school, openedBy: "《") == nil)
        #expect(layer.holding(20..<23, openedBy: "“") == nil)  // 8亿元, after the quotation
        #expect(layer.holding(1..<2, openedBy: "《").map { [$0.open, $0.close] } == [0, 3])
    }
}
