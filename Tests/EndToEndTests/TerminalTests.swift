import Foundation
import Testing
import ZhibiaoCore

/// The shell in a real terminal (tmux): what a new user sees and types.
@Suite(.serialized, .enabled(if: Built.tmux != nil, "tmux is not installed (run .ci/setup); terminal tests skipped"))
final class TerminalTests {
    /// Each test's own folder (history file), removed when the test ends.
    let folder = NSTemporaryDirectory() + "zhibiao-terminal-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    var historyPath: String { folder + "/history" }

    func start(_ extra: [String: String] = [:], columns: Int = 120, rows: Int = 40) throws -> TerminalSession {
        let session = try TerminalSession(
            environment: ["ZHIBIAO_HISTORY": historyPath, "ZHIBIAORC": "/dev/null"].merging(extra) { $1 },
            columns: columns, rows: rows)
        let lines = try session.wait { $0.last == "zhibiao>" }
        #expect(lines.first == Built.banner)
        return session
    }

    @Test func docsListsBothSamples() throws {
        let shell = try start()
        let lines = try shell.enter(".docs")
        try #require(lines.count >= 6)
        #expect(lines[1] == "zhibiao> .docs")
        #expect(lines[2].hasPrefix("doc  key       name "))
        #expect(lines[4].contains("changzhi-2025-livelihood-part2.txt"))
        #expect(lines[5].contains("changzhi-2025-year-in-review-4.txt"))
    }

    @Test func ctrlCClearsTheLineAndCtrlDLeaves() throws {
        let shell = try start()
        try shell.type("show employ")
        try shell.wait { $0.last == "zhibiao> show employ" }
        try shell.press("C-c")
        let lines = try shell.wait { $0.count == 3 && $0.last == "zhibiao>" }
        try #require(lines.count == 3)
        #expect(lines[1] == "zhibiao> show employ^C")
        #expect(lines[2] == "zhibiao>")
        #expect(try shell.exitStatus() == nil)
        try shell.press("C-d")
        let status = try shell.waitForExit()
        let screen = try shell.screen()
        // The pane must have ended. tmux sometimes marks a pane dead (its terminal closed)
        // without ever recording the exit status; when it does record one, it must be 0.
        #expect(status == "0" || status == "", "status \(status ?? "nil"), screen:\n\(screen)")
    }

