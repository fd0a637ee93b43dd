import ZhibiaoCore

/// Dot-commands that change how answers look or how scripts run.
enum SettingCommands {
    static let all = [mode, expanded, pager, timer, bail, color, echo, show]

    static let mode = DotCommand(
        name: "mode", usage: ".mode " + OutputFormat.allCases.map(\.rawValue).joined(separator: "|"),
        summary: "Set the output format (no argument: show it)",
        complete: .choices(OutputFormat.allCases.map(\.rawValue))
    ) { call in
        let engine = call.context.engine
        switch call.arguments.count {
        case 0:
            call.context.output.write(engine.format.rawValue + "\n")
            return .success
        case 1:
            guard let format = OutputFormat(rawValue: call.arguments[0].lowercased()) else {
                return call.usageError("unknown format \(call.arguments[0])")
            }
            engine.format = format
            return .success
        default:
            return call.usageError()
        }
    }

    static let timer = switchCommand(
        name: "timer", summary: "Print how long each statement took (on stderr)", keyPath: \.timer)

    static let bail = switchCommand(
        name: "bail", summary: "Stop a script or piped input at its first error", keyPath: \.bail)

    static let echo = switchCommand(
        name: "echo", summary: "Print the lines of a script or pipe as they run",
        keyPath: \.echo)

    static let color = DotCommand(
        name: "color", usage: ".color auto|on|off",
        summary: "Colour answers (auto: on a terminal, without NO_COLOR)",
        complete: .choices(ColorMode.allCases.map(\.rawValue))
    ) { call in
        switch call.arguments.count {
        case 0:
            call.context.output.write(call.context.settings.color.rawValue + "\n")
            return .success
        case 1:
            guard let mode = ColorMode(rawValue: call.arguments[0].lowercased()) else {
                return call.usageError("unknown setting \(call.arguments[0])")
            }
            call.context.settings.color = mode
            return .success
        default:
            return call.usageError()
        }
    }

    static let expanded = choiceCommand(
        name: "expanded", summary: "Show table answers as records (auto: when a metric would be cut)",
        keyPath: \.expanded)

    static let pager = choiceCommand(
        name: "pager", summary: "Page long answers through $ZHIBIAO_PAGER, $PAGER or less -FRX", keyPath: \.pager)

    /// A setting with a few named values: no argument shows it, one sets it.
    private static func choiceCommand<Choice: RawRepresentable & CaseIterable & Sendable>(
        name: String, summary: String, keyPath: WritableKeyPath<ShellSettings, Choice> & Sendable
    ) -> DotCommand where Choice.RawValue == String {
        let names = Choice.allCases.map(\.rawValue)
        return DotCommand(
            name: name, usage: ".\(name) " + names.joined(separator: "|"), summary: summary, complete: .choices(names)
        ) { call in
            switch call.arguments.count {
            case 0:
                call.context.output.write(call.context.settings[keyPath: keyPath].rawValue + "\n")
                return .success
            case 1:
                guard let choice = Choice(rawValue: call.arguments[0].lowercased()) else {
                    return call.usageError("unknown setting \(call.arguments[0])")
                }
                call.context.settings[keyPath: keyPath] = choice
                return .success
            default:
                return call.usageError()
            }
        }
    }

    private static func switchCommand(
        name: String, summary: String, keyPath: WritableKeyPath<ShellSettings, Bool> & Sendable
    ) -> DotCommand {
        DotCommand(name: name, usage: ".\(name) on|off", summary: summary, complete: .choices(["on", "off"])) { call in
            switch call.arguments.count {
            case 0:
                call.context.output.write((call.context.settings[keyPath: keyPath] ? "on" : "off") + "\n")
                return .success
            case 1:
                guard let value = call.parseSwitch(call.arguments[0]) else { return call.usageError() }
                call.context.settings[keyPath: keyPath] = value
                return .success
            default:
                return call.usageError()
            }
        }
    }
}
