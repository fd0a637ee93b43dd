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

    /// The bytes are folded into one word (FNV-1a) and the word is hashed: feeding the bytes
    /// to `Hasher` one buffer at a time costs several times more for short text.
    func hash(into hasher: inout Hasher) {
        var text = text
        let folded = text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
        hasher.combine(folded)
    }
}
