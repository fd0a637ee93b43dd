import ZhibiaoCore

/// Dot-commands that read or write files.
enum FileCommands {
    static let all = [load, read, save, output, once]

    static let load = DotCommand(
        name: "load", usage: ".load PATH…", summary: "Add articles (files, or folders of .txt files)",
        complete: .paths
    ) { call in
        guard !call.arguments.isEmpty else { return call.usageError() }
        let context = call.context
        let loader = CorpusLoader(errors: context.errors, showProgress: context.stderrIsTerminal)
        let report = loader.load(call.arguments, into: context.engine.graph)
        let total = context.engine.graph.documents.count
        context.note("loaded \(report.summary); \(total) document\(total == 1 ? "" : "s") in all")
        return report.errors.isEmpty ? .success : .failure
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
        summary: "Save the statements that succeeded as a script",
        complete: .paths
    ) { call in
        let force = call.arguments.contains("--force")
        let names = call.arguments.filter { $0 != "--force" }
        guard names.count == 1 else { return call.usageError() }
        let context = call.context
        guard !context.transcript.isEmpty else {
            context.error("nothing to save yet: no statement has succeeded in this session")
            return .failure
        }
        let script = context.transcript.map { $0 + "\n" }.joined()
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
        let count = context.transcript.count
        context.note("saved \(count) statement\(count == 1 ? "" : "s") to \(names[0])")
        return .success
    }

    static let output = DotCommand(
        name: "output", usage: ".output [FILE [--force]]", summary: "Send answers to FILE, or back to the screen",
        complete: .paths
    ) { call in
        switch call.arguments.filter({ $0 != "--force" }).count {
        case 0 where call.arguments.isEmpty:
            call.context.output.reset()
            return .success
        case 1:
            return redirect(call, once: false)
        default:
            return call.usageError()
        }
    }

    static let once = DotCommand(
        name: "once", usage: ".once FILE [--force]", summary: "Send the next answer to FILE", complete: .paths
    ) { call in
        guard call.arguments.filter({ $0 != "--force" }).count == 1 else { return call.usageError() }
        return redirect(call, once: true)
    }

    private static func redirect(_ call: Invocation, once: Bool) -> Outcome {
        do throws(FileError) {
            let name = call.arguments.first { $0 != "--force" }!
            try call.context.output.redirect(to: name, once: once, overwrite: call.arguments.contains("--force"))
            return .success
        } catch {
            call.context.error("cannot write \(error.path): \(error.reason)")
            return .failure
        }
    }
}
