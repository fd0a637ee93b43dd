import ZhibiaoCore

/// Tab completion, by position in the grammar (DESIGN §5). Pure: it sees the line up to the
/// cursor, the names in the graph, the dot-command table and a way to list folders, and
/// touches nothing else, so every rule is unit-tested without a terminal.
struct CompletionEngine {
    var vocabulary: Vocabulary
    var commands: [DotCommand]
    var listDirectory: (String) -> [DirectoryEntry] = DirectoryEntry.list

    func complete(_ line: String) -> CompletionResult {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix(".") { return completeCommand(String(trimmed)) }
        let scan = CompletionScanner.scan(line)
        guard !scan.inComment else { return .none(scan.partial) }
        let words = StatementGrammar.next(after: scan.tokens, in: vocabulary)
        return CompletionResult(word: scan.partial, candidates: Self.matching(scan.partial, words))
    }

    private func completeCommand(_ line: String) -> CompletionResult {
        guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            return CompletionResult(word: line, candidates: Self.matching(line, commands.map { "." + $0.name }))
        }
        let name = String(line[line.index(after: line.startIndex)..<space])
        guard let command = commands.first(where: { $0.name == name }) else { return .none("") }
        let arguments = line[space...]
        let partial: String
        if let last = arguments.last, last == " " || last == "\t" {
            partial = ""
        } else {
            partial = String(arguments.split(whereSeparator: { $0 == " " || $0 == "\t" }).last ?? "")
        }
        switch command.complete {
        case .nothing:
            return .none(partial)
        case .choices(let choices):
            return CompletionResult(word: partial, candidates: Self.matching(partial, choices))
        case .topics:
            let topics = commands.map(\.name) + StatementGrammar.statements
            return CompletionResult(word: partial, candidates: Self.matching(partial, topics))
        case .paths:
            return PathCompletion.complete(partial, listDirectory: listDirectory)
        }
    }

    /// The names that `partial` starts (ignoring ASCII case); when none does, those that
    /// contain it, so `托位` still finds `每千人口托位数`. A partial that opens a quote matches
    /// the text inside it. Names that a bare word cannot spell come back quoted.
    static func matching(_ partial: String, _ names: [String]) -> [String] {
        var quote: Character? = nil
        var typed = partial.lowercased()
        if let first = partial.first, first == "\"" || first == "'" {
            quote = first
            typed.removeFirst()
        }
        var seen = Set<String>()
        let unique = names.filter { seen.insert($0).inserted }
        var found = unique.filter { $0.lowercased().hasPrefix(typed) }
        if found.isEmpty, !typed.isEmpty { found = unique.filter { $0.lowercased().contains(typed) } }
        return found.map { name in
            if let quote { return "\(quote)\(name)\(quote)" }
            return isBareWord(name) ? name : "\"\(name)\""
        }
    }

    /// Whether the query lexer reads `name` as one bare word (or, `cppxbnyk:`, as the start of
    /// an observation id).
    static func isBareWord(_ name: String) -> Bool {
        if name.hasSuffix(":"), DocumentKey(name.dropLast()) != nil { return true }
        return !name.isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || "_-.".unicodeScalars.contains(scalar)
            }
    }
}
