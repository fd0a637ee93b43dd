/// A string compared and hashed by its UTF-8 bytes, for text whose spelling is its identity
/// (values we formatted, interned strings): comparing and hashing `String`s of Chinese text
/// goes through Unicode normalization and costs several times more.
struct ByteText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ByteText, rhs: ByteText) -> Bool { lhs.text.isSameWord(rhs.text) }

    /// The word is hashed, folded from the bytes first: feeding the bytes to `Hasher` one
    /// buffer at a time costs several times more for short text.
    func hash(into hasher: inout Hasher) {
        hasher.combine(Self.fold(text))
    }

    /// The bytes of `text` folded into one word (FNV-1a).
    static func fold(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
    }
}
