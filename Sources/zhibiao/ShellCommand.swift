import ArgumentParser
import Glibc
import ZhibiaoCore
import ZhibiaoShell

/// The default command: the interactive shell, or with `-e` or script files, a batch run.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell", abstract: "Start the interactive shell (the default), or run statements and scripts.")

    @Option(name: .long, parsing: .upToNextOption, help: "Articles (files or folders) to load instead of Samples/.")
    var load: [String] = []

    @Option(name: .customShort("e"), help: "Run a statement, print its answer and exit (repeatable).")
    var statements: [String] = []

    @Option(help: "Output format for -e and scripts: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Run every statement of a script even after one fails.")
    var keepGoing = false

    @Flag(name: .long, help: "Do not read ~/.zhibiaorc.")
    var norc = false

    @Argument(help: "Query scripts (*.zq) to run instead of starting the shell.")
    var scripts: [String] = []

    mutating func run() throws {
        // Samples/ is the default corpus only where it is: started anywhere else, the shell and
        // -e run over an empty graph (the installed binary is meant to be copied anywhere).
        let paths = load.isEmpty ? (defaultCorpusExists ? ["Samples"] : []) : load
        if statements.isEmpty && scripts.isEmpty {
            let status = Shell(options: ShellOptions(loadPaths: paths, readRC: !norc, format: format)).run()
            if status != 0 { throw ExitCode(status) }
            return
        }
        // What loaded is still queried; an unreadable input makes the exit status 3 afterwards.
        let (graph, loadFailed) = paths.isEmpty ? (IndicatorGraph(), false) : loadGraph(paths)
        if paths.isEmpty { printError("zhibiao: \(ShellOptions.emptyHint)") }
        let session = Session(graph: graph)
        session.format = format
        var failed = false
        for statement in statements {
            failed = !report(session.execute(statement, origin: "-e")) || failed
        }
        for script in scripts {
            let text: String
            do {
                text = try Decoder.decode(try SourceFiles.read(script)).text
            } catch let error as InputError {
                printError("zhibiao: \(TerminalText.escape(error.description))")
                throw ExitCode(3)
            } catch let error as Decoder.Failure {
                printError("zhibiao: \(TerminalText.escape(script)): \(Loader.reason(error))")
                throw ExitCode(3)
            }
            let ok = report(session.execute(text, origin: script, stopAtFirstError: !keepGoing))
            failed = !ok || failed
            if !ok && !keepGoing { break }
        }
        if loadFailed { throw ExitCode(3) }
        if failed { throw ExitCode(1) }
    }

    private var defaultCorpusExists: Bool {
        var info = stat()
        return stat("Samples", &info) == 0
    }

    private func report(_ result: ExecutionResult) -> Bool {
        writeOutput(result.output)
        if !result.errors.isEmpty { printError(result.errors, newline: false) }
        return result.succeeded
    }
}
