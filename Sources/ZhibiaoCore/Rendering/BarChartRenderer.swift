/// Draws a `BarChart` with block characters, eighth-cell precision, longest bar 30 columns.
enum BarChartRenderer {
    static let fullWidth = 30
    private static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func render(_ chart: BarChart, color: Bool) -> String {
        let labels = chart.bars.map { TerminalText.escape($0.label) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let largest = chart.bars.map { abs($0.value) }.max() ?? 0
        var lines = [TableRenderer.styled(TerminalText.escape(chart.title), "1", color)]
        for (label, bar) in zip(labels, chart.bars) {
            let drawn = self.bar(largest > 0 ? abs(bar.value) / largest : 0)
            let painted = color && !drawn.isEmpty ? "\u{1B}[36m\(drawn)\u{1B}[0m" : drawn
            let padding = String(repeating: " ", count: fullWidth - DisplayWidth.of(drawn))
            lines.append(
                "  " + DisplayWidth.padded(label, to: labelWidth) + "  " + painted + padding + "  " + bar.caption)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bar for a fraction of the full width; any non-zero value shows at least a sliver.
    static func bar(_ fraction: Double) -> String {
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
