/// Draws a `BarChart` with block characters, eighth-cell precision, longest bar 30 columns.
/// Given a width, the bars get shorter first (down to 8 columns), then the labels are cut;
/// the captions are values and are never cut.
enum BarChartRenderer {
    static let fullWidth = 30
    static let shortestFullWidth = 8
    static let shortestLabel = 6
    private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func render(_ chart: BarChart, layout: TextLayout) -> String {
        let color = layout.color
        var labels = chart.bars.map { TerminalText.escape($0.label) }
        var labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        var barWidth = fullWidth
        if let width = layout.width {
            let captionWidth = chart.bars.map { DisplayWidth.of($0.caption) }.max() ?? 0
            var excess = 2 + labelWidth + 2 + barWidth + 2 + captionWidth - width
            let shorter = min(max(0, excess), barWidth - shortestFullWidth)
            barWidth -= shorter
            excess -= shorter
            if excess > 0 && labelWidth > shortestLabel {
                labelWidth = max(shortestLabel, labelWidth - excess)
                labels = labels.map { DisplayWidth.truncated($0, to: labelWidth) }
            }
        }
        let largest = chart.bars.map { abs($0.value) }.max() ?? 0
        let title = TerminalText.escape(chart.title)
        var lines = [
            TableRenderer.styled(layout.width.map { DisplayWidth.truncated(title, to: $0) } ?? title, "1", color)
        ]
        for (label, bar) in zip(labels, chart.bars) {
            let drawn = self.bar(largest > 0 ? abs(bar.value) / largest : 0, fullWidth: barWidth)
            let painted = color && !drawn.isEmpty ? "\u{1B}[36m\(drawn)\u{1B}[0m" : drawn
            let padding = String(repeating: " ", count: barWidth - DisplayWidth.of(drawn))
            lines.append(
                "  " + DisplayWidth.padded(label, to: labelWidth) + "  " + painted + padding + "  " + bar.caption)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bar for a fraction of the full width; any non-zero value shows at least a sliver.
    static func bar(_ fraction: Double, fullWidth: Int = fullWidth) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(fullWidth * 8)).rounded())
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 {
            bar.append(partials[eighths % 8 - 1])
        } else if eighths == 0 && fraction > 0 {
            bar.append(partials[0])
        }
        return bar
    }
}
