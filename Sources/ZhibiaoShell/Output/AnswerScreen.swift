import ZhibiaoCore

/// The terminal answers are shown on, when standard output is one: its size, asked afresh for
/// each answer (the window may have been resized), and the pager for answers taller than it.
final class AnswerScreen {
    let size: () -> (columns: Int, rows: Int)
    /// Whether answers may be paged: only at the interactive prompt, where someone can press
    /// keys; a script or `-e` run at a terminal prints and goes on.
    let pages: Bool
    /// Shows a text in a pager command; replaceable in tests.
    let page: (_ command: String, _ text: String) -> Result<Void, Pager.Failure>

    init(
        pages: Bool, size: @escaping () -> (columns: Int, rows: Int) = { Terminal.size() },
        page: @escaping (String, String) -> Result<Void, Pager.Failure> = { Pager.run($0, text: $1) }
    ) {
        self.pages = pages
        self.size = size
        self.page = page
    }

    /// The rows `text` takes on a screen `columns` wide: a line wider than the screen wraps.
    /// Colour escapes take no room.
    static func rows(_ text: String, columns: Int) -> Int {
        var rows = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0)
        {
            let width = DisplayWidth.of(withoutEscapes(line))
            rows += max(1, (width + columns - 1) / max(columns, 1))
        }
        return rows
    }

    private static func withoutEscapes(_ line: Substring) -> Substring {
        guard line.contains("\u{1B}") else { return line }
        var plain = ""
        var inEscape = false
        for scalar in line.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        return Substring(plain)
    }
}

extension ShellContext {
    /// How answers written now are laid out: fitted to the screen's width when they go to it;
    /// as wide as they are in a file or pipe, where nothing should be lost.
    var layout: TextLayout {
        TextLayout(
            color: colorEnabled, width: output.isStandard ? screen?.size().columns : nil, expanded: settings.expanded)
    }

    /// Writes an answer where answers go. On the screen at the prompt, an answer taller than
    /// the screen goes through the pager (`.pager auto`), or every answer does (`.pager on`).
    /// When the pager cannot be started the answer is printed directly, with a warning.
    func writeAnswer(_ text: String) {
        // A dumb terminal (an editor's shell buffer) scrolls by itself and cannot show a pager.
        guard let screen, screen.pages, output.isStandard, settings.pager != .off, !text.isEmpty,
            environment("TERM") != "dumb", let command = Pager.command(environment: environment)
        else {
            output.write(text)
            return
        }
        let size = screen.size()
        // The prompt needs the last row.
        if settings.pager == .auto && AnswerScreen.rows(text, columns: size.columns) < size.rows {
            output.write(text)
            return
        }
        if case .failure(let failure) = screen.page(command, text) {
            output.write(text)
            errors.write(
                "warning: cannot start the pager '\(TerminalText.escape(command))': \(failure.reason); printed directly\n"
            )
        }
    }
}
