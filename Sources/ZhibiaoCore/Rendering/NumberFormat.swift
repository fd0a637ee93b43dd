/// How values are written: exactly (48200, 4.82, 62.9) and in the readable Chinese form
/// (4.82万, 5.12亿) that the articles themselves use.
public enum NumberFormat {
    /// The exact value, without a trailing `.0` for integral values; `null` is the caller's.
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
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

    /// `value` with at most `maximumFractionDigits` decimals, trailing zeros dropped.
    public static func decimal(_ value: Double, maximumFractionDigits: Int) -> String {
        var scale = 1.0
        for _ in 0..<maximumFractionDigits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return exact(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = String(units % Int64(scale))
        fraction = String(repeating: "0", count: maximumFractionDigits - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && units != 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A JSON number, or `null` where JSON has none.
    static func json(_ value: Double) -> String {
        value.isFinite ? exact(value) : "null"
    }
}
