import Glibc

/// Ctrl-C while a line was being read: the partial line is gone.
struct LineInterrupted: Error {}

/// Where the shell's input lines come from: libedit on a terminal, plain reads otherwise.
protocol LineReader: AnyObject {
    /// Reads one line (without its newline) after showing `prompt`; nil at end of input.
    /// Throws `LineInterrupted` when Ctrl-C cancels the line.
    func readLine(prompt: String) throws(LineInterrupted) -> String?

    /// Offers a finished entry to the reader's own history (Up arrow, Ctrl-R).
    func remember(_ entry: String)
}

/// Reads the lines of a text already in memory (a script, `.read`, `-e`). Ctrl-C pressed
/// since the last statement began ends it, as it ends a line being typed.
final class TextReader: LineReader {
    private var lines: ArraySlice<Substring>
    private let isInterrupted: () -> Bool

    init(_ text: String, isInterrupted: @escaping () -> Bool = { Interrupt.isRequested }) {
        self.isInterrupted = isInterrupted
        // "\r\n" is one Character, so it is a line break of its own here.
        let isBreak: (Character) -> Bool = { $0 == "\n" || $0 == "\r\n" }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: isBreak)
        if let last = text.last, isBreak(last) { lines.removeLast() }
        self.lines = lines[...]
    }

    func readLine(prompt: String) throws(LineInterrupted) -> String? {
        guard !isInterrupted() else { throw LineInterrupted() }
        guard let line = lines.popFirst() else { return nil }
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
    }

    func remember(_ entry: String) {}
}

/// Reads lines from a file descriptor with plain `read(2)`: no prompt, no editing. Lines of
/// any length are accepted; invalid UTF-8 becomes U+FFFD rather than an error.
final class PlainReader: LineReader {
    private let fd: Int32
    private var pending: [UInt8] = []
    private var start = 0
    /// Bytes before this index hold no newline: a long line is scanned once, not per chunk.
    private var scanned = 0
    private var atEnd = false

    init(fd: Int32 = STDIN_FILENO) {
        self.fd = fd
    }

    func readLine(prompt: String) throws(LineInterrupted) -> String? {
        while true {
            if let newline = pending[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[start..<newline]
                start = newline + 1
                scanned = start
                return decode(line)
            }
            scanned = pending.count
            if atEnd {
                guard start < pending.count else { return nil }
                let line = pending[start...]
                start = pending.count
                return decode(line)
            }
            if try !fill() { atEnd = true }
        }
    }

    func remember(_ entry: String) {}

    /// Reads more bytes; false at end of input.
    private func fill() throws(LineInterrupted) -> Bool {
        if start > 0, start >= pending.count / 2 {
            pending.removeFirst(start)
            scanned -= start
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                pending.append(contentsOf: chunk[0..<n])
                return true
            }
            if n == 0 { return false }
            if errno == EINTR {
                if Interrupt.consume() { throw LineInterrupted() }
                continue
            }
            return false
        }
    }

    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var line = bytes
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