    @Test func historyPersistsAcrossRunsWithMode0600() throws {
        let first = try start()
        try first.enter(".mode csv")
        try first.enter(" .timer on")
        try first.press("C-d")
        let status = try first.waitForExit()
        let screen = try first.screen()
        // The pane must have ended. tmux sometimes marks a pane dead (its terminal closed)
        // without ever recording the exit status; when it does record one, it must be 0.
        #expect(status == "0" || status == "", "status \(status ?? "nil"), screen:\n\(screen)")
        #expect(try String(contentsOfFile: historyPath, encoding: .utf8) == ".mode csv\n")
        let mode = try FileManager.default.attributesOfItem(atPath: historyPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let second = try start()
        try second.press("Up")
        #expect(try second.wait { $0.last == "zhibiao> .mode csv" }.last == "zhibiao> .mode csv")
    }

    @Test func ctrlRSearchesTheHistory() throws {
        try ".docs\n.mode csv\n".write(toFile: historyPath, atomically: true, encoding: .utf8)
        let shell = try start()
        try shell.press("C-r")
        try shell.type("do")
        // libedit shows the pattern below the line it found.
        let searching = try shell.wait { $0.suffix(2) == ["zhibiao> .docs", "bck:do"] }
        #expect(searching.suffix(2) == ["zhibiao> .docs", "bck:do"])
        try shell.press("Enter")
        let lines = try shell.wait { $0.contains { $0.contains("changzhi-2025-year-in-review-4.txt") } }
        #expect(lines.contains { $0.contains("changzhi-2025-year-in-review-4.txt") })
    }

    @Test func chineseTextIsEditedIntact() throws {
        let shell = try start()
        try shell.type("find \"城镇就业\"")
        try shell.wait { $0.last == "zhibiao> find \"城镇就业\"" }
        try shell.press("Left", "Left", "Left")
        try shell.type("新增")
        let lines = try shell.wait { $0.last == "zhibiao> find \"城镇新增就业\"" }
        #expect(lines.last == "zhibiao> find \"城镇新增就业\"")
    }

    @Test func tabCompletesAndListsCandidates() throws {
        let shell = try start()
        try shell.type(".he")
        try shell.press("Tab")
        #expect(try shell.wait { $0.last == "zhibiao> .help" }.last == "zhibiao> .help")
        try shell.press("C-u")
        try shell.type(".o")
        try shell.press("Tab")
        try shell.press("Tab")
        let lines = try shell.wait { $0.last == "zhibiao> .o" && $0.count == 4 }
        #expect(lines.suffix(3) == ["zhibiao> .o", ".open    .output  .once", "zhibiao> .o"])
        try shell.press("C-u")
        try shell.type("show emp")
        try shell.press("Tab")
        #expect(try shell.wait { $0.last == "zhibiao> show employment" }.last == "zhibiao> show employment")
    }

    @Test func tabCompletesAChinesePrefix() throws {
        let shell = try start()
        try shell.type("describe 城镇新")
        try shell.press("Tab")
        let lines = try shell.wait { $0.last?.hasPrefix("zhibiao> describe 城镇新增就业") == true }
        #expect(lines.last?.hasPrefix("zhibiao> describe 城镇新增就业") == true)
    }

    @Test func anUnfinishedStatementContinuesOnTheNextLine() throws {
        let shell = try start()
        try shell.type("show 托位 where")
        try shell.press("Enter")
        let continued = try shell.wait { $0.last == "   ...>" }
        #expect(continued.last == "   ...>")
        try shell.type("year=2025")
        try shell.press("Enter")
        let lines = try shell.wait { $0.last == "zhibiao>" && $0.contains { $0.contains("每千人口托位数") } }
        #expect(lines.contains("   ...> year=2025"))
        #expect(lines.contains { $0.hasPrefix("id ") && $0.contains("metric") })
    }

    @Test func colourOnlyWithoutNoColor() throws {
        let coloured = try start()
        try coloured.enter(".docs")
        #expect(try coloured.screen(escapes: true).contains("\u{1B}[1m"))

        let plain = try start(["NO_COLOR": "1"])
        try plain.enter(".docs")
        #expect(!(try plain.screen(escapes: true).contains("\u{1B}[")))
    }

    @Test func modeCsvPrintsCsv() throws {
        let shell = try start()
        try shell.enter(".mode csv")
        let lines = try shell.enter(".docs")
        try #require(lines.count >= 6)
        #expect(Array(lines[3...5]) == ["doc,key,name,characters,paragraphs,observations"] + Built.docsCSV)
    }

    /// The lines the renderer makes of `statement` over the samples at `width`, uncoloured.
    static func rendered(_ statement: String, width: Int, expanded: ExpandedMode = .off) -> [String] {
        let session = Session(graph: Built.samples)
        session.width = width
        session.expanded = expanded
        var lines = session.execute(statement, origin: "<stdin>").output.split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The lines an answer took on the pane: those after the statement's own line, up to the
    /// next prompt.
    static func answer(to statement: String, in transcript: [String]) -> [String] {
        guard let start = transcript.lastIndex(of: "zhibiao> " + statement) else { return [] }
        let rest = transcript[(start + 1)...]
        return Array(rest.prefix { !$0.hasPrefix("zhibiao>") })
    }

    /// At 80 and 140 columns no row of these answers wraps (a wrapped row would come back from
    /// the pane longer than its width), and each is the table fitted to that width.
    @Test(arguments: [80, 140])
    func tablesFitThePane(columns: Int) throws {
        let shell = try start(["NO_COLOR": "1"], columns: columns, rows: 24)
        try shell.enter(".pager off")
        let statements = ["show all", "show 托位", "find \"托育\""]
        for statement in statements { try shell.enter(statement) }
        let transcript = try shell.transcript()
        let wide = transcript.filter { DisplayWidth.of($0) > columns }
        #expect(wide.isEmpty, "lines wider than \(columns) columns: \(wide)")
        for statement in statements {
            let expected = Self.rendered(statement, width: columns)
            #expect(expected.count > 3)
            #expect(Self.answer(to: statement, in: transcript) == expected)
        }
        // What gave way: the documents' names at 80 columns, nothing in show 托位 at 140.
        let show = Self.answer(to: "show 托位", in: transcript)
        #expect(show.first?.hasPrefix("id           metric ") == true)
        let documents = Built.samples.documents.map(\.name)
        #expect(
            show.dropFirst(2).allSatisfy { row in documents.contains { row.hasSuffix("  " + $0) } } == (columns == 140))
        let find = Self.answer(to: "find \"托育\"", in: transcript)
        // A quote's first row names its document and holds the figure; a sentence running on to
        // the article's next line continues on a row of its own.
        #expect(find.dropFirst(2).filter { !$0.hasPrefix(" ") }.allSatisfy { $0.contains("【托育】") })
    }

    @Test func expandedShowsOneRecordPerBlock() throws {
        let shell = try start(["NO_COLOR": "1"], columns: 80, rows: 24)
        try shell.enter(".pager off")
        try shell.enter(".expanded on")
        try shell.enter("show 托位")
        let answer = Self.answer(to: "show 托位", in: try shell.transcript())
        #expect(answer == Self.rendered("show 托位", width: 80, expanded: .on))
        #expect(
            Array(answer.prefix(9)) == [
                "       id = \(Built.samples.documents[0].key.text):21", "   metric = 提供托位", "    value = 14000",
                "        ≈ = 1.4万", "     unit = 个",
                "   period = 2025", "   region = 长治市", "      doc = changzhi-2025-livelihood-part2.txt", "",
            ])
        #expect(answer.filter { $0.hasPrefix("       id = ") }.count == 3)
        #expect(answer.split(separator: "").count == 3)
    }

    /// `check` is taller than a 24-row pane: it opens in the pager. Ctrl-C there is the
    /// pager's; q returns to the prompt, and the shell goes on as before.
    @Test func aTallAnswerOpensThePager() throws {
        let shell = try start(["ZHIBIAO_PAGER": "less -FRX", "NO_COLOR": "1"], columns: 80, rows: 24)
        try shell.enter(".mode table")
        try shell.type("check")
        try shell.press("Enter")
        let paging = try shell.wait { $0.last == ":" }
        #expect(paging.last == ":")
        #expect(paging.contains("finding       conflict"))
        #expect(!paging.contains("zhibiao>"))
        try shell.press("C-c")
        usleep(300_000)
        #expect(try shell.exitStatus() == nil)
        #expect(try shell.lines().last == ":")
        try shell.press("q")
        let back = try shell.wait { $0.last == "zhibiao>" }
        #expect(back.last == "zhibiao>")
        try shell.enter("list years")
        let answer = Self.answer(to: "list years", in: try shell.transcript())
        #expect(answer == Self.rendered("list years", width: 80))
        #expect(answer.first == "year  observations")
        try shell.enter(".mode")
        #expect(try shell.lines().suffix(2) == ["table", "zhibiao>"])
    }
}
