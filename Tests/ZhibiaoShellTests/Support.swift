import Glibc
import ZhibiaoCore

@testable import ZhibiaoShell

/// An engine that runs nothing: it records statements, fails those starting with `fail` (and
/// `unended`, with a message lacking its newline), and treats a statement ending in `,` as
/// unfinished.
final class RecordingEngine: QueryEngine {
    let graph = IndicatorGraph()
    var format: OutputFormat = .table
    var color = false
    var width: Int?
    var expanded = ExpandedMode.off
    var vocabulary: Vocabulary { Vocabulary() }
    var lastChart: Chart?
    private(set) var executed: [String] = []
    /// The line of its input each statement started on.
    private(set) var lines: [Int] = []
    /// Each statement with the format it ran in (`show a in csv`).
    private(set) var runs: [String] = []

    func execute(_ source: String, origin: String, firstLine: Int, stopAtFirstError: Bool) -> ExecutionResult {
        executed.append(source)
        lines.append(firstLine)
        runs.append("\(source) in \(format.rawValue)")
        if source.hasPrefix("fail") {
            return ExecutionResult(errors: "\(origin): cannot run \(source)\n", succeeded: false)
        }
        // A diagnostic rendered without its final newline.
        if source.hasPrefix("unended") {
            return ExecutionResult(errors: "\(origin):\(firstLine): \(source)", succeeded: false)
        }
        return ExecutionResult(output: "ran \(source)\n", succeededStatements: [source])
    }

    func needsContinuation(_ source: String) -> Bool { source.hasSuffix(",") }
}

/// A shell without a terminal: answers and errors are collected in memory.
struct TestShell {
    let engine: QueryEngine
    let output = TextBuffer()
    let errors = TextBuffer()
    let context: ShellContext
    let interpreter: Interpreter

    init(engine: QueryEngine = RecordingEngine(), history: HistoryStore? = nil) {
        self.engine = engine
        context = ShellContext(
            engine: engine, output: OutputRouter(standard: output), errors: errors, history: history,
            environment: { _ in nil })
        interpreter = Interpreter(context: context)
    }

    /// Runs one line as the shell would from a script.
    @discardableResult
    func run(_ line: String) -> Outcome {
        interpreter.runScript(line + "\n", origin: "<test>")
    }
}

/// A fresh folder under /tmp, removed when the value is deinitialized.
final class TemporaryFolder {
    let path: String

    init() {
        var template = Array("/tmp/zhibiao-test-XXXXXX".utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    deinit {
        for entry in DirectoryEntry.list(path) {
            let child = path + "/" + entry.name
            if entry.isDirectory {
                chmod(child, 0o755)
                rmdir(child)
            } else {
                unlink(child)
            }
        }
        rmdir(path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ text: String) {
        let fd = open(file(name), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = FileSystem.writeAll(fd, Array(text.utf8))
        close(fd)
    }

    func read(_ name: String) -> String? {
        try? FileSystem.readText(file(name))
    }

    func mode(_ name: String) -> mode_t {
        var info = stat()
        stat(file(name), &info)
        return info.st_mode & 0o777
    }
}
