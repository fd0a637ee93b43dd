#if canImport(Glibc)
    import Glibc
#endif

/// Locates and reads the tab-separated data files that ship in the package's resources.
enum DataFiles {
    /// The bundled `Data` folder: `$ZHIBIAO_DATA_DIR`, or the resource folder SwiftPM places
    /// beside the executable.
    static func bundledDirectory() -> String? {
        if let dir = getenv("ZHIBIAO_DATA_DIR") { return String(cString: dir) }
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        let exe = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var dir = String(exe[..<(exe.lastIndex(of: "/") ?? exe.endIndex)])
        // Test bundles sit one level deeper (…/zhibiaoPackageTests.xctest/…) on some layouts.
        for _ in 0..<3 {
            let candidate = dir + "/zhibiao_ZhibiaoCore.resources/Data"
            if access(candidate + "/units.tsv", R_OK) == 0 { return candidate }
            let alternate = dir + "/zhibiao_ZhibiaoCore.resources"
            if access(alternate + "/units.tsv", R_OK) == 0 { return alternate }
            guard let slash = dir.lastIndex(of: "/") else { break }
            dir = String(dir[..<slash])
        }
        return nil
    }

    /// The rows of a tab-separated file, without comments and blank lines; none if the file
    /// is missing.
    static func rows(_ path: String) -> [[String]] {
        guard let bytes = try? SourceFiles.read(path) else { return [] }
        // Split on the bytes: tabs and newlines are ASCII, so UTF-8 text splits cleanly there.
        var rows: [[String]] = []
        rows.reserveCapacity(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            let line = bytes[lineStart..<end]
            lineStart = lineEnd + 1
            if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            // (Fields are cut by hand: split's growing array of slices cost more than the rest.)
            var fields: [String] = []
            fields.reserveCapacity(4)
            var fieldStart = line.startIndex
            for i in line.indices where line[i] == 0x09 {
                fields.append(String(decoding: line[fieldStart..<i], as: UTF8.self))
                fieldStart = i + 1
            }
            fields.append(String(decoding: line[fieldStart...], as: UTF8.self))
            rows.append(fields)
        }
        return rows
    }
}
