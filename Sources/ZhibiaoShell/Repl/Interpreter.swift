import Glibc
import ZhibiaoCore

/// Runs entries — typed, from a script, from the rc file — as dot-commands or statements, and
/// sends their answers and errors where they belong.
final class Interpreter {
    let context: ShellContext
    let commands: [DotCommand]

    init(context: ShellContext, commands: [DotCommand] = DotCommand.all) {
        self.context = context
        self.commands = commands
    }

    func run(_ entry: Entry, origin: String) -> Outcome {
        let generation = context.output.generation
        defer { context.output.answerFinished(since: generation) }
        switch entry {
        case .command(let line): return runCommand(line)
        case .statement(let source): return runStatement(source, origin: origin)
        }
    }

    func runCommand(_ line: String) -> Outcome {
        let (name, arguments) = DotCommandLine.parse(line)
        switch DotCommandLine.lookup(name, in: commands) {
        case .success(let command):
            return command.run(Invocation(command: command, arguments: arguments, interpreter: self))
        case .failure(let failure):
            context.error(failure.message)
            return .failure
        }
    }

    func runStatement(_ source: String, origin: String) -> Outcome {
        let engine = context.engine
        let layout = context.layout
        engine.color = layout.color
        engine.width = layout.width
        engine.expanded = layout.expanded
        Interrupt.clear()
        let started = Clock.now()
        let result = engine.execute(source, origin: origin)
        let elapsed = Clock.now() - started
        // csv keeps article text as it is, for files and pipes; on a terminal its control
        // characters must not reach the screen.
        let onScreen = context.stdoutIsTerminal && context.output.isStandard && engine.format == .csv
        context.writeAnswer(onScreen ? TerminalText.escapeLines(result.output) : result.output)
        context.errors.write(result.errors)
        if context.settings.timer { context.errors.write("time: \(Clock.milliseconds(elapsed)) ms\n") }
        context.transcript += result.succeededStatements
        return result.succeeded ? .success : .failure
    }

    /// Runs a whole script. With `.bail on` it stops at the first failure; Ctrl-C stops it.
    func runScript(_ text: String, origin: String) -> Outcome {
        guard context.scriptDepth < 16 else {
            context.error("\(origin): scripts read one another too deeply (more than 16 levels)")
            return .failure
        }
        context.scriptDepth += 1
        defer { context.scriptDepth -= 1 }
        var buffer = StatementBuffer()
        var failed = false
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        let engine = context.engine
        for line in lines {
            guard !Interrupt.isRequested else { return .failure }
            let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
            guard let entry = buffer.add(line, needsContinuation: engine.needsContinuation) else { continue }
            switch run(entry, origin: origin) {
            case .quit: return .quit
            case .failure:
                failed = true
                if context.settings.bail { return .failure }
            case .success: break
            }
        }
        if let entry = buffer.finish(), run(entry, origin: origin) == .failure { failed = true }
        return failed ? .failure : .success
    }
}

/// Monotonic time for `.timer`.
enum Clock {
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Nanoseconds as milliseconds with three decimals: `12.345`.
    static func milliseconds(_ nanoseconds: Int64) -> String {
        let micros = (nanoseconds + 500) / 1000
        let fraction = String(micros % 1000)
        return "\(micros / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
