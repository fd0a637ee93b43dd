extension DocumentContext {
    /// The place: the region of the lexicon named most often; else the most frequent
    /// "XX市/XX省" whose short name recurs in the text.
    /// `places` are the places each of `blocks` names.
    static func inferRegion(_ blocks: [Block], places: PlaceMentions, lexicon: Lexicon) -> String? {
        // Known places: a name counts twice in the first quarter of the article (its title and
        // opening), once after; it must reach two.
        var counts: [Int: Double] = [:]
        let isDistrict = lexicon.regionIsDistrict
        places.forEach { block, place in
            let weight = block * 4 < blocks.count ? 2.0 : 1.0
            if !isDistrict[place.region] { counts[place.region, default: 0] += weight }
        }
        // An article that speaks of itself as a city, county or district (全县, 我市) is not the
        // country's, however often it says 全国 (全国统筹, 全国集群战役).
        if let country = counts.keys.first(where: { lexicon.regions[$0].kind == "country" }),
            blocks.contains(where: { speaksOfItselfAsLocal($0.text) })
        {
            counts[country] = nil
        }
        if let best = counts.max(by: { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }),
            best.value >= 2
        {
            // A district's or county's report names its city (成都市郫都区人民代表大会) but speaks of
            // itself as 全区, 我县: it is of the district or county, when one is named.
            if lexicon.regions[best.key].kind != "county",
                let county = unknownPlace(blocks, countyOnly: true, lexicon: lexicon)
            {
                return county
            }
            return lexicon.regions[best.key].name
        }
        return unknownPlace(blocks, countyOnly: false, lexicon: lexicon)
    }

    /// The place an article names that the lexicon does not know (see `inferRegion`); with
    /// `countyOnly`, only a county or district, and only when the article speaks of itself as one.
    private static func unknownPlace(_ blocks: [Block], countyOnly: Bool, lexicon: Lexicon) -> String? {
        // The characters around a mark that make a word of it (phrases.tsv).
        let (notAfterCountyMark, notInPlaceNames, notBeforeCountyMark) =
            (lexicon.countyWordMarks, lexicon.notInPlaceNames, lexicon.areaMarks)
        // Unknown places: "XY市", or a county's or district's "XY县", "XY区", counted more
        // where the article opens; a name must be seen twice (or once near the top) to be
        // taken. A county or district is the article's place only when the article speaks of
        // itself as one (全县, 我区 more often than 全市, 我市), and then when named more often
        // than any city or province: a city's review names its districts, and a county's report
        // its city, now and then.
        var selfReferences = (city: 0, county: 0)
        var named: [String: (count: Double, isCounty: Bool)] = [:]
        // (By index: each block copied out of the list counted references to its arrays.)
        for index in blocks.indices {
            let s = blocks[index].text
            let weight = index * 4 < blocks.count ? 2.0 : 1.0
            var i = 0
            while true {
                i = nextPlaceMark(in: s, after: i)
                guard i < s.count else { break }
                let mark = s[i]
                let isCounty = mark == "县" || mark == "区"
                // (Every province is in regions.tsv: an unknown "XY省" is a phrase, 完成省定目标 or
                // 成功创建省四星级….)
                guard mark == "市" || isCounty else { continue }
                if s[i - 1] == "全" || s[i - 1] == "我" || s[i - 1] == "本" {
                    if mark == "市" { selfReferences.city += 1 } else if isCounty { selfReferences.county += 1 }
                    continue
                }
                guard i >= 2 else { continue }
                // 市场 (零工市场), 省级 (第四批省级), 市级, 县域 and 区域 are words, not places; so are
                // 市定 and 省定 (完成市定目标任务: a target the city set).
                if i + 1 < s.count && (mark == "市" && s[i + 1] == "场" || s[i + 1] == "级" || s[i + 1] == "定") {
                    continue
                }
                if isCounty && i + 1 < s.count && notAfterCountyMark.contains(s[i + 1]) { continue }
                let a = s[i - 2]
                let b = s[i - 1]
                // 郫都区, 丰都县: 都 ends a county's name, though 都市 is no place.
                guard Segmenter.isHan(a), Segmenter.isHan(b), !notInPlaceNames.contains(a),
                    !notInPlaceNames.contains(b) || isCounty && b == "都"
                else {
                    continue
                }
                // 开发区, 示范区, 贫困县, 试点县: kinds of area, not names.
                if isCounty && notBeforeCountyMark.contains(b) { continue }
                // 格尔木市, 石家庄市: a third character before counts when a boundary (punctuation, 从,
                // 在) stands before it; in 江苏苏州市 the name is 苏州市.
                var name = [a, b, mark]
                if i >= 3, case let c = s[i - 3], Segmenter.isHan(c), !notInPlaceNames.contains(c),
                    i == 3 || !Segmenter.isHan(s[i - 4]) || notInPlaceNames.contains(s[i - 4])
                {
                    name.insert(c, at: 0)
                }
                // 在游仙区第十九届人民代表大会上, 游仙区人民政府: a place whose congress or government
                // speaks is the article's, though named once.
                let ofItsCongress =
                    i + 2 < s.count && (s[i + 1] == "第" || s[i + 1] == "人" && s[i + 2] == "民") ? 1.0 : 0
                named[String(scalars: name), default: (0, isCounty)].count += weight + ofItsCongress
            }
        }
        // 连云港市 once and 连云港 three times: a city seen once with its mark counts its short name
        // (three characters or more: 完成 is no short name of 完成市) wherever it stands alone.
        for (name, seen) in named where seen.count < 2 && !seen.isCounty && name.unicodeScalars.count >= 4 {
            let short = Array(name.unicodeScalars.dropLast())
            let mark = name.unicodeScalars.last!
            var extra = 0
            for index in blocks.indices { extra += occurrences(of: short, notFollowedBy: mark, in: blocks[index].text) }
            named[name]?.count += Double(extra)
        }
        // (An article that names no city or province often enough, nor itself, is of the county
        // or district it names: 长乐区2024年十大民生实事完成情况.)
        if countyOnly {
            guard selfReferences.county > selfReferences.city else { return nil }
            return named.filter { $0.value.count >= 2 && $0.value.isCounty }.max { a, b in
                a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key
            }?.key
        }
        let countyLevel =
            selfReferences.county > selfReferences.city
            || selfReferences.city == 0 && !named.values.contains { $0.count >= 2 && !$0.isCounty }
        return named.filter { $0.value.count >= 2 && (countyLevel || !$0.value.isCounty) }.max { a, b in
            if a.value.count != b.value.count { return a.value.count < b.value.count }
            if a.value.isCounty != b.value.isCounty { return a.value.isCounty }
            return a.key > b.key
        }?.key
    }
}

