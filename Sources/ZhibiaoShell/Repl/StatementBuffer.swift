/// One thing to run: a dot-command line or a complete statement (possibly several lines).
enum Entry: Equatable {
    case command(String)
    case statement(String)

    var text: String {
        switch self {
        case .command(let text), .statement(let text): text
        }
    }
}

/// Gathers input lines into entries: a dot-command is one line; a statement goes on while the
/// engine says it is unfinished (the continuation prompt).
struct StatementBuffer {
    private(set) var lines: [String] = []

    var isEmpty: Bool { lines.isEmpty }

    /// Adds a line; returns the entry it completes, if any.
    mutating func add(_ line: String, needsContinuation: (String) -> Bool) -> Entry? {
        if lines.isEmpty {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix(".") { return .command(line) }
            // Nothing to run on blank and comment-only lines.
            if trimmed.allSatisfy(\.isWhitespace) || trimmed.hasPrefix("--") { return nil }
        }
        lines.append(line)
        let source = lines.joined(separator: "\n")
        if needsContinuation(source) { return nil }
        lines = []
        return .statement(source)
    }

    /// The unfinished statement at the end of the input, if any.
    mutating func finish() -> Entry? {
        guard !lines.isEmpty else { return nil }
        defer { lines = [] }
        return .statement(lines.joined(separator: "\n"))
    }

    mutating func clear() { lines = [] }
}
