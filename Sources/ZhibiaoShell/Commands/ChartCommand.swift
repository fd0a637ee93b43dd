import ZhibiaoCore

/// `.chart`: the last `compare` or `series` answer drawn to a file, bars or lines.
enum ChartCommand {
    static let chart = DotCommand(
        name: "chart", usage: ".chart FILE.svg|FILE.html",
        summary: "Draw the last compare (bars) or series (lines) as an SVG image or a web page",
        complete: .paths
    ) { call in
        guard call.arguments.count == 1 else { return call.usageError() }
        let path = call.arguments[0]
        let context = call.context
        let name = path.lowercased()
        let page = name.hasSuffix(".html") || name.hasSuffix(".htm")
        guard page || name.hasSuffix(".svg") else {
            return call.usageError("\(path) names neither an .svg image nor an .html page")
        }
        guard let chart = context.engine.lastChart else {
            context.error("nothing to chart yet: .chart draws the last compare or series answer")
            return .failure
        }
        let statement = chart.style == .bars ? "compare" : "series"
        guard chart.pointCount > 0 else {
            context.error("the last \(statement) has no value to draw: \(chart.statement)")
            return .failure
        }
        let text = page ? ChartRenderer.html(chart) : ChartRenderer.svg(chart)
        do throws(FileError) {
            try FileSystem.writeAtomically(Array(text.utf8), to: FileSystem.expandTilde(path))
        } catch {
            context.error("cannot write \(path): \(error.reason)")
            return .failure
        }
        let (values, panels) = (chart.pointCount, chart.panels.count)
        context.note(
            "drew \(values) value\(values == 1 ? "" : "s") in \(panels) panel\(panels == 1 ? "" : "s") of "
                + "\(chart.statement) to \(path)")
        return .success
    }
}
