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
    /// (recursively, each folder once even through links), sorted by path. Missing or unreadable
    /// paths, broken links and `*.txt` entries that are not regular files become errors.
    public static func expand(_ paths: [String]) -> (files: [String], errors: [InputError]) {
        var files: [String] = []
        var errors: [InputError] = []
        var visited: Set<FileIdentity> = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                errors.append(InputError(path: path, reason: missingReason(path)))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                collect(folder: path, into: &files, errors: &errors, visited: &visited)
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// A file's device and inode: what makes two paths the same folder.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private static func collect(
        folder: String, into files: inout [String], errors: inout [InputError], visited: inout Set<FileIdentity>
    ) {
        var info = stat()
        // A link back to an enclosing folder would otherwise recurse until the stack ran out.
        guard stat(folder, &info) == 0, visited.insert(FileIdentity(info)).inserted else { return }
        guard let dir = opendir(folder) else {
            errors.append(InputError(path: folder, reason: systemReason()))
            return
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        // Sorted before anything is reported, so that messages come in a stable order.
        var found: [String] = []
        var folders: [String] = []
        for name in names.sorted() {
            let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard stat(child, &info) == 0 else {
                if name.hasSuffix(".txt") { errors.append(InputError(path: child, reason: missingReason(child))) }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: folders.append(child)
            case S_IFREG where name.hasSuffix(".txt"): found.append(child)
            case _ where name.hasSuffix(".txt"): errors.append(InputError(path: child, reason: "not a regular file"))
            default: break
            }
        }
        files.append(contentsOf: found)
        for sub in folders { collect(folder: sub, into: &files, errors: &errors, visited: &visited) }
    }

    /// A whole file as text, decoded as articles are (UTF-8, UTF-16, GB18030); a file that cannot
    /// be read or decoded (binary content, an encoding this system cannot convert) is an error
    /// naming the file and the reason.
    public static func readText(_ path: String) throws(InputError) -> String {
        let bytes = try read(path)
        do {
            return try Decoder.decode(bytes).text
        } catch {
            throw InputError(path: path, reason: Loader.reason(error))
        }
    }

    /// Reads a whole file. A pipe or a character device named outright (/dev/stdin, /dev/null)
    /// is read; folders, sockets and block devices are refused. A folder's walk only ever
    /// names regular files, so a pipe in a folder cannot block a load.
    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw InputError(path: path, reason: missingReason(path)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw InputError(path: path, reason: "is a folder")
        case S_IFREG, S_IFIFO, S_IFCHR: break
        default: throw InputError(path: path, reason: "not a regular file")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(path: path, reason: systemReason()) }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    /// Reads standard input to its end: one article piped in (`zhibiao export -`). A failure
    /// names it as `label`.
    public static func readStandardInput(label: String = "stdin") throws(InputError) -> [UInt8] {
        try readAll(0, path: label)
    }

    /// Reads an open file to its end; `path` names it in a failure.
    private static func readAll(_ fd: Int32, path: String) throws(InputError) -> [UInt8] {
        var info = stat()
        // Read straight into the result, sized by the file's length (one byte more, to meet its
        // end in the same buffer); a file that grows, a pipe or a device goes on in 64 KB pieces.
        var bytes: [UInt8] = []
        var room = fstat(fd, &info) == 0 && info.st_size > 0 ? Int(info.st_size) + 1 : 1 << 16
        while true {
            var failure: Int32 = 0
            var ended = false
            let piece = [UInt8](unsafeUninitializedCapacity: room) { buffer, count in
                while count < buffer.count {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                    if n > 0 {
                        count += n
                    } else if n == 0 {
                        ended = true
                        return
                    } else if errno != EINTR {
                        failure = errno
                        return
                    }
                }
            }
            if failure != 0 {
                errno = failure
                throw InputError(path: path, reason: systemReason())
            }
            if bytes.isEmpty { bytes = piece } else { bytes += piece }
            if ended { return bytes }
            room = max(room, 1 << 16)
        }
    }

    /// Why `stat` failed, telling a broken link from a missing file.
    private static func missingReason(_ path: String) -> String {
        let code = errno
        var info = stat()
        if code == ENOENT, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            return "broken link (its target does not exist)"
        }
        errno = code
        return systemReason()
    }

    /// The last path component, trailing slashes left out; the whole path when it names none
    /// (empty, or slashes alone). Cut at the "/" bytes, as the file system cuts a path (a
    /// combining mark after a "/" does not join it to the name before). Split as Characters, a
    /// path cost some 27,000 instructions, as much as reading a paragraph.
    public static func fileName(_ path: String) -> String {
        var utf8 = path
        let name = utf8.withUTF8 { bytes -> String? in
            let slash = UInt8(ascii: "/")
            var end = bytes.count
            while end > 0 && bytes[end - 1] == slash { end -= 1 }
            var start = end
            while start > 0 && bytes[start - 1] != slash { start -= 1 }
            // (A "/" byte is only ever a slash in UTF-8, so the cut falls between characters.)
            return start < end
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) : nil
        }
        return name ?? path
    }

    static func systemReason() -> String {
        switch errno {
        case ENOENT: "no such file or folder"
        case EACCES: "permission denied"
        case EISDIR: "is a folder"
        case ELOOP: "too many levels of links"
        default: String(cString: strerror(errno))
        }
    }
}
