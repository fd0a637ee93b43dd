/// Text as a table cell shows it, in runs that share a style, so that it can be cut or wrapped
/// to a width and keep its highlight: a figure stays coloured (or between 【】) in whatever part
/// of the sentence is shown.
struct StyledText {
    struct Run {
        var text: String
        /// An SGR code (`1;33`); only set when colour is on.
        var style: String?
    }

    var runs: [Run]
    /// The run to keep in view when the text is cut: a highlighted figure.
    var focus: Int?

    init(_ runs: [Run], focus: Int? = nil) {
        self.runs = runs
        self.focus = focus
    }

    init(_ text: String, style: String? = nil) {
        self.init([Run(text: text, style: style)])
    }

    /// A cell's text, escaped for a terminal, with its figure highlighted.
    init(_ cell: Cell, color: Bool, listSeparator: String) {
        switch cell {
        case .null: self.init([])
        case .text(let text): self.init(TerminalText.escape(text))
        case .number(let value): self.init(NumberFormat.exact(value))
        case .quantity(_, let shown): self.init(TerminalText.escape(shown))
        case .highlighted(let text, let range, let label):
            let (before, figure, after) = TableRenderer.split(text, range)
            let marked = color ? Run(text: figure, style: "1;33") : Run(text: "【" + figure + "】")
            self.init([Run(text: TerminalText.escape(label) + before), marked, Run(text: after)], focus: 1)
        case .list(let cells):
            var runs: [Run] = []
            for (index, item) in cells.enumerated() {
                if index > 0 { runs.append(Run(text: listSeparator)) }
                runs += StyledText(item, color: color, listSeparator: listSeparator).runs
            }
            self.init(runs)
        }
    }

