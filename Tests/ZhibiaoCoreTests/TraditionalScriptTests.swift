import Testing

@testable import ZhibiaoCore

/// Which lexicon a text is read with: the built-in one, or its twin that lists every word in
/// traditional script as well, for a text whose opening writes traditional forms.
@Suite struct TraditionalScriptTests {
    @Test func aTextInSimplifiedScriptIsReadWithTheLexiconItself() {
        let lexicon = Lexicon.standard
        #expect(lexicon.reading("2024年，全区地区生产总值增长6.2%，城镇新增就业5120人。") === lexicon)
        // One traditional form in passing (a name) is not a text in traditional script.
        #expect(lexicon.reading("2024年，於家村新增就业120人。") === lexicon)
    }

    @Test func aTextInTraditionalScriptIsReadWithTheTwinThatListsItsWords() {
        let lexicon = Lexicon.standard
        let twin = lexicon.reading("2024年，全區地區生產總值增長6.2%，城鎮新增就業5120人。")
        #expect(twin !== lexicon)
        // Built once, and it reads every text itself.
        #expect(lexicon.inTraditionalScript === twin)
        #expect(twin.reading("城镇新增就业5120人") === twin)
        // The twin lists the words in both scripts; the lexicon itself only as the tables write them.
        let word = Array("增長".unicodeScalars)
        #expect(twin.changeWords.longest(in: word, at: 0)?.length == 2)
        #expect(lexicon.changeWords.longest(in: word, at: 0) == nil)
    }
}

/// A figure named in traditional script is of the indicator its simplified writing names, and a
/// query in traditional script finds it: 城鎮新增就業 is 城镇新增就业, in `compare` as anywhere.
@Suite struct TraditionalCatalogTests {
    static let catalog = Lexicon.standard.catalog

    @Test func aPhraseInTraditionalScriptNamesTheIndicatorItsSimplifiedWritingNames() throws {
        let simplified = try #require(Self.catalog.match(metric: "城镇新增就业", unit: "人", kind: .actual))
        let traditional = try #require(Self.catalog.match(metric: "城鎮新增就業", unit: "人", kind: .actual))
        #expect(traditional.index == simplified.index)
        #expect(Self.catalog.indicator(named: "城鎮新增就業") == simplified.index)
        // A catalog read without the table finds no such phrase.
        let plain = IndicatorCatalog(rows: [["urban-new-jobs", "城镇新增就业", "employment", "人", "count", ""]])
        #expect(plain.match(metric: "城鎮新增就業", unit: "人", kind: .actual) == nil)
    }
}
