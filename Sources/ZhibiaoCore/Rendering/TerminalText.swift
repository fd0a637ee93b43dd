/// Makes article and query text safe to print on a terminal: control characters (ESC, BEL,
/// tabs, line breaks) and bidirectional overrides become visible escapes such as `\x1b`, so
/// text from an article can neither move the cursor nor break a table's alignment.
public enum TerminalText {
    public static func escape(_ text: some StringProtocol) -> String {
        guard mayNeedEscape(text) && text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var escaped = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                escaped +=
                    scalar.value < 0x100
                    ? "\\x" + hex(scalar.value, digits: 2) : "\\u{" + hex(scalar.value, digits: 4) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Escapes each line of a multi-line text, keeping its line breaks: for answers in a
    /// machine format (csv) shown on a terminal.
    public static func escapeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape($0) }.joined(separator: "\n")
    }

    /// False when no byte of the text can start a character that needs an escape (below
    /// 0x20, 0x7F, C2 for C1 controls, E2 80/E2 81 for bidirectional controls): nearly all
    /// text is passed by this scan of its bytes.
    private static func mayNeedEscape(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for (index, byte) in bytes.enumerated() {
                if byte < 0x20 || byte == 0x7F || byte == 0xC2 { return true }
                if byte == 0xE2 && index + 1 < bytes.count && bytes[index + 1] <= 0x81 { return true }
            }
            return false
        } ?? true
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
