import Glibc
import ZhibiaoCore

/// A file the shell could not read or write, with the reason in words.
struct FileError: Error, Equatable, CustomStringConvertible {
    var path: String
    var reason: String

    var description: String { "\(path): \(reason)" }
}

/// The few file operations the shell needs, on Glibc so that start-up stays free of Foundation.
enum FileSystem {
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// A script or rc file as text, decoded as articles are (UTF-8, UTF-16, GB18030); a binary
    /// file is refused rather than run line by line.
    static func readText(_ path: String) throws(FileError) -> String {
        do {
            return try SourceFiles.readText(path)
        } catch {
            throw FileError(path: path, reason: error.reason)
        }
    }

    /// `path` with every link and `.`/`..` resolved, or nil when it does not exist.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `~` and `~/…` become the home folder; other paths are returned as they are.
    static func expandTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = homeDirectory else { return path }
        return home + path.dropFirst()
    }

    static var homeDirectory: String? {
        if let home = getenv("HOME"), home.pointee != 0 { return String(cString: home) }
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }

    /// Writes `bytes` to a temporary file beside `path` and moves it into place, so a reader
    /// sees the old file or the new one, never half of one. Without `overwrite`, an existing
    /// file is left alone and the write fails with "already exists".
    static func writeAtomically(
        _ bytes: [UInt8], to path: String, mode: mode_t = 0o644, overwrite: Bool = true
    ) throws(FileError) {
        let temporary = temporaryPath(beside: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileError(path: path, reason: systemReason()) }
        var failure: String?
        if fchmod(fd, mode) != 0 || !writeAll(fd, bytes) || fsync(fd) != 0 {
            failure = systemReason()
        }
        if close(fd) != 0, failure == nil { failure = systemReason() }
        if let failure {
            unlink(temporary)
            throw FileError(path: path, reason: failure)
        }
        try moveIntoPlace(temporary, path, overwrite: overwrite)
    }

    /// Moves a finished temporary file to `path`. Without `overwrite` an existing `path` is left
    /// alone: link(2) refuses to replace a name, which makes "never overwrite" race-free.
    static func moveIntoPlace(_ temporary: String, _ path: String, overwrite: Bool) throws(FileError) {
        let moved = overwrite ? rename(temporary, path) : link(temporary, path)
        let reason = moved == 0 ? nil : (errno == EEXIST ? "already exists" : systemReason())
        if !overwrite || moved != 0 { unlink(temporary) }
        if let reason { throw FileError(path: path, reason: reason) }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(folder).\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    static func systemReason(_ code: Int32 = errno) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EACCES: "permission denied"
        case EISDIR: "is a folder"
        case EROFS: "read-only file system"
        case ENOSPC: "no space left on device"
        case ENOTDIR: "a part of the path is not a folder"
        default: String(cString: strerror(code))
        }
    }
}
