import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

@Suite struct SessionCommandTests {
    /// A graph built by hand: two documents, three observations in the first.
    static func session() -> Session {
        let graph = IndicatorGraph()
        let first = (1...3).map { n in
            Observation(
                id: ObservationID(document: DocumentKey("hdxxczdr")!, number: n), metric: "城镇新增就业", value: 48200,
                unit: "人",
                sector: .employment)
        }
        graph.add(
            Document(name: "changzhi-2025-livelihood-part2.txt", path: "a", text: "城镇新增就业4.82万人。", paragraphCount: 1),
            observations: first)
        graph.add(
            Document(name: "bad\u{1B}[31mname.txt", path: "b", text: "abc\n\ndef", paragraphCount: 2), observations: [])
        return Session(graph: graph)
    }

    @Test(arguments: [
        (
            OutputFormat.table,
            """
            doc  key       name                                characters  paragraphs  observations
            ───  ────────  ──────────────────────────────────  ──────────  ──────────  ────────────
              1  hdxxczdr  changzhi-2025-livelihood-part2.txt          13           1             3
              2  exyzawdc  bad\\x1b[31mname.txt                          8           2             0

            """
        ),
        (
            .csv,
            "doc,key,name,characters,paragraphs,observations\n1,hdxxczdr,changzhi-2025-livelihood-part2.txt,13,1,3\n2,exyzawdc,bad\u{1B}[31mname.txt,8,2,0\n"
        ),
        (
            .jsonl,
            """
            {"doc":1,"key":"hdxxczdr","name":"changzhi-2025-livelihood-part2.txt","characters":13,"paragraphs":1,"observations":3}
            {"doc":2,"key":"exyzawdc","name":"bad\\u001b[31mname.txt","characters":8,"paragraphs":2,"observations":0}

            """
        ),
        (
            .markdown,
            """
            | doc | key | name | characters | paragraphs | observations |
            | ---: | --- | --- | ---: | ---: | ---: |
            | 1 | hdxxczdr | changzhi-2025-livelihood-part2.txt | 13 | 1 | 3 |
            | 2 | exyzawdc | bad\\x1b[31mname.txt | 8 | 2 | 0 |

            """
        ),
    ])
    func docs(format: OutputFormat, expected: String) {
        let shell = TestShell(engine: Self.session())
        shell.engine.format = format
        #expect(shell.run(".docs") == .success)
        #expect(shell.output.text == expected)
    }

    @Test func docsAsJSON() {
        let shell = TestShell(engine: Self.session())
        shell.run(".mode json")
        shell.run(".docs")
        #expect(
            shell.output.text.hasPrefix(
                "[\n  {\"doc\":1,\"key\":\"hdxxczdr\",\"name\":\"changzhi-2025-livelihood-part2.txt\""))
        #expect(shell.output.text.hasSuffix("\"observations\":0}\n]\n"))
    }

    @Test func historyShowsTheLastEntriesNumbered() {
        let folder = TemporaryFolder()
        let history = HistoryStore(path: folder.file("h")) { _ in }
        for entry in ["show employment", "compare employment,\nchildcare", "check"] { history.add(entry) }
        let shell = TestShell(history: history)
        shell.run(".history 2")
        #expect(shell.output.take() == "  2  compare employment,\n     childcare\n  3  check\n")
        shell.run(".history")
        #expect(shell.output.text == "  1  show employment\n  2  compare employment,\n     childcare\n  3  check\n")
    }

    @Test func colourFollowsThePolicyAndOnlyOnStandardOutput() {
        let environment: [String: String] = ["TERM": "xterm"]
        let engine = RecordingEngine()
        let context = ShellContext(
            engine: engine, output: OutputRouter(standard: TextBuffer()), errors: TextBuffer(),
            stdoutIsTerminal: true, environment: { environment[$0] })
        let interpreter = Interpreter(context: context)
        _ = interpreter.runScript("show a\n", origin: "t")
        #expect(engine.color)
        _ = interpreter.runScript(".color off\nshow a\n", origin: "t")
        #expect(!engine.color)
        let folder = TemporaryFolder()
        _ = interpreter.runScript(".color auto\n.once \(folder.file("answer.txt"))\nshow a\n", origin: "t")
        #expect(!engine.color)
    }

    @Test(arguments: [
        (ColorMode.auto, true, [String: String](), true),
        (.auto, false, [:], false),
        (.auto, true, ["NO_COLOR": ""], false),
        (.auto, true, ["TERM": "dumb"], false),
        (.on, false, ["NO_COLOR": "1"], true),
        (.off, true, [:], false),
    ])
    func colourPolicy(mode: ColorMode, terminal: Bool, environment: [String: String], enabled: Bool) {
        #expect(mode.isEnabled(stdoutIsTerminal: terminal, environment: { environment[$0] }) == enabled)
    }
}
