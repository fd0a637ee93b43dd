/// Recursive-descent parser for the grammar of DESIGN §4. A statement that does not parse
/// yields one diagnostic and the parser resumes at the next statement, so a script reports
/// all its errors at once.
public struct Parser {
    /// Deeper nesting of parentheses or `not` is an error rather than a stack overflow.
    public static let maximumNesting = 200

    let source: SourceText
    var tokens: [Token]
    var index = 0
    var depth = 0

    /// Parses every statement of `source`.
    public static func parse(_ source: SourceText) -> Script {
        var lexer = Lexer(source.text)
        var parser = Parser(source: source, tokens: lexer.tokenize())
        return parser.parseScript()
    }

    /// Whether `text` ends inside an unfinished statement: after `where`, `and`, `,` or an
    /// operator, inside parentheses, or inside a quoted string.
    public static func needsContinuation(_ text: String) -> Bool {
        var lexer = Lexer(text)
        let tokens = lexer.tokenize()
        if lexer.openParentheses > 0 { return true }
        guard let last = tokens.last(where: { $0.kind != .end && $0.kind != .endOfInput }) else { return false }
        if case .invalid("unterminated string") = last.kind { return true }
        // A newline right after the unfinished token was swallowed, so the statement is open.
        return last.continuesStatement && tokens.dropLast().last?.kind != .end
    }

