import Glibc

/// Facts about the terminal the shell runs in, and the colour policy (DESIGN §5).
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns of the terminal on `fd`, or `$COLUMNS`, or 80.
    static func columns(_ fd: Int32 = STDOUT_FILENO) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = environment("COLUMNS"), let columns = Int(text), columns > 0 { return columns }
        return 80
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
