import Glibc

/// Where answers go: standard output, or a file chosen with `.output FILE` (until changed) or
/// `.once FILE` (for the next answer only).
final class OutputRouter {
    private let standard: TextSink
    private var file: (path: String, sink: FileDescriptorSink, once: Bool)?
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

    /// Sends answers to `path`, truncating it. On failure the destination is unchanged.
    func redirect(to path: String, once: Bool) throws(FileError) {
        let fd = open(FileSystem.expandTilde(path), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileError(path: path, reason: FileSystem.systemReason()) }
        closeFile()
        file = (path, FileDescriptorSink(fd: fd), once)
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
        if let file { close(file.sink.fd) }
        file = nil
    }
}
