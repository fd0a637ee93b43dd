/// Merges candidates that state the same figure (same value and unit, and one metric name
/// holding the other) into one observation with several mentions, numbered in order of first
/// mention.
struct ObservationMerger {
    let documentIndex: Int

    func merge(_ candidates: [Candidate]) -> [Observation] {
        // Groups are kept as linked lists of candidate indexes (most hold one candidate), and the
        // groups of one value as a list too: no array per group or per value.
        var groupOf = [Int](repeating: -1, count: candidates.count)
        var firstMember: [Int] = []
        var lastMember: [Int] = []
        var nextMember = [Int](repeating: -1, count: candidates.count)
        var nextGroupOfValue: [Int] = []
        // Groups of one value are found by the value's bits (as distinct as printing it, without
        // the cost); the unit is compared along the list.
        var groupsOfValue: [UInt64: (first: Int, last: Int)] = [:]
        groupsOfValue.reserveCapacity(candidates.count)
        for i in candidates.indices {
            let candidate = candidates[i]
            let key = candidate.value.bitPattern
            var match = -1
            var g = groupsOfValue[key]?.first ?? -1
            while g >= 0 {
                let first = candidates[firstMember[g]]
                if first.unit == candidate.unit,
                    first.period == candidate.period || first.period == nil || candidate.period == nil,
                    sameMetric(first.metric, candidate.metric)
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
                if let known = groupsOfValue[key] {
                    nextGroupOfValue[known.last] = group
                    groupsOfValue[key] = (known.first, group)
                } else {
                    groupsOfValue[key] = (group, group)
                }
            }
        }
        var observations: [Observation] = []
        observations.reserveCapacity(firstMember.count)
        for (number, head) in firstMember.enumerated() {
            let first = candidates[head]
            var scores = SectorScores()
            var longest = head
            var qualifier: Qualifier?
            var period: String?
            var growth: ObservationID?
            var mentions: [Mention] = []
            var m = head
            while m >= 0 {
                let member = candidates[m]
                scores.add(member.sectorScores, weight: 1)
                if member.metric.count > candidates[longest].metric.count { longest = m }
                qualifier = qualifier ?? member.qualifier
                period = period ?? member.period
                if growth == nil, let base = member.growthOf {
                    growth = ObservationID(document: documentIndex + 1, number: groupOf[base] + 1)
                }
                mentions.append(member.mention)
                m = nextMember[m]
            }
            observations.append(
                Observation(
                    id: ObservationID(document: documentIndex + 1, number: number + 1),
                    metric: String(scalars: candidates[longest].metric), value: first.value, unit: first.unit,
                    qualifier: qualifier, sector: scores.best ?? .other, year: first.year, period: period,
                    region: first.region, mentions: mentions, growthOf: growth))
        }
        return observations
    }

    private func sameMetric(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 2 && long.firstRange(of: short) != nil
    }
}
