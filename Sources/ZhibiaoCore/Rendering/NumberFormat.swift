/// How values are written: exactly (48200, 4.82, 62.9) and in the readable Chinese form
/// (4.82万, 5.12亿) that the articles themselves use.
public enum NumberFormat {
    /// The exact value, without a trailing `.0` for integral values; `null` is the caller's.
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        let shortest = "\(value)"
        // A value that arithmetic made (a difference, a derived figure) can carry noise in its
        // last digits (18887.999999999996): printed to 12 significant digits, which no figure
        // an article states goes beyond.
        guard shortest.utf8.count > 14, abs(value) >= 1e-4, abs(value) < 1e15 else { return shortest }
        var digitsBefore = 1
        var magnitude = abs(value)
        while magnitude >= 10 {
            magnitude /= 10
            digitsBefore += 1
        }
        return decimal(value, maximumFractionDigits: max(0, min(15, 12 - digitsBefore)))
    }

    /// 48200 → 4.82万, 512000000 → 5.12亿; nil below 1万, where the exact value reads well.
    public static func readable(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        let magnitude = abs(value)
        let (divisor, suffix): (Double, String) =
            magnitude >= 1e12 ? (1e12, "万亿") : magnitude >= 1e8 ? (1e8, "亿") : magnitude >= 1e4 ? (1e4, "万") : (1, "")
        guard divisor > 1 else { return nil }
        return decimal(value / divisor, maximumFractionDigits: 4) + suffix
    }

    /// `value` with at most `maximumFractionDigits` decimals, trailing zeros dropped. Digits
    /// are written straight into the string (a short one needs no allocation).
    public static func decimal(_ value: Double, maximumFractionDigits: Int) -> String {
        precondition((0...15).contains(maximumFractionDigits), "at most 15 decimals")
        var scale = 1.0
        for _ in 0..<maximumFractionDigits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return exact(value) }
        let units = Int64(scaled)
        var fraction = units % Int64(scale)
        var fractionDigits = maximumFractionDigits
        while fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        let negative = value < 0 && units != 0
        return String(unsafeUninitializedCapacity: 40) { buffer in
            var count = 0
            if negative {
                buffer[0] = UInt8(ascii: "-")
                count = 1
            }
            count += writeDigits(units / Int64(scale), minimumCount: 1, into: buffer, at: count)
            if fractionDigits > 0 {
                buffer[count] = UInt8(ascii: ".")
                count += 1
                count += writeDigits(fraction, minimumCount: fractionDigits, into: buffer, at: count)
            }
            return count
        }
    }

    /// Writes the decimal digits of `number` (≥ 0), zero-padded to `minimumCount`; how many.
    private static func writeDigits(
        _ number: Int64, minimumCount: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Int {
        var length = 1
        var rest = number / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        length = max(length, minimumCount)
        var n = number
        for i in stride(from: start + length - 1, through: start, by: -1) {
            buffer[i] = UInt8(ascii: "0") + UInt8(n % 10)
            n /= 10
        }
        return length
    }
}
