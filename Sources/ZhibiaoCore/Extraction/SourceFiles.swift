#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A problem with one input file, naming the file and the reason.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Finds article files under paths and reads their bytes, without Foundation.
public enum SourceFiles {
    /// Expands files and folders into article paths: a file as given; a folder's `*.txt` files
    /// (recursively), sorted by path. Missing or unreadable paths become errors.
    public static func expand(_ paths: [String]) -> (files: [String], errors: [InputError]) {
        var files: [String] = []
        var errors: [InputError] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                errors.append(InputError(path: path, reason: systemReason()))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                collect(folder: path, into: &files, errors: &errors)
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    private static func collect(folder: String, into files: inout [String], errors: inout [InputError]) {
        guard let dir = opendir(folder) else {
            errors.append(InputError(path: folder, reason: systemReason()))
            return
        }
        defer { closedir(dir) }
        var found: [String] = []
        var folders: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard stat(child, &info) == 0 else {
                errors.append(InputError(path: child, reason: systemReason()))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                folders.append(child)
            } else if name.hasSuffix(".txt") {
                found.append(child)
            }
        }
        files.append(contentsOf: found.sorted())
        for sub in folders.sorted() { collect(folder: sub, into: &files, errors: &errors) }
    }

    /// Reads a whole file.
    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(path: path, reason: systemReason()) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw InputError(path: path, reason: "is a folder")
        }
        var bytes: [UInt8] = []
        if info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, reason: systemReason())
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// The last path component.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func systemReason() -> String {
        switch errno {
        case ENOENT: "no such file or folder"
        case EACCES: "permission denied"
        case EISDIR: "is a folder"
        default: String(cString: strerror(errno))
        }
    }
}
