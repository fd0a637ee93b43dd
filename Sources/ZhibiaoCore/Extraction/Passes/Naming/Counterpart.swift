extension SentenceReader {
    /// 小学招生4.26万人；在校生27.51万人: the other of a pair (`counterpart` in phrases.tsv), in
    /// this sentence or one before in the paragraph, takes the first's subject.
    @inline(__always)
    mutating func counterpart(_ n: inout Naming) -> NamingVerdict {
        guard namer.mayBeCounterpart(n.metric) else { return .next }
        return nameCounterpart(&n)
    }

    private mutating func nameCounterpart(_ n: inout Naming) -> NamingVerdict {
        if let k = made[context.blockCandidates...].lastIndex(where: { !$0.isRate && !$0.isPart }),
            let named = namer.counterpart(n.metric, of: namer.subject(of: metric(of: made[k])))
        {
            n.metric = named
            n.trail.add(.counterpart)
        }
        return .next
    }
}
