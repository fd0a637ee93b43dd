/// One panel laid out and drawn: its title, the unit over its axis, its marks (a bar or a
/// point per value, each with its value and, for part of a year, its period), the labels
/// under the axis, a key to the marks that need one, and the values left undrawn.
struct PanelPlot {
    let panel: ChartPanel
    let style: Chart.Style
    let scale: ChartScale
    let axisWidth: Double
    /// The width each category needs: its group of bars (a bar for each series it has), or a
    /// year on a line chart.
    let cells: [Double]
    /// The series each category has a value of, in the panel's order: its bars, left to right.
    let present: [[String]]
    /// The width one bar and its labels need.
    let slot: Double
    /// Where each category stands in the panel, and each series' colour in the chart's
    /// order, looked up once per mark.
    private let categoryRank: [String: Int]
    private let colourRank: [String: Int]
    /// Whether each bar is labelled with its series: always but for a comparison's one
    /// `value` column, so that a panel of one bar still says whose it is.
    let showsSeries: Bool
    /// Room right of a line chart's last year for the labels of its values.
    let trailing: Double

    var margin: Double { ChartRenderer.margin }

    init(_ panel: ChartPanel, style: Chart.Style, series: [String]) {
        self.panel = panel
        self.style = style
        func ranks(_ names: [String]) -> [String: Int] {
            Dictionary(zip(names, 0...), uniquingKeysWith: { first, _ in first })
        }
        let (categoryRank, seriesRank) = (ranks(panel.categories), ranks(panel.series))
        (self.categoryRank, colourRank) = (categoryRank, ranks(series))
        showsSeries = style == .bars && series != ["value"]
        var values = panel.points.map(\.value)
        // Lines keep clear of the plot's edges, where a point would sit on the axis.
        if style == .lines, let low = values.min(), let high = values.max() {
            let pad = (high > low ? high - low : abs(high) / 10) * 0.08
            values += [low - pad, high + pad]
        }
        let scale = ChartScale(values, fromZero: style == .bars)
        self.scale = scale
        axisWidth = (scale.ticks.map { SVGWriter.width(scale.label($0), size: 11) }.max() ?? 0) + 10
        var present = Array(repeating: [String](), count: panel.categories.count)
        var seen: Set<[String]> = []
        for point in panel.points.sorted(by: { (seriesRank[$0.series] ?? 0) < (seriesRank[$1.series] ?? 0) })
        where seen.insert([point.category, point.series]).inserted {
            present[categoryRank[point.category] ?? 0].append(point.series)
        }
        self.present = present
        let categoryWidths = panel.categories.map { category in
            Self.lines(category).map { SVGWriter.width($0, size: 12) + 12 }.max() ?? 0
        }
        switch style {
        case .bars:
            var slot = 28.0
            for point in panel.points {
                slot = max(slot, SVGWriter.width(point.shown, size: 11) + 8)
                if let period = point.period { slot = max(slot, SVGWriter.width(period, size: 10) + 8) }
            }
            if showsSeries {
                for series in panel.series { slot = max(slot, SVGWriter.width(series, size: 11) + 8) }
            }
            self.slot = slot
            cells = zip(present, categoryWidths).map { max(Double($0.count) * slot, $1) + 24 }
            trailing = 0
        case .lines:
            slot = 0
            let labels = panel.points.map { SVGWriter.width(Self.lineLabel($0), size: 11) }.max() ?? 0
            let cell = max(72, (categoryWidths.max() ?? 0) + 16, labels + 24)
            cells = Array(repeating: cell, count: panel.categories.count)
            trailing = max(0, labels + 12 - cell / 2)
        }
    }

    var naturalWidth: Double {
        2 * margin + axisWidth + cells.reduce(0, +) + trailing
    }

    /// The title: the measure, its unit and, for other than results, what its figures are.
    private var title: String {
        panel.title + (panel.unit.isEmpty ? "" : " (\(panel.unit))")
    }

