extension SentenceReader {
    /// 遗传代谢病筛查率和听力障碍筛查率均达到99%: the one figure of each thing named; a name
    /// ending in 均 that lists nothing loses the 均.
    /// Places listed alone (青石镇、白沙镇达到100%) after a figure of a place, or of each of a kind
    /// of place, in the same unit (城关镇、河口镇空气质量优良天数比例均在95%以上, 各乡镇…均在95%以上)
    /// are as many figures of that measure, one for each place.
    @inline(__always)
    mutating func eachOfList(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.count >= 3, let last = n.metric.last else { return .next }
        if last == "均" { return nameEachOfList(&n) }
        guard Self.placeEnds.contains(last) else { return .next }
        return nameMeasureOfPlaces(&n)
    }

    private mutating func nameMeasureOfPlaces(_ n: inout Naming) -> NamingVerdict {
        let places = n.metric.split(whereSeparator: { $0 == "、" || $0 == "和" })
        guard places.count >= 2, places.allSatisfy({ isPlace($0, shortest: 2) }), let k = lastOutsideBrackets,
            made[k].unit == figures[n.figure].unit
        else { return .next }
        let before = metric(of: made[k])
        // (The figure before may be of each of a kind of place: 各乡镇适龄儿童疫苗接种率均在95%以上.)
        guard
            let placeEnd = Self.eachPlace(before, kinds: namer.lexicon.generalPlaceEndings)
                ?? (2...7).first(where: { $0 < before.count - 1 && isPlace(before[..<$0], shortest: 2) })
        else { return .next }
        let measure = before[placeEnd...]
        n.trail.add(.measureOfPlaces)
        for place in places {
            made.append(candidate(metric: Array(place) + measure, figure: figures[n.figure], trail: n.trail))
        }
        floor = figures[n.figure].end
        return .done
    }

    /// Where 各 and a kind of place (乡镇, 社区: `general-place` in phrases.tsv) that open `name`
    /// end, when they do and a measure follows.
    private static func eachPlace(_ name: [Unicode.Scalar], kinds: Set<String>) -> Int? {
        guard name.count > 4, name[0] == "各", kinds.contains(String(scalars: name[1..<3])) else { return nil }
        return 3
    }

    private mutating func nameEachOfList(_ n: inout Naming) -> NamingVerdict {
        guard let j = namer.allOfThem(s, in: n.phrase) else {
            return .next
        }
        if case let subject = namer.clean(s, in: n.phrase.lowerBound..<j, longest: 48),
            case let count = subject.reduce(1, { itemSeparators.contains($1) ? $0 + 1 : $0 }), count >= 2,
            case let named = items(of: subject, count: count), named[0] != subject,
            named.allSatisfy({ $0.count >= 2 && $0.count <= 24 && !namer.isContentVerbOnly($0) })
        {
            n.trail.add(.eachOfList)
            for item in named { made.append(candidate(metric: item, figure: figures[n.figure], trail: n.trail)) }
            floor = figures[n.figure].end
            return .done
        }
        n.metric.removeLast()
        return .next
    }
}
