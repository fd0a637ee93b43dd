import Glibc
import ZhibiaoCore
import ZhibiaoStore

/// The interactive shell: reads statements and dot-commands, runs them, prints answers.
///
/// Exit status (DESIGN §6): 0 success; 1 a statement, command or script failed (when not
/// interactive); 3 an article or script could not be read.
public struct Shell {
    public var options: ShellOptions

    public init(options: ShellOptions) {
        self.options = options
    }

    /// Runs until the user leaves (or the input, statements or scripts end); returns the
    /// process exit status.
    public func run() -> Int32 {
        let terminal = (
            input: Terminal.isTerminal(STDIN_FILENO), output: Terminal.isTerminal(STDOUT_FILENO),
            errors: Terminal.isTerminal(STDERR_FILENO)
        )
        let interactive = terminal.input && !options.isBatch
        let errors = FileDescriptorSink(fd: STDERR_FILENO)
        let session = Session(graph: IndicatorGraph())
        session.format = options.format
        var settings = ShellSettings()
        settings.color = options.color
        settings.bail = options.isBatch && !options.keepGoing
        let context = ShellContext(
            engine: session, output: OutputRouter(standard: FileDescriptorSink(fd: STDOUT_FILENO)),
            errors: errors, settings: settings, history: interactive ? openHistory(errors) : nil,
            stdoutIsTerminal: terminal.output, stderrIsTerminal: terminal.errors)
        if terminal.output { context.screen = AnswerScreen(pages: interactive) }
        let interpreter = Interpreter(context: context)
        // A file still receiving answers (.output) is moved into place when the shell ends.
        defer { context.output.reset() }
        if interactive {
            // Installed before the first load, so that Ctrl-C can cut a long load short.
            Interrupt.installHandler()
            session.isCancelled = { Interrupt.isRequested }
            // A pipe given to `.output` whose reader has gone is an error to report, not the
            // end of the session.
            signal(SIGPIPE, SIG_IGN)
        }

        let report: LoadReport
        if let databasePath = options.databasePath {
            guard let opened = openStore(databasePath, context: context, progress: interactive && terminal.errors)
            else {
                return 3
            }
            report = opened
        } else {
            report = CorpusLoader(errors: errors, showProgress: interactive && terminal.errors)
                .load(options.loadPaths, into: session.graph)
        }
        if let databasePath = options.databasePath {
            // The store holds what was loaded into it: a replay opens it.
            context.transcript.recordOpen(databasePath)
        } else if options.loadPathsGiven {
            context.transcript.recordLoad(options.loadPaths, replacing: true)
        }
        if interactive {
            let store = options.databasePath.map { TerminalText.escape($0) + ": " } ?? ""
            context.output.write("zhibiao — \(store)\(report.summary). .help for help.\n")
        }
        let nothingLoaded =
            options.databasePath == nil ? options.loadPaths.isEmpty : session.graph.documents.isEmpty
        if nothingLoaded {
            // On a terminal beside the banner; otherwise on standard error, where it cannot mix
            // with answers.
            if interactive {
                context.output.write(ShellOptions.emptyHint + "\n")
            } else {
                errors.write("zhibiao: \(ShellOptions.emptyHint)\n")
            }
        }
        // A script or -e answers the same on every machine: the rc file is for the shell.
        if !options.isBatch { runRC(interpreter) }
        let inputFailed = !report.errors.isEmpty
        if options.isBatch { return Batch(options: options, interpreter: interpreter).run(inputFailed: inputFailed) }

        let status = Repl(
            interpreter: interpreter, reader: makeReader(interactive, interpreter, terminal.output),
            interactive: interactive
        ).run()
        return !interactive && inputFailed ? 3 : status
    }

    /// Opens the store of `--db`, loading `--load`'s paths into it (or, for a new store
    /// without `--load`, the default corpus); nil, after saying why, when it cannot be opened.
    /// The report counts the documents and observations the shell starts with.
    private func openStore(_ path: String, context: ShellContext, progress: Bool) -> LoadReport? {
        let loader = StoreLoader(errors: context.errors, showProgress: progress)
        let graph = context.engine.graph
        do throws(StoreError) {
            var adding = options.loadPathsGiven ? options.loadPaths : []
            if adding.isEmpty, !FileSystem.exists(path) { adding = options.loadPaths }
            let (store, update) = try loader.open(path, adding: adding, into: graph)
            context.store = store
            var report = update.load
            report.documentsAdded = graph.documents.count
            report.observationsAdded = graph.observations.count
            return report
        } catch {
            context.errors.write("zhibiao: \(TerminalText.escape(error.description))\n")
            return nil
        }
    }

    private func openHistory(_ errors: TextSink) -> HistoryStore? {
        guard let path = options.historyPath ?? HistoryStore.defaultPath() else { return nil }
        return HistoryStore(path: path) { errors.write($0 + "\n") }
    }

    private func runRC(_ interpreter: Interpreter) {
        guard options.readRC, let path = options.resolvedRCPath(environment: Terminal.environment),
            FileSystem.exists(path)
        else { return }
        do throws(FileError) {
            _ = interpreter.runScript(try FileSystem.readText(path), origin: path)
        } catch {
            interpreter.context.errors.write("warning: cannot read \(error.path): \(error.reason)\n")
        }
    }

    private func makeReader(_ interactive: Bool, _ interpreter: Interpreter, _ stdoutIsTerminal: Bool) -> LineReader {
        guard interactive else { return PlainReader() }
        let context = interpreter.context
        let reader = LibEditReader(
            historyEntries: context.history?.entries ?? [], input: fdopen(STDIN_FILENO, "r"),
            output: fdopen(stdoutIsTerminal ? STDOUT_FILENO : STDERR_FILENO, "w")
        ) { prefix in
            CompletionEngine(vocabulary: context.engine.vocabulary, commands: interpreter.commands).complete(prefix)
        }
        return reader ?? PlainReader()
    }
}

/// `-e` statements and script files, run in order without reading input.
struct Batch {
    let options: ShellOptions
    let interpreter: Interpreter

    func run(inputFailed: Bool) -> Int32 {
        var unreadable = inputFailed
        let context = interpreter.context
        var sources = options.statements.map { (text: Optional($0), origin: "-e") }
        for path in options.scripts {
            do throws(FileError) {
                sources.append((try FileSystem.readText(path), path))
            } catch {
                context.error("cannot read \(error.path): \(error.reason)")
                sources.append((nil, path))
            }
        }
        for source in sources {
            guard let text = source.text else {
                unreadable = true
                if context.settings.bail { break } else { continue }
            }
            let outcome = interpreter.runScript(text, origin: source.origin)
            if outcome == .quit || (outcome == .failure && context.settings.bail) { break }
        }
        return unreadable ? 3 : context.failedEntries > 0 ? 1 : 0
    }
}
