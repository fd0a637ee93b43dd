/// The short name an article's observation ids begin with: eight lowercase letters drawn from
/// a hash of the article's text (`kmqxbtea` in `kmqxbtea:14`, letters only so that it reads as
/// one word and never as a number).
///
/// Taken from the text, not the file's name or the order of loading, it is the same wherever
/// the file lies, whatever it is called and whatever else is loaded: two files of the same name
/// in different folders differ in text and so in key, and the same text loaded twice is one
/// article. 23 letters to the power 8 keep two of 20,000 articles apart but for odds of about
/// 1 in 400; the graph gives the rare second article whose key is taken a salted one
/// (`IndicatorGraph.freeKey`).
public struct DocumentKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The letters as a number in base 23 (the first letter lowest): an id is then as small as
    /// two integers, as it was when it held two numbers.
    private let value: UInt64

    /// Letters that are not easily taken for one another or for digits (no i, l, o).
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz".utf8)
    static let length = 8
    private static var radix: UInt64 { UInt64(alphabet.count) }

    /// The key of an article's text; `salt` picks another when that one is taken.
    public init(articleText: String, salt: Int = 0) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Over the string's own bytes where it holds them in one piece (a decoded article does):
        // iterating the UTF-8 view cost some 30 instructions a byte, as much as reading a figure.
        var text = articleText
        text.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        hash ^= UInt64(truncatingIfNeeded: salt) &* 0x9e37_79b9_7f4a_7c15
        // A final mix so that every letter depends on every byte (FNV's low bits alone do not).
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        var limit: UInt64 = 1
        for _ in 0..<Self.length { limit *= Self.radix }
        value = hash % limit
    }

    /// Reads a key as typed: its letters in either case.
    public init?(_ typed: some StringProtocol) {
        let letters = Array(typed.lowercased().utf8)
        guard letters.count == Self.length else { return nil }
        var value: UInt64 = 0
        for letter in letters.reversed() {
            guard let digit = Self.alphabet.firstIndex(of: letter) else { return nil }
            value = value * Self.radix + UInt64(digit)
        }
        self.value = value
    }

    /// The eight letters.
    public var text: String {
        String(unsafeUninitializedCapacity: Self.length) { buffer in
            writeLetters(into: buffer)
            return Self.length
        }
    }

    /// Writes the eight letters at the start of `buffer`, which has room for them: an id's
    /// text is written whole this way, with no string made for the key alone.
    func writeLetters(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        var rest = value
        for k in 0..<Self.length {
            buffer[k] = Self.alphabet[Int(rest % Self.radix)]
            rest /= Self.radix
        }
    }

    public var description: String { text }

    /// The order of the letters as text. The first letter is the lowest digit and the alphabet
    /// is in order, so the digits are compared from the lowest up, with no text made.
    public static func < (lhs: DocumentKey, rhs: DocumentKey) -> Bool {
        var (left, right) = (lhs.value, rhs.value)
        for _ in 0..<length {
            let (a, b) = (left % radix, right % radix)
            if a != b { return a < b }
            (left, right) = (left / radix, right / radix)
        }
        return false
    }
}
