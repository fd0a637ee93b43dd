#if canImport(Glibc)
    import Glibc
#endif

/// What names the extraction a stored article was read with: a store re-extracts an article
/// whose version differs, since the same text may now give other figures.
public enum ExtractorVersion {
    /// Raised by hand whenever the rules in code change what an article gives (the passes, the
    /// number reader, the merger); the data tables are counted by their hash below.
    public static let revision = 132

    /// `1-3f9a0c5d2e7b8a41`: the revision and a hash of every data table extraction reads (the
    /// built-in ones and those of `$ZHIBIAO_DATA`), so that editing a table alone also counts.
    public static let current: String = {
        var hash = ContentHash()
        for name in BuiltInTables.text.keys.sorted() {
            hash.add(name)
            hash.add(BuiltInTables.text[name]!)
        }
        if let extra = getenv("ZHIBIAO_DATA") {
            let dir = String(cString: extra)
            for name in BuiltInTables.text.keys.sorted() {
                guard let bytes = try? SourceFiles.read(dir + "/" + name) else { continue }
                hash.add(name)
                bytes.withUnsafeBufferPointer { hash.add($0) }
            }
        }
        return "\(revision)-\(hash.hex)"
    }()
}

/// A 64-bit hash of bytes, eight at a time: what tells a changed article or table from the one
/// stored, cheaply enough to run over every article of a corpus at each opening.
public struct ContentHash: Sendable {
    private var state: UInt64 = 0x9e37_79b9_7f4a_7c15
    private var length: UInt64 = 0

    public init() {}

    /// The hash of a whole buffer.
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.hex
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0) }
    }

    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= count {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail ^ 0xff << 56)
        length &+= UInt64(count)
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0xbf58_476d_1ce4_e5b9
        state ^= state >> 29
    }

    /// Sixteen hex digits, the length mixed in last.
    public var hex: String {
        var h = state ^ length &* 0x94d0_49bb_1331_11eb
        h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
        h ^= h >> 31
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
