/// Draws a `Chart` as an SVG image, or as an HTML page that holds the image and needs nothing
/// else: a panel per measure, one under another, each on its own axis in its own unit, then
/// the articles the figures come from.
public enum ChartRenderer {
    static let margin = 24.0
    static let plotHeight = 200.0
    /// Room above the plot for the labels of the tallest values (a value and its period).
    static let headroom = 34.0
    static let smallestWidth = 720.0

    public static func svg(_ chart: Chart) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + drawing(chart)
    }

    public static func html(_ chart: Chart) -> String {
        let title = SVGWriter.escaped(chart.statement.isEmpty ? "zhibiao chart" : chart.statement)
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>body { margin: 0; padding: 16px; background: #fff; } svg { display: block; }</style>
            </head>
            <body>
            \(drawing(chart))</body>
            </html>

            """
    }

    /// The `<svg>` element.
    static func drawing(_ chart: Chart) -> String {
        let plots = chart.panels.map { PanelPlot($0, style: chart.style, series: chart.series) }
        let title = chart.statement.isEmpty ? "zhibiao" : chart.statement
        let width = ([smallestWidth, SVGWriter.width(title, size: 18) + 2 * margin] + plots.map(\.naturalWidth))
            .max()!.rounded(.up)
        var body = SVGWriter()
        body.label(title, x: margin, y: margin + 14, size: 18, bold: true, className: "title")
        var y = margin + 30
        for plot in plots {
            y = plot.draw(into: &body, top: y, width: width)
        }
        y = drawSources(chart.sources, into: &body, top: y, width: width)
        let height = (y + margin).rounded(.up)
        var svg = SVGWriter()
        let (w, h) = (SVGWriter.number(width), SVGWriter.number(height))
        svg.raw(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(w)\" height=\"\(h)\" "
                + "viewBox=\"0 0 \(w) \(h)\" font-family=\"\(SVGWriter.fontFamily)\">\n")
        svg.element("title", [], content: title)
        if chart.panels.contains(where: { $0.points.contains(where: \.hedged) }) { svg.raw(hatches()) }
        svg.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "#fff")])
        svg.raw(body.text)
        svg.raw("</svg>\n")
        return svg.text
    }

    /// The note under the chart: the articles the figures come from, by name.
    static func drawSources(_ sources: [String], into svg: inout SVGWriter, top: Double, width: Double) -> Double {
        guard !sources.isEmpty else { return top }
        var y = top + 8
        svg.raw("<g class=\"sources\">\n")
        let heading = "Sources (\(sources.count) article\(sources.count == 1 ? "" : "s")):"
        svg.label(heading, x: margin, y: y + 12, bold: true)
        y += 18
        let shown = sources.count > 40 ? 39 : sources.count
        for source in sources.prefix(shown) {
            for line in wrapped(source, size: 12, width: width - 3 * margin) {
                svg.label(line, x: margin + 12, y: y + 12, fill: "#444")
                y += 16
            }
        }
        if shown < sources.count {
            svg.label("… and \(sources.count - shown) more", x: margin + 12, y: y + 12, fill: "#444")
            y += 16
        }
        svg.raw("</g>\n")
        return y
    }

    /// Lines of `text` no wider than `width` pixels at `size`.
    static func wrapped(_ text: String, size: Double, width: Double) -> [String] {
        DisplayWidth.wrapped(text, to: max(10, Int(width / (size * 0.58))))
    }

    /// Diagonal stripes in each palette colour, the fill of a hedged bar.
    static func hatches() -> String {
        var defs = "<defs>\n"
        for (n, colour) in ChartPalette.colours.enumerated().map({ (String($0), $1) }) + [("grey", "#777")] {
            defs +=
                "<pattern id=\"hatch-\(n)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
                + "<rect width=\"3\" height=\"6\" fill=\"\(colour)\"/></pattern>\n"
        }
        return defs + "</defs>\n"
    }
}

extension Kind {
    /// What a panel of this kind holds, said under its title; nil for results.
    var chartCaption: String? {
        switch self {
        case .actual: nil
        case .target: "targets: levels set to reach, not results"
        case .completion: "shares of a target reached"
        case .change: "changes against a base"
        case .derived: "derived figures: worked out from others, not stated"
        }
    }
}
