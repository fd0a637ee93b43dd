import ArgumentParser
import ZhibiaoCore
import ZhibiaoShell
import ZhibiaoStore

/// `zhibiao export`: every observation, machine-readable, or a store of them.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print every observation as JSON Lines, CSV or JSON, or write a store.",
        discussion: """
            JSON Lines carries the keys: \(ObservationExport.keys.joined(separator: ", ")).

            With --format sqlite the first argument is the store to write (SQLite; see the README, \
            "The store"): made if new, else brought up to date with the articles, which are extracted \
            only where new or changed.

            `-` reads one article from standard input and prints what the export of a file \
            named by --name holding the same bytes prints (a map step for Spark, xargs or a \
            shell loop): cat a/b.txt | zhibiao export - --name a/b.txt. Empty input is an \
            error (exit 3), as an input that cannot be read is.
            """)

    /// What `export` writes: a machine format on standard output, or a store.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case jsonl, csv, json, sqlite
    }

    @Option(help: "jsonl, csv, json or sqlite.")
    var format: Format = .jsonl

    @Option(
        help: ArgumentHelp(
            "With -: the article's file name or path (the records' doc is its last part; a year it holds is the article's year when the text names none).",
            valueName: "path"))
    var name: String?

    @Flag(
        help: ArgumentHelp(
            "With -: many articles on standard input, each a line LENGTH NAME and then LENGTH bytes; JSON Lines only."))
    var framed = false

    @Argument(
        help:
            "Article files or folders (default: Samples/), or - for one article on standard input; with --format sqlite, the store file first."
    )
    var paths: [String] = []

    func validate() throws {
        if format == .sqlite && paths.isEmpty {
            throw ValidationError(
                "--format sqlite needs the store to write: zhibiao export --format sqlite FILE [PATH…]")
        }
        if format == .sqlite && paths.contains("-") {
            throw ValidationError("--format sqlite reads article files or folders, not standard input")
        }
        if paths.contains("-") && paths.count > 1 {
            throw ValidationError("- reads one article from standard input; give it alone, without other paths")
        }
        if name != nil && paths != ["-"] {
            throw ValidationError("--name names the article read from standard input; give - as the only path")
        }
        if framed && paths != ["-"] {
            throw ValidationError("--framed reads articles from standard input; give - as the only path")
        }
        if framed && name != nil {
            throw ValidationError("--framed articles are named in their headers, not by --name")
        }
        if framed && format != .jsonl {
            throw ValidationError("--framed writes JSON Lines only (one export per article, concatenated)")
        }
        if name?.split(separator: "/").isEmpty == true {
            throw ValidationError("--name needs a file name or path")
        }
    }

    mutating func run() throws {
        guard let machine = ObservationExport.MachineFormat(rawValue: format.rawValue) else {
            try exportStore(to: paths[0], from: Array(paths.dropFirst()))
            return
        }
        if framed {
            if !exportFramedArticles() { throw ExitCode(3) }
            return
        }
        let (graph, failed) = paths == ["-"] ? loadStandardInput(named: name) : loadGraph(paths)
        ObservationExport.write(graph, format: machine, threads: Loader.processorCount, to: writeOutput)
        // The process ends next: the graph is left for the system to take back whole, rather
        // than freed string by string (a twentieth of a large export's time).
        _ = Unmanaged.passRetained(graph)
        if failed { throw ExitCode(3) }
    }

    /// Exports each framed article on standard input as `zhibiao export - --name NAME` would,
    /// one after another (each in a graph of its own, so that its records are the same). An
    /// article that cannot be read is named and passed over; a broken frame ends the stream.
    /// False when anything could not be read.
    private func exportFramedArticles() -> Bool {
        var frames = ArticleFrames()
        let loader = Loader()
        var succeeded = true
        while true {
            let article: (name: String, bytes: [UInt8])
            do {
                guard let next = try frames.next() else { return succeeded }
                article = next
            } catch {
                printError("zhibiao: stdin: \(TerminalText.escape(error.message))")
                return false
            }
            let graph = IndicatorGraph()
            let label = "stdin (\(article.name))"
            let report = loader.load(bytes: article.bytes, path: article.name, into: graph)
            for warning in report.warnings {
                printError("zhibiao: warning: \(TerminalText.escape(label)): \(TerminalText.escape(warning.reason))")
            }
            for error in report.errors {
                printError("zhibiao: \(TerminalText.escape(label)): \(TerminalText.escape(error.reason))")
                succeeded = false
            }
            ObservationExport.write(graph, format: .jsonl, to: writeOutput)
        }
    }

    /// Loads the one article on standard input as the file `name` (default `stdin`) would load.
    /// Messages name standard input, with the name given, rather than a file that may not exist.
    private func loadStandardInput(named name: String?) -> (graph: IndicatorGraph, failed: Bool) {
        let graph = IndicatorGraph()
        let label = name.map { "stdin (\($0))" } ?? "stdin"
        let bytes: [UInt8]
        do {
            bytes = try SourceFiles.readStandardInput(label: label)
        } catch {
            printError("zhibiao: \(TerminalText.escape(error.description))")
            return (graph, true)
        }
        // Nothing at all on standard input is more likely a producer that failed than an
        // article, so it is not passed over as an empty file in a folder is.
        if bytes.isEmpty {
            printError("zhibiao: \(TerminalText.escape(label)): empty input (no article text)")
            return (graph, true)
        }
        let report = Loader().load(bytes: bytes, path: name ?? "stdin", into: graph)
        for warning in report.warnings {
            printError("zhibiao: warning: \(TerminalText.escape(label)): \(TerminalText.escape(warning.reason))")
        }
        for error in report.errors {
            printError("zhibiao: \(TerminalText.escape(label)): \(TerminalText.escape(error.reason))")
        }
        return (graph, !report.errors.isEmpty)
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
