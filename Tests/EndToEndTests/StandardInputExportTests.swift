import Foundation
import Testing

/// `zhibiao export -`: one article on standard input, through the real binary, prints what the
/// export of a file of that name and those bytes prints, and names standard input when it
/// cannot be read.
@Suite(.serialized) struct StandardInputExportTests {
    /// Runs zhibiao with `input` written to its standard input through a pipe, as a map step
    /// (Spark, xargs) would; returns status, standard output and standard error.
    static func run(_ arguments: [String], input: [UInt8]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = ExportScoreTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = ExportScoreTests.root
        let stdin = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Written on another thread: an article larger than the pipe's buffer would otherwise
        // wait for a reader that waits for the end of its output.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self)
        )
    }

    static func exportFile(
        _ path: String, format: String = "jsonl"
    ) throws -> (
        status: Int32, output: String, errors: String
    ) {
        try ExportScoreTests.run(ExportScoreTests.binary.path, ["export", "--format", format, path])
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    @Test(arguments: ["jsonl", "csv", "json"]) func aSampleOnStandardInputExportsAsTheFileDoes(
        _ format: String
    )
        throws
    {
        for sample in [
            "Samples/changzhi-2025-year-in-review-4.txt", "Tests/Articles/yichun-2024-statistical-bulletin.txt",
        ] {
            let bytes = try Array(Data(contentsOf: ExportScoreTests.root.appendingPathComponent(sample)))
            let file = try Self.exportFile(sample, format: format)
            let piped = try Self.run(["export", "--format", format, "-", "--name", sample], input: bytes)
            #expect(file.status == 0 && file.errors == "")
            #expect(file.output.split(separator: "\n").count > 20)
            #expect(piped.status == 0)
            #expect(piped.errors == "")
            #expect(piped.output == file.output)
        }
    }

    @Test func aGB18030ArticleOnStandardInputExportsAsTheFileDoes() throws {
        let scratch = try InputFileTests.Scratch()
        let bytes = Array(InputFileTests.article.data(using: Self.gb18030)!)
        #expect(String(decoding: bytes, as: UTF8.self) != InputFileTests.article)
        let file = try scratch.write("gbk-2024.txt", bytes)
        let exported = try Self.exportFile(file)
        let piped = try Self.run(["export", "-", "--name", "reports/gbk-2024.txt"], input: bytes)
        #expect(exported.status == 0 && exported.errors == "")
        #expect(piped.status == 0)
        #expect(piped.errors == "")
        #expect(piped.output == exported.output)
        #expect(InputFileTests.metrics(piped.output) == InputFileTests.expectedMetrics)
    }

    /// The name is the file's: its last part is the records' doc, and a year it holds is the
    /// year of an article whose text names none.
    @Test func theNameGivesTheDocAndTheYearAFileNameWould() throws {
        let text = "全市城镇新增就业4.82万人。\n"
        let piped = try Self.run(["export", "-", "--name", "2023/jilin_2023_report.txt"], input: Array(text.utf8))
        #expect(piped.status == 0)
        #expect(piped.errors == "")
        #expect(
            piped.output == """
                {"id":"sxvtkyng:1","doc":"jilin_2023_report.txt","line":1,"sector":"employment","metric":"城镇新增就业",\
                "indicator":"urban-new-jobs","value":48200,"unit":"人","qualifier":null,"kind":"actual","year":2023,\
                "period":null,"region":null,"text":"全市城镇新增就业4.82万人。","mentions":1,\
                "sources":["jilin_2023_report.txt"],"format":3}

                """)
        let scratch = try InputFileTests.Scratch()
        let file = try scratch.write("jilin_2023_report.txt", Array(text.utf8))
        #expect(try Self.exportFile(file).output == piped.output)
    }

    @Test func withoutANameTheDocIsStdin() throws {
        let piped = try Self.run(["export", "--format", "csv", "-"], input: Array("全市城镇新增就业4.82万人。".utf8))
        #expect(piped.status == 0)
        #expect(piped.errors == "")
        #expect(
            piped.output == """
                id,doc,line,sector,metric,indicator,value,unit,qualifier,kind,year,period,region,text,mentions,sources,format
                kywfepzy:1,stdin,1,employment,城镇新增就业,urban-new-jobs,48200,人,,actual,,,,全市城镇新增就业4.82万人。,1,stdin,3

                """)
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var bytes: [UInt8]
        var message: String
        var testDescription: String { name }
    }

    static let bad: [Bad] = [
        Bad(name: "empty", arguments: [], bytes: [], message: "zhibiao: stdin: empty input (no article text)\n"),
        Bad(
            name: "empty, named", arguments: ["--name", "a/b.txt"], bytes: [],
            message: "zhibiao: stdin (a/b.txt): empty input (no article text)\n"),
        Bad(
            name: "binary", arguments: ["--name", "b.txt"], bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0],
            message: "zhibiao: stdin (b.txt): not a text file (binary content)\n"),
        Bad(
            name: "Latin-1", arguments: [],
            bytes: Array(repeating: Array("caf".utf8) + [0xE9, 0x20], count: 40).flatMap { $0 },
            message: "zhibiao: stdin: not UTF-8, UTF-16 or GB18030 text; convert it to UTF-8 first\n"),
    ]

    @Test(arguments: bad) func unreadableInputExitsThreeNamingStandardInput(_ input: Bad) throws {
        let piped = try Self.run(["export", "-"] + input.arguments, input: input.bytes)
        #expect(piped.status == 3)
        #expect(piped.output == "")
        #expect(piped.errors == input.message)
    }

    @Test func aFolderAsStandardInputIsNamed() throws {
        let scratch = try InputFileTests.Scratch()
        let process = Process()
        process.executableURL = ExportScoreTests.binary
        process.arguments = ["export", "-"]
        process.standardInput = FileHandle(forReadingAtPath: scratch.path)
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(String(decoding: errors, as: UTF8.self) == "zhibiao: stdin: is a folder\n")
    }

    @Test func invalidBytesAreAWarningNamingStandardInputAndTheRestIsExported() throws {
        let lines = InputFileTests.article.split(separator: "\n").map { Array($0.utf8) }
        let bytes = lines[0] + [0x0A, 0xFF, 0xC0, 0x0A] + lines[1] + [0x0A] + lines[2] + [0x0A, 0xFE]
        let piped = try Self.run(["export", "-", "--name", "mid.txt"], input: bytes)
        #expect(piped.status == 0)
        #expect(piped.errors == "zhibiao: warning: stdin (mid.txt): invalid UTF-8 replaced on lines 2, 5\n")
        #expect(InputFileTests.metrics(piped.output) == InputFileTests.expectedMetrics)
    }

    @Test func anArticleLargerThanAPipeBufferIsReadWhole() throws {
        let text = (1...4_000).map { "2024年全市城镇新增就业\($0)人。\n" }.joined()
        let scratch = try InputFileTests.Scratch()
        let file = try scratch.write("long.txt", Array(text.utf8))
        let piped = try Self.run(["export", "-", "--name", "long.txt"], input: Array(text.utf8))
        #expect(text.utf8.count > 128_000)
        #expect(piped.status == 0)
        #expect(piped.errors == "")
        #expect(piped.output == (try Self.exportFile(file)).output)
        #expect(piped.output.split(separator: "\n").count == 4_000)
    }

    /// Articles framed as `LENGTH NAME` lines, each followed by its bytes.
    static func frames(_ articles: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        articles.flatMap { Array("\($0.bytes.count) \($0.name)\n".utf8) + $0.bytes }
    }

    /// One process for many articles prints what one run per article prints, one after another.
    @Test func framedArticlesExportAsOneRunPerArticleDoes() throws {
        var articles: [(name: String, bytes: [UInt8])] = []
        for sample in ["Samples/changzhi-2025-year-in-review-4.txt", "Samples/changzhi-2025-livelihood-part2.txt"] {
            articles.append((sample, try Array(Data(contentsOf: ExportScoreTests.root.appendingPathComponent(sample)))))
        }
        articles.append(("县区/2024 年 报告.txt", Array(InputFileTests.article.data(using: Self.gb18030)!)))
        articles.append(("jilin_2023_report.txt", Array("全市城镇新增就业4.82万人。\n".utf8)))
        var expected = ""
        for article in articles {
            let one = try Self.run(["export", "-", "--name", article.name], input: article.bytes)
            #expect(one.status == 0 && one.errors == "")
            expected += one.output
        }
        let framed = try Self.run(["export", "--framed", "-"], input: Self.frames(articles))
        #expect(framed.status == 0)
        #expect(framed.errors == "")
        #expect(framed.output == expected)
        // The same fact in both samples: each article's records name only itself, as alone.
        #expect(!framed.output.contains("\"sources\":[\"changzhi-2025-year-in-review-4.txt\",\""))
        #expect(InputFileTests.metrics(framed.output).suffix(6) == InputFileTests.expectedMetrics + ["城镇新增就业"])
    }

    @Test func aFramedArticleThatCannotBeReadIsNamedAndTheRestExported() throws {
        let good = Array("全市城镇新增就业4.82万人。\n".utf8)
        let input = Self.frames([
            ("a.txt", good), ("bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 0]), ("empty.txt", []),
            ("jilin_2023_report.txt", good),
        ])
        let framed = try Self.run(["export", "--framed", "-"], input: input)
        #expect(framed.status == 3)
        #expect(
            framed.errors == """
                zhibiao: stdin (bin.txt): not a text file (binary content)
                zhibiao: warning: stdin (empty.txt): empty file

                """)
        let docs = framed.output.split(separator: "\n").map { $0.contains("\"doc\":\"a.txt\"") ? "a" : "jilin" }
        #expect(docs == ["a", "jilin"])
    }

    struct BrokenFrames: CustomTestStringConvertible, Sendable {
        var name: String
        var input: [UInt8]
        var message: String
        var testDescription: String { name }
    }

    static let broken: [BrokenFrames] = [
        BrokenFrames(
            name: "a header without a length", input: Array("a.txt\n全市城镇新增就业4.82万人。".utf8),
            message: "zhibiao: stdin: article 1: header \"a.txt\" is not LENGTH NAME\n"),
        BrokenFrames(
            name: "a body cut short", input: Array("400 a.txt\n全市城镇新增就业4.82万人。".utf8),
            message: "zhibiao: stdin: article 1 (a.txt): the input ends before its 400 bytes\n"),
        BrokenFrames(
            name: "a header cut short", input: Array("3 a.txt\nabc12".utf8),
            message: "zhibiao: stdin: article 2: the input ends inside its header\n"),
    ]

    @Test(arguments: broken) func aBrokenFrameEndsTheStreamWithStatusThree(_ broken: BrokenFrames) throws {
        let framed = try Self.run(["export", "--framed", "-"], input: broken.input)
        #expect(framed.status == 3)
        #expect(framed.output == "")
        #expect(framed.errors == broken.message)
    }

    @Test func noFramedArticlesIsNoRecords() throws {
        let framed = try Self.run(["export", "--framed", "-"], input: [])
        #expect(framed.status == 0)
        #expect(framed.output == "")
        #expect(framed.errors == "")
    }

    struct Usage: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usage: [Usage] = [
        Usage(
            arguments: ["export", "-", "Samples"],
            message: "Error: - reads one article from standard input; give it alone, without other paths\n"),
        Usage(
            arguments: ["export", "--name", "a.txt", "Samples"],
            message: "Error: --name names the article read from standard input; give - as the only path\n"),
        Usage(arguments: ["export", "-", "--name", "/"], message: "Error: --name needs a file name or path\n"),
        Usage(
            arguments: ["export", "--format", "sqlite", "store.db", "-"],
            message: "Error: --format sqlite reads article files or folders, not standard input\n"),
        Usage(
            arguments: ["export", "--framed", "Samples"],
            message: "Error: --framed reads articles from standard input; give - as the only path\n"),
        Usage(
            arguments: ["export", "--framed", "-", "--name", "a.txt"],
            message: "Error: --framed articles are named in their headers, not by --name\n"),
        Usage(
            arguments: ["export", "--framed", "--format", "csv", "-"],
            message: "Error: --framed writes JSON Lines only (one export per article, concatenated)\n"),
    ]

    @Test(arguments: usage) func misusedStandardInputIsAUsageError(_ usage: Usage) throws {
        let result = try Self.run(usage.arguments, input: Array("全市城镇新增就业4.82万人。".utf8))
        #expect(result.status == 2)
        #expect(result.output == "")
        #expect(result.errors.hasPrefix(usage.message))
        #expect(result.errors.hasSuffix("\n"))
    }

    @Test func theHelpDescribesStandardInput() throws {
        let (status, output, _) = try ExportScoreTests.run(ExportScoreTests.binary.path, ["export", "--help"])
        #expect(status == 0)
        #expect(
            output == """
                OVERVIEW: Print every observation as JSON Lines, CSV or JSON, or write a store.

                JSON Lines carries the keys: id, doc, line, sector, metric, indicator, value,
                unit, qualifier, kind, year, period, region, text, mentions, sources, format.

                With --format sqlite the first argument is the store to write (SQLite; see the
                README, "The store"): made if new, else brought up to date with the articles,
                which are extracted only where new or changed.

                `-` reads one article from standard input and prints what the export of a file
                named by --name holding the same bytes prints (a map step for Spark, xargs or a
                shell loop): cat a/b.txt | zhibiao export - --name a/b.txt. Empty input is an
                error (exit 3), as an input that cannot be read is.

                USAGE: zhibiao export [--format <format>] [--name <path>] [--framed] [<paths> ...]

                ARGUMENTS:
                  <paths>                 Article files or folders (default: Samples/), or -
                                          for one article on standard input; with --format
                                          sqlite, the store file first.

                OPTIONS:
                  --format <format>       jsonl, csv, json or sqlite. (values: jsonl, csv,
                                          json, sqlite; default: jsonl)
                  --name <path>           With -: the article's file name or path (the records'
                                          doc is its last part; a year it holds is the
                                          article's year when the text names none).
                  --framed                With -: many articles on standard input, each a line
                                          LENGTH NAME and then LENGTH bytes; JSON Lines only.
                  -h, --help              Show help information.


                """)
    }
}
