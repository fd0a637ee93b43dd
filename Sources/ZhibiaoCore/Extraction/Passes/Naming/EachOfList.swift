extension SentenceReader {
    /// 遗传代谢病筛查率和听力障碍筛查率均达到99%: the one figure of each thing named; a name
    /// ending in 均 that lists nothing loses the 均.
    @inline(__always)
    mutating func eachOfList(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.count >= 3, n.metric.last == "均" else { return .next }
        return nameEachOfList(&n)
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
