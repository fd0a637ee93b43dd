import ZhibiaoCore

extension DotCommand {
    static let help = DotCommand(
        name: "help", usage: ".help [TOPIC]",
        summary: "Show the commands, or help on one command or statement",
        complete: .topics
    ) { call in
        let context = call.context
        guard call.arguments.count <= 1 else { return call.usageError() }
        let commands = call.interpreter.commands
        guard let topic = call.arguments.first else {
            context.output.write(HelpText.overview(commands))
            return .success
        }
        let name = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
        if let command = commands.first(where: { $0.name == name }) {
            context.output.write("\(command.usage)\n    \(command.summary)\n")
            return .success
        }
        if let statement = HelpText.statements.first(where: { $0.name == name.lowercased() }) {
            context.output.write(statement.syntax + "\n    " + statement.summary + "\n")
            return .success
        }
        let topics = commands.map(\.name) + HelpText.statements.map(\.name)
        let hint = Suggestions.closest(to: name, among: topics).map { "; did you mean \($0)?" } ?? ""
        context.error("no help on \(topic)\(hint)")
        return .failure
    }
}

/// The text of `.help`: the statements of the query language and the dot-command table.
enum HelpText {
    static let statements: [(name: String, syntax: String, summary: String)] = [
        (
            "show", "show TARGETS [where EXPR] [order by FIELD [asc|desc]] [limit N]",
            "List observations (TARGETS: all, or sectors, indicators or metrics separated by commas)"
        ),
        (
            "compare", "compare TARGETS [where EXPR] [by FIELD [, FIELD]]",
            "Indicators side by side, never added up: rows by the first field, columns by the second (default region, year); sectors by place"
        ),
        (
            "series", "series TARGETS [where EXPR]",
            "An indicator by year for each place: values, change in units and percent, a sparkline"
        ),
        ("list", "list sectors|metrics|indicators|regions|years|docs|units", "List the names in the graph"),
        ("describe", "describe NAME", "A sector's or metric's aliases, observations and sources"),
        (
            "trace", "trace ID",
            "Every sentence that states observation ID (like kmqxbtea:14; ids begin with the article's key, see .docs)"
        ),
        ("find", "find \"TEXT\"", "Sentences containing TEXT"),
        ("check", "check [TARGETS]", "Conflicting, implausible and repeated figures"),
    ]

    static func overview(_ commands: [DotCommand]) -> String {
        var text = "Statements (end with a newline or ;):\n"
        let syntaxWidth = statements.map { DisplayWidth.of($0.name) }.max() ?? 0
        for statement in statements {
            text += "  " + DisplayWidth.padded(statement.name, to: syntaxWidth) + "  " + statement.summary + "\n"
        }
        text += "  Conditions: FIELD = | != | < | <= | > | >= | ~ VALUE, joined by and, or, not.\n"
        text += "  Fields: " + StatementGrammar.fields.joined(separator: " ") + "\n\nCommands:\n"
        let usageWidth = commands.map { DisplayWidth.of($0.usage) }.max() ?? 0
        for command in commands {
            text += "  " + DisplayWidth.padded(command.usage, to: usageWidth) + "  " + command.summary + "\n"
        }
        return text + "\n.help TOPIC tells more about a statement or command. Tab completes.\n"
    }
}
