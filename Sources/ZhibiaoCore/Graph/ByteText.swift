#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// A string compared and hashed by its UTF-8 bytes, for text whose spelling is its identity
/// (values we formatted, interned strings): comparing and hashing `String`s of Chinese text
/// goes through Unicode normalization and costs several times more.
struct ByteText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ByteText, rhs: ByteText) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        var (left, right) = (lhs.text, rhs.text)
        return left.withUTF8 { a in
            right.withUTF8 { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
