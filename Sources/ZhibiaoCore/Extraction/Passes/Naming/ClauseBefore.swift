extension SentenceReader {
    /// A figure named by nothing, or by linking verbs only: 筹集保障性租赁住房，完成6.4万套 (or
    /// 约6.4万套) is of the clause before; 收入突破2万元大关，达到20345元 is the figure before,
    /// more exactly.
    mutating func clauseBefore(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.isEmpty || namer.isLinkingVerbsOnly(n.metric) else { return .next }
        if case let subject = nounOfClauseBefore(n.figure), subject.count >= 2, !subject.contains(where: isDigit) {
            n.metric = subject
            n.trail.add(.clauseBefore)
        } else if !n.metric.isEmpty, let previous = lastMade, previous.unit == n.figure.unit {
            n.metric = namer.withoutChange(previous.metric)
            n.trail.add(.restated)
        }
        return .next
    }
}
