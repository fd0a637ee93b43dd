/// The reserved words of the query language, matched without regard to ASCII case.
public enum Keyword: String, CaseIterable, Sendable {
    case show, compare, series, list, describe, trace, find, check
    case `where`, order, by, asc, desc, limit
    case and, or, not, `in`, all

    /// Keywords that begin a statement, in the order `.help` and completion list them.
    public static let statements: [Keyword] = [
        .show, .compare, .series, .list, .describe, .trace, .find, .check,
    ]

    /// Whether a statement ending right after this keyword is unfinished.
    var continuesStatement: Bool {
        switch self {
        case .where, .and, .or, .not, .in, .order, .by: true
        default: false
        }
    }
}

/// A comparison operator of a condition.
public enum ComparisonOperator: String, CaseIterable, Sendable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains = "~"
}

/// A number literal: its value with 万/亿/万亿 multiplied out, and whether it was a percentage.
public struct NumberLiteral: Hashable, Sendable {
    public var value: Double
    public var isPercent: Bool
    /// Whether it was written without a decimal point or multiplier (usable as a year, a limit).
    public var isWholeNumber: Bool
}

/// What a token is.
public enum TokenKind: Hashable, Sendable {
    case keyword(Keyword)
    /// A bare word: a field name, a sector, a metric phrase (托位), a document name.
    case word(String)
    case number(NumberLiteral)
    /// A quoted string, without its quotes.
    case string(String)
    case id(ObservationID)
    case op(ComparisonOperator)
    case leftParen, rightParen, comma
    /// A newline or `;` that ends a statement.
    case end
    case endOfInput
    /// Text the lexer could not read; the string says why.
    case invalid(String)
}

/// A lexed token with its span in the query text.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var span: SourceSpan
    /// The token as written.
    public var text: String

    /// How diagnostics name this token: `'wher'`, `end of line`, `end of input`.
    var described: String {
        switch kind {
        case .endOfInput: "end of input"
        case .end: text == ";" ? "';'" : "end of line"
        default: "'\(text)'"
        }
    }

    /// Whether a statement ending right after this token is unfinished.
    var continuesStatement: Bool {
        switch kind {
        case .keyword(let keyword): keyword.continuesStatement
        case .comma, .leftParen, .op: true
        default: false
        }
    }
}
