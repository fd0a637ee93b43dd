import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

@Suite struct DotCommandTests {
    @Test(
        arguments: [
            (".mode csv", "mode", ["csv"]),
            ("  .load Samples \"my file.txt\"  x", "load", ["Samples", "my file.txt", "x"]),
            (".save out.zq --force", "save", ["out.zq", "--force"]),
            (".once ''", "once", [""]),
            (".", "", []),
        ] as [(String, String, [String])])
    func parsing(line: String, name: String, arguments: [String]) {
        let parsed = DotCommandLine.parse(line)
        #expect(parsed.name == name)
        #expect(parsed.arguments == arguments)
    }

    @Test(arguments: [
        (".sav3 x", "error: unknown command .sav3; did you mean .save? (.help lists the commands)\n"),
        (".qiut", "error: unknown command .qiut; did you mean .quit? (.help lists the commands)\n"),
        (".o x", "error: ambiguous command .o: .open, .output, .once\n"),
        (".zzzzzz", "error: unknown command .zzzzzz (.help lists the commands)\n"),
        (".mode xml", "error: unknown format xml; usage: .mode table|csv|json|jsonl|markdown|line\n"),
        (".timer maybe", "error: usage: .timer on|off\n"),
        (".history 0", "error: N must be a positive number; usage: .history [N]\n"),
        (".read", "error: usage: .read FILE\n"),
        (".read /nonexistent/x.zq", "error: cannot read /nonexistent/x.zq: no such file or folder\n"),
        (".help nonsuch", "error: no help on nonsuch\n"),
        (".help shwo", "error: no help on shwo; did you mean show?\n"),
    ])
    func errors(line: String, message: String) {
        let shell = TestShell()
        #expect(shell.run(line) == .failure)
        #expect(shell.errors.text == message)
        #expect(shell.output.text == "")
    }

    @Test func modeSetsTheEngineFormatAndAbbreviationsWork() {
        let shell = TestShell()
        #expect(shell.run(".mode csv") == .success)
        #expect(shell.engine.format == .csv)
        shell.run(".mo")
        #expect(shell.output.text == "csv\n")
    }

    @Test func switchesAndColor() {
        let shell = TestShell()
        shell.run(".timer on")
        shell.run(".bail ON")
        shell.run(".color off")
        #expect(shell.context.settings.timer && shell.context.settings.bail)
        #expect(shell.context.settings.color == .off)
        shell.run(".timer")
        shell.run(".color")
        #expect(shell.output.text == "on\noff\n")
    }

    @Test func timerPrintsMillisecondsOnStandardError() {
        let shell = TestShell()
        shell.run(".timer on")
        shell.run("show employment")
        #expect(shell.output.text == "ran show employment\n")
        let line = shell.errors.text
        #expect(line.hasPrefix("time: ") && line.hasSuffix(" ms\n"))
        #expect(Clock.milliseconds(12_345_678) == "12.346")
        #expect(Clock.milliseconds(40_000) == "0.040")
    }

    @Test func helpOnATopic() {
        let shell = TestShell()
        shell.run(".help save")
        shell.run(".help .mode")
        shell.run(".help compare")
        shell.run(".help series")
        #expect(
            shell.output.text == """
                .save FILE [--force]
                    Save the loads, settings and statements, to replay them
                .mode table|csv|json|jsonl|markdown|line
                    Set the output format (no argument: show it)
                compare TARGETS [where EXPR] [by FIELD [, FIELD]]
                    Indicators side by side, never added up: rows by the first field, columns by the second (default region, year); sectors by place
                series TARGETS [where EXPR]
                    An indicator by year for each place: values, change in units and percent, a sparkline

                """)
    }

    @Test func helpListsEveryCommandOfTheTable() {
        let shell = TestShell()
        shell.run(".help")
        for command in DotCommand.all {
            #expect(shell.output.text.contains("\n  \(command.usage) "))
        }
    }

    @Test func quitStopsAScript() {
        let shell = TestShell()
        #expect(shell.interpreter.runScript("show a\n.quit\nshow b\n", origin: "s.zq") == .quit)
        #expect(shell.output.text == "ran show a\n")
    }
}
