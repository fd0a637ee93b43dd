import Foundation
import Testing

@testable import ZhibiaoCore

/// The small readers the extractor's hot paths use in place of standard-library conveniences,
/// held to what those conveniences answered.
@Suite struct ExtractionHelperTests {
    @Test(arguments: [
        ("{Y}", 2025, "2025"), ("{Y-1}", 2025, "2024"), ("since {Y}", 2024, "since 2024"),
        ("{Y}-01..{Y}-06", 2023, "2023-01..2023-06"), ("{Y}Q1-Q3", 2025, "2025Q1-Q3"),
        ("2016..2020", 2025, "2016..2020"),
        ("{Y-1}..{Y}", 2000, "1999..2000"), ("{X}{Y", 2025, "{X}{Y"), ("", 2025, ""), ("年{Y}年", 2025, "年2025年"),
    ])
    func expandsPeriodPatterns(pattern: String, year: Int, expected: String) {
        let reader = PeriodReader(lexicon: .standard, years: YearMentions())
        #expect(reader.expand(pattern, year: year) == expected)
        let unknown = pattern.replacing("{Y-1}", with: "?").replacing("{Y}", with: "?")
        #expect(reader.expand(pattern, year: nil) == unknown)
    }

    @Test(arguments: [
        "0", "7", "2025", "0012", "9223372036854775807", "9223372036854775808", "99999999999999999999", "",
    ])
    func readsDigitRunsAsIntDoes(digits: String) {
        let scalars = Array(digits.unicodeScalars)
        #expect(decimalValue(scalars[...]) == Int(digits))
    }

    @Test func digitRunsWithOtherScalarsAreNotNumbers() {
        #expect(decimalValue(Array("12a".unicodeScalars)[...]) == nil)
        #expect(decimalValue(Array("１２".unicodeScalars)[...]) == nil)
    }

    /// A written year is four digits and 年 where it stands; `starting` also asks that no digit
    /// come before it.
    @Test(arguments: [
        ("2023年工作回顾", 0, 2023, 2023), ("截至2024年底", 2, 2024, 2024), ("12023年", 1, 2023, nil),
        ("2023年", 0, 2023, 2023), ("2023", 0, nil, nil), ("２０２３年", 0, nil, nil), ("203年增长", 0, nil, nil),
        ("比2019年增长", 1, 2019, 2019), ("比2019年增长", 0, nil, nil), ("2023年", 1, nil, nil), ("2023年", 9, nil, nil),
    ])
    func readsWrittenYears(text: String, at: Int, value: Int?, starting: Int?) {
        let s = Array(text.unicodeScalars)
        #expect(WrittenYear.value(in: s, at: at) == value)
        #expect(WrittenYear.starting(in: s, at: at) == starting)
    }

    @Test(arguments: [
        ("今年全市居民收入增长", false), ("", false), ("家住城东的李大爷", true), ("一位68岁的老人说", true),
        ("收入增长，老伴", true),
    ])
    func occursAgreesWithMatches(text: String, expected: Bool) {
        let matcher = Lexicon.standard.anecdoteWords
        let scalars = Array(text.unicodeScalars)
        #expect(matcher.occurs(in: scalars) == expected)
        #expect(matcher.matches(in: scalars).isEmpty == !expected)
    }

