extension SentenceReader {
    /// 病床使用率79.4%，其中，公立医院86.0%: a part named only by whom or where it is of takes the
    /// whole's measure, and so do the parts listed after it (城镇居民…，农村居民…).
    @inline(__always)
    mutating func partOfWhole(_ n: inout Naming) -> NamingVerdict {
        // (Most figures are no part, and follow none: told before a call.)
        // (其中城区占六成: a share of the amount before, not a part in the whole's measure.)
        let opens = Self.opensPart(s, n.phrase) && n.metric.last != "占"
        guard opens || partsOf != nil else { return .next }
        return nameByPartOfWhole(&n, opensPart: opens)
    }

    private mutating func nameByPartOfWhole(_ n: inout Naming, opensPart: Bool) -> NamingVerdict {
        if opensPart, case let figureUnit = figures[n.figure].unit,
            let whole = made[context.blockCandidates...].last(where: { $0.unit == figureUnit })
        {
            partsOf = (withoutChange(name: whole.name), figureUnit, [])
        }
        if let parts = partsOf {
            if parts.unit == figures[n.figure].unit,
                let named = namer.part(
                    n.metric, of: parts.whole, isRate: figures[n.figure].family == .rate,
                    countsPeople: figures[n.figure].family == .people)
            {
                n.metric = named
                n.isPart = true
                n.trail.add(.partOfWhole)
            } else if parts.unit == figures[n.figure].unit, let measure = Self.sharedMeasure(n.metric, parts.whole) {
                // 其中水稻播种面积51.2万亩: a part named in full, with the whole's measure.
                partsOf?.measure = measure
                n.isPart = true
            } else if opensPart, parts.unit == figures[n.figure].unit, !n.metric.elementsEqual(parts.whole), isDoer(n) {
                // 其中，县属企业完成1094.2万吨: who did that part of the whole, with its measure.
                n.metric += parts.whole
                n.isPart = true
                n.trail.add(.partOfWhole)
            } else if parts.unit == figures[n.figure].unit, !parts.measure.isEmpty, (1...4).contains(n.metric.count),
                n.phrase.lowerBound > 0, s[n.phrase.lowerBound - 1] == "、", !namer.isGeneric(n.metric)
            {
                // …、玉米20.6万亩 after it: an item listed bare takes that measure.
                n.metric += parts.measure
                n.isPart = true
                n.trail.add(.partOfWhole)
            } else if parts.unit == figures[n.figure].unit || figures[n.figure].family != .rate {
                // (A rate among parts that are no rates, as the change of the part before in
                // 城镇居民45210元，增长4.8%，农村居民…, lets the parts go on.)
                partsOf = nil
            }
        }
        return .next
    }

    /// Whether a part is named by who did it, before a verb of doing alone (其中，县属企业完成
    /// 1094.2万吨, 国有企业实现32.5亿元): a short name, two to six Han characters, that is no
    /// measure of its own, with 完成 or 实现 right before the figure.
    private func isDoer(_ n: Naming) -> Bool {
        let lead = figures[n.figure].leadStart
        return (2...6).contains(n.metric.count) && lead >= 2 && MetricNamer.startsWithProgress(s[(lead - 2)..<lead])
            && n.metric.allSatisfy(Segmenter.isHan) && !namer.isGeneric(n.metric)
            && namer.changeWordLength(n.metric) == nil
    }

    /// The words a part's name ends with that end the whole's too (播种面积 of 水稻播种面积 and
    /// 粮食播种面积), when both name something before them; nil when fewer than two are shared.
    private static func sharedMeasure(
        _ part: [Unicode.Scalar], _ whole: [Unicode.Scalar]
    ) -> ArraySlice<Unicode.Scalar>? {
        var shared = 0
        while shared < part.count, shared < whole.count,
            part[part.count - 1 - shared] == whole[whole.count - 1 - shared]
        {
            shared += 1
        }
        guard shared >= 2, shared < part.count, shared < whole.count else { return nil }
        return whole[(whole.count - shared)...]
    }
}
