import Foundation
import Testing

@testable import ZhibiaoCore

/// The period layer of a sentence: what its recogniser finds, and that the period scan reading
/// the layer finds what the scan reading the sentence itself finds, wherever its figures stop it.
@Suite struct PeriodMentionsTests {
    /// A reader of `s` as a block of its own, with that block's year layer; `s` stands at
    /// `start`, the block's first scalar.
    static func reader(of s: [Unicode.Scalar]) -> PeriodReader {
        PeriodReader(
            lexicon: .standard, currentYear: 2026, years: YearMentions([Block(kind: .body, text: s, pieces: [])]))
    }
    static let start = SentencePlace(block: 0, offset: 0)

    /// The marks of `text`, each as its text and what it says.
    static func marks(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        let reader = reader(of: s)
        return reader.mentions(in: s, at: start).marks.map { range, mark in
            let said =
                switch mark {
                case .phrase(let phrase, let sinceNext):
                    "phrase(\(reader.lexicon.periods.value(at: phrase)), sinceNext: \(sinceNext.map(String.init) ?? "-"))"
                case .year(let year, let phrase?): "year(\(year), phrase: \(reader.lexicon.periods.value(at: phrase)))"
                default: "\(mark)"
                }
            return "\(String(scalars: Array(s[range]))) \(said)"
        }
    }

