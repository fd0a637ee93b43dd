import Glibc

/// Somewhere text can be written: standard output, standard error, a file, or (in tests) memory.
protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// Writes straight to a file descriptor with `write(2)`; unbuffered, so output and error
/// messages appear in the order they were produced.
final class FileDescriptorSink: TextSink {
    let fd: Int32
    /// The `errno` of the first write that failed (a closed pipe, a full disk); later writes
    /// are dropped.
    private(set) var failure: Int32?

    init(fd: Int32) {
        self.fd = fd
    }

    func write(_ text: String) {
        guard !text.isEmpty, failure == nil else { return }
        if !FileSystem.writeAll(fd, Array(text.utf8)) { failure = errno }
    }
}

/// Collects text in memory.
final class TextBuffer: TextSink {
    private(set) var text = ""

    func write(_ text: String) {
        self.text += text
    }

    /// Returns what was written since the last call and forgets it.
    func take() -> String {
        defer { text = "" }
        return text
    }
}
