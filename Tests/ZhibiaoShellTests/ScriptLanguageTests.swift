import Glibc
import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

/// The lines a script, `.read` and piped input share: line numbers in diagnostics, `.echo`,
/// `.show`, and what `.save` writes for a replay.
@Suite struct ScriptLanguageTests {
    @Test func showListsEverySettingAtItsDefault() {
        let shell = TestShell()
        #expect(shell.run(".show") == .success)
        #expect(
            shell.output.text == """
                    mode: table
                  output: stdout
                   timer: off
                    bail: off
                   color: auto
                    echo: off
                expanded: off
                   pager: auto
                 history: off

                """)
    }

    @Test func showFollowsTheCommandsThatChangeIt() {
        let folder = TemporaryFolder()
        let shell = TestShell(history: HistoryStore(path: folder.file("h")) { _ in })
        for line in [".mode jsonl", ".timer on", ".bail on", ".color off", ".echo on"] {
            #expect(shell.run(line) == .success)
        }
        shell.run(".once \(folder.file("next.txt"))")
        shell.run(".show")
        // With `.echo on` the command is printed before its answer, both where the answer goes.
        #expect(
            folder.read("next.txt") == """
                .show
                    mode: jsonl
                  output: \(folder.file("next.txt")) (next answer only)
                   timer: on
                    bail: on
                   color: off
                    echo: on
                expanded: off
                   pager: auto
                 history: \(folder.file("h"))

                """)
    }

    /// A field added to `ShellSettings` needs its line in `SettingRow.all`, or `.show` and
    /// `.save` would not know it.
    @Test func everyFieldOfShellSettingsHasARow() {
        let fields = Mirror(reflecting: ShellSettings()).children.compactMap(\.label)
        #expect(fields.count >= 4)
        for field in fields {
            #expect(SettingRow.all.contains { $0.name == field }, "no .show row for ShellSettings.\(field)")
        }
    }

    @Test func everyReplayedSettingIsACommandThatSetsItBack() {
        let shell = TestShell()
        for setting in SettingRow.defaults {
            #expect(shell.run(setting.line) == .success, "\(setting.line)")
        }
        #expect(shell.errors.text == "")
        #expect(SettingRow.replayed(shell.context) == SettingRow.defaults)
    }

    @Test func diagnosticsNameTheLineOfTheScript() {
        let engine = RecordingEngine()
        let shell = TestShell(engine: engine)
        shell.interpreter.runScript("-- a comment\n\nshow a\ncompare b,\n  c\n.mode csv\nshow d\n", origin: "s.zq")
        #expect(engine.executed == ["show a", "compare b,\n  c", "show d"])
        #expect(engine.lines == [3, 4, 7])
    }

    @Test func crlfLinesAreLinesToo() {
        let engine = RecordingEngine()
        let shell = TestShell(engine: engine)
        shell.interpreter.runScript(".mode csv\r\nshow a\r\nshow b\r\n", origin: "s.zq")
        #expect(engine.executed == ["show a", "show b"])
        #expect(engine.format == .csv)
    }

    @Test func everyDiagnosticEndsWithANewline() {
        let shell = TestShell()
        shell.interpreter.runScript("unended one\nunended two\n.nosuch\n", origin: "s.zq")
        #expect(
            shell.errors.text
                == "s.zq:1: unended one\ns.zq:2: unended two\nerror: unknown command .nosuch (.help lists the commands)\n"
        )
    }

    @Test func echoPrintsScriptsReadAndPipedInputButNotTypedLines() {
        let folder = TemporaryFolder()
        folder.write("inner.zq", "show c\n.mode\n")
        let shell = TestShell()
        shell.interpreter.runScript(
            ".echo on\nshow a\ncompare x,\n  y\nfail b\n.read \(folder.file("inner.zq"))\n.echo off\nshow d\n",
            origin: "s.zq")
        #expect(
            shell.output.text == """
                show a
                ran show a
                compare x,
                  y
                ran compare x,
                  y
                fail b
                .read \(folder.file("inner.zq"))
                show c
                ran show c
                .mode
                table
                .echo off
                ran show d

                """)
        let piped = TestShell()
        _ = Repl(interpreter: piped.interpreter, reader: ScriptedReader([".echo on", "show a"]), interactive: false)
            .run()
        #expect(piped.output.text == "show a\nran show a\n")
        let typed = TestShell()
        _ = Repl(interpreter: typed.interpreter, reader: ScriptedReader([".echo on", "show a"]), interactive: true)
            .run()
        #expect(typed.output.text == "ran show a\n\n")
    }

    @Test func echoGoesWhereTheAnswerGoes() {
        let folder = TemporaryFolder()
        let shell = TestShell()
        shell.interpreter.runScript(".echo on\n.once \(folder.file("o.txt"))\nshow a\nshow b\n", origin: "s.zq")
        #expect(folder.read("o.txt") == "show a\nran show a\n")
        #expect(shell.output.text == ".once \(folder.file("o.txt"))\nshow b\nran show b\n")
    }

    @Test func saveWritesSettingsWhereTheyChangedBetweenStatements() {
        let folder = TemporaryFolder()
        let shell = TestShell()
        shell.interpreter.runScript(
            """
            show a
            .mode csv
            .timer on
            .timer off
            show b
            fail c
            .mode json
            .echo on
            .bail on
            show d
            .mode table
            .color off
            .save \(folder.file("s.zq"))

            """, origin: "s.zq")
        #expect(
            folder.read("s.zq") == """
                show a
                .mode csv
                show b
                .mode json
                .echo on
                show d
                .mode table
                .color off

                """)
        #expect(shell.errors.text.hasSuffix("saved 3 statements to \(folder.file("s.zq"))\n"))
    }

    @Test func aReplayRunsEachStatementUnderTheSettingsItHad() {
        let folder = TemporaryFolder()
        let first = TestShell()
        first.interpreter.runScript(
            "show a\n.mode csv\nshow b\n.mode jsonl\n.save \(folder.file("s.zq"))\n", origin: "s.zq")
        let engine = RecordingEngine()
        let second = TestShell(engine: engine)
        #expect(second.run(".read \(folder.file("s.zq"))") == .success)
        #expect(engine.runs == ["show a in table", "show b in csv"])
        #expect(engine.format == .jsonl)
    }

    @Test func loadsAreSavedAndReplaceIsReplayed() {
        let folder = TemporaryFolder()
        folder.write("a.txt", "2024年全市城镇新增就业4.82万人。\n")
        folder.write("b c.txt", "2024年全市新增托育机构52家。\n")
        let shell = TestShell(engine: Session(graph: IndicatorGraph()))
        shell.context.transcript.recordLoad([folder.file("a.txt")], replacing: true)
        #expect(shell.run(".load \(folder.file("a.txt"))") == .success)
        #expect(shell.run(".load '\(folder.file("b c.txt"))' \(folder.file("missing.txt"))") == .failure)
        shell.run("list docs")
        #expect(shell.run(".load --replace \"\(folder.file("b c.txt"))\"") == .success)
        #expect(shell.engine.graph.documents.map(\.name) == ["b c.txt"])
        shell.run("list docs")
        shell.run(".save \(folder.file("s.zq"))")
        #expect(
            folder.read("s.zq") == """
                .load --replace \(folder.file("a.txt"))
                .load \(folder.file("a.txt"))
                .load "\(folder.file("b c.txt"))"
                list docs
                .load --replace "\(folder.file("b c.txt"))"
                list docs

                """)
        #expect(shell.run(".load") == .failure)
        #expect(shell.errors.text.hasSuffix("error: usage: .load [--replace] PATH…\n"))
    }

    @Test func aTargetThatFailsMidwayIsGivenUpWithItsReason() {
        let shell = TestShell()
        #expect(shell.run(".output /dev/full") == .success)
        shell.run("show a")
        #expect(shell.errors.text == "error: cannot write /dev/full: no space left on device\n")
        shell.run("show b")
        #expect(shell.output.text == "ran show b\n")
        #expect(shell.context.output.isStandard)
    }

    @Test func aFailureBeforeQuitStillSetsTheStatus() {
        let folder = TemporaryFolder()
        folder.write("inner.zq", "fail a\n.quit\n")
        let piped = TestShell()
        #expect(
            Repl(interpreter: piped.interpreter, reader: ScriptedReader(["fail a", ".quit"]), interactive: false).run()
                == 1)
        let reading = TestShell()
        let reader = ScriptedReader([".read \(folder.file("inner.zq"))", "show b"])
        #expect(Repl(interpreter: reading.interpreter, reader: reader, interactive: false).run() == 1)
        #expect(reading.output.text == "")
        let typed = TestShell()
        #expect(
            Repl(
                interpreter: typed.interpreter, reader: ScriptedReader([".read \(folder.file("inner.zq"))"]),
                interactive: true
            ).run() == 0)
    }

    @Test func ctrlCStopsAScript() {
        let engine = RecordingEngine()
        let shell = TestShell(engine: engine)
        // Ctrl-C comes while the first statement runs: the reader hears it before the second.
        var reads = 0
        let reader = TextReader("show a\nshow b\n") {
            reads += 1
            return reads > 1
        }
        #expect(Repl(interpreter: shell.interpreter, reader: reader, interactive: false).runEntries() == .failure)
        #expect(engine.executed == ["show a"])
    }
}
