extension DocumentFacts {
    /// What a figure states (`Kind`), decided by the first of these that holds:
    /// 1. completion — a % whose name holds a target (完成全年目标的112%, 占全年计划的110%) or
    ///    ends in 完成率 or 进度: a share of a target reached;
    /// 2. target — a target word (`target` in phrases.tsv: 力争, 确保, 预期, 计划, 明年 …) in the
    ///    figure's clause before it, or before a colon that opens the sentence's list (预期目标
    ///    是：…), unless an achievement just before it makes it one reached (超额完成目标); a
    ///    growth set as a target (力争增长6%) is a target;
    /// 3. change — a figure whose name ends in a change (增长5.1%, 提高0.8个百分点, 增加3.2万人);
    /// 4. actual otherwise.
    /// Runs as a candidate is made, on its final name: the naming passes have named it.
    func kind(of metric: [Unicode.Scalar], figure: Figure, in s: [Unicode.Scalar]) -> (Kind, ExtractionRule, String) {
        if figure.unit == "%", let words = completionWords(metric) {
            return (.completion, .kindCompletion, words)
        }
        if let word = targetWord(before: figure.leadStart, in: s) { return (.target, .kindTarget, word) }
        if let change = namer.change(metric) { return (.change, .kindChange, change) }
        return (.actual, .kindActual, "")
    }

    /// The words that make a name a share of a target: a target word in it, or 完成率/进度 at its end.
    private func completionWords(_ metric: [Unicode.Scalar]) -> String? {
        for i in metric.indices where isTargetWord(metric, at: i) { return String(scalars: metric[i...(i + 1)]) }
        for end in [Self.completionRate, Self.progress] where metric.suffix(end.count).elementsEqual(end) {
            return String(scalars: end)
        }
        return nil
    }
    private static let completionRate = Array("完成率".unicodeScalars)

    private static let progress = Array("进度".unicodeScalars)

    /// A target word before `end` in its clause, or before the colon that opens the sentence's
    /// list; nil when there is none or each is one reached.
    private func targetWord(before end: Int, in s: [Unicode.Scalar]) -> String? {
        var clause = end
        while clause > 0, !Self.clauseMarks.contains(s[clause - 1]) { clause -= 1 }
        if let word = targetWord(in: s, from: clause, to: end) { return word }
        guard let colon = s[..<clause].lastIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        return targetWord(in: s, from: 0, to: colon)
    }

    private func targetWord(in s: [Unicode.Scalar], from start: Int, to end: Int) -> String? {
        let words = lexicon.targetWords
        var i = start
        while i < end {
            guard let match = words.longest(in: s, at: i, end: end) else {
                i += 1
                continue
            }
            if match.value != "no" && !isReached(s, before: i, from: start) {
                return String(scalars: s[i..<(i + match.length)])
            }
            i += match.length
        }
        return nil
    }

    /// Whether an achievement (完成, 超额, 实现) ends within the two scalars before `i`.
    private func isReached(_ s: [Unicode.Scalar], before i: Int, from start: Int) -> Bool {
        for end in max(start, i - 2)...i
        where lexicon.achievedWords.longestEnding(in: s, before: end, start: start) != nil {
            return true
        }
        return false
    }

    private static let clauseMarks: ScalarSet = "，,；;：:。"
}
