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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A store (SQLite file) to open, or make: its articles are read without extracting them again.",
            valueName: "file"))
    var db: String?

    @Option(
        name: .customShort("e"),
        help: "Run a statement or dot-command, print its answer and exit (repeatable).")
    var statements: [String] = []

    @Option(help: "Output format for -e and scripts: table, csv, json, jsonl, markdown or line.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Run every statement of the scripts and -e even after one fails.")
    var keepGoing = false

    @Flag(name: .long, help: "Do not run ~/.zhibiaorc (or the file $ZHIBIAORC names) at start.")
    var norc = false

    @Argument(help: "Scripts (*.zq) of statements and dot-commands to run instead of starting the shell.")
    var scripts: [String] = []

    mutating func run() throws {
        // Samples/ is the default corpus only where it is: started anywhere else, the shell and
        // -e run over an empty graph (the installed binary is meant to be copied anywhere).
        let paths = load.isEmpty ? (defaultCorpusExists ? ["Samples"] : []) : load
        // The shell, -e and scripts are one code path: a script accepts what the prompt does.
        let options = ShellOptions(
            loadPaths: paths, readRC: !norc, format: format, statements: statements, scripts: scripts,
            keepGoing: keepGoing, loadPathsGiven: !load.isEmpty, databasePath: db)
        let status = Shell(options: options).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// Whether the folder the command runs in has the default corpus, `Samples/`.
    private var defaultCorpusExists: Bool {
        var info = stat()
        return stat("Samples", &info) == 0
    }
}
