import ArgumentParser
import ZhibiaoShell

/// The interactive shell (the default subcommand).
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell", abstract: "Start the interactive shell (the default).")

    @Option(name: .long, parsing: .upToNextOption, help: "Articles (files or folders) to load instead of Samples/.")
    var load: [String] = []

    @Flag(name: .long, help: "Do not read ~/.zhibiaorc.")
    var norc = false

    mutating func run() throws {
        let status = Shell(options: ShellOptions(loadPaths: load.isEmpty ? ["Samples"] : load, readRC: !norc)).run()
        if status != 0 { throw ExitCode(status) }
    }
}
