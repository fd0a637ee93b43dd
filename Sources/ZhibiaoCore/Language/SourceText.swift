/// A query text and the name of where it came from (`<stdin>`, a script path). Positions are
/// kept as UTF-8 offsets; lines and display columns are computed on demand.
public struct SourceText: Sendable {
    public let text: String
    public let origin: String
    /// The line of `origin` the text starts on: a statement read from line 12 of a script is
    /// run on its own, and its diagnostics still name line 12.
    public let firstLine: Int
    let utf8: [UInt8]
    /// UTF-8 offset at which each line starts.
    let lineStarts: [Int]

    public init(_ text: String, origin: String, firstLine: Int = 1) {
        self.text = text
        self.origin = origin
        self.firstLine = firstLine
        utf8 = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The text of a span.
    public subscript(span: SourceSpan) -> String {
        let start = min(span.start, utf8.count)
        let end = min(span.end, utf8.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The 1-based line of this text holding `offset` (not counting `firstLine`).
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Line (in `origin`) and display column of `offset`, measured on the line as the terminal
    /// shows it (control characters escaped, CJK two columns wide).
    public func location(of offset: Int) -> SourceLocation {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        let prefix = String(decoding: utf8[start..<min(offset, utf8.count)], as: UTF8.self)
        return SourceLocation(line: line + firstLine - 1, column: DisplayWidth.of(TerminalText.escape(prefix)) + 1)
    }

    /// The text of a 1-based line of this text, without its line break.
    public func lineText(_ line: Int) -> String {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        if end > start, utf8[end - 1] == 0x0D { end -= 1 }
        return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
    }
}
