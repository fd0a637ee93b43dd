import Testing

@testable import ZhibiaoCore

/// The bracket layer of a sentence: each opening matched with the closing that ends it, with
/// what it holds, and the questions the readers ask of it.
@Suite struct BracketMentionsTests {
    /// The layer of `text` read whole, each bracket as its words and what it holds.
    static func read(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return BracketMentions.of(s).mentions.map { bracket in
            let from = max(bracket.open, 0)
            let to = min(bracket.close + 1, s.count)
            var held: [String] = []
            if bracket.holdsBracket { held.append("bracket") }
            if bracket.holdsComma { held.append("comma") }
            if bracket.holdsStop { held.append("stop") }
            return String(scalars: s[from..<to]) + (held.isEmpty ? "" : " " + held.joined(separator: "+"))
        }
    }

    /// A bracket inside another is matched first and makes the outer one hold a bracket; the
    /// full-width and the ASCII marks close each other; a comma or a stop is noted in the
    /// innermost bracket that holds it.
    @Test func matchesEachOpeningWithItsClosing() {
        #expect(
            Self.read("新建学校（含幼儿园，不含培训机构）7所，改造校舍(一期（含操场）)3.2万平方米。") == [
                "（含幼儿园，不含培训机构） comma", "（含操场）", "(一期（含操场）) bracket",
            ])
        #expect(Self.read("产值（按现价计算)18亿元，增长(同比；下同）6%。") == ["（按现价计算)", "(同比；下同） stop"])
        #expect(Self.read("全年接待游客860万人次。").isEmpty)
    }

    /// A bracket never closed holds the rest of the sentence; a closing mark that closes nothing
    /// is kept too (a reader asks whether any bracket closed between two figures).
    @Test func keepsABracketLeftOpenAndAClosingThatClosesNothing() {
        #expect(Self.read("1）新增就业（含灵活就业，4200人") == ["1）", "（含灵活就业，4200人 comma"])
        let s = Array("1）新增就业（含灵活就业，4200人".unicodeScalars)
        let layer = BracketMentions.of(s)
        #expect(layer.mentions.map(\.open) == [-1, 6])
        #expect(layer.mentions.map(\.close) == [1, s.count])
    }

    /// The questions: the bracket closed at a place (one opened in the sentence), the bracket
    /// opened at a place, and whether any closing mark stands in a range. Begun again, the layer
    /// reads the next sentence afresh.
    @Test func answersWhereABracketOpensAndCloses() {
        let s = Array("税收12亿元（含契税2亿元），增长5%；另有）。".unicodeScalars)
        var layer = BracketMentions()
        layer.begin()
        #expect(layer.closing(at: 13, in: s)?.open == 6)
        #expect(layer.opening(at: 6, in: s)?.close == 13)
        #expect(layer.opening(at: 7, in: s) == nil)
        #expect(layer.closing(at: 22, in: s) == nil)
        #expect(layer.opening(at: -1, in: s) == nil)
        #expect(layer.closes(in: 10..<18))
        #expect(!layer.closes(in: 14..<22))
        #expect(layer.closes(in: 14..<23))
        let t = Array("（一）新增就业3200人。".unicodeScalars)
        layer.begin()
        #expect(layer.closing(at: 14, in: t) == nil)
        #expect(layer.closing(at: 2, in: t)?.open == 0)
    }
}
