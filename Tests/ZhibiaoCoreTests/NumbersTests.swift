import Testing

@testable import ZhibiaoCore

/// Written forms that are one whole number, with the exact value `Numbers.parse` must give.
private let wholeNumbers: [(String, Double)] = [
    // Arabic integers
    ("0", 0), ("7", 7), ("10", 10), ("100", 100), ("112", 112), ("730", 730), ("1000", 1000),
    ("2025", 2025), ("3278", 3278), ("10000", 10000), ("15100", 15100), ("15306", 15306),
    ("34267", 34267), ("100000", 100_000), ("1234567890", 1_234_567_890), ("007", 7),
    // a minus sign opening the text
    ("-5", -5), ("－3.19", -3.19),
    ("9007199254740992", 9_007_199_254_740_992),
    // Arabic decimals
    ("4.82", 4.82), ("0.5", 0.5), ("62.9", 62.9), ("4.5", 4.5), ("4.8", 4.8), ("49.7", 49.7),
    ("3.14159", 3.14159), ("0.001", 0.001), ("10.0", 10), ("99.99", 99.99), ("1.05", 1.05),
    ("0.1", 0.1), ("0.2", 0.2), ("0.3", 0.3), ("123.456", 123.456), ("5.2", 5.2), ("6.2", 6.2),
    // thousands separators
    ("1,234", 1234), ("12,345", 12345), ("999,999", 999_999), ("1,234,567", 1_234_567),
    ("123,456.78", 123_456.78), ("1，234", 1234), ("1，234，567", 1_234_567), ("1,000,000", 1_000_000),
    ("1,234.5", 1234.5), ("12,000", 12000),
    // percent sign
    ("62.9%", 62.9), ("112%", 112), ("3.6%", 3.6), ("5.5%", 5.5), ("0.5%", 0.5), ("100%", 100),
    ("200%", 200), ("12.5%", 12.5), ("1%", 1), ("6.2%", 6.2), ("99.9%", 99.9), ("0.1%", 0.1),
    ("62.9％", 62.9), ("3％", 3), ("1,234%", 1234),
    // Arabic with magnitude words
    ("4.82万", 48200), ("49.7万", 497_000), ("1.32万", 13200), ("1万", 10000), ("10万", 100_000),
    ("12万", 120_000), ("100万", 1_000_000), ("1000万", 10_000_000), ("0.5万", 5000), ("1.05万", 10500),
    ("3.456万", 34560), ("12.34万", 123_400), ("2.35万", 23500), ("5.5万", 55000), ("730万", 7_300_000),
    ("1,234万", 12_340_000), ("1,234.5万", 12_345_000), ("1亿", 100_000_000), ("3亿", 300_000_000),
    ("4.8亿", 480_000_000), ("2.5亿", 250_000_000), ("10亿", 1_000_000_000), ("100亿", 10_000_000_000),
    ("1000亿", 100_000_000_000), ("0.01亿", 1_000_000), ("0.5亿", 50_000_000),
    ("1万亿", 1_000_000_000_000), ("1.1万亿", 1_100_000_000_000), ("1.2万亿", 1_200_000_000_000),
    ("10万亿", 10_000_000_000_000), ("20万亿", 20_000_000_000_000), ("2千", 2000), ("5千", 5000),
    ("1.5千", 1500), ("5百", 500), ("2.5百", 250), ("5百万", 5_000_000), ("3千万", 30_000_000),
    ("3亿5千万", 350_000_000), ("3亿13万", 300_130_000), ("1亿2000万", 120_000_000),
    ("2亿3千5百万", 235_000_000), ("5千亿", 500_000_000_000), ("3万5千", 35000), ("3万5千亿", 3_500_000_000_000),
    ("1万亿5千万", 1_000_050_000_000), ("8.5万", 85000),
    // approximate inside
    ("10余万", 100_000), ("20多万", 200_000), ("5余亿", 500_000_000), ("20多亿", 2_000_000_000),
    ("1万多亿", 1_000_000_000_000), ("两千多万", 20_000_000), ("十多万", 100_000), ("三百多万", 3_000_000),
    ("一百多亿", 10_000_000_000), ("二十余万", 200_000),
    // Chinese numerals
    ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7), ("八", 8),
    ("九", 9), ("十", 10), ("十一", 11), ("十五", 15), ("十九", 19), ("二十", 20), ("二十一", 21),
    ("三十五", 35), ("九十九", 99), ("一百", 100), ("两百", 200), ("一百零一", 101), ("一百一十", 110),
    ("一百十五", 115), ("一百二", 120), ("一百二十三", 123), ("二百五十", 250), ("九百九十九", 999),
    ("一千", 1000), ("两千", 2000), ("两千零五", 2005), ("一千零十", 1010), ("一千零一十", 1010),
    ("一千二", 1200), ("一千二百三十四", 1234), ("五千零五十", 5050), ("九千九百九十九", 9999),
    ("一万", 10000), ("两万", 20000), ("三万五", 35000), ("三万五千", 35000), ("一万零五", 10005),
    ("一万零五百", 10500), ("十万", 100_000), ("十五万", 150_000), ("三十万", 300_000),
    ("十万零一", 100_001), ("一百万", 1_000_000), ("四百五十万", 4_500_000), ("一千万", 10_000_000),
    ("一千二百万", 12_000_000), ("一亿", 100_000_000), ("两亿", 200_000_000), ("一亿五", 150_000_000),
    ("一亿零五百万", 105_000_000), ("一亿一十三万", 100_130_000), ("九亿九千九百万", 999_000_000),
    ("三亿五千万", 350_000_000), ("一万亿", 1_000_000_000_000),
    // Chinese decimals
    ("四点八亿", 480_000_000), ("六十二点九", 62.9), ("三点五", 3.5), ("零点五", 0.5), ("十点五", 10.5),
    ("二十点五万", 205_000), ("一点二万亿", 1_200_000_000_000), ("四点八二万", 48200), ("九十五点五", 95.5),
    ("零点零一", 0.01), ("一点〇五", 1.05),
    // digit by digit
    ("二〇二五", 2025), ("二零二五", 2025), ("一九九八", 1998), ("一二三", 123), ("二〇", 20),
    // financial numerals
    ("壹佰", 100), ("伍佰", 500), ("捌佰", 800), ("叁拾", 30), ("拾伍", 15), ("陆拾", 60),
    ("柒拾捌", 78), ("玖万", 90000), ("壹仟贰佰", 1200), ("壹万贰仟叁佰肆拾伍", 12345),
    // percent prefix
    ("百分之六十二点九", 62.9), ("百分之百", 100), ("百分之五", 5), ("百分之三", 3), ("百分之十", 10),
    ("百分之五十", 50), ("百分之九十五点五", 95.5), ("百分之零点五", 0.5), ("百分之62.9", 62.9),
    ("百分之一百二十", 120),
    // mixed Arabic and Chinese
    ("3万五千", 35000),
]

