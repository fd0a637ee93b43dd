import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

@Suite struct CompletionTests {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.metrics = ["城镇新增就业", "城镇调查失业率", "每千人口托位数"]
        v.indicators = ["urban-new-jobs", "childcare-places-per-1000", "城镇新增就业", "每千人口托位数"]
        v.years = [2024, 2025]
        v.units = ["%", "人", "元"]
        v.regions = ["潞州区", "长治市"]
        v.documents = ["changzhi-2025-livelihood-part2.txt", "changzhi-2025-year-in-review-4.txt"]
        v.documentKeys = ["deptjfwc", "cppxbnyk"]
        return v
    }

    static func files(_ folder: String) -> [DirectoryEntry] {
        switch folder {
        case ".":
            [
                .init(name: "Samples", isDirectory: true), .init(name: "Queries", isDirectory: true),
                .init(name: ".hidden", isDirectory: false), .init(name: "my notes.zq", isDirectory: false),
            ]
        case "Samples/":
            [
                .init(name: "changzhi-2025-year-in-review-4.txt", isDirectory: false),
                .init(name: "changzhi-2025-livelihood-part2.txt", isDirectory: false),
            ]
        default: []
        }
    }

    func complete(_ line: String) -> CompletionResult {
        CompletionEngine(vocabulary: Self.vocabulary, commands: DotCommand.all, listDirectory: Self.files)
            .complete(line)
    }

    @Test(
        arguments: [
            ("", "", ["show", "compare", "series", "list", "describe", "trace", "find", "check"], nil),
            ("sh", "sh", ["show"], "show "),
            ("SH", "SH", ["show"], "show "),
            ("c", "c", ["compare", "check"], nil),
            ("show emp", "emp", ["employment"], "employment "),
            ("describe 城镇新", "城镇新", ["城镇新增就业"], "城镇新增就业 "),
            ("describe 城镇", "城镇", ["城镇新增就业", "城镇调查失业率"], nil),
            ("show 托位", "托位", ["每千人口托位数"], "每千人口托位数 "),
            ("compare employment, 托", "托", ["托育"], "托育 "),
            ("show employment where ye", "ye", ["year"], "year "),
            ("show employment where year=", "", ["2024", "2025"], "202"),
            ("show employment where year = 2025 and unit=", "", ["\"%\"", "人", "元"], nil),
            (
                "show all where doc=\"changzhi-2025-l", "\"changzhi-2025-l", ["\"changzhi-2025-livelihood-part2.txt\""],
                "\"changzhi-2025-livelihood-part2.txt\" "
            ),
            ("show all where region in (潞", "潞", ["潞州区"], "潞州区 "),
            ("show all where year=2025 ", "", ["and", "or", "order", "limit"], nil),
            ("compare employment where year=2025 ", "", ["and", "or", "by"], nil),
            ("show employment order ", "", ["by"], "by "),
            ("show employment order by va", "va", ["value"], "value "),
            ("show employment order by value ", "", ["asc", "desc", "limit"], nil),
            ("compare employment by re", "re", ["region"], "region "),
            ("compare 城镇新增就业 by region, y", "y", ["year"], "year "),
            ("compare 城镇新增就业 by year, ", "", Field.allCases.map(\.rawValue).filter { $0 != "year" }, nil),
            ("series 城镇新增就业 ", "", ["where"], "where "),
            ("ser", "ser", ["series"], "series "),
            ("show all where indicator=urban", "urban", ["urban-new-jobs"], "urban-new-jobs "),
            ("list ", "", ["sectors", "metrics", "indicators", "regions", "years", "docs", "units"], nil),
            ("list y", "y", ["years"], "years "),
            ("show employment -- emp", "", [], nil),
            ("trace ", "", ["deptjfwc:", "cppxbnyk:"], nil),
            ("trace cp", "cp", ["cppxbnyk:"], "cppxbnyk:"),
            ("trace cppxbnyk:", "cppxbnyk:", ["cppxbnyk:"], "cppxbnyk:"),
            ("show all where id=d", "d", ["deptjfwc:"], "deptjfwc:"),
            ("show all where doc=cpp", "cpp", ["cppxbnyk"], "cppxbnyk "),
            ("show employment; sh", "sh", ["show"], "show "),
        ] as [(String, String, [String], String?)])
    func statements(line: String, word: String, candidates: [String], insertion: String?) {
        let result = complete(line)
        #expect(result.word == word)
        #expect(result.candidates == candidates)
        #expect(result.insertion == insertion)
    }

    @Test func targetsListAllSectorsIndicatorsAndMetrics() {
        let result = complete("show ")
        #expect(result.candidates.prefix(3) == ["all", "employment", "income"])
        #expect(result.candidates.contains("social-security"))
        #expect(result.candidates.contains("社会保障"))
        // The catalog indicators stated (ids, then names), then the other metric phrases; a
        // phrase that is an indicator's name is offered once.
        #expect(
            result.candidates.suffix(5) == [
                "urban-new-jobs", "childcare-places-per-1000", "城镇新增就业", "每千人口托位数", "城镇调查失业率",
            ])
        #expect(result.candidates.count == 1 + 12 + 12 + 4 + 1)
    }

    @Test(
        arguments: [
            (".sa", ".sa", [".save"], ".save "),
            (".o", ".o", [".open", ".output", ".once"], nil),
            (".mode c", "c", ["csv"], "csv "),
            (".mode ", "", ["table", "csv", "json", "jsonl", "markdown", "line"], nil),
            (".mode js", "js", ["json", "jsonl"], "json"),
            (".mode l", "l", ["line"], "line "),
            (".expanded ", "", ["off", "on", "auto"], nil),
            (".pager a", "a", ["auto"], "auto "),
            (".pa", ".pa", [".pager"], ".pager "),
            (".ch", ".ch", [".chart"], ".chart "),
            (".c", ".c", [".chart", ".color"], nil),
            (".chart Sam", "Sam", ["Samples/"], "Samples/"),
            (".help mo", "mo", ["mode"], "mode "),
            (".timer o", "o", ["on", "off"], nil),
            (".load Sam", "Sam", ["Samples/"], "Samples/"),
            (".load ", "", ["Queries/", "Samples/", "\"my notes.zq"], nil),
            (
                ".read Samples/changzhi", "Samples/changzhi",
                ["Samples/changzhi-2025-livelihood-part2.txt", "Samples/changzhi-2025-year-in-review-4.txt"],
                "Samples/changzhi-2025-"
            ),
            (".save my", "my", ["\"my notes.zq"], "\"my notes.zq\" "),
            (".load .h", ".h", [".hidden"], ".hidden "),
            (".docs x", "x", [], nil),
            (".nosuch x", "", [], nil),
        ] as [(String, String, [String], String?)])
    func commands(line: String, word: String, candidates: [String], insertion: String?) {
        let result = complete(line)
        #expect(result.word == word)
        #expect(result.candidates == candidates)
        #expect(result.insertion == insertion)
    }

    @Test func pathListingShowsFileNames() {
        let result = complete(".read Samples/")
        #expect(result.listing == ["changzhi-2025-livelihood-part2.txt", "changzhi-2025-year-in-review-4.txt"])
    }

    @Test func realFolderListing() {
        let folder = TemporaryFolder()
        folder.write("alpha.zq", "")
        folder.write("beta.zq", "")
        let engine = CompletionEngine(vocabulary: Vocabulary(), commands: DotCommand.all)
        #expect(engine.complete(".read \(folder.path)/al").candidates == ["\(folder.path)/alpha.zq"])
    }

    @Test func candidateColumnsFitTheWidth() {
        let text = CandidateList.layout(["城镇新增就业", "show", "每千人口托位数", "list"], width: 40)
        #expect(text == "城镇新增就业    每千人口托位数\nshow            list\n")
    }
}
