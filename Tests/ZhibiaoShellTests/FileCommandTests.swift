import Glibc
import Testing
import ZhibiaoCore

@testable import ZhibiaoShell

@Suite struct FileCommandTests {
    @Test func saveWritesSuccessfulStatementsOnePerLine() {
        let folder = TemporaryFolder()
        let shell = TestShell()
        shell.run("show employment")
        shell.run("fail here")
        shell.interpreter.runScript("compare employment,\nchildcare\n", origin: "<test>")
        #expect(shell.run(".save \(folder.file("s.zq"))") == .success)
        #expect(folder.read("s.zq") == "show employment\ncompare employment,\nchildcare\n")
        #expect(shell.errors.text.hasSuffix("saved 2 statements to \(folder.file("s.zq"))\n"))
    }

    @Test func saveNeverOverwritesWithoutForce() {
        let folder = TemporaryFolder()
        folder.write("s.zq", "precious\n")
        let shell = TestShell()
        shell.run("show employment")
        #expect(shell.run(".save \(folder.file("s.zq"))") == .failure)
        #expect(
            shell.errors.take()
                == "error: \(folder.file("s.zq")) already exists; use .save \(folder.file("s.zq")) --force to overwrite it\n"
        )
        #expect(folder.read("s.zq") == "precious\n")
        #expect(shell.run(".save \(folder.file("s.zq")) --force") == .success)
        #expect(folder.read("s.zq") == "show employment\n")
        #expect(DirectoryEntry.list(folder.path).map(\.name) == ["s.zq"])
    }

    @Test func saveWithNothingToSave() {
        let shell = TestShell()
        #expect(shell.run(".save /tmp/never-written.zq") == .failure)
        #expect(shell.errors.text == "error: nothing to save yet: no statement has succeeded in this session\n")
    }

    @Test func saveThenReadRunsTheSameStatements() {
        let folder = TemporaryFolder()
        let first = TestShell()
        first.run("show employment where year=2025")
        first.interpreter.runScript("compare employment,\nchildcare\n", origin: "<test>")
        first.run(".save \(folder.file("round.zq"))")
        let engine = RecordingEngine()
        let second = TestShell(engine: engine)
        #expect(second.run(".read \(folder.file("round.zq"))") == .success)
        #expect(engine.executed == ["show employment where year=2025", "compare employment,\nchildcare"])
        #expect(second.output.text == "ran show employment where year=2025\nran compare employment,\nchildcare\n")
    }

    @Test func readStopsAtTheFirstErrorWithBail() {
        let folder = TemporaryFolder()
        folder.write("s.zq", "show a\nfail b\nshow c\n")
        let keepGoing = TestShell()
        #expect(keepGoing.run(".read \(folder.file("s.zq"))") == .failure)
        #expect(keepGoing.output.text == "ran show a\nran show c\n")
        #expect(keepGoing.errors.text == "\(folder.file("s.zq")): cannot run fail b\n")
        let bailing = TestShell()
        bailing.run(".bail on")
        #expect(bailing.run(".read \(folder.file("s.zq"))") == .failure)
        #expect(bailing.output.text == "ran show a\n")
    }

    @Test func readOfItselfStopsAtTheNestingLimit() {
        let folder = TemporaryFolder()
        folder.write("loop.zq", ".read \(folder.file("loop.zq"))\n")
        let shell = TestShell()
        #expect(shell.run(".read \(folder.file("loop.zq"))") == .failure)
        #expect(shell.errors.text.hasPrefix("error: \(folder.file("loop.zq")): scripts read one another too deeply"))
    }

    @Test func outputAndOnceRedirectAnswers() {
        let folder = TemporaryFolder()
        let shell = TestShell()
        shell.run(".once \(folder.file("once.txt"))")
        shell.run("show a")
        shell.run("show b")
        shell.run(".output \(folder.file("all.txt"))")
        shell.run("show c")
        shell.run(".mode")
        shell.run(".output")
        shell.run("show d")
        #expect(folder.read("once.txt") == "ran show a\n")
        #expect(folder.read("all.txt") == "ran show c\ntable\n")
        #expect(shell.output.text == "ran show b\nran show d\n")
    }

    @Test func outputReplacesAFileAndItAppearsWhole() {
        let folder = TemporaryFolder()
        folder.write("kept.txt", "mine\n")
        chmod(folder.file("kept.txt"), 0o600)
        let shell = TestShell()
        #expect(shell.run(".output \(folder.file("kept.txt"))") == .success)
        shell.run("show a")
        #expect(folder.read("kept.txt") == "mine\n")  // written beside its name until the redirection ends
        shell.run(".output")
        #expect(folder.read("kept.txt") == "ran show a\n")
        #expect(folder.mode("kept.txt") == 0o600)
        #expect(shell.run(".once \(folder.file("kept.txt"))") == .success)
        shell.run("show b")
        #expect(folder.read("kept.txt") == "ran show b\n")
        #expect(DirectoryEntry.list(folder.path).map(\.name) == ["kept.txt"])
        #expect(shell.errors.text == "")
    }

    @Test func outputThroughALinkReplacesTheFileItPointsTo() {
        let folder = TemporaryFolder()
        folder.write("real.txt", "old\n")
        symlink(folder.file("real.txt"), folder.file("link.txt"))
        let shell = TestShell()
        shell.run(".once \(folder.file("link.txt"))")
        shell.run("show a")
        #expect(folder.read("real.txt") == "ran show a\n")
        var info = stat()
        #expect(lstat(folder.file("link.txt"), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        unlink(folder.file("link.txt"))
    }

    @Test func outputToDevicesAndPipes() throws {
        let shell = TestShell()
        #expect(shell.run(".output /dev/null") == .success)
        shell.run("show a")
        shell.run(".show")
        #expect(shell.run(".output") == .success)
        shell.run("show b")
        #expect(shell.output.text == "ran show b\n")
        let folder = TemporaryFolder()
        #expect(mkfifo(folder.file("pipe"), 0o600) == 0)
        #expect(shell.run(".output \(folder.file("pipe"))") == .failure)
        #expect(
            shell.errors.take()
                == "error: cannot write \(folder.file("pipe")): nothing reads from this pipe; start its reader first\n")
        let reader = open(folder.file("pipe"), O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        #expect(shell.run(".once \(folder.file("pipe"))") == .success)
        shell.run("show c")
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &bytes, bytes.count)
        #expect(String(decoding: bytes[0..<max(0, count)], as: UTF8.self) == "ran show c\n")
        #expect(shell.run(".output \(folder.path)") == .failure)
        #expect(shell.errors.take() == "error: cannot write \(folder.path): is a folder\n")
        #expect(shell.run(".output a b") == .failure)
        #expect(shell.errors.take() == "error: usage: .output [FILE]\n")
        shell.run("show d")
        #expect(shell.output.text == "ran show b\nran show d\n")
    }

    @Test func unwritableOutputKeepsTheCurrentDestination() {
        let shell = TestShell()
        #expect(shell.run(".output /nonexistent/out.txt") == .failure)
        #expect(shell.errors.text == "error: cannot write /nonexistent/out.txt: no such file or folder\n")
        shell.run("show a")
        #expect(shell.output.text == "ran show a\n")
    }

    @Test func loadAddsDocumentsAndAFailedLoadKeepsThem() {
        let folder = TemporaryFolder()
        folder.write("a.txt", "今天是晴天。\n")
        let shell = TestShell(engine: Session(graph: IndicatorGraph()))
        #expect(shell.run(".load \(folder.file("a.txt"))") == .success)
        #expect(shell.errors.take() == "loaded 1 document, 0 observations; 1 document in all\n")
        #expect(shell.run(".load \(folder.file("missing.txt")) \(folder.file("a.txt"))") == .failure)
        #expect(
            shell.errors.text == """
                error: \(folder.file("missing.txt")): no such file or folder
                warning: \(folder.file("a.txt")): already loaded; skipped
                loaded 0 documents, 0 observations; 1 document in all

                """)
        #expect(shell.engine.graph.documents.map(\.name) == ["a.txt"])
    }
}