extension DocumentContext {
    /// How often `word` stands in `s` without `mark` right after it, counted left to right
    /// without overlaps. The whole article is read for each short name: a plain loop on the
    /// buffer passes over the scalars that cannot start the word.
    fileprivate static func occurrences(
        of word: [Unicode.Scalar], notFollowedBy mark: Unicode.Scalar, in s: [Unicode.Scalar]
    ) -> Int {
        let n = word.count
        let head = word[0]
        return s.withUnsafeBufferPointer { t in
            var count = 0
            var i = 0
            while i + n <= t.count {
                if t[i] != head {
                    i += 1
                    continue
                }
                var k = 1
                while k < n && t[i + k] == word[k] { k += 1 }
                if k == n && (i + n == t.count || t[i + n] != mark) {
                    count += 1
                    i += n
                } else {
                    i += 1
                }
            }
            return count
        }
    }

    /// Whether a text says 全市, 我县, 本区 …: the article's place is a city, county or district.
    fileprivate static func speaksOfItselfAsLocal(_ s: [Unicode.Scalar]) -> Bool {
        s.indices.dropFirst().contains { i in
            (s[i] == "市" || s[i] == "县" || s[i] == "区") && (s[i - 1] == "全" || s[i - 1] == "我" || s[i - 1] == "本")
        }
    }
}

/// Whether `c` is 市, 省, 县 or 区.
@inline(__always)
private func isPlaceMark(_ c: Unicode.Scalar) -> Bool {
    c == "市" || c == "省" || c == "县" || c == "区"
}

/// The first position after `i` of `s` that `isPlaceMark`, or `s.count`. Every scalar of an
/// article is passed over here: eight at a time on the buffer, and one by one only in a run of
/// eight that may hold a mark. The eight are compared by their low sixteen bits (the marks are
/// below U+10000): half the compares of the full scalars, and a scalar above U+FFFF that
/// matches so is only read one by one, never taken for a mark.
private func nextPlaceMark(in s: [Unicode.Scalar], after i: Int) -> Int {
    s.withUnsafeBufferPointer { p in
        guard let base = p.baseAddress else { return p.count }
        let city = SIMD8<UInt16>(repeating: UInt16(("市" as Unicode.Scalar).value))
        let province = SIMD8<UInt16>(repeating: UInt16(("省" as Unicode.Scalar).value))
        let county = SIMD8<UInt16>(repeating: UInt16(("县" as Unicode.Scalar).value))
        let district = SIMD8<UInt16>(repeating: UInt16(("区" as Unicode.Scalar).value))
        /// Whether the eight scalars from `k` may hold a mark.
        @inline(__always)
        func mayHoldMark(_ k: Int) -> Bool {
            let v = SIMD8<UInt16>(
                truncatingIfNeeded: UnsafeRawPointer(base + k).loadUnaligned(as: SIMD8<UInt32>.self))
            var marks = v .== city
            marks .|= v .== province
            marks .|= v .== county
            marks .|= v .== district
            return any(marks)
        }
        var k = i + 1
        while k + 8 <= p.count {
            if mayHoldMark(k) { break }
            k += 8
        }
        // The last few scalars of a block are read as the last eight, which overlap those
        // passed: one by one, each block's end cost as much as its eights.
        if k + 8 > p.count && k < p.count && p.count >= 8 && !mayHoldMark(p.count - 8) { return p.count }
        while k < p.count && !isPlaceMark(p[k]) { k += 1 }
        return min(k, p.count)
    }
}
