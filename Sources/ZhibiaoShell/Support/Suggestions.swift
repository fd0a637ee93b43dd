/// "Did you mean": the known name closest to a misspelling, by edit distance.
enum Suggestions {
    /// The closest of `names` to `word`, if it is close enough to be a plausible typo.
    static func closest(to word: String, in names: [String]) -> String? {
        let typed = Array(word.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = editDistance(typed, Array(name.lowercased().unicodeScalars))
            if distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, min(3, typed.count / 2))
        let isPrefix = best.name.lowercased().hasPrefix(word.lowercased()) && !word.isEmpty
        return best.distance <= limit || isPrefix ? best.name : nil
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
