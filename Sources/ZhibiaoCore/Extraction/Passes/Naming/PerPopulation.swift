extension SentenceReader {
    /// 每千人口执业（助理）医师3.12人、注册护士3.86人: an item of a list after a figure per so many
    /// people is per as many people too (每千人口注册护士), where the phrase before it names the
    /// item alone. Only right after that figure and its 、, and for an item that says no per of
    /// its own.
    @inline(__always)
    mutating func perPopulation(_ n: inout Naming) -> NamingVerdict {
        let open = n.phrase.lowerBound
        guard open >= 1, open - 1 == lastFigureEnd, s[open - 1] == "、" else { return .next }
        return nameByPerPopulation(&n)
    }

    private mutating func nameByPerPopulation(_ n: inout Naming) -> NamingVerdict {
        guard n.metric.count >= 2, n.metric.first != "每", let previous = lastMade,
            case let before = metric(of: previous), let per = Self.perPopulationLength(before), per < before.count,
            !namer.isGeneric(n.metric)
        else { return .next }
        n.metric = Array(before[..<per]) + n.metric
        n.trail.add(.perPopulationOfList)
        return .next
    }

    /// The length of the per so many people a name opens with (每千人口, 每万常住人口, 每十万人),
    /// or nil.
    private static func perPopulationLength(_ name: [Unicode.Scalar]) -> Int? {
        guard name.first == "每" else { return nil }
        var i = 1
        while i < name.count, magnitudes.contains(name[i]) { i += 1 }
        guard i > 1 else { return nil }
        for people in populations where name[i...].starts(with: people) { return i + people.count }
        return nil
    }

    private static let magnitudes: ScalarSet = "十百千万"
    /// Longest first: 常住人口 before 人口 before 人.
    private static let populations: [[Unicode.Scalar]] = ["常住人口", "户籍人口", "人口", "人"].map {
        Array($0.unicodeScalars)
    }
}
