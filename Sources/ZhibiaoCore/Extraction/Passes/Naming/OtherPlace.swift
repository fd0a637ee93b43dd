extension SentenceReader {
    /// 高于全国0.7、全省2.3个百分点: a figure with no name after a comparison is the same
    /// comparison with another place.
    @inline(__always)
    mutating func otherPlace(_ n: inout Naming) -> NamingVerdict {
        // (Most figures have a name by now: told before a call.)
        guard n.metric.isEmpty else { return .next }
        return nameOtherPlace(&n)
    }

    private mutating func nameOtherPlace(_ n: inout Naming) -> NamingVerdict {
        if let previous = lastMade, previous.unit == figures[n.figure].unit,
            let compared = namer.placeSwapped(metric(of: previous), s, phrase: n.phrase)
        {
            n.metric = compared
            n.trail.add(.otherPlaceSameComparison)
        }
        return .next
    }
}