    @Test func keywordHitsScoreSentencesAndClausesAsReadingThemDoes() {
        let scorer = SectorScorer(lexicon: .standard)
        let block = Array(
            "全市城镇新增就业4.82万人，城镇调查失业率5.1%。新建托育机构12所，普惠性托位增加800个；养老服务中心覆盖率达到90%！居民人均可支配收入增长5.2%"
                .unicodeScalars)
        let hits = scorer.hits(block)
        for sector in Sector.allCases { #expect(hits.scores[sector] == scorer.scores(block)[sector]) }
        #expect(!hits.scores.isEmpty)
        // Every sentence and every clause, as the pass cuts them: after each mark, up to the next.
        let marks: Set<Unicode.Scalar> = ["，", "。", "；", "！"]
        var cuts = [0]
        for (i, c) in block.enumerated() where marks.contains(c) { cuts.append(i + 1) }
        cuts.append(block.count)
        for a in cuts.indices {
            for b in cuts.indices where b > a {
                let range = cuts[a]..<cuts[b]
                for sector in Sector.allCases {
                    #expect(hits.scores(in: range)[sector] == scorer.scores(Array(block[range]))[sector])
                }
            }
        }
    }

    /// The keywords of a text stay as they were while the scorer reads other texts into storage
    /// it keeps: storage is written again only once no keywords hold it, and grows when a text
    /// holds more keywords than it was given room for.
    @Test func keywordHitsKeepTheirTextWhileOthersAreRead() {
        let scorer = SectorScorer(lexicon: .standard)
        let texts = [
            "全市城镇新增就业4.82万人，城镇调查失业率5.1%。",
            "新建托育机构12所，普惠性托位增加800个；养老服务中心覆盖率达到90%！",
            // Far more keywords than one in eight scalars: the storage grows as they are written.
            String(repeating: "就业养老医疗教育", count: 12),
            "居民人均可支配收入增长5.2%",
            "",
            "没有关键词的一句话",
        ].map { Array($0.unicodeScalars) }
        #expect(scorer.hits(texts[2]).scores[.employment] > 1)
        var held: [KeywordHits] = []
        for round in 0..<3 {
            for text in texts {
                let hits = scorer.hits(text)
                // The first and last rounds hold on to what they read; the second drops it at once.
                if round != 1 { held.append(hits) }
                for sector in Sector.allCases { #expect(hits.scores[sector] == scorer.scores(text)[sector]) }
            }
        }
        for (k, hits) in held.enumerated() {
            let text = texts[k % texts.count]
            for sector in Sector.allCases { #expect(hits.scores[sector] == scorer.scores(text)[sector]) }
        }
    }

    @Test func sectorKeywordsHoldNoMarks() throws {
        let dir = NSTemporaryDirectory() + "zhibiao-sectors-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "城镇就业\temployment\n就业，创业\temployment\n".write(
            toFile: dir + "/sectors.tsv", atomically: true, encoding: .utf8)
        let lexicon = Lexicon(directories: [dir])
        let scorer = SectorScorer(lexicon: lexicon)
        #expect(scorer.scores(Array("城镇就业".unicodeScalars))[.employment] == 1)
        #expect(scorer.scores(Array("就业，创业".unicodeScalars)).isEmpty)
    }

    @Test func utf8CursorAgreesWithCountingFromTheStart() {
        let sentence = Array("全市GDP增长5.2%，𠀋城镇新增就业4.82万人。".unicodeScalars)
        var cursor = UTF8Cursor()
        // Forward, repeated, backward and past the end, as figures of a sentence may ask.
        for position in [0, 3, 3, 9, 2, 17, 40, 5, sentence.count] {
            let expected = sentence.prefix(position).reduce(0) { $0 + UTF8.width($1) }
            #expect(cursor.offset(in: sentence, at: position) == expected)
        }
    }

    @Test(arguments: ["是上年的", "为去年", "相当于2020年的", "完成年度目标", "完成投资", "增长", "同比增长", "比上年增长"])
    func genericMetricsStayGeneric(metric: String) {
        let namer = MetricNamer(lexicon: .standard, placeNames: [])
        let expected = !["完成投资"].contains(metric)
        #expect(namer.isGeneric(Array(metric.unicodeScalars)) == expected)
    }

    /// Sentences are cut from the document's text where they come from one line, and built from
    /// the block's scalars where the block joined lines (a bullet item's "，" glue, a paragraph
    /// broken by the page layout): both must read as the block's text does.
    @Test func sentencesReadAsTheirBlocks() {
        let text = """
            \u{FEFF}# 一、𠀋年度工作回顾
            2025年，全市城镇新增就业4.82万人！农村劳动力转移就业12.3万人。

            ● 城乡低保标准每人每月
            提高20元
            ● 发放补贴 3000万元
            惠及1.2万户

            本市各项民生事业取得新进展，全年城乡居民人均可支配收入
            达到3.6万元，同比增长5.1%。最后一句没有句号
            """
        let (document, _) = Extractor().extract(text: text, name: "t.txt", path: "t.txt", documentIndex: 0)
        #expect(
            document.sentences.map(\.text) == [
                "一、𠀋年度工作回顾", "2025年，全市城镇新增就业4.82万人！", "农村劳动力转移就业12.3万人。",
                "城乡低保标准每人每月提高20元", "发放补贴 3000万元，惠及1.2万户",
                "本市各项民生事业取得新进展，全年城乡居民人均可支配收入达到3.6万元，同比增长5.1%。", "最后一句没有句号",
            ])
        #expect(document.sentences.map(\.line) == [1, 2, 2, 4, 6, 9, 10])
    }

    /// The scanner skips scalars outside `NumeralGlyph.starters` without reading their glyph:
    /// every scalar of the Basic Multilingual Plane whose glyph can start a number must be in it.
    @Test func numeralStartersHoldEveryGlyphThatStartsANumber() {
        var missing: [UInt32] = []
        var extra: [UInt32] = []
        for v in 0..<UInt32(0x10000) {
            guard let c = Unicode.Scalar(v) else { continue }
            let starts: Bool
            switch NumeralGlyph(c) {
            case .other, .point, .approximate: starts = false
            default: starts = true
            }
            if starts && !NumeralGlyph.starters.mayContain(c) { missing.append(v) }
            if !starts && NumeralGlyph.starters.mayContain(c) { extra.append(v) }
        }
        #expect(missing.isEmpty)
        #expect(extra.isEmpty)
    }

    /// The matcher's bit filters (first scalar, one-scalar phrases, hashed first pairs) only
    /// skip positions where no phrase can match: its answers equal a search of every phrase.
    @Test func phraseMatcherAgreesWithSearchingEveryPhrase() {
        let phrases = ["就业", "就", "新增就业", "失业率", "率", "城镇新增就业人数", "业绩", "增长率", "长"]
        let matcher = PhraseMatcher(phrases.enumerated().map { ($0.element, $0.offset) })
        let alphabet = Array("就业新增失率城镇人数绩长增加𠀋a1，".unicodeScalars)
        var seed: UInt64 = 2025
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<2000 {
            let text = (0..<(next() % 12)).map { _ in alphabet[next() % alphabet.count] }
            for i in 0...text.count {
                let limit = min(text.count, i + next() % 10)
                let expected = phrases.enumerated()
                    .filter { i + $0.element.unicodeScalars.count <= limit }
                    .filter { text[i..<(i + $0.element.unicodeScalars.count)].elementsEqual($0.element.unicodeScalars) }
                    .max { $0.element.unicodeScalars.count < $1.element.unicodeScalars.count }
                let found = matcher.longest(in: text, at: i, end: limit)
                #expect(found?.value == expected?.offset)
                #expect(found?.length == expected?.element.unicodeScalars.count)
            }
        }
    }

    /// The same for phrases ending at a position (bucketed by their last two scalars), and for
    /// `occurs(in:within:)` against `occurs(in:)` of a copy of the range. A phrase listed twice
    /// keeps its first value.
    @Test func phraseMatcherEndingsAgreeWithSearchingEveryPhrase() {
        let phrases = ["就业", "业", "新增就业", "失业率", "率", "城镇新增就业人数", "增长率", "长率", "就业", "a1"]
        let matcher = PhraseMatcher(phrases.enumerated().map { ($0.element, $0.offset) })
        let alphabet = Array("就业新增失率城镇人数绩长增加𠀋a1，".unicodeScalars)
        var seed: UInt64 = 2026
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<2000 {
            let text = (0..<(next() % 12)).map { _ in alphabet[next() % alphabet.count] }
            for end in 0...text.count {
                let start = max(0, end - next() % 10)
                let expected = phrases.enumerated()
                    .filter { end - $0.element.unicodeScalars.count >= start }
                    .filter {
                        text[(end - $0.element.unicodeScalars.count)..<end].elementsEqual($0.element.unicodeScalars)
                    }
                    .max { a, b in
                        let (m, n) = (a.element.unicodeScalars.count, b.element.unicodeScalars.count)
                        return m != n ? m < n : a.offset > b.offset
                    }
                let found = matcher.longestEnding(in: text, before: end, start: start)
                #expect(found?.value == expected?.offset)
                #expect(found?.length == expected?.element.unicodeScalars.count)
                #expect(
                    matcher.occurs(in: text, within: start..<end) == matcher.occurs(in: Array(text[start..<end])))
            }
        }
    }