    /// Draws the panel from `top` in a chart `width` pixels wide; returns where it ends.
    func draw(into svg: inout SVGWriter, top: Double, width: Double) -> Double {
        var y = top + 12
        svg.raw("<g class=\"panel\">\n")
        svg.label(title, x: margin, y: y + 15, size: 15, bold: true, className: "panel-title")
        y += 22
        if let caption = panel.kind.chartCaption {
            svg.label(caption, x: margin, y: y + 13, size: 12, fill: "#b0421f", className: "kind")
            y += 18
        }
        if style == .lines { y = drawLegend(into: &svg, top: y, width: width) }
        if !panel.unit.isEmpty {
            svg.label("单位：\(panel.unit)", x: margin, y: y + 14, size: 11, fill: "#555", className: "unit")
            y += 16
        }
        let plotTop = y + ChartRenderer.headroom
        let plotBottom = plotTop + ChartRenderer.plotHeight
        let plotLeft = margin + axisWidth
        let available = width - plotLeft - margin - trailing
        // Few categories spread out, but not so far that a group or a year stands alone.
        let natural = max(1, cells.reduce(0, +))
        let widest = style == .bars ? 1.6 : 240 / (cells.first ?? 240)
        let stretch = max(1, min(available / natural, widest))
        var columns: [(left: Double, width: Double)] = []
        var left = plotLeft
        for cell in cells {
            columns.append((left, cell * stretch))
            left += cell * stretch
        }
        drawAxis(into: &svg, left: plotLeft, right: left, top: plotTop, bottom: plotBottom)
        // Labels under a negative bar hang below the plot.
        let below = plotBottom + (panel.points.contains { $0.value < 0 } && style == .bars ? 28 : 0)
        switch style {
        case .bars:
            y = drawBars(into: &svg, columns: columns, top: plotTop, bottom: plotBottom, labels: below)
        case .lines:
            y = drawLines(into: &svg, columns: columns, top: plotTop, bottom: plotBottom, labels: below)
        }
        y = drawKey(into: &svg, top: y + 6)
        // Past a dozen, disagreements are counted, not listed: `check` lists them all.
        let listed = panel.notes.count > 12 ? 10 : panel.notes.count
        var notes = Array(panel.notes.prefix(listed))
        if listed < panel.notes.count {
            notes.append(
                "… and \(panel.notes.count - listed) more values that articles state differently "
                    + "(`check` lists them)")
        }
        for note in notes {
            for line in ChartRenderer.wrapped(note, size: 12, width: width - 2 * margin) {
                svg.label(line, x: margin, y: y + 13, size: 12, fill: "#444", className: "note")
                y += 16
            }
        }
        svg.raw("</g>\n")
        return y + 18
    }

    private func drawAxis(into svg: inout SVGWriter, left: Double, right: Double, top: Double, bottom: Double) {
        for tick in scale.ticks {
            let y = scale.position(tick, top: top, bottom: bottom)
            let line = tick == 0 || tick == scale.low ? "#555" : "#ddd"
            svg.element(
                "line",
                [
                    ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)), ("y1", SVGWriter.number(y)),
                    ("y2", SVGWriter.number(y)), ("stroke", line), ("stroke-width", "1"),
                ])
            svg.label(
                scale.label(tick), x: left - 6, y: y + 4, size: 11, anchor: "end", fill: "#555", className: "tick")
        }
    }

    /// The index of a series in the chart, which chooses its colour.
    func colourIndex(_ series: String) -> Int {
        colourRank[series] ?? 0
    }

    func categoryIndex(_ point: ChartPoint) -> Int {
        categoryRank[point.category] ?? 0
    }

    /// What a point's tooltip says: where it stands and its value in full.
    func tooltip(_ point: ChartPoint) -> String {
        let place =
            style == .bars && panel.series == ["value"] ? point.category : "\(point.category) · \(point.series)"
        return "\(panel.title), \(place): \(point.shown)\(panel.unit)" + (point.period.map { " (\($0))" } ?? "")
    }

    /// The lines a category is drawn on: a field a line.
    static func lines(_ category: String) -> [String] {
        category.split(separator: " · ", omittingEmptySubsequences: false).map(String.init)
    }

    /// Draws the categories' labels under the axis, centred on their cells, from baseline `y`;
    /// returns where the lowest ends.
    func drawCategories(
        into svg: inout SVGWriter, columns: [(left: Double, width: Double)], y: Double, bold: Bool
    ) -> Double {
        var end = y
        for (category, column) in zip(panel.categories, columns) {
            for (k, line) in Self.lines(category).enumerated() {
                svg.label(
                    line, x: column.left + column.width / 2, y: y + Double(k) * 15, size: 12, anchor: "middle",
                    bold: bold, className: "category")
                end = max(end, y + Double(k) * 15)
            }
        }
        return end + 4
    }

    /// A point's label on a line chart: its value, and its period when part of a year.
    static func lineLabel(_ point: ChartPoint) -> String {
        point.shown + (point.period.map { " (\($0))" } ?? "")
    }

    /// The colour of each place, above a line chart.
    private func drawLegend(into svg: inout SVGWriter, top: Double, width: Double) -> Double {
        var x = margin
        var y = top + 4
        for series in panel.series {
            let itemWidth = 26 + SVGWriter.width(series, size: 12) + 18
            if x + itemWidth > width - margin && x > margin {
                x = margin
                y += 18
            }
            let colour = ChartPalette.colour(colourIndex(series))
            svg.raw(
                "<g class=\"legend\"><line x1=\"\(SVGWriter.number(x))\" x2=\"\(SVGWriter.number(x + 20))\" "
                    + "y1=\"\(SVGWriter.number(y + 9))\" y2=\"\(SVGWriter.number(y + 9))\" stroke=\"\(colour)\" "
                    + "stroke-width=\"2.5\"/><circle cx=\"\(SVGWriter.number(x + 10))\" "
                    + "cy=\"\(SVGWriter.number(y + 9))\" "
                    + "r=\"3.5\" fill=\"\(colour)\"/></g>\n")
            svg.label(series, x: x + 26, y: y + 13, size: 12, className: "legend-label")
            x += itemWidth
        }
        return y + 20
    }
}
