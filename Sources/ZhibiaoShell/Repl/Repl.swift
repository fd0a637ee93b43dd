import ZhibiaoCore

/// The one loop that runs input, whatever it comes from: typed at the prompt, piped, a script
/// file, `-e`, `.read`, the rc file. It gathers continuation lines, keeps history (on a
/// terminal), echoes entries (`.echo on`), runs them, and stops where `.bail` says.
struct Repl {
    static let prompt = "zhibiao> "
    static let continuationPrompt = "   ...> "

    let interpreter: Interpreter
    let reader: LineReader
    /// On a terminal: prompts, history, and Ctrl-C clears the line. Otherwise failures count
    /// towards the exit status, `.bail on` stops at the first one, Ctrl-C stops the input,
    /// `.echo on` prints each entry, and diagnostics name the line of the input.
    let interactive: Bool
    var origin = "<stdin>"

    /// Runs until end of input or `.quit`; returns 0, or 1 when not interactive and a
    /// statement or command failed (in a `.read` file too).
    func run() -> Int32 {
        let before = interpreter.context.failedEntries
        _ = runEntries()
        return !interactive && interpreter.context.failedEntries > before ? 1 : 0
    }

    /// Runs every entry of the input: `.quit` when one asked to leave, `.failure` when (not
    /// interactive) one failed.
    func runEntries() -> Outcome {
        var buffer = StatementBuffer()
        var failed = false
        var lineNumber = 0
        var entryLine = 1
        let context = interpreter.context
        let engine = context.engine
        while true {
            let prompt = interactive ? (buffer.isEmpty ? Self.prompt : Self.continuationPrompt) : ""
            let line: String?
            do {
                line = try reader.readLine(prompt: prompt)
            } catch {
                guard interactive else { return .failure }
                buffer.clear()
                continue
            }
            guard let line else {
                if interactive {
                    context.output.write("\n")
                } else if let entry = buffer.finish(), run(entry, line: entryLine) == .failure {
                    // An unfinished statement at the end of the input still gets its error.
                    failed = true
                    context.failedEntries += 1
                }
                break
            }
            // A line recalled from history may hold a whole multi-line statement.
            for part in line.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                if buffer.isEmpty { entryLine = lineNumber }
                guard let entry = buffer.add(String(part), needsContinuation: engine.needsContinuation) else {
                    continue
                }
                if interactive, let kept = context.history?.add(entry.text) { reader.remember(kept) }
                switch run(entry, line: entryLine) {
                case .quit:
                    return .quit
                case .failure where !interactive:
                    failed = true
                    context.failedEntries += 1
                    if context.settings.bail { return .failure }
                case .failure, .success:
                    break
                }
            }
        }
        return failed ? .failure : .success
    }

    private func run(_ entry: Entry, line: Int) -> Outcome {
        let context = interpreter.context
        if !interactive && context.settings.echo {
            let onScreen = context.stdoutIsTerminal && context.output.isStandard
            context.output.write((onScreen ? TerminalText.escapeLines(entry.text) : entry.text) + "\n")
        }
        // Typed entries are each their own text; an entry of a file or pipe is named by its line.
        return interpreter.run(entry, origin: origin, line: interactive ? 1 : line)
    }
}
