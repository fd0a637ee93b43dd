#if canImport(Glibc)
    import Glibc
#endif

/// Writes text to standard output, all of it.
func writeOutput(_ text: String) {
    write(text, to: 1)
}

/// Writes a message to standard error.
func printError(_ message: String, newline: Bool = true) {
    write(newline ? message + "\n" : message, to: 2)
}

/// Writes bytes to standard output (an export, a chunk at a time).
func writeOutput(_ bytes: UnsafeBufferPointer<UInt8>) {
    write(bytes, to: 1)
}

private func write(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { write($0, to: fd) }
}

private func write(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) {
    var offset = 0
    while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 {
            if n < 0 && errno == EINTR { continue }
            return
        }
        offset += n
    }
}
