#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Transcodes legacy Chinese text (GB18030, a superset of GBK and GB2312) to UTF-8 with the C
/// library's iconv, replacing undecodable bytes with U+FFFD and noting their lines.
enum LegacyEncoding {
    /// The UTF-8 bytes and the 1-based lines where bytes were replaced; nil when this system's
    /// iconv cannot convert from GB18030.
    static func gb18030(_ bytes: ArraySlice<UInt8>) -> (utf8: [UInt8], invalidLines: [Int])? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard let cd, Int(bitPattern: cd) != -1 else { return nil }
        defer { iconv_close(cd) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var invalidLines: [Int] = []
        var line = 1
        var counted = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = source.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = source.count
            while inLeft > 0 {
                let (result, code, written) = chunk.withUnsafeMutableBytes { target in
                    var outPointer = target.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (result, errno, target.count - outLeft)
                }
                output += chunk[0..<written]
                guard result == -1 else { break }
                if code == E2BIG { continue }
                // EILSEQ (an invalid sequence) or EINVAL (a sequence cut off by the end).
                for b in output[counted...] where b == 0x0A { line += 1 }
                counted = output.count
                if invalidLines.last != line { invalidLines.append(line) }
                output += [0xEF, 0xBF, 0xBD]
                counted = output.count
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
        }
        return (output, invalidLines)
    }
}
