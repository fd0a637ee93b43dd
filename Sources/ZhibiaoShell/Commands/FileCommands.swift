import ZhibiaoCore
import ZhibiaoStore

/// Dot-commands that read or write files.
enum FileCommands {
    static let all = [load, open, read, save, output, once]

    static let load = DotCommand(
        name: "load", usage: ".load [--replace] PATH…",
        summary: "Add articles (files or folders of .txt); --replace: drop the others",
        complete: .paths
    ) { call in
        let replacing = call.arguments.first == "--replace"
        let paths = Array(call.arguments.dropFirst(replacing ? 1 : 0))
        guard !paths.isEmpty || replacing else { return call.usageError() }
        let context = call.context
        let graph = context.engine.graph
        let before = graph.documents.count
        let report: LoadReport
        if let store = context.store {
            // Into the store as well: new articles are added, changed ones extracted again.
            let loader = StoreLoader(errors: context.errors, showProgress: context.stderrIsTerminal)
            do throws(StoreError) {
                report = try loader.load(paths, replacing: replacing, store: store, graph: graph).load
            } catch {
                context.error(TerminalText.escape(error.description))
                return .failure
            }
        } else {
            if replacing { graph.removeAll() }
            let loader = CorpusLoader(errors: context.errors, showProgress: context.stderrIsTerminal)
            report = loader.load(paths, into: graph)
        }
        let total = graph.documents.count
        context.note("loaded \(report.summary); \(total) document\(total == 1 ? "" : "s") in all")
        // A replay loads what this load did: the paths as given, or only the files that loaded.
        let loaded = report.errors.isEmpty ? paths : graph.documents[before...].map(\.path)
        if replacing || !loaded.isEmpty { context.transcript.recordLoad(loaded, replacing: replacing) }
        return report.errors.isEmpty ? .success : .failure
    }

    static let open = DotCommand(
        name: "open", usage: ".open FILE",
        summary: "Open a store (SQLite), or make one: its articles instead of these",
        complete: .paths
    ) { call in
        guard call.arguments.count == 1 else { return call.usageError() }
        let context = call.context
        let path = FileSystem.expandTilde(call.arguments[0])
        let loader = StoreLoader(errors: context.errors, showProgress: context.stderrIsTerminal)
        do throws(StoreError) {
            // The session's graph is replaced only once the store is read whole.
            let (store, update) = try loader.open(path, adding: [], into: context.engine.graph)
            context.store = store
            context.transcript.recordOpen(call.arguments[0])
            let graph = context.engine.graph
            let documents = graph.documents.count
            let observations = graph.observations.count
            let extracted = update.extracted
            context.note(
                "opened \(TerminalText.escape(call.arguments[0])): \(documents) document\(documents == 1 ? "" : "s"), "
                    + "\(observations) observation\(observations == 1 ? "" : "s")"
                    + (extracted > 0 ? "; \(extracted) extracted" : ""))
            return update.load.errors.isEmpty ? .success : .failure
        } catch {
            context.error(TerminalText.escape(error.description))
            return .failure
        }
    }

    static let read = DotCommand(
        name: "read", usage: ".read FILE", summary: "Run the statements and commands in FILE",
        complete: .paths
    ) { call in
        guard call.arguments.count == 1 else { return call.usageError() }
        let path = call.arguments[0]
        do throws(FileError) {
            let text = try FileSystem.readText(FileSystem.expandTilde(path))
            return call.interpreter.runScript(text, origin: path)
        } catch {
            call.context.error("cannot read \(error.path): \(error.reason)")
            return .failure
        }
    }

    static let save = DotCommand(
        name: "save", usage: ".save FILE [--force]",
        summary: "Save the loads, settings and statements, to replay them",
        complete: .paths
    ) { call in
        let force = call.arguments.contains("--force")
        let names = call.arguments.filter { $0 != "--force" }
        guard names.count == 1 else { return call.usageError() }
        let context = call.context
        let script = context.transcript.script(under: SettingRow.replayed(context))
        guard !script.isEmpty else {
            context.error("nothing to save yet: no statement has succeeded in this session")
            return .failure
        }
        do throws(FileError) {
            try FileSystem.writeAtomically(
                Array(script.utf8), to: FileSystem.expandTilde(names[0]), overwrite: force)
        } catch  where error.reason == "already exists" {
            context.error("\(names[0]) already exists; use .save \(names[0]) --force to overwrite it")
            return .failure
        } catch {
            context.error("cannot write \(names[0]): \(error.reason)")
            return .failure
        }
        let count = context.transcript.statementCount
        context.note("saved \(count) statement\(count == 1 ? "" : "s") to \(names[0])")
        return .success
    }

    static let output = DotCommand(
        name: "output", usage: ".output [FILE]",
        summary: "Send answers to FILE, a device or a pipe (none: the screen)",
        complete: .paths
    ) { call in
        switch call.arguments.count {
        case 0:
            call.context.output.reset()
            return .success
        case 1:
            return redirect(call, once: false)
        default:
            return call.usageError()
        }
    }

    static let once = DotCommand(
        name: "once", usage: ".once FILE", summary: "Send the next answer to FILE", complete: .paths
    ) { call in
        guard call.arguments.count == 1 else { return call.usageError() }
        return redirect(call, once: true)
    }

    private static func redirect(_ call: Invocation, once: Bool) -> Outcome {
        do throws(FileError) {
            try call.context.output.redirect(to: call.arguments[0], once: once)
            return .success
        } catch {
            call.context.error("cannot write \(error.path): \(error.reason)")
            return .failure
        }
    }
}
