/// Reads the tab-separated data tables: those built into zhibiao from `Data/` (see the
/// EmbedData plugin), and files of the same names in a folder the user names.
enum DataFiles {
    /// The rows of the built-in table `name` (`sectors.tsv`, …), without comments and blank
    /// lines.
    static func builtInRows(_ name: String) -> [[String]] {
        guard var text = BuiltInTables.text[name] else { return [] }
        return text.withUTF8 { rows(of: $0) }
    }

    /// The rows of the table `name` in the folder `dir`, as `builtInRows` gives the built-in ones.
    static func rows(in dir: String) -> @Sendable (_ name: String) -> [[String]] {
        { rows(dir + "/" + $0) }
    }

    /// The rows of a tab-separated file, without comments and blank lines; none if the file
    /// is missing.
    static func rows(_ path: String) -> [[String]] {
        guard let bytes = try? SourceFiles.read(path) else { return [] }
        return bytes.withUnsafeBufferPointer { rows(of: $0) }
    }

    private static func rows(of bytes: UnsafeBufferPointer<UInt8>) -> [[String]] {
        // Split on the bytes: tabs and newlines are ASCII, so UTF-8 text splits cleanly there.
        var rows: [[String]] = []
        rows.reserveCapacity(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            let line = lineStart..<end
            lineStart = lineEnd + 1
            if bytes[line].first == UInt8(ascii: "#") || line.allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) {
                continue
            }
            // (Fields are cut by hand over plain offsets: split's growing array of slices, and
            // a slice's generic indices, cost more than the rest.)
            var fields: [String] = []
            fields.reserveCapacity(4)
            var fieldStart = line.lowerBound
            for i in line where bytes[i] == 0x09 {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<i]), as: UTF8.self))
                fieldStart = i + 1
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self))
            rows.append(fields)
        }
        return rows
    }
}
