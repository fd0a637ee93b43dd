/// "Did you mean": the known name closest to a misspelled one, by edit distance with
/// transpositions counted once (`yaer` → `year`).
public enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a likely misspelling.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return nil }
        let threshold = max(1, (typed.count + 1) / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let known = Array(candidate.lowercased())
            if known == typed { continue }
            var distance = editDistance(typed, known, limit: threshold)
            // A long enough prefix is as good as a small slip: `employ` → `employment`.
            if typed.count >= 3, known.starts(with: typed) { distance = min(distance, threshold) }
            guard distance <= threshold else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance; returns `limit + 1` early once it cannot be within
    /// `limit`, which keeps suggestions cheap over thousands of metric phrases.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