    /// The scans (`matches(in:)`, `occurs(in:within:)`, `anyMatch`) find what reading every
    /// position left to right finds, taking the longest phrase there and reading on after it:
    /// for phrases all of two or more scalars (scanned every other scalar) and for a list that
    /// holds one-scalar phrases too, in texts long enough for the scan's runs of four.
    @Test func phraseScansAgreeWithReadingEveryPosition() {
        let lists = [
            ["就业", "新增就业", "失业率", "城镇新增就业人数", "业绩", "增长率", "长治市", "a1", "𠀋就"],
            ["就业", "就", "新增就业", "失业率", "率", "城镇新增就业人数", "业绩", "长"],
        ]
        let alphabet = Array("就业新增失率城镇人数绩长治市增加𠀋a1，。".unicodeScalars)
        var seed: UInt64 = 2027
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for phrases in lists {
            let matcher = PhraseMatcher(phrases.enumerated().map { ($0.element, $0.offset) })
            let listed = phrases.map { Array($0.unicodeScalars) }
            /// The longest phrase at `i` ending by `limit`, the first listed among equals.
            func longest(_ text: [Unicode.Scalar], at i: Int, limit: Int) -> (length: Int, value: Int)? {
                var best: (length: Int, value: Int)?
                for (n, p) in listed.enumerated()
                where i + p.count <= limit && text[i..<(i + p.count)].elementsEqual(p)
                    && p.count > (best?.length ?? 0)
                {
                    best = (p.count, n)
                }
                return best
            }
            func read(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [(Range<Int>, Int)] {
                var found: [(Range<Int>, Int)] = []
                var i = range.lowerBound
                while i < range.upperBound {
                    if let m = longest(text, at: i, limit: range.upperBound) {
                        found.append((i..<(i + m.length), m.value))
                        i += m.length
                    } else {
                        i += 1
                    }
                }
                return found
            }
            for _ in 0..<2000 {
                let text = (0..<(next() % 24)).map { _ in alphabet[next() % alphabet.count] }
                let expected = read(text, 0..<text.count)
                let found = matcher.matches(in: text)
                #expect(found.map(\.range) == expected.map(\.0))
                #expect(found.map(\.value) == expected.map(\.1))
                let start = next() % (text.count + 1)
                let end = start + next() % (text.count - start + 1)
                let within = read(text, start..<end)
                #expect(matcher.occurs(in: text, within: start..<end) == !within.isEmpty)
                #expect(
                    matcher.anyMatch(in: text, within: start..<end) { $0 % 2 == 1 }
                        == within.contains { $0.1 % 2 == 1 })
            }
        }
    }

    /// Counting two scalars eight at a time gives what counting them one by one gives, whatever
    /// the length (a whole number of eights or not), where they stand, and the limit.
    @Test func countsTwoScalarsAsAPlainLoopDoes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["|", "｜", "项", "目", " ", "1", "-"]
        for _ in 0..<2_000 {
            let s = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let limit = Int.random(in: 1...4, using: &generator)
            let plain = min(s.filter { $0 == "|" || $0 == "｜" }.count, limit)
            #expect(occurrences(of: "|", or: "｜", in: s, upTo: limit) == plain, "\(String(scalars: s)) \(limit)")
        }
    }
}
