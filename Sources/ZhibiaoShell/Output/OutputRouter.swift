import Glibc

/// Where answers go: standard output, or a target chosen with `.output FILE` (until changed) or
/// `.once FILE` (for the next answer only). As with sqlite3, a regular file is replaced and a
/// device or pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written to. A regular file is written
/// beside its name and moved into place when the redirection ends, so a reader never sees half
/// of it, and a write that fails leaves the old file as it was.
final class OutputRouter {
    private let standard: TextSink
    private var target: (path: String, sink: FileDescriptorSink, replacing: OutputTarget.Replacement?, once: Bool)?
    /// Told when a target could not be written to or moved into place.
    var onError: (String) -> Void = { _ in }
    /// Counts redirections, so the entry that set up `.once` does not count as its answer.
    private(set) var generation = 0

    init(standard: TextSink) {
        self.standard = standard
    }

    deinit { closeTarget() }

    /// The current destination.
    var sink: TextSink { target?.sink ?? standard }

    /// Whether answers currently go to standard output (colour is only for it).
    var isStandard: Bool { target == nil }

    /// The file answers go to, if any.
    var path: String? { target?.path }

    /// For `.show`: `stdout`, the file, or the file and that it is for the next answer only.
    var destination: String {
        guard let target else { return "stdout" }
        return target.path + (target.once ? " (next answer only)" : "")
    }

    func write(_ text: String) { sink.write(text) }

    /// Sends answers to `path`. On failure the destination is unchanged.
    func redirect(to path: String, once: Bool) throws(FileError) {
        let opened = try OutputTarget.open(path)
        closeTarget()
        target = (path, FileDescriptorSink(fd: opened.fd), opened.replacing, once)
        generation += 1
    }

    /// Back to standard output.
    func reset() { closeTarget() }

    /// Called after each entry with the generation from before it: a `.once` target that was
    /// already in place has had its answer and is closed; a target that failed is given up.
    func answerFinished(since before: Int) {
        if target?.sink.failure != nil || (target?.once == true && generation == before) { closeTarget() }
    }

    private func closeTarget() {
        guard let target else { return }
        self.target = nil
        var failure = target.sink.failure
        if target.replacing != nil, failure == nil, fsync(target.sink.fd) != 0 { failure = errno }
        if close(target.sink.fd) != 0, failure == nil, errno != EINTR { failure = errno }
        if let failure {
            if let replacing = target.replacing { unlink(replacing.temporary) }
            onError("cannot write \(target.path): \(FileSystem.systemReason(failure))")
            return
        }
        guard let replacing = target.replacing else { return }
        do throws(FileError) {
            try FileSystem.moveIntoPlace(replacing.temporary, replacing.final, overwrite: true)
        } catch {
            onError("cannot write \(target.path): \(error.reason)")
        }
    }
}

/// Opens what `.output` and `.once` name, the way sqlite3's do: the shell's own standard
/// output and error are shared, devices and pipes are written to, regular files replaced.
enum OutputTarget {
    /// A regular file being written: the temporary beside it, and the name it takes at the end.
    struct Replacement {
        var temporary: String
        var final: String
    }

    static func open(_ path: String) throws(FileError) -> (fd: Int32, replacing: Replacement?) {
        let name = FileSystem.expandTilde(path)
        // The shell's own streams are shared (position and all), as a shell's `>/dev/stdout` is,
        // rather than opened anew over what was written to them.
        if let stream = standardStream(name) {
            let fd = fcntl(stream, F_DUPFD_CLOEXEC, 0)
            guard fd >= 0 else { throw FileError(path: path, reason: "not open in this shell") }
            return (fd, nil)
        }
        var info = stat()
        let exists = stat(name, &info) == 0
        if exists {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw FileError(path: path, reason: "is a folder")
            case S_IFREG:
                guard access(name, W_OK) == 0 else { throw FileError(path: path, reason: FileSystem.systemReason()) }
            default: return (try openInPlace(name, path), nil)
            }
        }
        // Through a link, the file it points to is replaced, as writing through the link would.
        let final = exists ? FileSystem.resolvedPath(name) ?? name : name
        let temporary = FileSystem.temporaryPath(beside: final)
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, reason: FileSystem.systemReason()) }
        // A replaced file keeps its permissions.
        if exists { fchmod(fd, info.st_mode & 0o7777) }
        return (fd, Replacement(temporary: temporary, final: final))
    }

    /// A device or a FIFO. A FIFO that nothing reads yet is refused rather than waited on, so
    /// the prompt does not hang.
    private static func openInPlace(_ name: String, _ path: String) throws(FileError) -> Int32 {
        let fd = Glibc.open(name, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let reason =
                errno == ENXIO ? "nothing reads from this pipe; start its reader first" : FileSystem.systemReason()
            throw FileError(path: path, reason: reason)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// The descriptor `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N` names.
    private static func standardStream(_ name: String) -> Int32? {
        switch name {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where name.hasPrefix(prefix) {
                return Int32(name.dropFirst(prefix.count))
            }
            return nil
        }
    }
}
