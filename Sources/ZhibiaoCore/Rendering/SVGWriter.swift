/// SVG text written element by element, every attribute and text escaped for XML, so that a
/// label taken from an article (R&D, <b>, a stray control character) cannot break the file.
struct SVGWriter {
    private(set) var text = ""

    /// The fonts tried for labels: CJK fonts common on Linux, macOS and Windows, then any sans.
    static let fontFamily =
        "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif"

    /// `tag` with its attributes (in order; a nil value is left out), empty or holding `content`
    /// as text, or `children` as markup.
    mutating func element(
        _ tag: String, _ attributes: [(String, String?)], content: String? = nil, children: String? = nil
    ) {
        text += "<" + tag
        for (name, value) in attributes {
            guard let value else { continue }
            text += " \(name)=\"\(Self.escaped(value))\""
        }
        if let content {
            text += ">" + Self.escaped(content) + "</\(tag)>\n"
        } else if let children {
            text += ">" + children + "</\(tag)>\n"
        } else {
            text += "/>\n"
        }
    }

    /// A line of text. `anchor` is start, middle or end.
    mutating func label(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start", bold: Bool = false,
        fill: String = "#222", className: String? = nil
    ) {
        element(
            "text",
            [
                ("class", className), ("x", Self.number(x)), ("y", Self.number(y)),
                ("font-size", Self.number(size)), ("text-anchor", anchor == "start" ? nil : anchor),
                ("font-weight", bold ? "bold" : nil), ("fill", fill),
            ], content: content)
    }

    mutating func raw(_ markup: String) {
        text += markup
    }

    /// Text as XML character data or an attribute value: the five special characters as
    /// entities, and characters XML 1.0 forbids (most C0 controls) as U+FFFD.
    static func escaped(_ value: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                let allowed = v >= 0x20 && !(0xFFFE...0xFFFF).contains(v)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        NumberFormat.decimal(value, maximumFractionDigits: 1)
    }

    /// About how wide `text` is drawn at `size` pixels: a CJK character is an em, a Latin
    /// letter or digit a little over half of one (display columns, two for CJK, times 0.58 em).
    static func width(_ text: String, size: Double) -> Double {
        Double(DisplayWidth.of(text)) * size * 0.58
    }
}

/// The values on a panel's vertical axis: round steps (1, 2 or 5 times a power of ten) from
/// below the smallest value to above the largest, through zero where bars start from it.
struct ChartScale {
    var low: Double
    var high: Double
    var step: Double
    /// Decimals the ticks need (0.5 → 1).
    var decimals: Int

    init(_ values: [Double], fromZero: Bool) {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if fromZero {
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) / 10
            (low, high) = (fromZero && low >= 0 ? 0 : low - pad, high + pad)
        }
        step = Self.roundStep((high - low) / 5)
        self.low = (low / step).rounded(.down) * step
        self.high = (high / step).rounded(.up) * step
        var decimals = 0
        var scaled = step
        while abs(scaled - scaled.rounded()) > 1e-9 * Swift.max(1, scaled) && decimals < 10 {
            scaled *= 10
            decimals += 1
        }
        self.decimals = decimals
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at least `raw`.
    static func roundStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for factor in [1.0, 2, 5, 10] where factor * power >= raw * (1 - 1e-12) { return factor * power }
        return 10 * power
    }

    var ticks: [Double] {
        let count = Int(((high - low) / step).rounded())
        return (0...count).map { low + Double($0) * step }
    }

    /// A tick as people read it: 6万 rather than 60000, 4.5 rather than 4.500000001.
    func label(_ value: Double) -> String {
        let rounded = Double(NumberFormat.decimal(value, maximumFractionDigits: decimals)) ?? value
        return NumberFormat.readable(rounded) ?? NumberFormat.decimal(rounded, maximumFractionDigits: decimals)
    }

    /// Where `value` falls between `bottom` and `top` pixels.
    func position(_ value: Double, top: Double, bottom: Double) -> Double {
        bottom - (value - low) / (high - low) * (bottom - top)
    }
}

/// Colours told apart by most readers, colour-blind ones included (Tableau 10), then ten
/// darker ones (ColorBrewer's Dark2 and two more) before any repeats.
enum ChartPalette {
    static let colours = [
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
        "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666", "#17becf", "#bcbd22",
    ]

    static func colour(_ index: Int) -> String { colours[index % colours.count] }

    /// The colour darkened to two thirds, for text in it to stand out on white.
    static func textColour(_ index: Int) -> String {
        let hex = colour(index).dropFirst()
        let digits = Array("0123456789abcdef")
        var text = "#"
        for start in stride(from: 0, to: 6, by: 2) {
            let from = hex.index(hex.startIndex, offsetBy: start)
            let value = (Int(hex[from..<hex.index(from, offsetBy: 2)], radix: 16) ?? 0) * 2 / 3
            text.append(digits[value / 16])
            text.append(digits[value % 16])
        }
        return text
    }
}
