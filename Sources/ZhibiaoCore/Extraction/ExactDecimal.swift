/// A decimal number as an integer significand and a power of ten, so that 4.82万 is computed as
/// 482 × 10², not 4.82 × 10000 (which is 48200.000000000007 in binary floating point).
struct ExactDecimal: Equatable, Sendable {
    var significand: UInt64
    var exponent: Int

    static let zero = ExactDecimal(significand: 0, exponent: 0)

    init(significand: UInt64, exponent: Int = 0) {
        self.significand = significand
        self.exponent = exponent
    }

    /// Appends one decimal digit to the integer part. A digit that no longer fits is dropped and
    /// counted in the exponent instead: a 400-digit string keeps its magnitude, not its last digits.
    mutating func appendIntegerDigit(_ digit: UInt8) {
        let (shifted, o1) = significand.multipliedReportingOverflow(by: 10)
        let (sum, o2) = shifted.addingReportingOverflow(UInt64(digit))
        if o1 || o2 { exponent += 1 } else { significand = sum }
    }

    /// Appends one digit after the decimal point; digits beyond UInt64 precision are ignored.
    mutating func appendFractionDigit(_ digit: UInt8) {
        let (shifted, o1) = significand.multipliedReportingOverflow(by: 10)
        let (sum, o2) = shifted.addingReportingOverflow(UInt64(digit))
        if !(o1 || o2) {
            significand = sum
            exponent -= 1
        }
    }

    func scaled(byPowerOfTen power: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent + power)
    }

    /// Exact while the aligned sum fits in 64 bits; past that the finer operand loses its
    /// lowest digits rather than the sum trapping.
    static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        if a.significand == 0 { return b }
        if b.significand == 0 { return a }
        var (coarse, fine) = a.exponent >= b.exponent ? (a, b) : (b, a)
        while coarse.exponent > fine.exponent && fine.significand != 0 {
            let (shifted, overflow) = coarse.significand.multipliedReportingOverflow(by: 10)
            if overflow {
                fine.significand /= 10
                fine.exponent += 1
            } else {
                coarse.significand = shifted
                coarse.exponent -= 1
            }
        }
        if fine.significand == 0 { return coarse }
        let (sum, overflow) = coarse.significand.addingReportingOverflow(fine.significand)
        if overflow {
            return ExactDecimal(
                significand: coarse.significand / 10 + fine.significand / 10, exponent: coarse.exponent + 1)
        }
        return ExactDecimal(significand: sum, exponent: coarse.exponent)
    }

    /// The nearest Double: one correctly rounded multiplication or division while the power of
    /// ten is exact (≤ 10²²). Values beyond Double's range clamp to its largest finite value, so
    /// that no infinity reaches JSON output or arithmetic downstream. An integer, as most
    /// numbers written are, is converted where it is asked for, without a call.
    var doubleValue: Double {
        @inline(__always) get { exponent == 0 ? Double(significand) : scaledDoubleValue }
    }

    /// `doubleValue` of a number with a power of ten to apply.
    @inline(never)
    private var scaledDoubleValue: Double {
        if significand == 0 { return 0 }
        var result = Double(significand)
        var power = exponent
        while power > 0 {
            let step = min(power, 22)
            result *= ExactDecimal.powerOfTen(step)
            power -= step
            if !result.isFinite { return .greatestFiniteMagnitude }
        }
        while power < 0 {
            let step = min(-power, 22)
            result /= ExactDecimal.powerOfTen(step)
            power += step
        }
        return result
    }

    /// 10 to the `power`, for 0 ≤ `power` ≤ 22: each exactly representable as a Double. Written
    /// out, which the compiler makes a table in the binary, where an array built at first use
    /// was behind a lazy initialization check at every look (a number in four is scaled).
    @inline(__always)
    static func powerOfTen(_ power: Int) -> Double {
        switch power {
        case 0: 1
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        case 22: 1e22
        default: preconditionFailure("10 to the \(power) is not exact in a Double")
        }
    }
}