    init(source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    mutating func parseScript() -> Script {
        var statements: [ParsedStatement] = []
        var diagnostics: [Diagnostic] = []
        while current.kind != .endOfInput {
            if current.kind == .end {
                index += 1
                continue
            }
            let first = current.span
            do {
                let statement = try parseStatement()
                let span = first.merged(with: tokens[index - 1].span)
                statements.append(ParsedStatement(statement: statement, span: span))
            } catch {
                diagnostics.append(error)
                depth = 0
                while current.kind != .end && current.kind != .endOfInput { index += 1 }
            }
        }
        return Script(statements: statements, diagnostics: diagnostics)
    }

    var current: Token { tokens[index] }

    var atStatementEnd: Bool { current.kind == .end || current.kind == .endOfInput }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func isKeyword(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

    /// Consumes `keyword` if it is next.
    mutating func accept(_ keyword: Keyword) -> Bool {
        guard isKeyword(keyword) else { return false }
        advance()
        return true
    }

    /// "expected …, found …" at the current token, or the lexer's complaint if the token is
    /// unreadable; misspelled words get the closest of `candidates`.
    func unexpected(_ expectation: String, candidates: [String] = []) -> Diagnostic {
        let token = current
        if case .invalid(let problem) = token.kind {
            return Diagnostic(problem, at: token.span)
        }
        var suggestion: String?
        if case .word(let word) = token.kind {
            suggestion = Suggestions.closest(to: word, among: candidates)
        }
        return Diagnostic("expected \(expectation), found \(token.described)", at: token.span, suggestion: suggestion)
    }

    /// Requires the end of the statement; otherwise names what could have come next.
    mutating func expectEnd(orOneOf keywords: [Keyword]) throws(Diagnostic) {
        guard !atStatementEnd else { return }
        let spelled = keywords.map { $0 == .order ? "'order by'" : "'\($0.rawValue)'" }
        let expectation =
            spelled.isEmpty ? "end of statement" : spelled.joined(separator: ", ") + " or end of statement"
        throw unexpected(expectation, candidates: keywords.map(\.rawValue))
    }

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let keyword = current
        switch keyword.kind {
        case .keyword(.show):
            advance()
            return try parseShow()
        case .keyword(.compare):
            advance()
            return try parseCompare()
        case .keyword(.series):
            advance()
            let targets = try parseTargets(after: "'series'")
            var filter: Expr?
            var following: [Keyword] = [.where]
            if accept(.where) {
                filter = try parseExpression(after: "'where'")
                following = [.and, .or]
            }
            try expectEnd(orOneOf: following)
            return .series(targets, filter: filter)
        case .keyword(.list):
            advance()
            return try parseList()
        case .keyword(.describe):
            advance()
            let name = try parseName(after: "'describe'")
            try expectEnd(orOneOf: [])
            return .describe(name)
        case .keyword(.trace):
            advance()
            guard case .id(let id) = current.kind else {
                var diagnostic = unexpected("an observation id such as kmqxbtea:14 after 'trace'")
                if case .word(let word) = current.kind, word.contains(":"), word.first?.isNumber == true {
                    // 2:14, the numbering of earlier versions, which followed the order of loading.
                    diagnostic.notes.append("an id begins with its article's key (`list docs` shows the keys)")
                }
                throw diagnostic
            }
            let span = advance().span
            try expectEnd(orOneOf: [])
            return .trace(id, span)
        case .keyword(.find):
            advance()
            return try parseFind()
        case .keyword(.check):
            advance()
            let targets = atStatementEnd ? nil : try parseTargets(after: "'check'")
            try expectEnd(orOneOf: [])
            return .check(targets)
        case .word(let word):
            let suggestion = Suggestions.closest(to: word, among: Keyword.statements.map(\.rawValue))
            throw Diagnostic("unknown statement '\(word)'", at: keyword.span, suggestion: suggestion)
        default:
            throw unexpected("a statement (show, compare, series, list, describe, trace, find or check)")
        }
    }

    mutating func parseShow() throws(Diagnostic) -> Statement {
        let targets = try parseTargets(after: "'show'")
        var filter: Expr?
        var order: Ordering?
        var limit: Int?
        var following: [Keyword] = [.where, .order, .limit]
        if accept(.where) {
            filter = try parseExpression(after: "'where'")
            following = [.and, .or, .order, .limit]
        }
        if accept(.order) {
            guard accept(.by) else { throw unexpected("'by' after 'order'") }
            let field = try parseField(after: "'order by'")
            let descending = accept(.desc)
            let explicit = descending || accept(.asc)
            order = Ordering(field: field, descending: descending)
            following = explicit ? [.limit] : [.asc, .desc, .limit]
        }
        if accept(.limit) {
            guard case .number(let number) = current.kind, number.isWholeNumber, number.value <= 1e15 else {
                throw unexpected("a whole number after 'limit'")
            }
            advance()
            limit = Int(number.value)
            following = []
        }
        try expectEnd(orOneOf: following)
        return .show(targets, filter: filter, order: order, limit: limit)
    }

    mutating func parseCompare() throws(Diagnostic) -> Statement {
        let targets = try parseTargets(after: "'compare'")
        var filter: Expr?
        var group: [FieldReference] = []
        var following: [Keyword] = [.where, .by]
        if accept(.where) {
            filter = try parseExpression(after: "'where'")
            following = [.and, .or, .by]
        }
        if accept(.by) {
            group.append(try parseField(after: "'by'"))
            if current.kind == .comma {
                advance()
                group.append(try parseField(after: "',' in 'by'"))
                if group[1].field == group[0].field {
                    throw Diagnostic(
                        "'\(group[1].field.rawValue)' is named twice after 'by'", at: group[1].span,
                        notes: ["rows and columns of a comparison need two different fields"])
                }
            }
            following = []
        }
        try expectEnd(orOneOf: following)
        return .compare(targets, filter: filter, by: group)
    }

    mutating func parseList() throws(Diagnostic) -> Statement {
        let kinds = ListKind.allCases.map(\.rawValue)
        let expectation = "what to list (sectors, metrics, regions, years, docs or units)"
        guard case .word(let word) = current.kind else { throw unexpected(expectation) }
        guard let kind = ListKind(rawValue: word.lowercased()) else {
            let suggestion = Suggestions.closest(to: word, among: kinds)
            throw Diagnostic("cannot list '\(word)'; expected \(expectation)", at: current.span, suggestion: suggestion)
        }
        advance()
        try expectEnd(orOneOf: [])
        return .list(kind)
    }

    mutating func parseFind() throws(Diagnostic) -> Statement {
        switch current.kind {
        case .string(let text):
            let span = advance().span
            try expectEnd(orOneOf: [])
            return .find(text, span)
        case .word, .number:
            throw Diagnostic(
                "expected a quoted string after 'find', found \(current.described)", at: current.span,
                suggestion: "\"\(current.text)\"")
        default:
            throw unexpected("a quoted string after 'find'")
        }
    }
}
