/// Merges candidates that state the same figure (same value and unit, and one metric name
/// holding the other) into one observation with several mentions, numbered in order of first
/// mention.
struct ObservationMerger {
    let documentIndex: Int
    let key: DocumentKey
    /// Spells each observation's unit: one String per unit name, shared by its observations.
    let lexicon: Lexicon

    /// The observations of `candidates`, whose metrics are numbered in `names`. The candidates
    /// are dropped after: each observation's period and region are moved out of its candidates
    /// rather than copied, so that neither the copy nor the candidate counts a reference to them.
    func merge(_ candidates: inout [Candidate], names: MetricNames) -> [Observation] {
        // Read and written through the buffer: every candidate is read several times, and each
        // read of the array was checked (and each write checked that the array was not shared).
        candidates.withUnsafeMutableBufferPointer { merge($0, names: names) }
    }

    /// A candidate's group, and the next candidate of that group (-1 for none).
    private struct Member {
        var group = -1
        var next = -1
    }

    /// A group of candidates, kept as a linked list of its members, and the next group of its
    /// value (-1 for none); `lastOfValue` is read only in the first group of a value, where it
    /// is the last group of that value.
    private struct Group {
        var first: Int
        var last: Int
        var nextOfValue = -1
        var lastOfValue: Int
    }

    private func merge(_ candidates: UnsafeMutableBufferPointer<Candidate>, names: MetricNames) -> [Observation] {
        // Groups are kept as linked lists of candidate indexes (most hold one candidate), and the
        // groups of one value as a list too: no array per group or per value. A candidate's links
        // are kept together, as are a group's, in room for every candidate: most start a group
        // of their own, and four lists of groups, each appended to, checked its room four times
        // for every group.
        withUnsafeTemporaryAllocation(of: Member.self, capacity: candidates.count) { members in
            withUnsafeTemporaryAllocation(of: Group.self, capacity: candidates.count) { groups in
                let count = group(candidates, names: names, members: members, groups: groups)
                // Each observation is made in its place in the list, which is counted full once
                // all are: appended, each was made aside and copied in, its room checked first.
                return [Observation](unsafeUninitializedCapacity: count) { observations, made in
                    for number in 0..<count {
                        (observations.baseAddress! + number).initialize(
                            to: observation(
                                number: number, head: groups[number].first, of: candidates, members: members,
                                names: names))
                    }
                    made = count
                }
            }
        }
    }

    /// Puts each candidate in the group of the first before it that states the same figure, or
    /// in a group of its own, writing every candidate's links to `members` and the groups to
    /// `groups` in order of first mention: how many groups there are.
    private func group(
        _ candidates: UnsafeMutableBufferPointer<Candidate>, names: MetricNames,
        members: UnsafeMutableBufferPointer<Member>, groups: UnsafeMutableBufferPointer<Group>
    ) -> Int {
        var count = 0
        // Groups of one value are found by the value's bits (as distinct as printing it, without
        // the cost); the unit is compared along the list.
        var groupsOfValue = HashSlots(capacity: candidates.count)
        // Fields are read in place: copying a candidate copies (and counts references to) its
        // period and region.
        // Each candidate's links are written as it is read, the room holding nothing before.
        for i in candidates.indices {
            // A streak's threshold named the figure after it and is no observation.
            guard !candidates[i].isStreakThreshold else {
                members[i] = Member()
                continue
            }
            let key = candidates[i].value.bitPattern
            var slot = groupsOfValue.first(for: spreadHash(key))
            while groupsOfValue[slot] >= 0 && candidates[groups[groupsOfValue[slot]].first].value.bitPattern != key {
                slot = groupsOfValue.next(after: slot)
            }
            let firstOfValue = groupsOfValue[slot]
            var match = -1
            var g = firstOfValue
            while g >= 0 {
                let f = groups[g].first
                if candidates[f].unit == candidates[i].unit, candidates[f].kind == candidates[i].kind,
                    candidates[f].period == candidates[i].period || candidates[f].period == nil
                        || candidates[i].period == nil,
                    // (Two years' targets of one size are two facts: 完成全年5000人目标任务…，
                    // 2026年…预期目标为5000人以上.)
                    candidates[f].year == candidates[i].year || candidates[f].year == nil || candidates[i].year == nil,
                    candidates[f].name == candidates[i].name
                        || sameMetric(names.scalars(of: candidates[f].name), names.scalars(of: candidates[i].name))
                {
                    match = g
                    break
                }
                g = groups[g].nextOfValue
            }
            if match >= 0 {
                members[groups[match].last].next = i
                groups[match].last = i
                members[i] = Member(group: match)
            } else {
                let group = count
                count += 1
                members[i] = Member(group: group)
                groups[group] = Group(first: i, last: i, lastOfValue: group)
                if firstOfValue >= 0 {
                    groups[groups[firstOfValue].lastOfValue].nextOfValue = group
                    groups[firstOfValue].lastOfValue = group
                } else {
                    groupsOfValue[slot] = group
                }
            }
        }
        return count
    }

    /// The observation of the group that starts with candidate `head`: the first mention's
    /// figure, the longest name among them, the first qualifier, period and growth base any
    /// states, the sector their scores add up to. The strings it keeps are taken from the
    /// candidates. (Inlined where the observations are listed: as a call of its own, each
    /// observation was made in the callee's frame and copied out.)
    @inline(__always)
    private func observation(
        number: Int, head: Int, of candidates: UnsafeMutableBufferPointer<Candidate>,
        members: UnsafeMutableBufferPointer<Member>, names: MetricNames
    ) -> Observation {
        var longest = head
        var qualifier: Qualifier?
        var period: String?
        var growth: ObservationID?
        // Most groups hold one mention, which the observation keeps in place; the few with more
        // are not counted first to make their room at once.
        var mentions = Mentions(candidates[head].mention)
        var m = head
        while m >= 0 {
            if candidates[m].nameLength > candidates[longest].nameLength { longest = m }
            qualifier = qualifier ?? candidates[m].qualifier
            if period == nil { swap(&period, &candidates[m].period) }
            if growth == nil, let base = candidates[m].growthOf, members[base].group >= 0 {
                growth = ObservationID(document: key, number: members[base].group + 1)
            }
            if m != head { mentions.append(candidates[m].mention) }
            m = members[m].next
        }
        // The sector the mentions' scores add up to: the first mention's as they are, the
        // others' added (the sums are those of adding every mention's to none: a lane can differ
        // only as 0 and -0, which no sector wins with). Most groups hold one mention, whose
        // scores are read where the candidate holds them, not copied out first.
        let sector: Sector?
        if members[head].next < 0 {
            sector = candidates[head].sectorScores.best
        } else {
            var scores = candidates[head].sectorScores
            m = members[head].next
            while m >= 0 {
                scores.add(candidates[m].sectorScores, weight: 1)
                m = members[m].next
            }
            sector = scores.best
        }
        var region: String?
        swap(&region, &candidates[head].region)
        return Observation(
            id: ObservationID(document: key, number: number + 1), document: documentIndex,
            metric: names.string(of: candidates[longest].name), value: candidates[head].value,
            unit: lexicon.unitName(candidates[head].unit), qualifier: qualifier, kind: candidates[head].kind,
            sector: sector ?? .other,
            year: candidates[head].year, period: period, region: region, mentions: mentions,
            growthOf: growth)
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
