import ZhibiaoCore

/// Settings the dot-commands change.
struct ShellSettings {
    var timer = false
    var bail = false
    var color = ColorMode.auto
    /// `.expanded`: when table answers are shown as records.
    var expanded = ExpandedMode.off
    /// `.pager`: when answers on the screen go through the pager.
    var pager = PagerMode.auto
}

/// The parts of a running shell that dot-commands and the statement runner share. Each part
/// keeps its own state; this only holds them together.
final class ShellContext {
    let engine: QueryEngine
    let output: OutputRouter
    let errors: TextSink
    var settings: ShellSettings
    /// Persistent history; nil when not interactive.
    let history: HistoryStore?
    /// The source of every statement that succeeded, in order, for `.save`.
    var transcript: [String] = []
    let stdoutIsTerminal: Bool
    let stderrIsTerminal: Bool
    let environment: (String) -> String?
    /// How many `.read` scripts are running inside one another.
    var scriptDepth = 0
    /// The terminal on standard output, if it is one: answers are fitted to it and paged.
    var screen: AnswerScreen?

    init(
        engine: QueryEngine, output: OutputRouter, errors: TextSink, settings: ShellSettings = ShellSettings(),
        history: HistoryStore? = nil, stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false,
        environment: @escaping (String) -> String? = Terminal.environment
    ) {
        self.engine = engine
        self.output = output
        self.errors = errors
        output.onError = { [errors] in errors.write("error: \($0)\n") }
        self.settings = settings
        self.history = history
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.environment = environment
    }

    /// Whether answers written now may be coloured: the colour policy, and only when they go
    /// to standard output.
    var colorEnabled: Bool {
        settings.color.isEnabled(stdoutIsTerminal: stdoutIsTerminal && output.isStandard, environment: environment)
    }

    func error(_ message: String) {
        errors.write("error: \(message)\n")
    }

    func note(_ message: String) {
        errors.write(message + "\n")
    }
}
