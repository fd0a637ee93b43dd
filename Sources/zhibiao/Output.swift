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

private func write(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { buffer in
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
}
