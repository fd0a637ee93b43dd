/// What a figure states: a result, a target set for it, progress against a target, or a change
/// against a base. A target is never an achievement; `compare` keeps kinds apart.
public enum Kind: String, CaseIterable, Sendable {
    /// A result reached or a level that stands (城镇新增就业4.82万人).
    case actual
    /// A level set to reach (力争城镇新增就业5万人, 预期目标, 计划).
    case target
    /// A share of a target reached (完成全年目标的112%, 完成率).
    case completion
    /// A growth or fall against a base (增长5.1%, 比上年提高0.8个百分点).
    case change
    /// Computed from other observations, with its formula (none is made yet).
    case derived
}
