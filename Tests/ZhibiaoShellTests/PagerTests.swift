import Glibc
import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

/// When answers go through the pager, which pager, and what happens when it cannot start.
/// Serialized: a pager run sets SIGINT, which is the whole process's, aside while it runs, and
/// one test checks that it is put back as it was; another run at the same time would move it.
@Suite(.serialized) struct PagerTests {
    /// A shell whose standard output is a screen of `columns` × `rows`; pagers are recorded,
    /// not run, and fail when `failing`.
    final class Screened {
        let output = TextBuffer()
        let errors = TextBuffer()
        let context: ShellContext
        let interpreter: Interpreter
        var paged: [(command: String, text: String)] = []

        init(
            columns: Int = 80, rows: Int = 24, pages: Bool = true, environment: [String: String] = [:],
            failing: Bool = false
        ) {
            context = ShellContext(
                engine: RecordingEngine(), output: OutputRouter(standard: output), errors: errors,
                stdoutIsTerminal: true, environment: { environment[$0] })
            interpreter = Interpreter(context: context)
            context.screen = AnswerScreen(pages: pages, size: { (columns, rows) }) { [unowned self] command, text in
                if failing { return .failure(Pager.Failure(reason: "command not found")) }
                self.paged.append((command, text))
                return .success(())
            }
        }

        func run(_ line: String) { _ = interpreter.runScript(line + "\n", origin: "<test>") }
    }

    static func lines(_ count: Int) -> String {
        (1...count).map { "line \($0)\n" }.joined()
    }

    @Test func autoPagesOnlyWhatIsTallerThanTheScreen() {
        let shell = Screened(rows: 24)
        // 23 lines and the prompt fill 24 rows: no pager.
        shell.context.writeAnswer(Self.lines(23))
        #expect(shell.paged.isEmpty)
        #expect(shell.output.take() == Self.lines(23))
        shell.context.writeAnswer(Self.lines(24))
        #expect(shell.paged.map(\.command) == ["less -FRX"])
        #expect(shell.paged.map(\.text) == [Self.lines(24)])
        #expect(shell.output.text == "")
    }

    @Test func linesWiderThanTheScreenCountAsTheRowsTheyTake() {
        let shell = Screened(columns: 40, rows: 6)
        let text = String(repeating: "就业", count: 25) + "\n" + String(repeating: "x", count: 80) + "\n"
        // 100 columns take 3 rows, 80 take 2: 5 rows and the prompt fill the screen.
        shell.context.writeAnswer(text)
        #expect(shell.paged.isEmpty)
        shell.context.writeAnswer(text + "x\n")
        #expect(shell.paged.count == 1)
        // Colour takes no room.
        shell.context.writeAnswer("\u{1B}[1m" + String(repeating: "y", count: 40) + "\u{1B}[0m\n")
        #expect(shell.paged.count == 1)
    }

    @Test func onPagesEveryAnswerAndOffNone() {
        let shell = Screened()
        shell.run(".pager on")
        shell.context.writeAnswer("one line\n")
        #expect(shell.paged.map(\.text) == ["one line\n"])
        shell.run(".pager off")
        shell.context.writeAnswer(Self.lines(100))
        #expect(shell.paged.count == 1)
        #expect(shell.output.text == Self.lines(100))
    }

    @Test func noPagerForScriptsOrFiles() {
        let script = Screened(pages: false)
        script.context.writeAnswer(Self.lines(100))
        #expect(script.paged.isEmpty)
        #expect(script.output.text == Self.lines(100))

        let folder = TemporaryFolder()
        let shell = Screened()
        shell.run(".output \(folder.file("answers.txt"))")
        shell.context.writeAnswer(Self.lines(100))
        shell.run(".output")
        #expect(shell.paged.isEmpty)
        #expect(folder.read("answers.txt") == Self.lines(100))
    }

