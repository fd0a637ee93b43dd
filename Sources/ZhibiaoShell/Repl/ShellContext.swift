import ZhibiaoCore
import ZhibiaoStore

/// Settings the dot-commands change. `.show` lists them and `.save` replays them from the one
/// table in `SettingRow.all`: a new field needs a line there.
struct ShellSettings {
    var timer = false
    var bail = false
    var color = ColorMode.auto
    /// Print each entry of a script, `.read` or piped input before its answer.
    var echo = false
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
    /// The loads and the statements that succeeded, in order, for `.save`.
    var transcript = Transcript()
    let stdoutIsTerminal: Bool
    let stderrIsTerminal: Bool
    let environment: (String) -> String?
    /// How many `.read` scripts are running inside one another.
    var scriptDepth = 0
    /// Entries of scripts and piped input that failed: the exit status counts them even when
    /// a `.quit` follows, inside `.read` or not.
    var failedEntries = 0
    /// The terminal on standard output, if it is one: answers are fitted to it and paged.
    var screen: AnswerScreen?
    /// The store the graph is kept in (`--db`, `.open`): loads are written to it.
    var store: Store?

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

    /// Writes diagnostics rendered elsewhere, ending them with a newline if they lack one, so
    /// that the next message starts on a line of its own.
    func report(_ diagnostics: String) {
        guard !diagnostics.isEmpty else { return }
        errors.write(diagnostics.hasSuffix("\n") ? diagnostics : diagnostics + "\n")
    }

    func note(_ message: String) {
        errors.write(message + "\n")
    }
}
