import Foundation
import Testing

/// Scripts through the built binary: a script file, `.read` and standard input take the same
/// lines (statements and dot-commands) with the same results; `.echo`, `.save` and its replay,
/// `.output` and `.once` to devices and files; every diagnostic on lines of its own.
@Suite struct ScriptTests {
    /// A scratch folder, and `zhibiao` run in the package root (where Samples/ is the default
    /// corpus) with a home of its own, so no rc file or history of the user's is read.
    struct Run {
        let scratch: InputFileTests.Scratch

        init() throws {
            scratch = try InputFileTests.Scratch()
        }

        func file(_ name: String) -> String { scratch.path + "/" + name }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            try scratch.write(name, Array(text.utf8))
        }

        func read(_ name: String) -> String? {
            FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
        }

        func zhibiao(
            _ arguments: [String], input: String = ""
        ) throws -> (status: Int32, output: String, errors: String) {
            let binary = try #require(Built.binary, "the zhibiao binary is not built next to the tests")
            return try Built.run(
                binary, arguments, input: input,
                environment: ["PATH": "/usr/bin:/bin", "HOME": scratch.path, "TERM": "dumb"],
                directory: Built.packageRoot)
        }

        /// The answer of one statement on its own, in `format`.
        func answer(_ statement: String, format: String = "csv") throws -> String {
            let result = try zhibiao(["--format", format, "-e", statement])
            #expect(result.status == 0 && result.errors == "")
            return result.output
        }
    }

    /// `.output` to a file its user may not write is refused, names the file and the reason,
    /// and leaves the file as it was. Root may write any file, so as root the shell is run as
    /// the user nobody (setpriv), and the refusal is seen in CI as anywhere.
    @Test func aReadOnlyFileIsNotReplaced() throws {
        let run = try Run()
        let target = try run.write("ro.txt", "mine\n")
        // The folder is anyone's to write in, so the refusal is the file's own.
        chmod(run.scratch.path, 0o777)
        chmod(target, 0o444)
        let binary = try #require(Built.binary, "the zhibiao binary is not built next to the tests")
        let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", binary]
        let (program, arguments) = geteuid() == 0 ? (asNobody[0], Array(asNobody.dropFirst())) : (binary, [])
        let (status, output, errors) = try Built.run(
            program, arguments, input: ".output \(target)\nlist years\n",
            environment: ["PATH": "/usr/bin:/bin", "HOME": run.scratch.path, "TERM": "dumb", "ZHIBIAORC": "/dev/null"],
            directory: run.scratch.path)
        #expect(status == 1)
        #expect(errors.contains("error: cannot write \(target): permission denied\n"), "\(errors)")
        // The answer after the refusal still reaches standard output.
        #expect(output == "(no years)\n")
        #expect(run.read("ro.txt") == "mine\n")
    }

    /// `list years` in csv, from the sample corpus as the library loads it.
    static var yearsCSV: String {
        "year,observations\n"
            + Built.samples.byYear.keys.sorted().map { "\($0),\(Built.samples.byYear[$0]!.count)\n" }.joined()
    }

    @Test func aScriptStandardInputAndReadTakeTheSameLines() throws {
        let run = try Run()
        let text = ".mode csv\nlist years\n.mode jsonl\n-- a comment\nlist years\n"
        let script = try run.write("s.zq", text)
        let jsonl = Built.samples.byYear.keys.sorted().map {
            "{\"year\":\($0),\"observations\":\(Built.samples.byYear[$0]!.count)}\n"
        }.joined()
        let expected = Self.yearsCSV + jsonl
        for arguments in [[script], ["-e", ".read \(script)"], []] {
            let result = try run.zhibiao(arguments, input: arguments.isEmpty ? text : "")
            #expect(result.output == expected, "\(arguments)")
            #expect(result.errors == "", "\(arguments)")
            #expect(result.status == 0, "\(arguments)")
        }
    }

    @Test func echoPrintsEachEntryBeforeItsAnswer() throws {
        let run = try Run()
        try run.write("inner.zq", "list years\n")
        let lines = [
            ".echo on", "-- comments are not echoed", ".mode csv", "show all where", "  year = 1999",
            ".read \(run.file("inner.zq"))", "list nothing", ".echo off", "list years",
        ]
        let script = try run.write("echo.zq", lines.map { $0 + "\n" }.joined())
        let expected =
            ".mode csv\nshow all where\n  year = 1999\n" + (try run.answer("show all where year = 1999"))
            + ".read \(run.file("inner.zq"))\nlist years\n" + Self.yearsCSV + "list nothing\n.echo off\n"
            + Self.yearsCSV
        let viaFile = try run.zhibiao(["--keep-going", script])
        #expect(viaFile.output == expected)
        #expect(viaFile.status == 1)
        #expect(viaFile.errors.hasPrefix("\(script):7:6: error: cannot list 'nothing'"))
        let piped = try run.zhibiao([], input: lines.map { $0 + "\n" }.joined())
        #expect(piped.output == expected)
        #expect(piped.errors.hasPrefix("<stdin>:7:6: error: cannot list 'nothing'"))
    }

    @Test func aReplayOfASavedSessionAnswersAsTheSessionDid() throws {
        let run = try Run()
        let article = try run.write("extra.txt", InputFileTests.article)
        let saved = run.file("session.zq")
        let session = try run.zhibiao(
            [],
            input: """
                list years
                .mode csv
                show 托位 limit 3
                .load \(article)
                list docs
                show nonsense here
                .mode jsonl
                .docs
                compare childcare, eldercare
                .mode table
                .color off
                list years
                .save \(saved)

                """)
        #expect(session.status == 1)
        #expect(
            run.read("session.zq") == """
                list years
                .mode csv
                show 托位 limit 3
                .load \(article)
                list docs
                .mode jsonl
                compare childcare, eldercare
                .mode table
                .color off
                list years

                """)
        let replay = try run.zhibiao([saved])
        #expect(replay.status == 0)
        // `.docs` answers (a JSON object a document) but is not a statement, so it is the one
        // difference.
        let docs = session.output.split(separator: "\n").filter { $0.hasPrefix("{\"doc\":") }
        #expect(docs.count == 3)
        #expect(
            replay.output
                == session.output.split(separator: "\n").filter { !docs.contains($0) }.map { $0 + "\n" }.joined())
        #expect(replay.output.contains(",extra.txt,2024,"))
        #expect(
            session.errors.contains("<stdin>:6:15: error: expected 'where', 'order by', 'limit' or end of statement"))
    }

    @Test func aSessionOverLoadedArticlesIsReplayedOverThemAlone() throws {
        let run = try Run()
        let article = try run.write("extra.txt", InputFileTests.article)
        let saved = run.file("own.zq")
        let session = try run.zhibiao(["--load", article], input: "list docs\n.mode csv\nlist years\n.save \(saved)\n")
        #expect(session.status == 0)
        #expect(run.read("own.zq") == ".load --replace \(article)\nlist docs\n.mode csv\nlist years\n")
        let replay = try run.zhibiao([saved])
        #expect(replay.output == session.output)
        #expect(!replay.output.contains("changzhi"))
        let again = try run.zhibiao(["--load", article], input: "list docs\n.save \(saved)\n")
        #expect(again.errors.hasSuffix("error: \(saved) already exists; use .save \(saved) --force to overwrite it\n"))
        #expect(again.status == 1)
    }

    @Test func outputGoesToDevicesAndOnceReplacesAFile() throws {
        let run = try Run()
        try run.write("answer.txt", "an older answer\n")
        let script = try run.write(
            "out.zq",
            """
            .mode csv
            .output /dev/null
            list years
            .output /dev/stdout
            list years
            .output
            .once \(run.file("answer.txt"))
            list years
            .output /nonexistent/folder/out.txt
            list years

            """)
        let result = try run.zhibiao(["--keep-going", script])
        #expect(result.output == Self.yearsCSV + Self.yearsCSV)
        #expect(run.read("answer.txt") == Self.yearsCSV)
        #expect(result.errors == "error: cannot write /nonexistent/folder/out.txt: no such file or folder\n")
        #expect(result.status == 1)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: run.scratch.path).sorted() == ["answer.txt", "out.zq"])
    }

    @Test func outputGoesToANamedPipe() throws {
        let run = try Run()
        let fifo = run.file("answers")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader is there first, as the shell asks; the answer fits in the pipe's buffer.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        let script = try run.write("fifo.zq", ".mode csv\n.output \(fifo)\nlist years\n.output\nlist years\n")
        let result = try run.zhibiao([script])
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output == Self.yearsCSV)
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = read(reader, &bytes, bytes.count)
        #expect(String(decoding: bytes[0..<max(0, count)], as: UTF8.self) == Self.yearsCSV)
    }

    @Test func twoErrorsFromAScriptAreOnLinesOfTheirOwn() throws {
        let run = try Run()
        let script = try run.write("two.zq", "show 托位 wher year=2025\nlist years\nlist nothing\n.nosuch\n")
        let first = """
            \(script):1:11: error: expected 'where', 'order by', 'limit' or end of statement, found 'wher'
            show 托位 wher year=2025
                      ^~~~
            did you mean 'where'?

            """
        let rest = """
            \(script):3:6: error: cannot list 'nothing'; expected what to list (sectors, metrics, regions, years, docs or units)
            list nothing
                 ^~~~~~~
            error: unknown command .nosuch (.help lists the commands)

            """
        let keepGoing = try run.zhibiao(["--keep-going", "--format", "csv", script])
        #expect(keepGoing.errors == first + rest)
        #expect(keepGoing.output == Self.yearsCSV)
        #expect(keepGoing.status == 1)
        let stopping = try run.zhibiao(["--format", "csv", script])
        #expect(stopping.errors == first)
        #expect(stopping.output == "")
        #expect(stopping.status == 1)
        // Read from standard input, the same diagnostics name the file and its lines.
        let read = try run.zhibiao([], input: ".mode csv\n.read \(script)\n")
        #expect(read.errors == first + rest)
        #expect(read.output == Self.yearsCSV)
    }

    @Test func exitStatusesOfScripts() throws {
        let run = try Run()
        let good = try run.write("good.zq", ".mode csv\nlist years\n")
        #expect(try run.zhibiao([good]).status == 0)
        #expect(try run.zhibiao(["--format", "nope", good]).status == 2)
        let missing = try run.zhibiao([run.file("missing.zq"), good])
        #expect(missing.status == 3)
        #expect(missing.errors == "error: cannot read \(run.file("missing.zq")): no such file or folder\n")
        #expect(missing.output == "")
        let bad = try run.write("bad.zq", "list nothing\n")
        let failed = try run.zhibiao(["--keep-going", bad, good])
        #expect(failed.status == 1)
        #expect(failed.output == Self.yearsCSV)
    }
}
