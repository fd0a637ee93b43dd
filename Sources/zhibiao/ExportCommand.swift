import ArgumentParser
import ZhibiaoCore
import ZhibiaoShell
import ZhibiaoStore

/// `zhibiao export`: every observation, machine-readable, or a store of them.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print every observation as JSON Lines, CSV or JSON, or write a store.",
        discussion: """
            JSON Lines carries the keys: \(ObservationExport.keys.joined(separator: ", ")). \
            With --format sqlite the first argument is the store to write (SQLite; see the README, \
            "The store"): made if new, else brought up to date with the articles, which are extracted \
            only where new or changed.
            """)

    /// What `export` writes: a machine format on standard output, or a store.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case jsonl, csv, json, sqlite
    }

    @Option(help: "jsonl, csv, json or sqlite.")
    var format: Format = .jsonl

    @Argument(help: "Article files or folders (default: Samples/); with --format sqlite, the store file first.")
    var paths: [String] = []

    mutating func validate() throws {
        if format == .sqlite && paths.isEmpty {
            throw ValidationError(
                "--format sqlite needs the store to write: zhibiao export --format sqlite FILE [PATH…]")
        }
    }

    mutating func run() throws {
        guard let machine = ObservationExport.MachineFormat(rawValue: format.rawValue) else {
            try exportStore(to: paths[0], from: Array(paths.dropFirst()))
            return
        }
        let (graph, failed) = loadGraph(paths)
        ObservationExport.write(graph, format: machine, to: writeOutput)
        if failed { throw ExitCode(3) }
    }

    /// Makes or updates the store at `file` from `articles` (Samples/ when none are named).
    private func exportStore(to file: String, from articles: [String]) throws {
        let store: Store
        do {
            store = try Store.open(file)
            let graph = try store.readGraph()
            // Without articles named: a new store takes the default corpus, a store that has
            // loaded some is brought up to date with them.
            let loaded = try store.loadedPaths()
            let adding = articles.isEmpty && loaded.isEmpty ? ["Samples"] : articles
            let update = try store.update(graph, adding: adding)
            for (path, reason) in update.reextracted {
                printError("zhibiao: extracted again: \(TerminalText.escape(path)) (\(TerminalText.escape(reason)))")
            }
            for (path, count) in update.removed {
                printError("zhibiao: removed: \(TerminalText.escape(path)) (its file is gone; \(count) observations)")
            }
            for warning in update.load.warnings {
                printError("zhibiao: warning: \(TerminalText.escape(warning.description))")
            }
            for error in update.load.errors { printError("zhibiao: \(TerminalText.escape(error.description))") }
            if !update.load.errors.isEmpty { throw ExitCode(3) }
        } catch let error as StoreError {
            printError("zhibiao: \(TerminalText.escape(error.description))")
            throw ExitCode(3)
        }
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
