import Testing

@testable import ZhibiaoCore

/// What the extraction corpora of `Tests/Corpus/` cannot say, as they see only the figures read:
/// how the page's lines are joined into blocks, and the year a file's name is read for.
@Suite struct ExtractionTests {
    /// The year of a file's name (…_2023_review.txt, report-20240115.txt) dates an article that
    /// names none (`time/years.txt`); a name holding two years or a longer number gives none.
    @Test func yearOfAFilesName() {
        #expect(DocumentContext.yearOfFileName("07_qingxi_2023_review.txt") == 2023)
        #expect(DocumentContext.yearOfFileName("report-20240115.txt") == 2024)
        #expect(DocumentContext.yearOfFileName("2023-2024对比.txt") == nil)
        #expect(DocumentContext.yearOfFileName("第12345期.txt") == nil)
    }

    /// A word broken by the page layout (探 / 索) is joined across the blank line; a heading
    /// (服务更加专业——) stays a block of its own.
    @Test func pageLayoutBreaksAreJoinedAndHeadingsKeptApart() {
        let text = "持续提升服务能力，推动护理员持证率提高到86%，探\n\n索建立长期护理保险制度。\n\n服务更加专业——\n"
        let blocks = Segmenter.blocks(text)
        #expect(
            blocks.map { String(String.UnicodeScalarView($0.text)) } == [
                "持续提升服务能力，推动护理员持证率提高到86%，探索建立长期护理保险制度。", "服务更加专业——",
            ])
        #expect(blocks.map(\.kind) == [.body, .heading])
    }

    /// A line that opens with an amount goes on the sentence broken before it; an item's number
    /// (2.) and a year (2024年) open lines of their own.
    @Test func aLineBrokenBeforeAnAmountIsJoined() {
        let text = "2024年，全市企业职工基本养老保险参保人数达到\n86.2万人，较上年末增加3.1万人；失业保险参保人数\n2.为困难群众代缴保费\n"
        let blocks = Segmenter.blocks(text)
        #expect(
            blocks.map { String(String.UnicodeScalarView($0.text)) } == [
                "2024年，全市企业职工基本养老保险参保人数达到86.2万人，较上年末增加3.1万人；失业保险参保人数", "2.为困难群众代缴保费",
            ])
        let rate = Segmenter.blocks("全市地区生产总值186.4亿元，比上年增长\n5.8%。")
        #expect(rate.count == 1)
        let year = Segmenter.blocks("全市城镇新增就业4.1万人，完成全年目标的112%，其中\n2024年下半年新增2.1万人。")
        #expect(year.count == 2)
    }

    /// A numbered heading may list its topics (九、教育、科技和文化) and is a heading; a numbered
    /// line with figures is body text. The figures read from it are in `structure/layout.txt`.
    @Test func aNumberedHeadingMayListItsTopics() {
        let blocks = Segmenter.blocks("九、教育、科技和文化\n全县共有普通中学21所。\n二、新建学校3所、幼儿园5所\n")
        #expect(blocks.map(\.kind) == [.heading, .body, .body])
    }
}
