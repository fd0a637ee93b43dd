/// The marks of a panel, one per value: a bar (class `mark bar`) or a point (`mark point`),
/// classed `partial`, `hedged` or `target` where the value is one, so that it is never drawn
/// as a full-year result.
extension PanelPlot {
    /// Bars from zero, a group per category, a bar per series; returns where the labels end.
    func drawBars(
        into svg: inout SVGWriter, columns: [(left: Double, width: Double)], top: Double, bottom: Double,
        labels: Double
    ) -> Double {
        let zero = scale.position(0, top: top, bottom: bottom)
        let barWidth = min(slot - 8, 44)
        for point in panel.points {
            let group = present[categoryIndex(point)]
            let column = columns[categoryIndex(point)]
            let start = column.left + (column.width - Double(group.count) * slot) / 2
            let centre = start + (Double(group.firstIndex(of: point.series) ?? 0) + 0.5) * slot
            let end = scale.position(point.value, top: top, bottom: bottom)
            let hue = colourIndex(point.series)
            let colour = ChartPalette.colour(hue)
            var classes = "mark bar"
            var attributes: [(String, String?)] = [
                ("x", SVGWriter.number(centre - barWidth / 2)), ("y", SVGWriter.number(min(zero, end))),
                ("width", SVGWriter.number(barWidth)), ("height", SVGWriter.number(max(abs(zero - end), 1))),
            ]
            attributes += style(point, colour: colour, index: hue, classes: &classes)
            svg.element(
                "rect", [("class", classes)] + attributes,
                children: "<title>\(SVGWriter.escaped(tooltip(point)))</title>")
            // The value above a bar (below one that falls), its period nearer the bar.
            let lines = [point.shown] + (point.period.map { [$0] } ?? [])
            for (k, line) in lines.enumerated() {
                let y =
                    point.value >= 0
                    ? min(zero, end) - 4 - Double(lines.count - 1 - k) * 13
                    : max(zero, end) + 13 + Double(k) * 13
                svg.label(
                    line, x: centre, y: y, size: k == 0 ? 11 : 10, anchor: "middle", fill: k == 0 ? "#222" : "#666",
                    className: k == 0 ? "value" : "period")
            }
            if showsSeries {
                svg.label(
                    point.series, x: centre, y: labels + 15, size: 11, anchor: "middle", fill: "#444",
                    className: "series")
            }
        }
        return drawCategories(into: &svg, columns: columns, y: labels + (showsSeries ? 34 : 17), bold: showsSeries)
    }

    /// A line per series through its values year by year, joined only between values of the
    /// same period (a whole year and 1-11月 are not joined); returns where the labels end.
    func drawLines(
        into svg: inout SVGWriter, columns: [(left: Double, width: Double)], top: Double, bottom: Double,
        labels: Double
    ) -> Double {
        func x(_ point: ChartPoint) -> Double {
            let column = columns[categoryIndex(point)]
            return column.left + column.width / 2
        }
        func y(_ point: ChartPoint) -> Double { scale.position(point.value, top: top, bottom: bottom) }
        let lines = Dictionary(grouping: panel.points, by: \.series)
        for series in panel.series {
            let points = (lines[series] ?? []).sorted { categoryIndex($0) < categoryIndex($1) }
            for (a, b) in zip(points, points.dropFirst()) where a.period == b.period {
                let dashed = panel.kind == .target || a.hedged || b.hedged
                svg.element(
                    "line",
                    [
                        ("class", "segment"), ("x1", SVGWriter.number(x(a))), ("y1", SVGWriter.number(y(a))),
                        ("x2", SVGWriter.number(x(b))), ("y2", SVGWriter.number(y(b))),
                        ("stroke", ChartPalette.colour(colourIndex(series))), ("stroke-width", "2.5"),
                        ("stroke-dasharray", dashed ? "6 4" : nil),
                    ])
            }
        }
        // Labels right of their points, moved apart where places' values lie close together,
        // on a white halo where a line crosses them.
        var wanted: [Int: [(point: ChartPoint, y: Double)]] = [:]
        for point in panel.points {
            let hue = colourIndex(point.series)
            var classes = "mark point"
            let colour = ChartPalette.colour(hue)
            var attributes: [(String, String?)] = [
                ("cx", SVGWriter.number(x(point))), ("cy", SVGWriter.number(y(point))), ("r", "4.5"),
            ]
            attributes += style(point, colour: colour, index: hue, classes: &classes, hollow: true)
            svg.element(
                "circle", [("class", classes)] + attributes,
                children: "<title>\(SVGWriter.escaped(tooltip(point)))</title>")
            wanted[categoryIndex(point), default: []].append((point, y(point)))
        }
        for category in wanted.keys.sorted() {
            let points = wanted[category]!
            let placed = Self.spread(points.map(\.y), gap: 13)
            for ((point, y), at) in zip(points, placed) {
                let x = x(point)
                if abs(at - y) > 4 {
                    svg.element(
                        "line",
                        [
                            ("class", "leader"), ("x1", SVGWriter.number(x + 5)), ("y1", SVGWriter.number(y)),
                            ("x2", SVGWriter.number(x + 9)), ("y2", SVGWriter.number(at)), ("stroke", "#999"),
                            ("stroke-width", "1"),
                        ])
                }
                svg.element(
                    "text",
                    [
                        ("class", "value"), ("x", SVGWriter.number(x + 10)), ("y", SVGWriter.number(at + 4)),
                        ("font-size", "11"), ("fill", ChartPalette.textColour(colourIndex(point.series))),
                        ("stroke", "#fff"), ("stroke-width", "3"),
                        ("paint-order", "stroke"),
                    ], content: Self.lineLabel(point))
            }
        }
        return drawCategories(into: &svg, columns: columns, y: labels + 17, bold: false)
    }

