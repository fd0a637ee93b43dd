extension SentenceReader {
    /// A bare rate or change (增长5.1%, 覆盖率; `generic` in phrases.tsv) takes the subject it is
    /// of; a change of nothing named (同比下降33.88% after an unreadable clause) says nothing.
    @inline(__always)
    mutating func bareRate(_ n: inout Naming) -> NamingVerdict {
        guard let opening = n.metric.first, namer.mayOpenGeneric(opening) else { return .next }
        return nameBareRate(&n)
    }

    private mutating func nameBareRate(_ n: inout Naming) -> NamingVerdict {
        guard namer.isGeneric(n.metric) else { return .next }
        let subject = subjectForBareRate(of: n.metric, figureAt: n.figure)
        if subject.isEmpty, namer.endsWithChange(n.metric) { return .drop }
        // (Put in front of the name in its own storage, most often the reader's room: a new
        // array joining the two was allocated for each bare rate, and the room dropped.)
        n.metric.insert(contentsOf: subject, at: 0)
        n.trail.add(.bareRateSubject)
        return .next
    }
}