    @Test(
        arguments: [
            ([:], "less -FRX"), (["PAGER": "more"], "more"),
            (["PAGER": "most -s", "ZHIBIAO_PAGER": "less -S"], "less -S"),
            (["ZHIBIAO_PAGER": "", "PAGER": "more"], nil), (["PAGER": " "], nil),
            (["TERM": "dumb", "PAGER": "more"], nil),
        ] as [([String: String], String?)])
    func pagerCommandFromTheEnvironment(environment: [String: String], command: String?) {
        if environment["TERM"] == nil { #expect(Pager.command(environment: { environment[$0] }) == command) }
        let shell = Screened(environment: environment)
        shell.context.writeAnswer(Self.lines(30))
        #expect(shell.paged.map(\.command) == (command.map { [$0] } ?? []))
        #expect(shell.output.text == (command == nil ? Self.lines(30) : ""))
    }

    @Test func aPagerThatCannotStartLeavesTheAnswerPrintedAndAWarning() {
        let shell = Screened(environment: ["ZHIBIAO_PAGER": "nosuchpager -x"], failing: true)
        shell.context.writeAnswer(Self.lines(30))
        #expect(shell.output.text == Self.lines(30))
        #expect(
            shell.errors.text
                == "warning: cannot start the pager 'nosuchpager -x': command not found; printed directly\n")
    }

    /// The real thing: `/bin/sh -c` runs the command with the answer on its standard input,
    /// arguments and all, and SIGINT is as it was afterwards.
    @Test func runsTheCommandWithTheAnswerOnItsInput() {
        let folder = TemporaryFolder()
        let fd = open(folder.file("out"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var before = sigaction()
        sigaction(SIGINT, nil, &before)
        let result = Pager.run("tr a-z A-Z | sed -e 's/^/> /'", text: "托位 one\ntwo\n", output: fd)
        close(fd)
        var after = sigaction()
        sigaction(SIGINT, nil, &after)
        #expect((try? result.get()) != nil)
        #expect(folder.read("out") == "> 托位 ONE\n> TWO\n")
        #expect(
            unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self)
                == unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self))
        // A pager that quits before reading a long answer ends only the writing.
        #expect((try? Pager.run("true", text: Self.lines(100_000)).get()) != nil)
    }

    @Test func aMissingPagerIsAFailure() {
        let folder = TemporaryFolder()
        let fd = open(folder.file("err"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { close(fd) }
        let result = Pager.run("exec /nonexistent/pager 2>/dev/null", text: "x\n", output: fd)
        #expect(throws: Pager.Failure(reason: "command not found")) { try result.get() }
    }

    /// A pager named by a plain word is looked for before it is started, so `/bin/sh` never
    /// has to say it is missing.
    @Test func aPagerIsLookedForOnThePath() {
        #expect(!Pager.isMissing("less -FRX", path: "/usr/local/bin:/usr/bin:/bin"))
        #expect(Pager.isMissing("nosuchpager -x", path: "/usr/bin:/bin"))
        #expect(Pager.isMissing("/nonexistent/pager", path: nil))
        #expect(!Pager.isMissing("/bin/cat", path: "/nowhere"))
        #expect(!Pager.isMissing("exec nosuchpager", path: "/usr/bin:/bin"))
        #expect(!Pager.isMissing("LESS=-R less", path: "/usr/bin:/bin"))
        #expect(throws: Pager.Failure(reason: "command not found")) {
            try Pager.run("nosuchpager-\(getpid()) -x", text: "x\n").get()
        }
    }

    @Test func settingsAreShownSetAndChecked() {
        let shell = Screened()
        shell.run(".expanded")
        shell.run(".pager")
        shell.run(".expanded AUTO")
        shell.run(".pager on")
        shell.run(".expanded")
        shell.run(".pager")
        shell.run(".expanded sideways")
        shell.run(".pager on off")
        #expect(shell.output.text == "off\nauto\nauto\non\n")
        #expect(
            shell.errors.text == """
                error: unknown setting sideways; usage: .expanded off|on|auto
                error: usage: .pager auto|on|off

                """)
        #expect(shell.context.settings.expanded == .auto)
        #expect(shell.context.settings.pager == .on)
    }

    /// Statements get the screen's width while answers go to it, and none in a file.
    @Test func statementsAreFittedToTheScreenOnly() {
        let folder = TemporaryFolder()
        let shell = Screened(columns: 100)
        let engine = shell.context.engine
        shell.run(".expanded on")
        shell.run("show all")
        #expect(engine.width == 100)
        #expect(engine.expanded == .on)
        shell.run(".once \(folder.file("a.txt"))")
        shell.run("show all")
        #expect(engine.width == nil)
        let plain = TestShell()
        plain.run("show all")
        #expect(plain.engine.width == nil)
    }
}
