import ArgumentParser
import ZhibiaoCore
import ZhibiaoShell

/// The `zhibiao` command: the shell by default, `export` and `check` for batch use.
struct Zhibiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhibiao",
        abstract: "Query the statistical indicators of Chinese government articles.",
        discussion: """
            With no arguments, starts the interactive shell over Samples/ (over an empty graph where \
            the current folder has no Samples/). Exit status: 0 success, \
            1 a statement or script failed, 2 usage error, 3 an input could not be read.
            """,
        subcommands: [ShellCommand.self, ExportCommand.self, CheckCommand.self, ExplainCommand.self],
        defaultSubcommand: ShellCommand.self
    )
}

/// Loads articles into a new graph, printing what could not be read; `failed` when a file could
/// not be loaded, for the caller to exit 3 after using what was.
func loadGraph(_ paths: [String]) -> (graph: IndicatorGraph, failed: Bool) {
    let graph = IndicatorGraph()
    let report = Loader().load(paths.isEmpty ? ["Samples"] : paths, into: graph)
    for warning in report.warnings { printError("zhibiao: warning: \(TerminalText.escape(warning.description))") }
    for error in report.errors { printError("zhibiao: \(TerminalText.escape(error.description))") }
    return (graph, !report.errors.isEmpty)
}
