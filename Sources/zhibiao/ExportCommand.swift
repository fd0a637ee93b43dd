import ArgumentParser
import ZhibiaoCore
import ZhibiaoShell

/// `zhibiao export`: every observation, machine-readable.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print every observation as JSON Lines, CSV or JSON.",
        discussion: "JSON Lines carries the keys: \(ObservationExport.keys.joined(separator: ", ")).")

    @Option(help: "jsonl, csv or json.")
    var format: ObservationExport.MachineFormat = .jsonl

    @Argument(help: "Article files or folders (default: Samples/).")
    var paths: [String] = []

    mutating func run() throws {
        let (graph, failed) = loadGraph(paths)
        ObservationExport.write(graph, format: format, to: writeOutput)
        if failed { throw ExitCode(3) }
    }
}

/// `zhibiao check`: the findings of the `check` statement.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Report conflicting, implausible and repeated figures.")

    @Option(help: "table, csv, json, jsonl, markdown or line.")
    var format: OutputFormat = .table

    @Argument(help: "Article files or folders (default: Samples/).")
    var paths: [String] = []

    mutating func run() throws {
        let (graph, failed) = loadGraph(paths)
        let session = Session(graph: graph)
        session.format = format
        session.width = Terminal.answerWidth
        let result = session.execute("check", origin: "check")
        writeOutput(result.output)
        if !result.errors.isEmpty { printError(result.errors, newline: false) }
        if failed { throw ExitCode(3) }
        if !result.succeeded { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension ObservationExport.MachineFormat: ExpressibleByArgument {}
