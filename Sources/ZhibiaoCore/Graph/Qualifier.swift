/// How an article hedges a figure: 约/余/多 (approx), 以上 (at-least), 超过/突破 (more-than),
/// 以下/不到 (at-most).
public enum Qualifier: String, CaseIterable, Sendable {
    case approx
    case atLeast = "at-least"
    case moreThan = "more-than"
    case atMost = "at-most"

    /// Whether `value` is consistent with a figure of `stated` hedged by this qualifier.
    public func admits(_ value: Double, stated: Double) -> Bool {
        switch self {
        case .approx: abs(value - stated) <= 0.1 * abs(stated)
        case .atLeast: value >= stated
        case .moreThan: value > stated
        case .atMost: value <= stated
        }
    }
}
