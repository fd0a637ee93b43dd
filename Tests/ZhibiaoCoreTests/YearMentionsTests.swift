import Foundation
import Testing

@testable import ZhibiaoCore

/// The year layer of a document: the years its recogniser finds in each block, and that what the readers ask of it (a sentence's first written year) is what reading
/// the sentence itself gives.
@Suite struct YearMentionsTests {
    /// Each block's runs of `text`, as `start:value` with `年` when a written year and `L` when a
    /// Latin letter touches it.
    static func runs(_ text: String) -> [[String]] {
        let blocks = Segmenter.blocks(text)
        let layer = YearMentions(blocks)
        return blocks.indices.map { b in
            layer.of(block: b).map { run in
                "\(run.start):\(run.value)\(run.isWrittenYear ? "年" : "")\(run.touchesLatin ? "L" : "")"
            }
        }
    }

    @Test func findsEveryWrittenYearAndEveryYearLikeNumber() {
        #expect(
            Self.runs("桐城市2023年工作回顾\n\n2022年全市新增就业3600人，比2021年增长12.5%，发布于2023-01-15。\n\n本年度无数据。") == [
                ["3:2023年"], ["0:2022年", "18:2021年", "34:2023"], [],
            ])
    }

    /// Shorter and longer runs hold no year, nor do a decimal's parts or a code's digits; four
    /// digits before 年 are a year whatever their value, marked when a letter touches them.
    @Test func holdsNoOtherNumber() {
        #expect(
            Self.runs("共12345人，面积1234.5678平方公里，编号A2024，项目2025B，计划0800年，C2026年") == [
                ["42:800年", "49:2026年L"]
            ])
    }

    /// Runs at the very ends of a block, and one read back from where the search lands inside it
    /// (the search reads one scalar in four).
    @Test func findsRunsAtTheEndsAndInsideTheStride() {
        #expect(Self.runs("2019") == [["0:2019"]])
        #expect(Self.runs("甲2019") == [["1:2019"]])
        #expect(Self.runs("甲1989乙2100") == [[]])
        #expect(Self.runs("甲乙丙2019年") == [["3:2019年"]])
        #expect(Self.runs("1年2年34年5678年") == [["7:5678年"]])
        #expect(Self.runs("一二三") == [[]])
    }

    /// What a rule asks where its words place a year (由2019年的…): the written year whose digits
    /// start there, and none where the digits are not a written year's or do not start there.
    @Test func tellsTheWrittenYearAtAPlace() {
        let blocks = Segmenter.blocks("概况\n\n产量由2019年的3.2万吨增加到12024年的4.5万吨，发布于2023-01-15。")
        let layer = YearMentions(blocks)
        #expect(layer.writtenYear(inBlock: 1, at: 3) == 2019)
        #expect(layer.writtenYear(inBlock: 1, at: 4) == nil)
        #expect(layer.writtenYear(inBlock: 0, at: 3) == nil)
        // Five digits and 年 hold no year, at the run's start or inside it.
        #expect(layer.writtenYear(inBlock: 1, at: 17) == nil)
        #expect(layer.writtenYear(inBlock: 1, at: 18) == nil)
        // A date's year is not followed by 年.
        #expect(layer.writtenYear(inBlock: 1, at: 33) == nil)
        #expect(layer.of(block: 1).map(\.start) == [3, 33])
        #expect(layer.writtenYear(inBlock: 2, at: 0) == nil)
    }

    /// What the words around each written year of `text` make of it, as `value lead tail` (and
    /// the baseline's length after `baseline`), in order.
    static func surroundings(_ text: String) -> [String] {
        let blocks = Segmenter.blocks(text)
        let layer = YearMentions(blocks)
        return blocks.indices.flatMap { b in
            layer.of(block: b).filter(\.isWrittenYear).map { year in
                "\(year.value) \(year.lead)\(year.baselineLength > 0 ? "\(year.baselineLength)" : "") \(year.tail)"
            }
        }
    }

    /// A written year's surroundings, read once in the layer: a baseline (比, 较, 相比, and 与
    /// or 同 only with 相比 or 持平 after), a starting level (由, 从), a level a figure is a multiple of
    /// (是, 于 with 的), and after the year 以来 (also after a month and day), 的, 届, 同期 or 水平.
    @Test func readsWhatTheWordsAroundAWrittenYearMakeOfIt() {
        #expect(
            Self.surroundings("产量比2019年增长5%，较2020年末增加3万吨，与2021年相比增长2%，同2022年同期相比下降1%，与2023年持平。")
                == [
                    "2019 baseline6 none", "2020 baseline7 none", "2021 baseline8 none", "2022 baseline10 level",
                    "2023 baseline8 none",
                ])
        #expect(
            Self.surroundings("相比2019年末增加3万吨，较2020年同期增长2%，与2021年度持平，与2022年发展相比。")
                == ["2019 baseline7 none", "2020 baseline8 level", "2021 baseline9 none", "2022 none none"])
        #expect(
            Self.surroundings("寿命由2020年的78.1岁提高到2024年的79.2岁，从2021年起，总量是2015年的2倍，相当于2016年水平。")
                == ["2020 from of", "2024 none of", "2021 from none", "2015 copula of", "2016 copula level"])
        #expect(
            Self.surroundings("2021年以来，2022年10月以来，2023年3月8日以来，2025年届毕业生，2019年同期，2024年")
                == [
                    "2021 none since", "2022 none since", "2023 none since", "2025 none classOf", "2019 none level",
                    "2024 none none",
                ])
    }

    /// Every sentence of the project's articles and corpora: its first written year read from the
    /// layer is the first that reading the sentence finds (four digits no digit precedes, then 年).
    @Test func theLayerReadsAsTheSentenceDoes() throws {
        var compared = 0
        var years = 0
        for text in try PeriodMentionsTests.texts() {
            let blocks = Segmenter.blocks(text)
            let layer = YearMentions(blocks)
            for (b, block) in blocks.enumerated() {
                for span in Segmenter.sentences(block) {
                    let s = span.text
                    let range = span.offset..<(span.offset + s.count)
                    let read = layer.firstWrittenYear(inBlock: b, within: range)
                    let wanted = (0..<max(0, s.count - 4)).lazy.compactMap { i in
                        WrittenYear.starting(in: s, at: i).map { (span.offset + i, $0) }
                    }.first
                    #expect(
                        read.map { [$0.start, $0.value] } == wanted.map { [$0.0, $0.1] },
                        "\(String(scalars: s))")
                    compared += 1
                    if wanted != nil { years += 1 }
                }
            }
        }
        // (909 sentences and 128 written years when this was written: the test reads them all.)
        #expect(compared > 800 && years > 100)
    }
}
