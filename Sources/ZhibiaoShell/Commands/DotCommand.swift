import ZhibiaoCore

/// How a dot-command ended.
enum Outcome: Equatable {
    case success
    case failure
    /// `.quit`: stop reading input.
    case quit
}

/// A dot-command: one row of the single table that drives dispatch, `.help` and completion.
struct DotCommand: Sendable {
    /// What Tab offers for the command's arguments.
    enum Arguments: Sendable, Equatable {
        case nothing
        case choices([String])
        /// Help topics: command names and statement keywords.
        case topics
        case paths
    }

    /// The name without its dot.
    var name: String
    var usage: String
    var summary: String
    var complete: Arguments
    var run: @Sendable (Invocation) -> Outcome

    /// Every dot-command, in the order `.help` lists them.
    static let all: [DotCommand] =
        [help] + FileCommands.all + [ChartCommand.chart] + SettingCommands.all + SessionCommands.all
}

/// One call of a dot-command: its arguments and the shell it runs in.
struct Invocation {
    let command: DotCommand
    let arguments: [String]
    let interpreter: Interpreter

    var context: ShellContext { interpreter.context }

    /// Reports wrong arguments with the command's usage line.
    func usageError(_ problem: String? = nil) -> Outcome {
        context.error((problem.map { $0 + "; " } ?? "") + "usage: \(command.usage)")
        return .failure
    }

    /// For `on|off` arguments.
    func parseSwitch(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "on", "yes", "true", "1": true
        case "off", "no", "false", "0": false
        default: nil
        }
    }
}

/// Splits a dot-command line into its name and arguments. Arguments are separated by spaces;
/// single or double quotes keep spaces inside one argument.
enum DotCommandLine {
    static func parse(_ line: String) -> (name: String, arguments: [String]) {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst() {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        guard let name = words.first else { return ("", []) }
        return (name, Array(words.dropFirst()))
    }

    /// `word` as one argument of a dot-command line, quoted when it is empty or holds a space,
    /// a tab or a quote (a word holding both kinds of quote cannot be written).
    static func quoted(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { " \t\"'".contains($0) }) else { return word }
        return word.contains("\"") ? "'\(word)'" : "\"\(word)\""
    }

    /// The command `name` means: an exact name, or the only one it abbreviates.
    static func lookup(_ name: String, in commands: [DotCommand]) -> Result<DotCommand, LookupFailure> {
        if let exact = commands.first(where: { $0.name == name }) { return .success(exact) }
        let matches = commands.filter { $0.name.hasPrefix(name) }
        if matches.count == 1, !name.isEmpty { return .success(matches[0]) }
        return .failure(LookupFailure(name: name, matches: matches.map(\.name), commands: commands))
    }

    /// An unknown or ambiguous command name, with what it might have meant.
    struct LookupFailure: Error {
        var name: String
        var matches: [String]
        var commands: [DotCommand]

        var message: String {
            if matches.count > 1, !name.isEmpty {
                return "ambiguous command .\(name): " + matches.map { "." + $0 }.joined(separator: ", ")
            }
            let hint = Suggestions.closest(to: name, among: commands.map(\.name)).map { "; did you mean .\($0)?" } ?? ""
            return "unknown command .\(name)\(hint) (.help lists the commands)"
        }
    }
}
