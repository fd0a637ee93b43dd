extension SentenceReader {
    /// A clause that opens with 已 and names no subject of its own says how much of the item
    /// counted just before is done: 改造城中村12个，已完工8个 and 新建幼儿园3所，已完成主体工程2所
    /// are 城中村已完工 and 幼儿园已完成主体工程. Named by its verb alone (完工), the part done read
    /// as a thing of its own, or as the verb acting on the item (完工老旧小区). Only after a figure
    /// in the same unit, which the part is of; a part named by nothing or by linking verbs alone
    /// (，已完成12公里) is the item itself, restated (`clauseBefore`).
    @inline(__always)
    mutating func doneOfItem(_ n: inout Naming) -> NamingVerdict {
        let open = n.phrase.lowerBound
        guard open >= 1, open < figures[n.figure].leadStart, s[open] == "已", isClauseMark(s[open - 1])
        else { return .next }
        return nameDoneOfItem(&n)
    }

    private mutating func nameDoneOfItem(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.count >= 2, let previous = lastMade, previous.unit == figures[n.figure].unit, !previous.isRate
        else { return .next }
        let item = namer.subject(of: metric(of: previous))
        guard item.count >= 2, n.metric.firstRange(of: item) == nil else { return .next }
        n.metric = item + Self.done + n.metric
        n.trail.add(.doneOfItemBefore)
        return .next
    }

    private static let done: [Unicode.Scalar] = ["已"]
}
