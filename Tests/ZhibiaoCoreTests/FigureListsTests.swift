import Foundation
import Testing

@testable import ZhibiaoCore

/// The list layer of a sentence: which of its figures run on as one list.
@Suite struct FigureListsTests {
    /// The lists of `text`'s figures, each as its figures' numbers joined by `+`.
    static func lists(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        let figures = FigureFinder(lexicon: .standard).figures(in: s)
        var layer = FigureLists()
        layer.begin()
        var found: [String] = []
        var k = 0
        while k < figures.count {
            let end = layer.end(from: k, of: figures, in: s)
            found.append(
                (k..<end).map { String(scalars: s[figures[$0].start..<figures[$0].end]) }.joined(separator: "+"))
            k = end
        }
        return found
    }

    /// 、, a space, 和, 及 and 与 join values into a list; a comma, a verb or a noun between them
    /// does not, nor does a long gap.
    @Test func joinsValuesMarkedOffAsOneList() {
        #expect(Self.lists("三地分别新增就业5620人、4380人和2950人。") == ["5620人+4380人+2950人"])
        #expect(Self.lists("城乡居民收入分别达到41200元及21800元，增长5.1%与6.3%。") == ["41200元+21800元", "5.1%+6.3%"])
        #expect(Self.lists("新增就业5620人，帮扶困难人员1230人。") == ["5620人", "1230人"])
        #expect(Self.lists("完成投资12亿元 8亿元") == ["12亿元+8亿元"])
    }

    /// A rate's own "per" before each value belongs to it (每人每月760元、每人每年6000元); four Han
    /// characters at most.
    @Test func leavesEachValuesPerToIt() {
        #expect(Self.lists("补助标准为每人每月760元、每人每年6000元。") == ["760元+6000元"])
        #expect(Self.lists("补助标准为每人每月760元、每个困难家庭每年6000元。") == ["760元", "6000元"])
    }

    /// A figure inside a list read before ends where the list does, whichever figure was asked
    /// first; begun again for another sentence, the layer reads that sentence's figures.
    @Test func keepsEachRunAndBeginsAgainForEachSentence() {
        let finder = FigureFinder(lexicon: .standard)
        var layer = FigureLists()
        let first = Array("新增12家，分别为10个、20个和30个。".unicodeScalars)
        let figures = finder.figures(in: first)
        #expect(layer.end(from: 2, of: figures, in: first) == 4)
        #expect(layer.end(from: 1, of: figures, in: first) == 4)
        #expect(layer.end(from: 3, of: figures, in: first) == 4)
        #expect(layer.end(from: 0, of: figures, in: first) == 1)
        layer.begin()
        let second = Array("新增12家、15家，迁入5家。".unicodeScalars)
        let others = finder.figures(in: second)
        #expect(layer.end(from: 1, of: others, in: second) == 2)
        #expect(layer.end(from: 0, of: others, in: second) == 2)
        #expect(layer.end(from: 2, of: others, in: second) == 3)
    }

    /// 分别 in the phrase before a list makes it a 分别 group, split there into what the phrase
    /// names and the verb; a phrase without it, or with 分 and 别 apart, makes none.
    @Test func tellsWhere分别SplitsThePhraseBeforeAList() {
        let s = Array("城乡居民人均可支配收入分别达到41250元、21630元。".unicodeScalars)
        #expect(FigureLists.respectively(in: 0..<15, of: s) == 11)
        #expect(FigureLists.respectively(in: 0..<12, of: s) == nil)
        let apart = Array("分两批别墅区改造12个、8个".unicodeScalars)
        #expect(FigureLists.respectively(in: 0..<8, of: apart) == nil)
        let figures = FigureFinder(lexicon: .standard).figures(in: s)
        #expect(FigureLists.runs(of: figures, in: s) == [0..<2])
    }
}
