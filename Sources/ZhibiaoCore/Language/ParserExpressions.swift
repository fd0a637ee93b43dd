/// Targets, names, fields, literals and `where` expressions.
extension Parser {
    mutating func parseTargets(after context: String) throws(Diagnostic) -> Targets {
        if isKeyword(.all) {
            let span = advance().span
            if current.kind == .comma {
                throw Diagnostic("'all' cannot be combined with other names", at: current.span)
            }
            return .all(span)
        }
        var names = [try parseName(after: context)]
        while current.kind == .comma {
            advance()
            names.append(try parseName(after: "','"))
        }
        return .names(names)
    }

    mutating func parseName(after context: String) throws(Diagnostic) -> Name {
        switch current.kind {
        case .word(let text), .string(let text):
            return Name(text: text, span: advance().span)
        default:
            let expectation = context == "'describe'" ? "a sector or metric" : "a sector, a metric or 'all'"
            throw unexpected("\(expectation) after \(context)")
        }
    }

    mutating func parseField(after context: String) throws(Diagnostic) -> FieldReference {
        let fields = Field.allCases.map(\.rawValue)
        guard case .word(let word) = current.kind else {
            throw unexpected("a field after \(context)")
        }
        guard let field = Field(rawValue: word.lowercased()) else {
            throw Diagnostic(
                "unknown field '\(word)'", at: current.span,
                notes: ["fields are " + fields.joined(separator: ", ")],
                suggestion: Suggestions.closest(to: word, among: fields))
        }
        return FieldReference(field: field, span: advance().span)
    }

    mutating func parseExpression(after context: String) throws(Diagnostic) -> Expr {
        var operands = [try parseConjunction(after: context)]
        while isKeyword(.or) {
            advance()
            operands.append(try parseConjunction(after: "'or'"))
        }
        return Self.balanced(operands[...], Expr.or)
    }

    mutating func parseConjunction(after context: String) throws(Diagnostic) -> Expr {
        var operands = [try parseNegation(after: context)]
        while isKeyword(.and) {
            advance()
            operands.append(try parseNegation(after: "'and'"))
        }
        return Self.balanced(operands[...], Expr.and)
    }

    /// Joins a chain of `and` (or `or`) operands as a balanced tree, in order: a chain of
    /// thousands of conditions nested one deeper each would overflow the stack of every pass
    /// that walks the tree. Up to three operands it is the usual left-nested tree.
    static func balanced(_ operands: ArraySlice<Expr>, _ join: (Expr, Expr) -> Expr) -> Expr {
        if operands.count == 1 { return operands[operands.startIndex] }
        let middle = operands.startIndex + (operands.count + 1) / 2
        return join(balanced(operands[..<middle], join), balanced(operands[middle...], join))
    }

    mutating func parseNegation(after context: String) throws(Diagnostic) -> Expr {
        guard isKeyword(.not) else { return try parsePrimary(after: context) }
        let keyword = advance()
        try enterNesting(at: keyword)
        defer { depth -= 1 }
        let operand = try parseNegation(after: "'not'")
        return .not(operand, keyword.span)
    }

    mutating func parsePrimary(after context: String) throws(Diagnostic) -> Expr {
        guard current.kind == .leftParen else { return try parseCondition(after: context) }
        let open = advance()
        try enterNesting(at: open)
        defer { depth -= 1 }
        let inner = try parseExpression(after: "'('")
        guard current.kind == .rightParen else {
            var diagnostic = unexpected("')'", candidates: [Keyword.and, .or].map(\.rawValue))
            diagnostic.notes.append("to match the '(' at \(source.location(of: open.span.start))")
            throw diagnostic
        }
        advance()
        return inner
    }

    mutating func enterNesting(at token: Token) throws(Diagnostic) {
        depth += 1
        guard depth <= Parser.maximumNesting else {
            throw Diagnostic(
                "expression nested more than \(Parser.maximumNesting) levels deep", at: token.span,
                notes: ["split the condition or remove redundant parentheses"])
        }
    }

    mutating func parseCondition(after context: String) throws(Diagnostic) -> Expr {
        if case .word = current.kind {
        } else {
            throw unexpected("a condition such as year=2025 after \(context)")
        }
        let field = try parseField(after: context)
        if accept(.in) {
            guard current.kind == .leftParen else { throw unexpected("'(' after 'in'") }
            advance()
            var literals = [try parseLiteral(after: "'('")]
            while current.kind == .comma {
                advance()
                literals.append(try parseLiteral(after: "','"))
            }
            guard current.kind == .rightParen else { throw unexpected("',' or ')' in the list after 'in'") }
            advance()
            return .membership(field, literals)
        }
        guard case .op(let op) = current.kind else {
            throw unexpected("an operator (=, !=, <, <=, >, >=, ~ or in) after '\(field.field.rawValue)'")
        }
        advance()
        do {
            return .comparison(field, op, try parseLiteral(after: "'\(op.rawValue)'"))
        } catch {
            // unit= with nothing after it: the figures with no unit are asked for so.
            guard field.field == .unit else { throw error }
            var said = error
            said.notes.append("a figure with no unit (a ratio, an index) is matched by unit=\"\"")
            throw said
        }
    }

    mutating func parseLiteral(after context: String) throws(Diagnostic) -> Literal {
        let token = current
        let value: LiteralValue
        switch token.kind {
        case .number(let number): value = .number(number)
        case .string(let text), .word(let text): value = .text(text)
        case .id(let id): value = .id(id)
        default: throw unexpected("a value after \(context)")
        }
        advance()
        return Literal(value: value, text: token.text, span: token.span)
    }
}
