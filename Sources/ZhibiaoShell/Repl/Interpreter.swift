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

    /// Runs one entry that starts on line `line` of `origin`.
    func run(_ entry: Entry, origin: String, line: Int = 1) -> Outcome {
        let generation = context.output.generation
        defer { context.output.answerFinished(since: generation) }
        switch entry {
        case .command(let text): return runCommand(text)
        case .statement(let source): return runStatement(source, origin: origin, line: line)
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

    func runStatement(_ source: String, origin: String, line: Int = 1) -> Outcome {
        let engine = context.engine
        let layout = context.layout
        engine.color = layout.color
        engine.width = layout.width
        engine.expanded = layout.expanded
        Interrupt.clear()
        let started = Clock.now()
        let result = engine.execute(source, origin: origin, firstLine: line, stopAtFirstError: context.settings.bail)
        let elapsed = Clock.now() - started
        // csv keeps article text as it is, for files and pipes; on a terminal its control
        // characters must not reach the screen.
        let onScreen = context.stdoutIsTerminal && context.output.isStandard && engine.format == .csv
        context.writeAnswer(onScreen ? TerminalText.escapeLines(result.output) : result.output)
        context.report(result.errors)
        if context.settings.timer { context.errors.write("time: \(Clock.milliseconds(elapsed)) ms\n") }
        context.transcript.recordStatements(result.succeededStatements, under: SettingRow.replayed(context))
        return result.succeeded ? .success : .failure
    }

    /// Runs a whole script (a file, `.read`, `-e`, the rc file) through the same loop as piped
    /// input. With `.bail on` it stops at the first failure; Ctrl-C stops it.
    @discardableResult
    func runScript(_ text: String, origin: String) -> Outcome {
        guard context.scriptDepth < 16 else {
            context.error("\(origin): scripts read one another too deeply (more than 16 levels)")
            return .failure
        }
        context.scriptDepth += 1
        defer { context.scriptDepth -= 1 }
        return Repl(interpreter: self, reader: TextReader(text), interactive: false, origin: origin).runEntries()
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
