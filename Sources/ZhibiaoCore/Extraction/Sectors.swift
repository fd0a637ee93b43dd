/// Scores text for each sector by the lexicon's keywords, longest keyword first.
struct SectorScorer {
    let lexicon: Lexicon

    func scores(_ s: [Unicode.Scalar]) -> SectorScores {
        scores(s, in: 0..<s.count)
    }

    /// The scores of `s[range]`, read in place: keywords are matched left to right, longest
    /// first, none reaching past the range.
    func scores(_ s: [Unicode.Scalar], in range: Range<Int>) -> SectorScores {
        var result = SectorScores()
        let keywords = lexicon.sectorKeywords
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = keywords.longest(in: s, at: i, end: range.upperBound) {
                result[m.value.0] += m.value.1
                i += m.length
            } else {
                i += 1
            }
        }
        return result
    }
}

/// Evidence for each sector, summed from keyword weights: twelve numbers kept inline, since
/// every figure carries a set and merging adds them up.
struct SectorScores {
    private var values = InlineArray<12, Double>(repeating: 0)

    subscript(_ sector: Sector) -> Double {
        get { values[sector.ordinal] }
        set { values[sector.ordinal] = newValue }
    }

    /// No evidence for any sector.
    var isEmpty: Bool {
        for i in 0..<12 where values[i] != 0 { return false }
        return true
    }

    /// Each sector's part of the total (all zero for no evidence).
    var shares: SectorScores {
        var total = 0.0
        for i in 0..<12 { total += values[i] }
        guard total > 0 else { return SectorScores() }
        var result = self
        for i in 0..<12 { result.values[i] = values[i] / total }
        return result
    }

    /// Adds `other` scaled by `weight`.
    mutating func add(_ other: SectorScores, weight: Double) {
        for i in 0..<12 where other.values[i] != 0 { values[i] += other.values[i] * weight }
    }

    /// The sector with the most evidence (the first in `Sector.allCases` on a tie), or nil when
    /// there is none.
    var best: Sector? {
        var best: Int?
        for i in 0..<12 where values[i] > 0 && (best == nil || values[i] > values[best!]) { best = i }
        return best.map { Sector.allCases[$0] }
    }
}

extension Sector {
    /// Position in `allCases`, without a search.
    var ordinal: Int {
        switch self {
        case .employment: 0
        case .income: 1
        case .health: 2
        case .childcare: 3
        case .eldercare: 4
        case .education: 5
        case .socialSecurity: 6
        case .housing: 7
        case .publicSafety: 8
        case .environment: 9
        case .economy: 10
        case .other: 11
        }
    }
}
