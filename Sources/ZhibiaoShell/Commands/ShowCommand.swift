import ZhibiaoCore

/// One line of `.show`: a setting's name and how to read its current value. Rows with a
/// `replayedDefault` are also written by `.save` (as `.NAME VALUE`) where they differ from it.
struct SettingRow: Sendable {
    var name: String
    /// The value in a fresh shell; nil for facts of this session that a replay does not set
    /// (where answers go, the history file).
    var replayedDefault: String?
    var value: @Sendable (ShellContext) -> String

    /// Every row, in the order `.show` lists them. A new field of `ShellSettings` is one line.
    static let all: [SettingRow] = [
        SettingRow(name: "mode", replayedDefault: OutputFormat.table.rawValue) { $0.engine.format.rawValue },
        SettingRow(name: "output") { $0.output.destination },
        setting("timer", \.timer),
        // Only successful statements are saved, so whether a failure stops the replay is the
        // replay's own choice (`--keep-going`).
        setting("bail", \.bail, replayed: false),
        setting("color", \.color),
        setting("echo", \.echo),
        setting("expanded", \.expanded),
        setting("pager", \.pager),
        SettingRow(name: "history") { $0.history?.path ?? "off" },
    ]

    /// The replayed settings of a fresh shell.
    static var defaults: [Setting] {
        all.compactMap { row in row.replayedDefault.map { Setting(name: row.name, value: $0) } }
    }

    /// The replayed settings as they are now in `context`.
    static func replayed(_ context: ShellContext) -> [Setting] {
        all.filter { $0.replayedDefault != nil }.map { Setting(name: $0.name, value: $0.value(context)) }
    }

    /// A switch of `ShellSettings`, shown as `on` or `off`.
    static func setting(
        _ name: String, _ keyPath: KeyPath<ShellSettings, Bool> & Sendable, replayed: Bool = true
    ) -> SettingRow {
        let text: @Sendable (Bool) -> String = { $0 ? "on" : "off" }
        return SettingRow(name: name, replayedDefault: replayed ? text(ShellSettings()[keyPath: keyPath]) : nil) {
            text($0.settings[keyPath: keyPath])
        }
    }

    /// A setting of `ShellSettings` with named values (`.color auto|on|off`).
    static func setting<Value: RawRepresentable<String>>(
        _ name: String, _ keyPath: KeyPath<ShellSettings, Value> & Sendable, replayed: Bool = true
    ) -> SettingRow {
        SettingRow(name: name, replayedDefault: replayed ? ShellSettings()[keyPath: keyPath].rawValue : nil) {
            $0.settings[keyPath: keyPath].rawValue
        }
    }
}

extension SettingCommands {
    static let show = DotCommand(
        name: "show", usage: ".show", summary: "List the current settings", complete: .nothing
    ) { call in
        guard call.arguments.isEmpty else { return call.usageError() }
        let rows = SettingRow.all
        let width = rows.map(\.name.count).max() ?? 0
        let text = rows.map { row in
            String(repeating: " ", count: width - row.name.count) + row.name + ": "
                + TerminalText.escape(row.value(call.context)) + "\n"
        }
        call.context.output.write(text.joined())
        return .success
    }
}
