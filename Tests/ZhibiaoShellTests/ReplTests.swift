import Testing

@testable import ZhibiaoShell

/// Plays back lines; `nil` in the script stands for Ctrl-C.
final class ScriptedReader: LineReader {
    private var script: [String?]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []

    init(_ script: [String?]) {
        self.script = script
    }

    func readLine(prompt: String) throws(LineInterrupted) -> String? {
        prompts.append(prompt)
        guard !script.isEmpty else { return nil }
        guard let line = script.removeFirst() else { throw LineInterrupted() }
        return line
    }

    func remember(_ entry: String) { remembered.append(entry) }
}

@Suite struct ReplTests {
    @Test func continuationPromptAndOneHistoryEntryPerStatement() {
        let folder = TemporaryFolder()
        let history = HistoryStore(path: folder.file("h")) { _ in }
        let shell = TestShell(history: history)
        let reader = ScriptedReader(["compare employment,", "childcare", " show secret", ".mode csv"])
        let status = Repl(interpreter: shell.interpreter, reader: reader, interactive: true).run()
        #expect(status == 0)
        #expect(reader.prompts == ["zhibiao> ", "   ...> ", "zhibiao> ", "zhibiao> ", "zhibiao> "])
        #expect(reader.remembered == ["compare employment,\nchildcare", ".mode csv"])
        #expect(folder.read("h") == "compare employment,\\nchildcare\n.mode csv\n")
        #expect(shell.output.text == "ran compare employment,\nchildcare\nran  show secret\n\n")
    }

    @Test func ctrlCDropsTheUnfinishedStatement() {
        let engine = RecordingEngine()
        let shell = TestShell(engine: engine)
        let reader = ScriptedReader(["compare employment,", nil, "show b"])
        _ = Repl(interpreter: shell.interpreter, reader: reader, interactive: true).run()
        #expect(engine.executed == ["show b"])
        #expect(reader.prompts == ["zhibiao> ", "   ...> ", "zhibiao> ", "zhibiao> "])
    }

    @Test func aRecalledMultiLineEntryRunsAsOneStatement() {
        let engine = RecordingEngine()
        let shell = TestShell(engine: engine)
        _ = Repl(interpreter: shell.interpreter, reader: ScriptedReader(["compare a,\nb"]), interactive: true).run()
        #expect(engine.executed == ["compare a,\nb"])
    }

    @Test func pipedInputHasNoPromptAndFailuresSetTheStatus() {
        let shell = TestShell()
        let reader = ScriptedReader(["show a", "fail b", "show c"])
        #expect(Repl(interpreter: shell.interpreter, reader: reader, interactive: false).run() == 1)
        #expect(reader.prompts.allSatisfy { $0 == "" })
        #expect(shell.output.text == "ran show a\nran show c\n")
        #expect(shell.errors.text == "<stdin>: cannot run fail b\n")
    }

    @Test func pipedInputStopsAtTheFirstFailureWithBail() {
        let shell = TestShell()
        let reader = ScriptedReader([".bail on", "fail a", "show b"])
        #expect(Repl(interpreter: shell.interpreter, reader: reader, interactive: false).run() == 1)
        #expect(shell.output.text == "")
    }

    @Test func anUnfinishedStatementAtTheEndOfPipedInputStillRuns() {
        let engine = RecordingEngine()
        let shell = TestShell(engine: engine)
        #expect(
            Repl(interpreter: shell.interpreter, reader: ScriptedReader(["compare a,"]), interactive: false).run() == 0)
        #expect(engine.executed == ["compare a,"])
    }

    @Test func interactiveFailuresDoNotChangeTheStatus() {
        let shell = TestShell()
        #expect(
            Repl(
                interpreter: shell.interpreter, reader: ScriptedReader(["fail a", ".quit", "show b"]), interactive: true
            ).run() == 0)
        #expect(shell.output.text == "")
    }
}
