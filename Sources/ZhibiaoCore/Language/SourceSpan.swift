/// A range of a query's text as UTF-8 byte offsets; line and display column are derived from
/// the `SourceText` when a diagnostic is rendered.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest span covering both.
    public func merged(with other: SourceSpan) -> SourceSpan {
        SourceSpan(min(start, other.start), max(end, other.end))
    }

    public var isEmpty: Bool { start == end }

    public var description: String { "\(start)..\(end)" }
}

/// A 1-based line and 1-based display column (CJK characters count two columns).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public var description: String { "\(line):\(column)" }
}
