/// Which entered texts become history entries (DESIGN §5): a statement spread over several
/// lines is one entry; blank entries, entries typed with a leading space (a way to keep a line
/// out of the history) and a repeat of the entry just before are not kept.
enum HistoryPolicy {
    /// The entry to keep for `text`, or nil when it should not be kept.
    static func entry(for text: String, after previous: String?) -> String? {
        guard let first = text.unicodeScalars.first, first != " ", first != "\t" else { return nil }
        var entry = Substring(text)
        while let last = entry.unicodeScalars.last, last.properties.isWhitespace {
            entry = entry.dropLast()
        }
        guard !entry.isEmpty, String(entry) != previous else { return nil }
        return String(entry)
    }
}

/// The history file's format: one entry a line, UTF-8; a backslash escapes the newlines of a
/// multi-line entry (`\n`) and itself (`\\`).
enum HistoryFileFormat {
    struct Corrupt: Error {}

    static func encode(_ entries: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for entry in entries {
            for byte in entry.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// Throws `Corrupt` for content no shell wrote: NUL bytes or invalid UTF-8.
    static func decode(_ bytes: [UInt8]) throws(Corrupt) -> [String] {
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw Corrupt()
        }
        var entries: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var entry = ""
            var escaped = false
            for character in line {
                if escaped {
                    entry.append(character == "n" ? "\n" : character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    entry.append(character)
                }
            }
            if escaped { entry.append("\\") }
            entries.append(entry)
        }
        return entries
    }
}
