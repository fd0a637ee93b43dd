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
    /// that no infinity reaches JSON output or arithmetic downstream.
    var doubleValue: Double {
        if significand == 0 { return 0 }
        var result = Double(significand)
        var power = exponent
        while power > 0 {
            let step = min(power, 22)
            result *= ExactDecimal.powersOfTen[step]
            power -= step
            if !result.isFinite { return .greatestFiniteMagnitude }
        }
        while power < 0 {
            let step = min(-power, 22)
            result /= ExactDecimal.powersOfTen[step]
            power += step
        }
        return result
    }

    /// 10⁰ … 10²², each exactly representable as a Double.
    static let powersOfTen: [Double] = {
        var table = [Double](repeating: 1, count: 23)
        for i in 1..<23 { table[i] = table[i - 1] * 10 }
        return table
    }()
}
