/// What `.save` writes: the session's loads and the statements that succeeded, in the order
/// they ran, with a setting line (`.mode csv`) wherever a replayed setting changed between
/// statements. Replaying it from the defaults therefore answers every statement as the
/// session did, whatever was changed between them.
struct Transcript {
    /// The script's lines so far: `.load` lines, setting lines and statements.
    private(set) var lines: [String] = []
    private(set) var statementCount = 0
    /// The settings as the lines so far leave them, starting from a fresh shell's.
    private var settings: [Setting]

    init(defaults: [Setting] = SettingRow.defaults) {
        settings = defaults
    }

    /// A load, as the `.load` line that repeats it; `replacing` empties the graph first, for
    /// articles that took the place of the default corpus (`--load`).
    mutating func recordLoad(_ paths: [String], replacing: Bool) {
        let arguments = (replacing ? ["--replace"] : []) + paths.map(DotCommandLine.quoted)
        lines.append(([".load"] + arguments).joined(separator: " "))
    }

    /// A store opened (`.open`): a replay opens it too.
    mutating func recordOpen(_ path: String) {
        lines.append(".open " + DotCommandLine.quoted(path))
    }

    /// Statements that succeeded with the replayed settings `current` in force.
    mutating func recordStatements(_ sources: [String], under current: [Setting]) {
        guard !sources.isEmpty else { return }
        lines += changes(to: current)
        lines += sources
        statementCount += sources.count
    }

    /// The script, ending with the settings changed after the last statement, so that `.read`
    /// of it leaves a shell as this one is.
    func script(under current: [Setting]) -> String {
        var copy = self
        return (lines + copy.changes(to: current)).map { $0 + "\n" }.joined()
    }

    private mutating func changes(to current: [Setting]) -> [String] {
        let changed = current.filter { !settings.contains($0) }
        settings = current
        return changed.map(\.line)
    }
}

/// A replayed setting's name and value, written back as the dot-command that sets it.
struct Setting: Equatable, Sendable {
    var name: String
    var value: String

    var line: String { ".\(name) \(value)" }
}
