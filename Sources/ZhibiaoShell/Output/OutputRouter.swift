import Glibc

/// Where answers go: standard output, or a file chosen with `.output FILE` (until changed) or
/// `.once FILE` (for the next answer only). A file is written beside its name and moved into
/// place when the redirection ends, so a reader never sees half of it; an existing file is
/// replaced only when `--force` was given.
final class OutputRouter {
    private let standard: TextSink
    private var file: (path: String, temporary: String, sink: FileDescriptorSink, once: Bool, overwrite: Bool)?
    /// Told when a finished file could not be moved into place.
    var onError: (String) -> Void = { _ in }
    /// Counts redirections, so the entry that set up `.once` does not count as its answer.
    private(set) var generation = 0

    init(standard: TextSink) {
        self.standard = standard
    }

    deinit { closeFile() }

    /// The current destination.
    var sink: TextSink { file?.sink ?? standard }

    /// Whether answers currently go to standard output (colour is only for it).
    var isStandard: Bool { file == nil }

    /// The file answers go to, if any.
    var path: String? { file?.path }

    func write(_ text: String) { sink.write(text) }

    /// Sends answers to `path`. On failure the destination is unchanged.
    func redirect(to path: String, once: Bool, overwrite: Bool) throws(FileError) {
        let target = FileSystem.expandTilde(path)
        if !overwrite && FileSystem.exists(target) {
            throw FileError(path: path, reason: "already exists; add --force to replace it")
        }
        let temporary = FileSystem.temporaryPath(beside: target)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, reason: FileSystem.systemReason()) }
        closeFile()
        file = (target, temporary, FileDescriptorSink(fd: fd), once, overwrite)
        generation += 1
    }

    /// Back to standard output.
    func reset() { closeFile() }

    /// Called after each entry with the generation from before it: a `.once` file that was
    /// already in place has had its answer and is closed.
    func answerFinished(since before: Int) {
        if file?.once == true, generation == before { closeFile() }
    }

    private func closeFile() {
        guard let file else { return }
        self.file = nil
        fsync(file.sink.fd)
        close(file.sink.fd)
        do throws(FileError) {
            try FileSystem.moveIntoPlace(file.temporary, file.path, overwrite: file.overwrite)
        } catch {
            onError("cannot write \(error.path): \(error.reason)")
        }
    }
}