    @Test func recognisesEachKindOfPeriodOnce() {
        #expect(
            Self.marks("2023年，全县新增市场主体2100户；1—9月完成投资12.5亿元，截至11月底累计发放贷款3.2亿元。") == [
                "2023年 year(2023, phrase: nil)", "1—9月 months(first: 1, last: 9)",
                "截至11月底 through(month: 11, year: nil, isStated: false)",
            ])
        #expect(
            Self.marks("2019至2022年，园区产值年均增长8%；2022年以来新引进项目31个，9月份，开工率为92%。") == [
                "2019至2022年 years(first: 2019, last: 2022)", "2022年 sinceYear(2022)", "9月 month(9)",
            ])
        #expect(
            Self.marks("截至2024年10月末，今年以来全镇接待游客41万人次。") == [
                "截至2024年10月末 through(month: 10, year: Optional(2024), isStated: true)",
                "今年以来 phrase(since {T}, sinceNext: -)",
            ])
        // 去年 followed by 以来 (after a month) is a span up to now only when the year is known:
        // the layer says where the scan then goes on, and the scan decides. 去年 is the year
        // before the one written in (2026 for this reader), whatever the year in force.
        #expect(
            Self.marks("去年10月以来，新增就业1.2万人。") == [
                "去年 phrase({T-1}, sinceNext: 7)"
            ])
        let s = Array("去年10月以来，新增就业1.2万人。".unicodeScalars)
        #expect(Self.reader(of: s).read(s, at: Self.start, before: 12, year: 2025).period == "since 2025")
        let undated = PeriodReader(lexicon: .standard, years: YearMentions([Block(kind: .body, text: s, pieces: [])]))
        #expect(undated.read(s, at: Self.start, before: 12, year: 2024).period == "since 2023")
        #expect(undated.read(s, at: Self.start, before: 12, year: nil).period == "?")
    }

    /// The period each mark writes, in the year in force or with none known ("?"): spans of
    /// years and months, one month, and January through a month.
    @Test func writesEachKindOfPeriod() {
        func period(_ text: String, year: Int?) -> String? {
            let s = Array(text.unicodeScalars)
            return Self.reader(of: s).read(s, at: Self.start, before: s.count, year: year).period
        }
        #expect(period("2019至2022年，", year: 2024) == "2019..2022")
        #expect(period("1—9月，", year: 2024) == "2024-01..2024-09")
        #expect(period("1月份至11月份，", year: nil) == "?-01..?-11")
        #expect(period("10-12月，", year: 2024) == "2024-10..2024-12")
        #expect(period("9月份，", year: 2024) == "2024-09")
        #expect(period("12月份，", year: nil) == "?-12")
        #expect(period("截至11月底，", year: 2023) == "2023-01..2023-11")
        #expect(period("截至2024年10月末，", year: 2023) == "2024-01..2024-10")
        #expect(period("截至今年3月，", year: 2023) == "2026-01..2026-03")
        #expect(period("截至9月，", year: nil) == "?-01..?-09")
    }

    /// A baseline (比2021年, 较上年), a class (2025年届), another time's level (2020年的, 上年同期)
    /// and a target (全年目标) are stepped over, each with why: they say nothing of the figure's own
    /// time.
    @Test func stepsOverBaselinesClassesLevelsAndTargets() {
        let text = "比2021年增长6%，较上年提高2个百分点，2025年届毕业生1200人，达到2020年的1.4倍，恢复到上年同期水平，完成全年目标的85%。"
        #expect(Self.marks(text).isEmpty)
        let s = Array(text.unicodeScalars)
        #expect(
            Self.reader(of: s).mentions(in: s, at: Self.start).passedOver.map {
                "\(String(scalars: Array(s[$0.range]))) \($0.reason)"
            } == [
                "2021年 baseline", "上年 baseline", "2025年 classYear", "2020年 level", "上年 level", "全年 target",
            ])
    }

    /// A phrase of periods.tsv is matched whole as the layer is built; a figure standing inside
    /// it stops the scan short of it, and the scan then reads the sentence itself from there.
    /// (The layer is recognised whole first, then the scan begins again at each stop.)
    @Test func aStopInsideAPhraseIsReadAsTheSentenceReadsIt() {
        let s = Array("前三季度，全区实现增加值58亿元，上年同期为52亿元。".unicodeScalars)
        let reader = Self.reader(of: s)
        for stop in 0...s.count {
            var fromLayer = PeriodScan(year: 2025, place: Self.start)
            var fromText = PeriodScan(year: 2025, place: Self.start)
            reader.advance(&fromLayer, in: s, to: s.count)
            reader.advance(&fromLayer, in: s, to: stop)
            reader.advanceByReading(&fromText, in: s, to: stop)
            #expect(fromLayer.period == fromText.period && fromLayer.statedYear == fromText.statedYear, "stop \(stop)")
        }
    }

    /// Every sentence of the project's articles and corpora, stopped at every scalar in turn, then
    /// again from the start at every third: the layer gives what reading the text gives.
    @Test func theLayerReadsAsTheSentenceDoes() throws {
        // With sentences that jump past 以来 after a relative year (去年10月以来, 上年以来).
        let sentences =
            try Self.sentences()
            + [
                "去年10月以来，全市新增城镇就业1.2万人，今年1-5月又新增0.6万人。",
                "上年以来，累计减税3.4亿元；去年3月15日以来，新开工项目27个。",
            ].map { Array($0.unicodeScalars) }
        #expect(sentences.count > 500)
        var compared = 0
        for s in sentences {
            let reader = Self.reader(of: s)
            for year in [2024, nil] as [Int?] {
                var fromLayer = PeriodScan(year: year, place: Self.start)
                var fromText = PeriodScan(year: year, place: Self.start)
                // Figures in order, then figures read again from the start (a 分别 list), which
                // makes both scans begin again.
                let stops = Array(0...s.count) + Array(stride(from: 0, through: s.count, by: 3))
                for stop in stops {
                    reader.advance(&fromLayer, in: s, to: stop)
                    reader.advanceByReading(&fromText, in: s, to: stop)
                    guard fromLayer.period == fromText.period, fromLayer.statedYear == fromText.statedYear else {
                        Issue.record(
                            "\(String(scalars: s)) stop \(stop): layer \(fromLayer.period ?? "-") \(fromLayer.statedYear ?? 0), text \(fromText.period ?? "-") \(fromText.statedYear ?? 0)"
                        )
                        return
                    }
                    compared += 1
                }
            }
        }
        #expect(compared > 50_000)
    }

    /// The texts of `Samples/`, `Tests/Articles/` and every corpus file (without its comments and
    /// expectations).
    static func texts() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var texts: [String] = []
        for folder in ["Samples", "Tests/Articles", "Tests/Corpus"] {
            let enumerator = FileManager.default.enumerator(
                at: root.appending(path: folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "txt" else { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                texts.append(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n"))
            }
        }
        return texts
    }

    /// The sentences of those texts, cut as extraction cuts them.
    static func sentences() throws -> [[Unicode.Scalar]] {
        try texts().flatMap { text in
            Segmenter.blocks(text).flatMap { block in Array(Segmenter.sentences(block)).map { $0.text } }
        }
    }
}
