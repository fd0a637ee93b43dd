/// The read-run loop over a line reader: prompts (on a terminal), gathers continuation lines,
/// keeps history, runs entries, and decides the exit status.
struct Repl {
    static let prompt = "zhibiao> "
    static let continuationPrompt = "   ...> "

    let interpreter: Interpreter
    let reader: LineReader
    /// On a terminal: prompts, history, and Ctrl-C clears the line. Otherwise failures count
    /// towards the exit status and `.bail on` stops at the first one.
    let interactive: Bool
    var origin = "<stdin>"

    /// Runs until end of input or `.quit`; returns 0, or 1 when not interactive and a
    /// statement or command failed.
    func run() -> Int32 {
        var buffer = StatementBuffer()
        var failed = false
        let context = interpreter.context
        let engine = context.engine
        reading: while true {
            let prompt = interactive ? (buffer.isEmpty ? Self.prompt : Self.continuationPrompt) : ""
            let line: String?
            do {
                line = try reader.readLine(prompt: prompt)
            } catch {
                buffer.clear()
                continue
            }
            guard let line else {
                if interactive {
                    context.output.write("\n")
                } else if let entry = buffer.finish(), interpreter.run(entry, origin: origin) == .failure {
                    // An unfinished statement at the end of piped input still gets its error.
                    failed = true
                }
                break
            }
            // A line recalled from history may hold a whole multi-line statement.
            for part in line.split(separator: "\n", omittingEmptySubsequences: false) {
                guard let entry = buffer.add(String(part), needsContinuation: engine.needsContinuation) else {
                    continue
                }
                if interactive, let kept = context.history?.add(entry.text) { reader.remember(kept) }
                switch interpreter.run(entry, origin: origin) {
                case .quit:
                    break reading
                case .failure:
                    failed = true
                    if !interactive && context.settings.bail { break reading }
                case .success:
                    break
                }
            }
        }
        return interactive || !failed ? 0 : 1
    }
}
