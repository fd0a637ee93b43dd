extension SentenceReader {
    /// A bare rate or change (增长5.1%, 覆盖率; `generic` in phrases.tsv) takes the subject it is
    /// of; a change of nothing named (同比下降33.88% after an unreadable clause) says nothing.
    /// `namer` is the document's namer, as the reader holds it.
    /// (Handed in, not read from the reader: read through `self`, it was counted and released
    /// again around the reading of every name that may be generic.)
    @inline(__always)
    mutating func bareRate(_ n: inout Naming, namer: MetricNamer) -> NamingVerdict {
        guard let opening = n.metric.first, namer.mayOpenGeneric(opening) else { return .next }
        return nameBareRate(&n, namer: namer)
    }

    private mutating func nameBareRate(_ n: inout Naming, namer: MetricNamer) -> NamingVerdict {
        let reading = namer.genericReading(n.metric)
        guard reading != .notGeneric || isShareDone(n) else { return .next }
        // (Whether the name ends with a change word is asked once, for the subject and the drop,
        // and not at all when the reading found the change word it ends with.)
        let againstPlace = namer.comparesWithPlace(n.metric)
        let isChange = reading == .endingChange || namer.endsWithChange(n.metric) || againstPlace
        var subject = subjectForBareRate(of: n.metric, isChange: isChange, figureAt: n.figure)
        // (A gap against a place after a change of the same rate, 增速比上半年加快0.3个百分点，高于
        // 全省平均水平0.8个百分点, is of the rate, not of its change.)
        if againstPlace, let change = namer.changeStart(subject), change >= 2 {
            subject.removeLast(subject.count - change)
        }
        // (A subject that ends in a bare word itself gives its own subject alone: 道路交通事故死亡
        // 27人，受伤64人 → 道路交通事故受伤, not …死亡受伤.)
        if !isChange, let tail = namer.lexicon.genericMetrics.longestEndingLength(in: subject, before: subject.count),
            tail < subject.count - 1
        {
            subject.removeLast(tail)
        }
        if subject.isEmpty, isChange { return .drop }
        // (Put in front of the name in its own storage, most often the reader's room: a new
        // array joining the two was allocated for each bare rate, and the room dropped.)
        // (A subject ending in the words the rate opens with gives them once: 签约 and 签约率 make
        // 签约率, not 签约签约率.)
        let overlap = Self.overlap(of: subject, with: n.metric)
        n.metric.insert(contentsOf: subject[..<(subject.count - overlap)], at: 0)
        n.trail.add(.bareRateSubject)
        return .next
    }

    /// Whether a share is named by 完成 alone (新增城镇就业4230人，完成112.4%): the share done of the
    /// figure before, bare as 完成率 is. (完成 before an amount, 分别完成42.6亿元, is a verb.)
    private func isShareDone(_ n: Naming) -> Bool {
        n.metric.count == 2 && n.metric[0] == "完" && n.metric[1] == "成" && figures[n.figure].unit.isPercentSign
    }

    /// How many scalars, two or more, that `subject` ends with `name` opens with; 0 when fewer.
    private static func overlap(of subject: [Unicode.Scalar], with name: [Unicode.Scalar]) -> Int {
        var length = min(subject.count, name.count - 1)
        while length >= 2 {
            var k = 0
            while k < length, name[k] == subject[subject.count - length + k] { k += 1 }
            if k == length { return length }
            length -= 1
        }
        return 0
    }
}
