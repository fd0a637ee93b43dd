import Foundation
import Testing

@testable import ZhibiaoCore

/// The place layer of a document: what its recogniser finds in each block, and that the place
/// scan of a sentence reading the layer finds what the scan reading the sentence itself finds,
/// wherever its figures stop it.
@Suite struct PlaceMentionsTests {
    static let lexicon = Lexicon.standard

    /// The places of each block of `text`, as written.
    static func places(_ text: String) -> [[String]] {
        let blocks = Segmenter.blocks(text)
        let layer = PlaceMentions(blocks, names: lexicon.regionNames)
        return blocks.indices.map { b in
            layer.of(block: b).map { place in
                String(scalars: Array(blocks[b].text[place.start..<place.end])) + "="
                    + lexicon.regions[place.region].name
            }
        }
    }

    @Test func findsTheLongestNameAtEachPointOfEachBlock() {
        #expect(
            Self.places("邯郸市2024年民生实事完成情况\n\n全市新增就业1.2万人，增幅高于全国，其中襄垣县新增0.3万人。\n\n本年度无其他数据。") == [
                ["邯郸市=邯郸市"], ["全国=全国", "襄垣县=襄垣县"], [],
            ])
    }

    /// A place the lexicon does not know is told from a word by characters listed in phrases.tsv
    /// (`area-mark`, `county-word`, `not-in-place`), each category one character a line.
    @Test func unknownPlacesAreToldFromWordsByTheListedCharacters() {
        let text = "桃源县2024年工作报告\n\n全县新增就业3200人，桃源县经济开发区新增企业40家，县域经济稳步增长。\n\n桃源县农村公路新建120公里。"
        let blocks = Segmenter.blocks(text)
        let layer = PlaceMentions(blocks, names: Self.lexicon.regionNames)
        #expect(DocumentContext.inferRegion(blocks, places: layer, lexicon: Self.lexicon) == "桃源县")
        #expect(Self.lexicon.areaMarks.contains("发") && Self.lexicon.countyWordMarks.contains("域"))
        #expect(Self.lexicon.notInPlaceNames.contains("全") && !Self.lexicon.notInPlaceNames.contains("桃"))
        // 开发区 and 县域 are words: with them alone the article names no place.
        let words = Segmenter.blocks("全县经济开发区新增企业40家，县域经济稳步增长。")
        #expect(
            DocumentContext.inferRegion(
                words, places: PlaceMentions(words, names: Self.lexicon.regionNames), lexicon: Self.lexicon) == nil)
    }

    /// The document step counts the same places it did when it read the blocks itself.
    @Test func theDocumentsPlaceIsCountedFromTheLayer() {
        let text = "唐山市2024年工作报告\n\n全市新增城镇就业1.1万人，唐山市农村居民人均可支配收入3.2万元。"
        let blocks = Segmenter.blocks(text)
        let layer = PlaceMentions(blocks, names: Self.lexicon.regionNames)
        #expect(DocumentContext.inferRegion(blocks, places: layer, lexicon: Self.lexicon) == "唐山市")
    }

    /// Every sentence of the project's articles and corpora, with the document's place unknown and
    /// known, stopped at every scalar in turn and again from the start at every third: the layer
    /// gives what reading the sentence gives.
    @Test func theLayerReadsAsTheSentenceDoes() throws {
        let city = try #require(Self.lexicon.regions.first { $0.kind == "city" }).name
        var compared = 0
        var named = 0
        for text in try PeriodMentionsTests.texts() {
            let blocks = Segmenter.blocks(text)
            let layer = PlaceMentions(blocks, names: Self.lexicon.regionNames)
            for region in [nil, city] as [String?] {
                let facts = DocumentFacts(
                    lexicon: Self.lexicon, documentIndex: 0, year: 2024, currentYear: nil, region: region)
                for (b, block) in blocks.enumerated() {
                    for span in Segmenter.sentences(block) {
                        let s = span.text
                        var fromLayer = PlaceScan()
                        var fromText = PlaceScan(readsSentenceOnly: true)
                        for stop in Array(0...s.count) + Array(stride(from: 0, through: s.count, by: 3)) {
                            let read = facts.regionOf(
                                s, places: layer.of(block: b), offset: span.offset, before: stop, scan: &fromLayer)
                            let wanted = facts.regionOf(
                                s, places: [], offset: span.offset, before: stop, scan: &fromText)
                            guard read == wanted else {
                                Issue.record(
                                    "\(String(scalars: s)) stop \(stop): layer \(read ?? "-"), text \(wanted ?? "-")")
                                return
                            }
                            if read != nil && read != region { named += 1 }
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared > 50_000)
        #expect(named > 300)
    }
}