    var width: Int { runs.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    var plain: String { runs.map(\.text).joined() }

    /// The text with its styles as escape sequences.
    var rendered: String {
        var text = ""
        for run in runs where !run.text.isEmpty {
            if let style = run.style { text += "\u{1B}[\(style)m" + run.text + "\u{1B}[0m" } else { text += run.text }
        }
        return text
    }

    /// At most `width` columns, a cut end shown as `…` (one column). Cuts fall between
    /// characters, so a wide character at the edge is left out whole. When the figure would be
    /// cut off, the start of the text gives way instead, so that the figure stays in view.
    /// `inMiddle` keeps the text's end too, and only the end when the width is small (file
    /// names differ at their ends).
    func cut(to width: Int, inMiddle: Bool = false) -> StyledText {
        guard self.width > width else { return self }
        guard width > 1 else { return StyledText(width == 1 ? "…" : "") }
        let characters = self.characters
        let total = characters.reduce(0) { $0 + $1.width }
        guard let focus, let span = columns(of: focus, in: characters), span.upperBound > width - 1 else {
            guard inMiddle else { return Self.make(Self.prefix(characters[...], width - 1) + [Self.ellipsis]) }
            // A narrow column keeps only the end: …2.txt and …4.txt still tell two files apart.
            let head = Self.prefix(characters[...], width < 12 ? 0 : (width - 1) / 3)
            let tail = Self.suffix(characters[...], width - 1 - head.reduce(0) { $0 + $1.width })
            return Self.make(head + [Self.ellipsis] + tail)
        }
        let before = characters.prefix { $0.run < focus }
        let figure = characters.filter { $0.run == focus }
        let rest = characters.drop { $0.run <= focus }
        // The start gives way, and says so, only where there is a start.
        let lead = before.isEmpty ? [] : [Self.ellipsis]
        guard span.count + lead.count + 1 <= width else {
            return Self.make(lead + Self.prefix(figure[...] + rest, width - lead.count - 1) + [Self.ellipsis])
        }
        // After the figure: a third of the room left, at least its `…`; before it, the rest.
        let room = width - lead.count - span.count
        let afterWidth = total - span.upperBound
        let afterRoom = afterWidth == 0 ? 0 : min(afterWidth, max(1, room / 3))
        var after = Array(rest)
        if afterRoom < afterWidth { after = Self.prefix(rest, afterRoom - 1) + [Self.ellipsis] }
        return Self.make(lead + Self.suffix(before, room - afterRoom) + figure + after)
    }

    /// Lines of at most `width` columns (at least one character each); a break goes after the
    /// last space of a line unless that space is in the line's first quarter (a word is not cut).
    func wrapped(to width: Int) -> [StyledText] {
        guard self.width > width else { return [self] }
        var lines: [StyledText] = []
        var line: [Glyph] = []
        var lineWidth = 0
        for character in characters {
            // A space at the end of a line is the break itself.
            if lineWidth + character.width > width && character.character == " " && !line.isEmpty {
                lines.append(Self.make(line))
                line = []
                lineWidth = 0
                continue
            }
            if lineWidth + character.width > width && !line.isEmpty {
                var carried: [Glyph] = []
                if let space = line.lastIndex(where: { $0.character == " " }), space > 0,
                    line[..<space].reduce(0, { $0 + $1.width }) >= width / 4
                {
                    carried = Array(line[(space + 1)...])
                    line.removeSubrange(space...)
                }
                lines.append(Self.make(line))
                line = carried
                lineWidth = carried.reduce(0) { $0 + $1.width }
            }
            line.append(character)
            lineWidth += character.width
        }
        if !line.isEmpty { lines.append(Self.make(line)) }
        return lines
    }

    // Characters, for cutting and wrapping: only cells that do not fit pay for them.

    /// One character with its width, and the run it belongs to and that run's style.
    struct Glyph {
        var character: Character
        var width: Int
        var run: Int
        var style: String?
    }

    private static let ellipsis = Glyph(character: "…", width: 1, run: -1, style: nil)

    private var characters: [Glyph] {
        var characters: [Glyph] = []
        for (index, run) in runs.enumerated() {
            for character in run.text {
                characters.append(
                    Glyph(character: character, width: DisplayWidth.of(character), run: index, style: run.style))
            }
        }
        return characters
    }

    /// The columns the run `index` covers.
    private func columns(of index: Int, in characters: [Glyph]) -> Range<Int>? {
        var column = 0
        var start: Int?
        for character in characters {
            if character.run == index && start == nil { start = column }
            if character.run > index { break }
            column += character.width
        }
        return start.map { $0..<column }
    }

    private static func prefix(_ characters: ArraySlice<Glyph>, _ width: Int) -> [Glyph] {
        var used = 0
        var end = characters.startIndex
        while end < characters.endIndex && used + characters[end].width <= width {
            used += characters[end].width
            end += 1
        }
        return Array(characters[..<end])
    }

    private static func suffix(_ characters: ArraySlice<Glyph>, _ width: Int) -> [Glyph] {
        var used = 0
        var start = characters.endIndex
        while start > characters.startIndex && used + characters[start - 1].width <= width {
            used += characters[start - 1].width
            start -= 1
        }
        return Array(characters[start...])
    }

    /// Runs again from characters: neighbours of the same style join.
    private static func make(_ characters: [Glyph]) -> StyledText {
        var runs: [Run] = []
        for character in characters {
            if let last = runs.last, last.style == character.style {
                runs[runs.count - 1].text.append(character.character)
            } else {
                runs.append(Run(text: String(character.character), style: character.style))
            }
        }
        return StyledText(runs)
    }
}

extension DisplayWidth {
    /// The columns one character takes.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars { width += of(scalar) }
        return width
    }

    /// `text` cut to at most `width` columns, ending in `…` (one column) when anything was cut.
    /// The cut falls between characters: a wide character that would straddle the edge is
    /// left out whole.
    public static func truncated(_ text: String, to width: Int) -> String {
        StyledText(text).cut(to: width).plain
    }

    /// `text` as lines of at most `width` columns, broken between characters (after a space
    /// near the end of a line where there is one).
    public static func wrapped(_ text: String, to width: Int) -> [String] {
        StyledText(text).wrapped(to: max(width, 1)).map(\.plain)
    }
}
