/// How answers for people are laid out: colour, the width to fit (a terminal's), and when a
/// table's rows are shown as records. Machine formats ignore it.
public struct TextLayout: Sendable, Equatable {
    /// Whether ANSI colour may be used.
    public var color: Bool
    /// The columns to fit tables, bars and records into; nil leaves them as wide as they are
    /// (a file or a pipe).
    public var width: Int?
    public var expanded: ExpandedMode

    public init(color: Bool = false, width: Int? = nil, expanded: ExpandedMode = .off) {
        self.color = color
        self.width = width.map { max($0, 1) }
        self.expanded = expanded
    }
}

/// `.expanded off|on|auto`: whether table answers are shown as one record per block (psql's
/// `\x`). `auto` does so when the table, fitted to the width, would have to cut a metric,
/// value or other essential column; without a width (a file or pipe) it keeps the table.
public enum ExpandedMode: String, CaseIterable, Sendable {
    case off, on, auto
}
