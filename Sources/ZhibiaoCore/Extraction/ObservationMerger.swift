/// Merges candidates that state the same figure (same value and unit, and one metric name
/// holding the other) into one observation with several mentions, numbered in order of first
/// mention.
struct ObservationMerger {
    let documentIndex: Int
    let key: DocumentKey

    func merge(_ candidates: [Candidate]) -> [Observation] {
        // Groups are kept as linked lists of candidate indexes (most hold one candidate), and the
        // groups of one value as a list too: no array per group or per value.
        var groupOf = [Int](repeating: -1, count: candidates.count)
        var firstMember: [Int] = []
        var lastMember: [Int] = []
        var nextMember = [Int](repeating: -1, count: candidates.count)
        var nextGroupOfValue: [Int] = []
        // Most candidates start a group of their own: room for all of them, not grown from one.
        firstMember.reserveCapacity(candidates.count)
        lastMember.reserveCapacity(candidates.count)
        nextGroupOfValue.reserveCapacity(candidates.count)
        // Groups of one value are found by the value's bits (as distinct as printing it, without
        // the cost); the unit is compared along the list.
        var groupsOfValue: [UInt64: (first: Int, last: Int)] = [:]
        groupsOfValue.reserveCapacity(candidates.count)
        // Fields are read in place: copying a candidate copies (and counts references to) its
        // metric, unit, period and region.
        // A streak's threshold named the figure after it and is no observation.
        for i in candidates.indices where !candidates[i].isStreakThreshold {
            let key = candidates[i].value.bitPattern
            let known = groupsOfValue[key]
            var match = -1
            var g = known?.first ?? -1
            while g >= 0 {
                let f = firstMember[g]
                if candidates[f].unit == candidates[i].unit, candidates[f].kind == candidates[i].kind,
                    candidates[f].period == candidates[i].period || candidates[f].period == nil
                        || candidates[i].period == nil,
                    sameMetric(candidates[f].metric, candidates[i].metric)
                {
                    match = g
                    break
                }
                g = nextGroupOfValue[g]
            }
            if match >= 0 {
                nextMember[lastMember[match]] = i
                lastMember[match] = i
                groupOf[i] = match
            } else {
                let group = firstMember.count
                groupOf[i] = group
                firstMember.append(i)
                lastMember.append(i)
                nextGroupOfValue.append(-1)
                if let known {
                    nextGroupOfValue[known.last] = group
                    groupsOfValue[key] = (known.first, group)
                } else {
                    groupsOfValue[key] = (group, group)
                }
            }
        }
        var observations: [Observation] = []
        observations.reserveCapacity(firstMember.count)
        var names = NameInterner()
        for (number, head) in firstMember.enumerated() {
            var scores = SectorScores()
            var longest = head
            var qualifier: Qualifier?
            var period: String?
            var growth: ObservationID?
            var count = 0
            var m = head
            while m >= 0 {
                count += 1
                m = nextMember[m]
            }
            var mentions: [Mention] = []
            mentions.reserveCapacity(count)
            m = head
            while m >= 0 {
                scores.add(candidates[m].sectorScores, weight: 1)
                if candidates[m].metric.count > candidates[longest].metric.count { longest = m }
                qualifier = qualifier ?? candidates[m].qualifier
                period = period ?? candidates[m].period
                if growth == nil, let base = candidates[m].growthOf, groupOf[base] >= 0 {
                    growth = ObservationID(document: key, number: groupOf[base] + 1)
                }
                mentions.append(candidates[m].mention)
                m = nextMember[m]
            }
            observations.append(
                Observation(
                    id: ObservationID(document: key, number: number + 1), document: documentIndex,
                    metric: names.string(candidates[longest].metric), value: candidates[head].value,
                    unit: candidates[head].unit, qualifier: qualifier, kind: candidates[head].kind,
                    sector: scores.best ?? .other,
                    year: candidates[head].year, period: period, region: candidates[head].region, mentions: mentions,
                    growthOf: growth))
        }
        return observations
    }

    /// Whether two names may be of one figure: one holds the other (新增就业, 城镇新增就业),
    /// unless the longer makes it an average (人均地区生产总值 is not 地区生产总值). 每 is not
    /// such a mark: 每千人口托位数 is 千人口托位数, 低保标准每人每月 is 低保标准.
    private func sameMetric(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 2, long.firstRange(of: short) != nil else { return false }
        return !long.contains("均") || short.contains("均")
    }
}

/// One `String` for each distinct metric name of a document: a document names a measure many
/// times, and making a string allocates it and validates its UTF-8 again.
private struct NameInterner {
    private struct Key: Hashable {
        let hash: Int
        let scalars: [Unicode.Scalar]

        // The scalars' own hash is taken in one cheap pass; the hasher sees a single word.
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.scalars == b.scalars }
    }

    private var strings: [Key: String] = [:]

    mutating func string(_ scalars: [Unicode.Scalar]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in scalars { hash = (hash ^ UInt64(c.value)) &* 0x0000_0100_0000_01b3 }
        let key = Key(hash: Int(truncatingIfNeeded: hash), scalars: scalars)
        if let known = strings[key] { return known }
        let made = String(scalars: scalars)
        strings[key] = made
        return made
    }
}
