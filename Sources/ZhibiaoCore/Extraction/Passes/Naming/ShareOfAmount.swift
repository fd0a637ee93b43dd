extension SentenceReader {
    /// 政府卫生支出17428.5亿元，占26.7%: a share of the amount before (占比).
    mutating func shareOfAmount(_ n: inout Naming) -> NamingVerdict {
        if n.metric == Self.share {
            n.metric.append("比")
            n.trail.add(.shareOfAmount)
        }
        return .next
    }
}
