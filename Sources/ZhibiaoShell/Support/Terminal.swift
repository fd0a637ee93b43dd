import Glibc

/// Facts about the terminal the shell runs in, and the colour policy (DESIGN §5).
public enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The width answers on standard output are fitted to: the terminal's, or nil when
    /// standard output is a file or a pipe, where answers are written whole.
    public static var answerWidth: Int? { isTerminal(STDOUT_FILENO) ? columns() : nil }

    /// Columns of the terminal on `fd`, or `$COLUMNS`, or 80.
    static func columns(_ fd: Int32 = STDOUT_FILENO) -> Int {
        size(fd).columns
    }

    /// Columns and rows of the terminal on `fd`; where it cannot tell, `$COLUMNS` and `$LINES`,
    /// else 80 × 24. Asked again for every answer: the window may have been resized.
    static func size(_ fd: Int32 = STDOUT_FILENO) -> (columns: Int, rows: Int) {
        var size = winsize()
        let known = ioctl(fd, UInt(TIOCGWINSZ), &size) == 0
        func fallback(_ name: String, _ standard: Int) -> Int {
            environment(name).flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? standard
        }
        return (
            known && size.ws_col > 0 ? Int(size.ws_col) : fallback("COLUMNS", 80),
            known && size.ws_row > 0 ? Int(size.ws_row) : fallback("LINES", 24)
        )
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// `.color auto|on|off`: whether answers may contain ANSI colour.
public enum ColorMode: String, CaseIterable, Sendable {
    case auto, on, off

    /// Colour only on a terminal, never with `NO_COLOR` set (to anything) or `TERM=dumb`,
    /// unless forced on or off.
    func isEnabled(stdoutIsTerminal: Bool, environment: (String) -> String?) -> Bool {
        switch self {
        case .on: true
        case .off: false
        case .auto:
            stdoutIsTerminal && environment("NO_COLOR") == nil && environment("TERM") != "dumb"
        }
    }
}
