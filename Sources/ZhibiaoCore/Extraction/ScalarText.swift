extension String {
    /// The text of `scalars`, encoded to UTF-8 in one pass into storage of the exact size
    /// (building a `String.UnicodeScalarView` appends scalar by scalar).
    init(scalars: some Collection<Unicode.Scalar>) {
        var count = 0
        for c in scalars { count += UTF8.width(c) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for c in scalars {
                let v = c.value
                switch v {
                case ..<0x80:
                    buffer[i] = UInt8(v)
                    i += 1
                case ..<0x800:
                    buffer[i] = UInt8(0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                case ..<0x10000:
                    buffer[i] = UInt8(0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                default:
                    buffer[i] = UInt8(0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}

extension [Unicode.Scalar] {
    /// The scalars of `text`, decoded from its UTF-8 in two passes over the bytes (one to count,
    /// one to decode) into storage of the exact size; a `String`'s bytes are valid UTF-8, so no
    /// checks are needed beyond the lead byte.
    init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var i = 0
                var n = 0
                while i < bytes.count && n < count {
                    let lead = UInt32(bytes[i])
                    var value: UInt32
                    var width: Int
                    switch lead {
                    case ..<0x80: (value, width) = (lead, 1)
                    case ..<0xE0: (value, width) = (lead & 0x1F, 2)
                    case ..<0xF0: (value, width) = (lead & 0x0F, 3)
                    default: (value, width) = (lead & 0x07, 4)
                    }
                    for k in 1..<width where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    i += width
                    n += 1
                }
                initialized = n
            }
        }
    }
}

/// A few scalars to test membership in, decoded once from a literal (a `String`'s
/// `unicodeScalars.contains` decodes the string again on every test).
struct ScalarSet: ExpressibleByStringLiteral, Sendable {
    private let members: [Unicode.Scalar]

    init(stringLiteral text: String) {
        members = Array(text.unicodeScalars)
    }

    func contains(_ c: Unicode.Scalar) -> Bool {
        members.contains(c)
    }
}
