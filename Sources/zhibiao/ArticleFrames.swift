#if canImport(Glibc)
    import Glibc
#endif

/// Articles framed on standard input (`zhibiao export --framed -`): each one a header line
/// `LENGTH NAME` and then exactly LENGTH bytes, so that one process extracts the articles of a
/// whole Spark partition rather than starting once per article.
struct ArticleFrames {
    /// Why the stream could not be read on: after a bad header or a short body there is no
    /// telling where the next article begins.
    struct Failure: Error {
        var message: String
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false
    private(set) var count = 0

    init(fd: Int32 = 0) {
        self.fd = fd
    }

    /// The next article's name and bytes; nil at the end of the stream.
    mutating func next() throws(Failure) -> (name: String, bytes: [UInt8])? {
        guard let header = try line() else { return nil }
        count += 1
        let text = String(decoding: header, as: UTF8.self)
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let length = Int(parts[0]), length >= 0, !parts[1].isEmpty else {
            throw Failure(message: "article \(count): header \"\(text.prefix(60))\" is not LENGTH NAME")
        }
        let name = String(parts[1])
        guard let body = try bytes(length) else {
            throw Failure(message: "article \(count) (\(name)): the input ends before its \(length) bytes")
        }
        return (name, body)
    }

    /// The bytes up to the next newline (without it); nil at the end of the stream.
    private mutating func line() throws(Failure) -> ArraySlice<UInt8>? {
        // Counted from `start`, which reading on moves.
        var searched = 0
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                return line
            }
            searched = buffer.count - start
            if ended {
                guard start == buffer.count else {
                    throw Failure(message: "article \(count + 1): the input ends inside its header")
                }
                return nil
            }
            try fill()
        }
    }

    /// Exactly `length` bytes; nil when the stream ends first.
    private mutating func bytes(_ length: Int) throws(Failure) -> [UInt8]? {
        while buffer.count - start < length {
            if ended { return nil }
            try fill()
        }
        let body = Array(buffer[start..<(start + length)])
        start += length
        return body
    }

    /// Reads on, first dropping what has been handed out.
    private mutating func fill() throws(Failure) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let room = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: room))
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBufferPointer { Glibc.read(fd, $0.baseAddress! + old, room) }
        } while n < 0 && errno == EINTR
        if n < 0 {
            let reason = String(cString: strerror(errno))
            buffer.removeSubrange(old...)
            throw Failure(message: reason)
        }
        buffer.removeSubrange((old + n)...)
        if n == 0 { ended = true }
    }
}
