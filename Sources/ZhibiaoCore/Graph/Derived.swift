/// A figure the articles imply but do not state, worked out from figures they do state, with
/// its formula: the target implied by a result and its share of the target (4.82万 at 112% of
/// the target → a target of about 4.3万), and last year's level implied by this year's and its
/// growth rate (34267元, up 3.6% → about 33076元 a year before). Derived figures are never
/// exported or counted with stated ones; `show … where kind=derived` lists them, `trace` shows
/// their formula and sources, and `check` reports a stated figure they contradict.
public struct DerivedFigure: Sendable {
    /// Of kind `derived`, with the id of the figure it rests on and a `d` (`kmqxbtea:6d`).
    public var observation: Observation
    /// How it was worked out, in the articles' own figures (48200 ÷ 112%).
    public var formula: String
    /// The stated observations it came from.
    public var from: [ObservationID]
    /// What it stands for: a target (compared with stated targets) or last year's level
    /// (compared with stated results).
    public var stands: Kind
    /// How far, as a share of the value, rounding in the figures it came from can move it.
    public var tolerance: Double
}

extension IndicatorGraph {
    /// Every figure the loaded articles imply, found on first use and kept until the graph
    /// changes.
    public var derived: [DerivedFigure] {
        if let cached = derivedCache { return cached }
        var figures: [DerivedFigure] = []
        for position in observations.indices {
            let observation = observations[position]
            switch observation.kind {
            case .completion: if let figure = targetImplied(by: position) { figures.append(figure) }
            case .change: if let figure = previousLevelImplied(by: position) { figures.append(figure) }
            case .actual, .target, .derived: continue
            }
        }
        derivedCache = figures
        return figures
    }

    /// The derived figure with this id.
    public func derivedFigure(_ id: ObservationID) -> DerivedFigure? {
        derived.first { $0.observation.id == id }
    }

    /// 城镇新增就业4.82万人，完成全年目标的112%: the result is the figure of the same sentence,
    /// stated before the share, whose name begins the share's name (城镇新增就业 of
    /// 城镇新增就业完成全年目标).
    private func targetImplied(by position: Int) -> DerivedFigure? {
        let share = observations[position]
        guard share.unit == "%", share.value > 0, let mention = share.mentions.first else { return nil }
        let candidates = (byDocument[share.document] ?? []).filter { other in
            let result = observations[other]
            return result.kind == .actual && result.unit != "%" && result.metric.count >= 2
                && share.metric.hasPrefix(result.metric) && result.region == share.region && result.year == share.year
                && result.mentions.contains {
                    $0.sentence == mention.sentence && $0.figure.upperBound <= mention.figure.lowerBound
                }
        }
        guard let base = candidates.last.map({ observations[$0] }) else { return nil }
        var implied = Self.implied(from: base, by: share, value: base.value / (share.value / 100))
        implied.metric = base.metric + "目标"
        implied.period = nil
        let formula =
            "\(NumberFormat.exact(base.value)) ÷ \(NumberFormat.exact(share.value))% "
            + "(\(base.metric) and its share of the target)"
        return DerivedFigure(
            observation: implied, formula: formula, from: [base.id, share.id], stands: .target,
            tolerance: Self.roundingShare(base.value) + Self.roundingShare(share.value))
    }

    /// 城镇居民人均可支配收入34267元，增长3.6%: the level a year before is 34267 ÷ 1.036, for
    /// the same part of that year. A growth against a named year (比2020年) is left alone.
    private func previousLevelImplied(by position: Int) -> DerivedFigure? {
        let growth = observations[position]
        guard growth.unit == "%", let baseID = growth.growthOf, let basePosition = self.position(baseID),
            growth.value > -100, !growth.metric.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
        else { return nil }
        let base = observations[basePosition]
        guard base.kind == .actual, base.unit != "%", let year = base.year else { return nil }
        var implied = Self.implied(from: base, by: growth, value: base.value / (1 + growth.value / 100))
        implied.year = year - 1
        implied.period = base.period.map { Self.shifted($0, from: year) }
        let formula =
            "\(NumberFormat.exact(base.value)) ÷ (1 + \(NumberFormat.exact(growth.value))%) "
            + "(\(year)'s level and its growth on the year before)"
        return DerivedFigure(
            observation: implied, formula: formula, from: [base.id, growth.id], stands: .actual,
            tolerance: Self.roundingShare(base.value) + Self.roundingShare(100 + growth.value))
    }

    /// The figure `base` implies with `other` (a share of the target, a growth): of kind
    /// derived, approximate, its value rounded like the base's, under `other`'s id with a d and
    /// cited where `other` is stated.
    private static func implied(from base: Observation, by other: Observation, value: Double) -> Observation {
        var implied = base
        implied.id = other.id.derived
        implied.value = rounded(value, like: base.value)
        implied.kind = .derived
        implied.qualifier = .approx
        implied.growthOf = nil
        implied.mentions = other.mentions
        return implied
    }

    /// A period moved a year back: 2025Q1-Q3 → 2024Q1-Q3.
    private static func shifted(_ period: String, from year: Int) -> String {
        var text = ""
        var rest = Substring(period)
        while let range = rest.firstRange(of: String(year)) {
            text += rest[..<range.lowerBound] + String(year - 1)
            rest = rest[range.upperBound...]
        }
        return text + rest
    }

    /// How far, as a share of it, a figure as written may be from the figure it rounds: half
    /// its last non-zero digit (4.82万 is within 50 of 48200, 0.1%; 112% within 0.5).
    static func roundingShare(_ value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude > 0 else { return 0 }
        var place = 1.0
        // The place of the last non-zero digit, among up to six decimals.
        var scaled = (magnitude * 1e6).rounded()
        place = 1e-6
        while scaled >= 10, scaled.truncatingRemainder(dividingBy: 10) == 0 {
            scaled /= 10
            place *= 10
        }
        return place / 2 / magnitude
    }

    /// A worked-out value to no more decimals than the figure it rests on: a ratio of stated
    /// figures is not more precise than they are.
    static func rounded(_ value: Double, like stated: Double) -> Double {
        let text = NumberFormat.exact(stated)
        let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        return Double(NumberFormat.decimal(value, maximumFractionDigits: min(decimals, 15)))!
    }
}