@Suite struct NumbersTests {
    @Test func tableHoldsEnoughDistinctForms() {
        #expect(Set(wholeNumbers.map(\.0)).count == wholeNumbers.count)
        #expect(wholeNumbers.count >= 200)
    }

    @Test(arguments: wholeNumbers)
    func parsesWholeNumber(text: String, value: Double) {
        #expect(Numbers.parse(text) == value)
    }

    @Test(arguments: wholeNumbers)
    func scanCoversWholeText(text: String, value: Double) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Numbers.scan(scalars)
        #expect(tokens.map(\.value) == [value])
        #expect(tokens.map(\.range) == [0..<scalars.count])
    }

    /// Texts that are not exactly one number: words, fragments, several numbers, trailing text.
    @Test(arguments: [
        "", "千", "百", "万", "亿", "万亿", "百姓", "千家万户", "abc", ".", "..", "1.", ".5", "4.82万人",
        "5万余", "一千多", "十四五", "1-11", "零", "〇", " 5", "5 ", "伍", "队伍", "百分之", "百分比", "3,",
        "12,3456", "3.6%、5.5%", "4.5个", "千人口", "2025.12.31", "七八", "5千米", "1-5", "1e5", "五%%",
    ])
    func rejectsWhatIsNotOneNumber(text: String) {
        #expect(Numbers.parse(text) == nil)
    }

    @Test(arguments: [
        ("4.82万", token(48200, 0..<5, multiplier: 10_000)),
        ("1.2万亿", token(1_200_000_000_000, 0..<5, multiplier: 1e12)),
        ("3亿5千万", token(350_000_000, 0..<5, multiplier: 10_000)),
        ("2千", token(2000, 0..<2, multiplier: 1000)),
        ("5百万", token(5_000_000, 0..<3, multiplier: 10_000)),
        ("1,234,567", token(1_234_567, 0..<9)),
        ("62.9%", token(62.9, 0..<5, percent: true)),
        ("62.9％", token(62.9, 0..<5, percent: true)),
        ("百分之六十二点九", token(62.9, 0..<8, percent: true, chinese: true)),
        ("百分之62.9", token(62.9, 0..<7, percent: true)),
        ("百分之百", token(100, 0..<4, percent: true, chinese: true, multiplier: 100)),
        ("十五", token(15, 0..<2, chinese: true)),
        ("二十", token(20, 0..<2, chinese: true, multiplier: 10)),
        ("一百二十三", token(123, 0..<5, chinese: true)),
        ("两千", token(2000, 0..<2, chinese: true, multiplier: 1000)),
        ("四点八亿", token(480_000_000, 0..<4, chinese: true, multiplier: 100_000_000)),
        ("三万五", token(35000, 0..<3, chinese: true)),
        ("3万五千", token(35000, 0..<4, chinese: true, multiplier: 1000)),
        ("二〇二五", token(2025, 0..<4, chinese: true)),
        ("10余万", token(100_000, 0..<4, multiplier: 10_000, approximate: true)),
        ("两千多万", token(20_000_000, 0..<4, chinese: true, multiplier: 10_000, approximate: true)),
        ("1万多亿", token(1_000_000_000_000, 0..<4, multiplier: 1e12, approximate: true)),
        ("壹佰", token(100, 0..<2, chinese: true, multiplier: 100)),
    ])
    func readsEveryField(text: String, expected: NumberToken) {
        #expect(Numbers.scan(Array(text.unicodeScalars)) == [expected])
    }

    @Test(arguments: [
        (
            "城镇新增就业4.82万人,完成全年目标的112%",
            [token(48200, 6..<11, multiplier: 10_000), token(112, 20..<24, percent: true)]
        ),
        ("分别达到34267元、15100元", [token(34267, 4..<9), token(15100, 11..<16)]),
        ("34267元,15100元", [token(34267, 0..<5), token(15100, 7..<12)]),
        (
            "开展线上线下招聘活动730场,15306家用工单位累计提供49.7万个就业岗位",
            [token(730, 10..<13), token(15306, 15..<20), token(497_000, 29..<34, multiplier: 10_000)]
        ),
        ("千人口托位数达到4.5个以上", [token(4.5, 8..<11)]),
        ("每千人口拥有3岁以下婴幼儿托位4.8个", [token(3, 6..<7), token(4.8, 15..<18)]),
        ("1-11月", [token(1, 0..<1), token(11, 2..<4)]),
        ("16-24岁青年", [token(16, 0..<2), token(24, 3..<5)]),
        ("1月-11月", [token(1, 0..<1), token(11, 3..<5)]),
        (
            "近万人，逾千户",
            [
                token(10_000, 1..<2, chinese: true, multiplier: 10_000),
                token(1000, 5..<6, chinese: true, multiplier: 1000),
            ]
        ),
        (
            "超百亿元，近百分之九十",
            [
                token(1e10, 1..<3, chinese: true, multiplier: 1e10),
                token(90, 6..<11, percent: true, chinese: true, multiplier: 10),
            ]
        ),
        ("全市常住人口近亿亿亿人", []),
        ("近亿亿人", [token(1e16, 1..<3, chinese: true, multiplier: 1e16)]),
        ("自然增长率为-3.19‰", [token(-3.19, 6..<11)]),
        ("增长－0.86%，-5", [token(-0.86, 2..<8, percent: true), token(-5, 9..<11)]),
        ("百分之六十二点九", [token(62.9, 0..<8, percent: true, chinese: true)]),
        ("占比达百分之六十二点九，高于全省", [token(62.9, 3..<11, percent: true, chinese: true)]),
        ("紧急拦截涉案资金1.1万亿元", [token(1_100_000_000_000, 8..<13, multiplier: 1e12)]),
        ("增长3.6%、5.5%", [token(3.6, 2..<6, percent: true), token(5.5, 7..<11, percent: true)]),
        ("1.32万家企业", [token(13200, 0..<5, multiplier: 10_000)]),
        ("5万余人", [token(50000, 0..<2, multiplier: 10_000)]),
        ("全市10余万名退休人员", [token(100_000, 2..<6, multiplier: 10_000, approximate: true)]),
        ("实现营业收入1,234.5万元", [token(12_345_000, 6..<14, multiplier: 10_000)]),
        (
            "总投资3亿5千万元，其中3亿13万元已到位",
            [token(350_000_000, 3..<8, multiplier: 10_000), token(300_130_000, 12..<17, multiplier: 10_000)]
        ),
        (
            "二〇二五年新增两千多万人",
            [
                token(2025, 0..<4, chinese: true),
                token(20_000_000, 7..<11, chinese: true, multiplier: 10_000, approximate: true),
            ]
        ),
        ("十四五规划", [token(14, 0..<2, chinese: true), token(5, 2..<3, chinese: true)]),
        ("一二三", [token(123, 0..<3, chinese: true)]),
        ("七八个", [token(7, 0..<1, chinese: true), token(8, 1..<2, chinese: true)]),
        ("三四十万", [token(3, 0..<1, chinese: true), token(400_000, 1..<4, chinese: true, multiplier: 10_000)]),
        ("第四批", [token(4, 1..<2, chinese: true)]),
        ("PM2.5浓度下降12%", [token(2.5, 2..<5), token(12, 9..<12, percent: true)]),
        ("A股2000只", [token(2000, 2..<6)]),
        ("装机容量120万千瓦", [token(1_200_000, 4..<8, multiplier: 10_000)]),
        ("跑完5千米", [token(5, 2..<3)]),
        ("提高3.5百分点", [token(3.5, 2..<5)]),
        ("提高3.5个百分点", [token(3.5, 2..<5)]),
        ("12,3456", [token(12, 0..<2), token(3456, 3..<7)]),
        ("1,234,56", [token(1234, 0..<5), token(56, 6..<8)]),
        ("2025.12.31", [token(2025, 0..<4), token(12, 5..<7), token(31, 8..<10)]),
        ("第3.2.1节", [token(3, 1..<2), token(2, 3..<4), token(1, 5..<6)]),
        ("1.", [token(1, 0..<1)]),
        (".5", [token(5, 1..<2)]),
        ("1..5", [token(1, 0..<1), token(5, 3..<4)]),
        ("5万2025年", [token(50000, 0..<2, multiplier: 10_000), token(2025, 2..<6)]),
        ("下午三点开会", [token(3, 2..<3, chinese: true)]),
        ("千分之五", [token(5, 3..<4, chinese: true)]),
        ("增长5‰", [token(5, 2..<3)]),
        ("一千多人", [token(1000, 0..<2, chinese: true, multiplier: 1000)]),
    ])
    func scansClause(text: String, expected: [NumberToken]) {
        #expect(Numbers.scan(Array(text.unicodeScalars)) == expected)
    }

    /// A Chinese numeral below ten is a count in predicate position, after what it counts and
    /// closing its clause with its unit; before a noun, after 每/第/这/前, or in a slogan that
    /// says it twice, it is a word. The figures found, as value and base unit.
    @Test(
        arguments: [
            ("新建幼儿园四所，", [(4.0, "所")]),
            ("打造示范村一个。", [(1, "个")]),
            ("改造农贸市场两个、建成社区食堂三家", [(2, "个"), (3, "家")]),
            ("全年新增养老机构九家", [(9, "家")]),
            ("建成乡镇综合文化站五个（含在建）", [(5, "个")]),
            ("新增公办幼儿园6所，民办园两所。", [(6, "所"), (2, "所")]),
            ("围绕一个中心、两个方面，落实三项举措。", []),
            ("新增五个养老服务中心", []),
            ("每周一次，每人一份。", []),
            ("第一批，这一年，其中之一。", []),
            ("居全市前两位，排名前三名。", []),
            ("民生实事办一件成一件。", []),
            ("一村一品，一户一策。", []),
        ] as [(String, [(Double, String)])])
    func smallChineseNumeralsCountOnlyInPredicatePosition(text: String, expected: [(Double, String)]) {
        let figures = FigureFinder(lexicon: .standard).figures(in: Array(text.unicodeScalars))
        #expect(figures.map(\.value) == expected.map(\.0), "\(text)")
        #expect(figures.map { Lexicon.standard.unitName($0.unit) } == expected.map(\.1), "\(text)")
    }

    /// Words that contain numeral characters but hold no number.
    @Test(arguments: [
        "千家万户", "百姓", "人才队伍建设陆续推进", "零工市场", "社会消费品零售总额", "百分比", "万亿", "收拾",
        ".", "..", "", "，,、。",
    ])
    func findsNothingIn(text: String) {
        #expect(Numbers.scan(Array(text.unicodeScalars)) == [])
    }

    @Test func hugeDigitStringsClampInsteadOfTrapping() {
        let nines = String(repeating: "9", count: 400)
        #expect(Numbers.scan(Array(nines.unicodeScalars)) == [token(.greatestFiniteMagnitude, 0..<400)])
        #expect(Numbers.parse(nines + "亿") == .greatestFiniteMagnitude)
        #expect(Numbers.parse("1" + String(repeating: "0", count: 30)) == 1e30)
    }

    @Test func longFractionsKeepTheirPrecision() {
        let thirds = "0." + String(repeating: "3", count: 400)
        let tokens = Numbers.scan(Array(thirds.unicodeScalars))
        #expect(tokens.map(\.range) == [0..<402])
        #expect(abs(tokens[0].value - 1.0 / 3.0) < 1e-15)
    }

    @Test func longChineseRunsSplitWithoutTrapping() {
        let run = String(repeating: "十五万", count: 1000)
        let tokens = Numbers.scan(Array(run.unicodeScalars))
        #expect(tokens.count == 1000)
        #expect(tokens.allSatisfy { $0.value == 150_000 })
        #expect(tokens.last?.range == 2997..<3000)
    }
}

private func token(
    _ value: Double, _ range: Range<Int>, percent: Bool = false, chinese: Bool = false, multiplier: Double = 1,
    approximate: Bool = false
) -> NumberToken {
    NumberToken(
        value: value, range: range, isPercent: percent, isChinese: chinese, multiplier: multiplier,
        approximateInside: approximate)
}
