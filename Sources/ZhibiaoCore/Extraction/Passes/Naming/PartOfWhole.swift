extension SentenceReader {
    /// 病床使用率79.4%，其中，公立医院86.0%: a part named only by whom or where it is of takes the
    /// whole's measure, and so do the parts listed after it (城镇居民…，农村居民…).
    @inline(__always)
    mutating func partOfWhole(_ n: inout Naming) -> NamingVerdict {
        // (Most figures are no part, and follow none: told before a call.)
        let opens = Self.opensPart(s, n.phrase)
        guard opens || partsOf != nil else { return .next }
        return nameByPartOfWhole(&n, opensPart: opens)
    }

    private mutating func nameByPartOfWhole(_ n: inout Naming, opensPart: Bool) -> NamingVerdict {
        if opensPart, case let figureUnit = figures[n.figure].unit,
            let whole = made[context.blockCandidates...].last(where: { $0.unit == figureUnit })
        {
            partsOf = (withoutChange(name: whole.name), figureUnit)
        }
        if let parts = partsOf {
            if parts.unit == figures[n.figure].unit,
                let named = namer.part(n.metric, of: parts.whole, isRate: figures[n.figure].family == .rate)
            {
                n.metric = named
                n.isPart = true
                n.trail.add(.partOfWhole)
            } else {
                partsOf = nil
            }
        }
        return .next
    }
}
