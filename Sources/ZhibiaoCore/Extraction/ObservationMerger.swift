/// Merges candidates that state the same figure (same value and unit, and one metric name
/// holding the other) into one observation with several mentions, numbered in order of first
/// mention.
struct ObservationMerger {
    let documentIndex: Int

    func merge(_ candidates: [Candidate]) -> [Observation] {
        var groups: [[Int]] = []
        var groupOf: [Int] = Array(repeating: -1, count: candidates.count)
        // Keyed by the value's bits, not its text: as distinct as printing it, without the cost.
        struct ValueKey: Hashable {
            var value: UInt64
            var unit: String
        }
        var byValue: [ValueKey: [Int]] = [:]
        for (i, candidate) in candidates.enumerated() {
            let key = ValueKey(value: candidate.value.bitPattern, unit: candidate.unit)
            let match = byValue[key]?.first { g in
                let first = candidates[groups[g][0]]
                guard first.period == candidate.period || first.period == nil || candidate.period == nil else {
                    return false
                }
                return sameMetric(first.metric, candidate.metric)
            }
            if let g = match {
                groups[g].append(i)
                groupOf[i] = g
            } else {
                groupOf[i] = groups.count
                byValue[key, default: []].append(groups.count)
                groups.append([i])
            }
        }
        return groups.enumerated().map { number, members in
            let first = candidates[members[0]]
            var scores: SectorScores = SectorScores()
            for m in members { scores.add(candidates[m].sectorScores, weight: 1) }
            let longest = members.map { candidates[$0].metric }.max { $0.count < $1.count } ?? first.metric
            let growth = members.lazy.compactMap { candidates[$0].growthOf }.first.map {
                ObservationID(document: documentIndex + 1, number: groupOf[$0] + 1)
            }
            return Observation(
                id: ObservationID(document: documentIndex + 1, number: number + 1),
                metric: String(scalars: longest), value: first.value, unit: first.unit,
                qualifier: members.lazy.compactMap { candidates[$0].qualifier }.first,
                sector: scores.best ?? .other, year: first.year,
                period: members.lazy.compactMap { candidates[$0].period }.first,
                region: first.region, mentions: members.map { candidates[$0].mention }, growthOf: growth)
        }
    }

    private func sameMetric(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 2 && long.firstRange(of: short) != nil
    }
}
