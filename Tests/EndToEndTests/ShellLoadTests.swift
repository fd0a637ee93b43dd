import Foundation
import Testing
import ZhibiaoCore

/// The shell's loads through the real binary: many files on standard input and with `.load`,
/// and a start from a folder without Samples/.
@Suite(.serialized) struct ShellLoadTests {
    /// Runs the binary in `directory` with `input` on standard input; returns its exit status,
    /// standard output and standard error.
    static func run(
        _ arguments: [String], in directory: String, input: String = ""
    ) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = ExportScoreTests.binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let (stdin, out, err) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Standard error is read on another thread: a full pipe on either side would stall the
        // other.
        nonisolated(unsafe) var errors = Data()
        let reading = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errors = err.fileHandleForReading.readDataToEndOfFile()
            reading.signal()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self)
        )
    }

    /// `count` one-sentence articles in folders of 500, each stating one figure for 2024.
    static func writeCorpus(_ count: Int, in scratch: InputFileTests.Scratch) throws -> String {
        for i in 0..<count {
            try scratch.write(
                "corpus/\(i / 500)/article-\(i).txt", Array("2024年全市城镇新增就业\(1000 + i)人。\n".utf8))
        }
        return scratch.path + "/corpus"
    }

    static let files = 3000

    @Test func manyFilesLoadOnStandardInput() throws {
        let scratch = try InputFileTests.Scratch()
        let corpus = try Self.writeCorpus(Self.files, in: scratch)
        let (status, output, errors) = try Self.run(
            ["--load", corpus], in: scratch.path, input: "list years\n.mode csv\nlist docs\n")
        #expect(status == 0)
        #expect(errors == "")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.prefix(4) == [
                "year  observations", "────  ────────────", "2024          3000",
                "doc,key,name,year,sentences,observations",
            ])
        // Every file once, in the order of its folder and name.
        let docs = lines.dropFirst(4).filter { !$0.isEmpty }
        #expect(docs.count == Self.files)
        #expect(Set(docs.map { $0.split(separator: ",")[1] }).count == Self.files)
        #expect(Set(docs.map { $0.split(separator: ",")[2] }).count == Self.files)
        #expect(docs.first == "1,\(DocumentKey(articleText: "2024年全市城镇新增就业1000人。\n")),article-0.txt,2024,1,1")
    }

    @Test func manyFilesLoadWithTheLoadCommand() throws {
        let scratch = try InputFileTests.Scratch()
        let corpus = try Self.writeCorpus(Self.files, in: scratch)
        let (status, output, errors) = try Self.run(
            ["--load", corpus + "/0"], in: scratch.path, input: ".load \(corpus)\nlist years\n")
        #expect(status == 0)
        // The first folder is loaded at start; .load adds the others and skips it.
        let lines = errors.split(separator: "\n")
        #expect(lines.last == "loaded 2500 documents, 2500 observations; 3000 documents in all")
        let skipped = lines.dropLast()
        #expect(skipped.count == 500)
        #expect(
            skipped.allSatisfy {
                $0.hasPrefix("warning: \(corpus)/0/article-") && $0.hasSuffix(".txt: already loaded; skipped")
            })
        #expect(errors.hasSuffix("\n"))
        #expect(output == "year  observations\n────  ────────────\n2024          3000\n")
    }

    static let hint =
        "zhibiao: no articles loaded (no Samples/ here): .load PATH in the shell, or start with --load PATH\n"

    /// Started in a folder without Samples/: an empty graph, a hint, exit 0; what is loaded
    /// later is answered from.
    @Test func startsAnywhereOverAnEmptyGraph() throws {
        let scratch = try InputFileTests.Scratch()
        var run = try Self.run(["-e", "list years", "-e", "show all"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.output == "(no years)\n(no observations)\n")
        #expect(run.errors == Self.hint)

        run = try Self.run([], in: scratch.path, input: "list docs\n")
        #expect(run.status == 0)
        #expect(run.output == "(no documents loaded)\n")
        #expect(run.errors == Self.hint)

        try scratch.write("a.txt", Array(InputFileTests.article.utf8))
        run = try Self.run([], in: scratch.path, input: ".load a.txt\nlist years\n")
        #expect(run.status == 0)
        #expect(run.output == "year  observations\n────  ────────────\n2024             5\n")
        #expect(run.errors == Self.hint + "loaded 1 document, 5 observations; 1 document in all\n")

        // Given --load, no hint.
        run = try Self.run(["--load", "a.txt", "-e", "list years"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.output == "year  observations\n────  ────────────\n2024             5\n")
        #expect(run.errors == "")
    }
}

/// The shell in a terminal, started in a folder without Samples/.
@Suite(.serialized, .enabled(if: Built.tmux != nil, "tmux is not installed (run .ci/setup); terminal tests skipped"))
struct ShellAnywhereTerminalTests {
    @Test func startsWithAHintAndLoadsOnRequest() throws {
        let scratch = try InputFileTests.Scratch()
        try scratch.write("a.txt", Array(InputFileTests.article.utf8))
        let shell = try TerminalSession(
            environment: ["ZHIBIAO_HISTORY": scratch.path + "/history", "ZHIBIAORC": "/dev/null"],
            directory: scratch.path)
        var lines = try shell.wait { $0.last == "zhibiao>" }
        #expect(
            lines == [
                "zhibiao — 0 documents, 0 observations. .help for help.",
                "no articles loaded (no Samples/ here): .load PATH in the shell, or start with --load PATH",
                "zhibiao>",
            ])
        try shell.type(".load a.txt")
        try shell.press("Enter")
        lines = try shell.wait { $0.count == 5 && $0.last == "zhibiao>" }
        #expect(lines[3] == "loaded 1 document, 5 observations; 1 document in all")
        try shell.press("C-d")
        // tmux sometimes marks the pane dead without recording the status (see TerminalTests).
        let status = try shell.waitForExit()
        #expect(status == "0" || status == "", "status \(status ?? "nil")")
    }
}
