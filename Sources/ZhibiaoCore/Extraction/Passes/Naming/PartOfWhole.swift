extension SentenceReader {
    /// 病床使用率79.4%，其中，公立医院86.0%: a part named only by whom or where it is of takes the
    /// whole's measure, and so do the parts listed after it (城镇居民…，农村居民…).
    mutating func partOfWhole(_ n: inout Naming) -> NamingVerdict {
        if Self.opensPart(s, n.phrase), case let figureUnit = figures[n.figure].unit,
            let whole = made[context.blockCandidates...].last(where: { $0.unit == figureUnit })
        {
            partsOf = (namer.withoutChange(whole.metric), figureUnit)
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
