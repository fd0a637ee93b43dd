/// The twelve sectors an observation can belong to: an English id and a Chinese name, both
/// accepted in queries.
public enum Sector: String, CaseIterable, Sendable, Comparable {
    case employment
    case income
    case health
    case childcare
    case eldercare
    case education
    case socialSecurity = "social-security"
    case housing
    case publicSafety = "public-safety"
    case environment
    case economy
    case other

    /// The English id used in exports and queries (`social-security`).
    public var id: String { rawValue }

    /// The Chinese name (`社会保障`).
    public var chineseName: String {
        switch self {
        case .employment: "就业"
        case .income: "收入"
        case .health: "医疗卫生"
        case .childcare: "托育"
        case .eldercare: "养老"
        case .education: "教育"
        case .socialSecurity: "社会保障"
        case .housing: "住房"
        case .publicSafety: "平安"
        case .environment: "生态环境"
        case .economy: "经济"
        case .other: "其他"
        }
    }

    /// Finds a sector by id or Chinese name, ignoring ASCII case.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let sector = Sector(rawValue: lowered) {
            self = sector
            return
        }
        guard let sector = Sector.allCases.first(where: { $0.chineseName == name }) else {
            return nil
        }
        self = sector
    }

    public static func < (lhs: Sector, rhs: Sector) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Sector.allCases.firstIndex(of: self)! }
}
