/// The genres of the samples: year-end reviews (年终盘点) with bullet blocks and 分别 lists,
/// government work reports, and statistical bulletins dense with figures.
enum Genre: CaseIterable {
    case review, workReport, bulletin
}

/// Writes one article of a genre about a place and year, to roughly a target size in bytes.
struct ArticleWriter {
    var random: SplitMix64
    var numbers: NumberWriter

    init(seed: UInt64) {
        random = SplitMix64(state: seed)
        numbers = NumberWriter(random: SplitMix64(state: seed ^ 0x5DEE_CE66_D1CE_4E5B))
    }

    mutating func article(_ genre: Genre, targetBytes: Int) -> String {
        let year = random.int(2016...2025)
        let place = random.pick(places)
        var text = title(genre, city: place.city, year: year)
        while text.utf8.count < targetBytes {
            let sector = random.pick(sectors)
            switch genre {
            case .review: text += reviewSection(sector, place: place, year: year)
            case .workReport: text += reportParagraph(sector, place: place, year: year)
            case .bulletin: text += bulletinSection(sector, place: place, year: year)
            }
        }
        return text
    }

    private mutating func title(_ genre: Genre, city: String, year: Int) -> String {
        switch genre {
        case .review:
            return
                "\(year), \(city)这一年\n\n系列报道之\(numbers.chinese(integer: random.int(1...9)))\n\n# 加大保障和改善民生力度 持续增进民生福祉\n\n"
        case .workReport:
            return "# 政府工作报告\n\n——\(year + 1)年1月\(random.int(5...28))日在\(city)第十四届人民代表大会第三次会议上\n\n"
                + "过去一年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济社会发展主要目标任务较好完成。\n\n"
        case .bulletin:
            return "# \(city)\(year)年国民经济和社会发展统计公报\n\n\(city)统计局\n\n"
        }
    }

    private mutating func place(_ place: (city: String, districts: [String])) -> String {
        guard !place.districts.isEmpty, random.chance(0.25) else { return random.chance(0.3) ? "全市" : "" }
        return random.pick(place.districts)
    }

    /// A heading, a period header over bullet items, a 分别 list and prose.
    private mutating func reviewSection(
        _ sector: SectorSpec, place p: (city: String, districts: [String]), year: Int
    ) -> String {
        var text = "## " + random.pick(sector.headings) + "\n\n"
        text += random.pick(prose) + "\n\n"
        text += random.pick(periodHeaders) + "\n\n"
        for _ in 0..<random.int(2...5) {
            let metric = random.pick(sector.metrics)
            text += "○" + place(p) + metric.phrase + "\n" + random.pick(metric.verbs) + numbers.figure(metric) + "\n"
            if random.chance(0.4) { text += "增长" + numbers.growth() + "\n" }
        }
        text += "\n"
        if random.chance(0.4) {
            text +=
                "城乡居民人均可支配收入分别达到\(Int(random.int(30_000...60_000)))元、\(Int(random.int(12_000...30_000)))元，"
                + "分别增长\(numbers.growth())、\(numbers.growth())。"
        }
        var paragraph = ""
        for _ in 0..<random.int(2...5) {
            let metric = random.pick(sector.metrics)
            paragraph += place(p) + metric.phrase + random.pick(metric.verbs) + numbers.figure(metric)
            paragraph += random.chance(0.3) ? "，同比增长" + numbers.growth() + "。" : "。"
        }
        text += paragraph + random.pick(prose) + "\n\n"
        return text
    }

    /// A paragraph of a work report: figures in clauses separated by ，and ；.
    private mutating func reportParagraph(
        _ sector: SectorSpec, place p: (city: String, districts: [String]), year: Int
    ) -> String {
        var text = random.chance(0.3) ? random.pick(sector.headings) + "。" : ""
        for k in 0..<random.int(3...7) {
            let metric = random.pick(sector.metrics)
            text += place(p) + metric.phrase + random.pick(metric.verbs) + numbers.figure(metric)
            if random.chance(0.35) { text += "，增长" + numbers.growth() }
            text += k % 3 == 2 ? "。" : "；"
        }
        return text + "\n\n"
    }

    /// A bulletin section: a numbered heading and short sentences, one or two figures each.
    private mutating func bulletinSection(
        _ sector: SectorSpec, place p: (city: String, districts: [String]), year: Int
    ) -> String {
        var text = numbers.chinese(integer: random.int(1...12)) + "、" + random.pick(sector.headings) + "\n\n"
        for _ in 0..<random.int(2...4) {
            for _ in 0..<random.int(3...8) {
                let metric = random.pick(sector.metrics)
                let opener = random.pick(["全年", "年末", "", "", "\(year)年"])
                text += opener + place(p) + metric.phrase + random.pick(metric.verbs) + numbers.figure(metric)
                text += random.chance(0.5) ? "，比上年增长" + numbers.growth() + "。" : "。"
            }
            text += "\n\n"
        }
        return text
    }
}
