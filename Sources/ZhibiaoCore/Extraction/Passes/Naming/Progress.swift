extension SentenceReader {
    /// 新增养老床位820张，为计划的102.5% (为年度目标的): progress against a target, of the amount
    /// before; with no amount before, nothing.
    @inline(__always)
    mutating func progress(_ n: inout Naming) -> NamingVerdict {
        let lead = figures[n.figure].leadStart
        guard lead > 0, s[lead - 1] == "的" else { return .next }
        return nameProgress(&n)
    }

    private mutating func nameProgress(_ n: inout Naming) -> NamingVerdict {
        // (Read in place: most figures are no progress, and a copy of each counted its strings.)
        guard Self.endsWithTarget(n.metric), figures[n.figure].unit.isPercentSign
        else { return .next }
        guard let k = made.indices[first...].last(where: { !made[$0].isRate }) else { return .drop }
        n.metric = withoutChange(name: made[k].name) + Self.progressWord + n.metric
        n.trail.add(.progressOfAmount)
        return .next
    }

    /// Whether a short name ends with a target (计划, 年度目标, 全年任务).
    private static func endsWithTarget(_ metric: [Unicode.Scalar]) -> Bool {
        metric.count >= 2 && metric.count <= 4 && isTargetWord(metric, at: metric.count - 2)
    }
    private static let progressWord = Array("完成".unicodeScalars)
}