    /// Heights near `wanted`, at least `gap` apart: labels that would overlap are spread
    /// evenly about the middle of the points they label.
    static func spread(_ wanted: [Double], gap: Double) -> [Double] {
        var clusters: [(start: Double, members: [Int], sum: Double)] = []
        for index in wanted.indices.sorted(by: { wanted[$0] < wanted[$1] }) {
            clusters.append((wanted[index], [index], wanted[index]))
            while clusters.count > 1 {
                let (previous, last) = (clusters[clusters.count - 2], clusters[clusters.count - 1])
                guard previous.start + Double(previous.members.count) * gap > last.start else { break }
                let members = previous.members + last.members
                let sum = previous.sum + last.sum
                let start = sum / Double(members.count) - Double(members.count - 1) * gap / 2
                clusters.removeLast(2)
                clusters.append((start, members, sum))
            }
        }
        var placed = wanted
        for cluster in clusters {
            for (k, index) in cluster.members.enumerated() { placed[index] = cluster.start + Double(k) * gap }
        }
        return placed
    }

    /// The fill and stroke of a mark: solid for a full-year result, lighter for part of a year,
    /// striped (bars) or hollow (points) for a hedged value, outlined with dashes for a target.
    private func style(
        _ point: ChartPoint, colour: String, index: Int, classes: inout String, hollow: Bool = false
    ) -> [(String, String?)] {
        let target = panel.kind == .target
        if point.period != nil { classes += " partial" }
        if point.hedged { classes += " hedged" }
        if target { classes += " target" }
        let hatch = "url(#hatch-\(index % ChartPalette.colours.count))"
        let fill = point.hedged && !hollow ? hatch : point.hedged || target ? "#fff" : colour
        return [
            ("fill", fill), ("fill-opacity", point.period != nil && !hollow ? "0.5" : nil),
            ("stroke", point.hedged || target || hollow ? colour : nil),
            ("stroke-width", point.hedged || target || hollow ? "1.5" : nil),
            ("stroke-dasharray", target && !hollow ? "4 3" : nil),
        ]
    }

    /// A line of key for each kind of mark the panel holds that a reader would not guess.
    func drawKey(into svg: inout SVGWriter, top: Double) -> Double {
        var entries: [(swatch: String, text: String)] = []
        // In grey: the key is about the kind of mark, whatever its colour.
        let colour = "#777"
        func box(_ attributes: String) -> String { "<rect width=\"14\" height=\"10\" \(attributes)/>" }
        func dot(_ attributes: String) -> String { "<circle cx=\"7\" cy=\"5\" r=\"4.5\" \(attributes)/>" }
        let bars = style == .bars
        if panel.points.contains(where: { $0.period != nil }) {
            entries.append(
                bars
                    ? (
                        box("fill=\"\(colour)\" fill-opacity=\"0.5\""),
                        "lighter bar: part of the year only (its period under the value)"
                    )
                    : (
                        dot("fill=\"\(colour)\""),
                        "a value with a period, such as (1-11月), covers part of the year and is not joined to "
                            + "whole years"
                    ))
        }
        if panel.points.contains(where: \.hedged) {
            entries.append(
                bars
                    ? (
                        box("fill=\"url(#hatch-grey)\" stroke=\"\(colour)\" stroke-width=\"1.5\""),
                        "striped bar: a hedged figure (≥ ≤ ≈ >), a bound or an estimate, not an exact result"
                    )
                    : (
                        dot("fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"1.5\""),
                        "hollow point, dashed line: a hedged figure (≥ ≤ ≈ >), a bound or an estimate, not an "
                            + "exact result"
                    ))
        }
        if panel.kind == .target {
            entries.append(
                bars
                    ? (
                        box("fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\""),
                        "dashed outline: a target, not a result"
                    )
                    : (
                        "<line x1=\"0\" x2=\"14\" y1=\"5\" y2=\"5\" stroke=\"\(colour)\" stroke-width=\"2.5\" "
                            + "stroke-dasharray=\"6 4\"/>",
                        "dashed line: targets, not results"
                    ))
        }
        var y = top
        for entry in entries {
            svg.raw(
                "<g class=\"swatch\" transform=\"translate(\(SVGWriter.number(margin)) \(SVGWriter.number(y + 3)))\">"
                    + entry.swatch + "</g>\n")
            svg.label(entry.text, x: margin + 20, y: y + 12, size: 12, fill: "#444", className: "key")
            y += 17
        }
        return y
    }
}
