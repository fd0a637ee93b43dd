/// Scores text for each sector by the lexicon's keywords, longest keyword first.
struct SectorScorer {
    let lexicon: Lexicon

    func scores(_ s: some Collection<Unicode.Scalar>) -> [Sector: Double] {
        scores(Array(s))
    }

    func scores(_ s: [Unicode.Scalar]) -> [Sector: Double] {
        var result: [Sector: Double] = [:]
        for match in lexicon.sectorKeywords.matches(in: s) {
            result[match.value.0, default: 0] += match.value.1
        }
        return result
    }

    /// The best sector of combined evidence, or nil when there is none.
    static func best(_ scores: [Sector: Double]) -> Sector? {
        scores.filter { $0.value > 0 }.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}

extension Dictionary where Key == Sector, Value == Double {
    /// Each sector's part of the total (all zero for no evidence).
    var shares: [Sector: Double] {
        let total = values.reduce(0, +)
        return total > 0 ? mapValues { $0 / total } : [:]
    }

    /// Adds `other` scaled by `weight`.
    mutating func add(_ other: [Sector: Double], weight: Double) {
        for (sector, score) in other { self[sector, default: 0] += score * weight }
    }
}
