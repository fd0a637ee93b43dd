extension String {
    /// The text of `scalars`, encoded to UTF-8 in one pass into storage of the exact size
    /// (building a `String.UnicodeScalarView` appends scalar by scalar).
    init(scalars: some Collection<Unicode.Scalar>) {
        var count = 0
        for c in scalars { count += UTF8.width(c) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            for c in scalars {
                for byte in UTF8.encode(c)! {
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }
}
