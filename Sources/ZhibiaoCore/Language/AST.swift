/// A field of an observation that conditions, `order by` and `compare … by` can name.
public enum Field: String, CaseIterable, Sendable {
    case year, period, sector, metric, indicator, value, unit, region, doc, qualifier, kind, id

    /// Whether the field holds numbers (so `~` does not apply and literals must be numbers).
    var isNumeric: Bool { self == .year || self == .value }
}

/// What `list` enumerates.
public enum ListKind: String, CaseIterable, Sendable {
    case sectors, metrics, indicators, regions, years, docs, units
}

/// A name as written in a query: a sector id, a 中文 sector name or a metric phrase.
public struct Name: Hashable, Sendable {
    public var text: String
    public var span: SourceSpan
}

/// The observations a statement is about.
public enum Targets: Hashable, Sendable {
    case all(SourceSpan)
    case names([Name])
}

/// A literal value in a condition.
public enum LiteralValue: Hashable, Sendable {
    case number(NumberLiteral)
    /// A quoted string or a bare word.
    case text(String)
    case id(ObservationID)
}

/// A literal with the text it was written as and where.
public struct Literal: Hashable, Sendable {
    public var value: LiteralValue
    public var text: String
    public var span: SourceSpan
}

/// A field named in a query, with its span.
public struct FieldReference: Hashable, Sendable {
    public var field: Field
    public var span: SourceSpan
}

/// A `where` expression.
public indirect enum Expr: Hashable, Sendable {
    case comparison(FieldReference, ComparisonOperator, Literal)
    case membership(FieldReference, [Literal])
    case and(Expr, Expr)
    case or(Expr, Expr)
    case not(Expr, SourceSpan)
}

/// `order by FIELD [asc|desc]`.
public struct Ordering: Hashable, Sendable {
    public var field: FieldReference
    public var descending: Bool
}

/// One statement of the query language.
public enum Statement: Hashable, Sendable {
    case show(Targets, filter: Expr?, order: Ordering?, limit: Int?)
    /// `compare … by A[, B]`: rows by A, columns by B.
    case compare(Targets, filter: Expr?, by: [FieldReference])
    case series(Targets, filter: Expr?)
    case list(ListKind)
    case describe(Name)
    case trace(ObservationID, SourceSpan)
    case find(String, SourceSpan)
    case check(Targets?)
}

/// A statement with the span of its text (for diagnostics and `.save`).
public struct ParsedStatement: Hashable, Sendable {
    public var statement: Statement
    public var span: SourceSpan
}

/// The result of parsing a script: the statements that parsed and a diagnostic for each one
/// that did not.
public struct Script: Sendable {
    public var statements: [ParsedStatement]
    public var diagnostics: [Diagnostic]
}
