extension SentenceReader {
    /// 政府卫生支出17428.5亿元，占26.7%: a share of the amount before (占比).
    @inline(__always)
    mutating func shareOfAmount(_ n: inout Naming) -> NamingVerdict {
        if n.metric.count == 1 && n.metric[0] == "占" {
            n.metric.append("比")
            n.trail.add(.shareOfAmount)
        }
        return .next
    }
}
