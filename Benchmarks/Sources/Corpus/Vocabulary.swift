/// What a generated figure measures: the metric phrase, the unit word and a plausible range.
struct MetricSpec {
    var phrase: String
    var verbs: [String]
    var unit: String
    var kind: ValueKind
    var range: ClosedRange<Double>
}

/// How a value is written: counts of people or things, money, rates.
enum ValueKind {
    case count, money, rate, small
}

/// A sector of the generated articles: its heading words and its metrics.
struct SectorSpec {
    var headings: [String]
    var metrics: [MetricSpec]
}

private func m(
    _ phrase: String, _ unit: String, _ kind: ValueKind, _ low: Double, _ high: Double,
    verbs: [String] = ["", "达到", "达", "完成", "累计"]
) -> MetricSpec {
    MetricSpec(phrase: phrase, verbs: verbs, unit: unit, kind: kind, range: low...high)
}

/// The sectors and metrics the generator writes about, in the words the samples use.
let sectors: [SectorSpec] = [
    SectorSpec(
        headings: ["稳就业促增收", "就业创业服务提质增效", "“家门口”就业更有保障"],
        metrics: [
            m("城镇新增就业", "人", .count, 2_000, 300_000), m("农村劳动力转移就业", "人", .count, 5_000, 3_000_000),
            m("开展职业技能培训", "人次", .count, 1_000, 500_000), m("新增技能人才", "人", .count, 500, 50_000),
            m("新增高技能人才", "人", .count, 100, 20_000), m("发放创业担保贷款", "元", .money, 1e6, 5e9),
            m("举办专项招聘活动", "场", .count, 20, 2_000), m("提供就业岗位", "个", .count, 1_000, 900_000),
            m("城镇调查失业率", "%", .rate, 3, 6.5, verbs: ["", "控制在", "为"]),
            m("帮扶困难人员就业", "人", .count, 100, 80_000), m("零工市场", "家", .small, 2, 300),
        ]),
    SectorSpec(
        headings: ["居民收入稳步增长", "群众钱袋子更鼓了"],
        metrics: [
            m("城镇居民人均可支配收入", "元", .money, 20_000, 90_000), m("农村居民人均可支配收入", "元", .money, 8_000, 40_000),
            m("居民人均消费支出", "元", .money, 10_000, 50_000), m("城镇非私营单位在岗职工平均工资", "元", .money, 50_000, 160_000),
        ]),
    SectorSpec(
        headings: ["健康服务更加便捷", "医疗卫生服务能力持续提升"],
        metrics: [
            m("每千人口执业(助理)医师数", "人", .rate, 2, 4.5, verbs: ["", "达到"]), m("医疗卫生机构", "个", .count, 200, 30_000),
            m("医疗卫生机构床位", "张", .count, 2_000, 400_000), m("家庭医生签约服务覆盖率", "%", .rate, 30, 95),
            m("总诊疗人次", "人次", .count, 100_000, 90_000_000), m("新建村卫生室", "所", .small, 5, 600),
            m("远程会诊", "人次", .count, 100, 90_000),
        ]),
    SectorSpec(
        headings: ["幼有善育托起未来", "普惠托育服务扩容提质"],
        metrics: [
            m("每千人口托位数", "个", .rate, 1.5, 5, verbs: ["", "达", "达到"]), m("托育机构", "家", .small, 10, 2_000),
            m("普惠性托位", "个", .count, 300, 90_000), m("新增托位", "个", .count, 100, 30_000),
            m("婴幼儿入托率", "%", .rate, 5, 40),
        ]),
    SectorSpec(
        headings: ["老有颐养温暖夕阳", "养老服务体系更加健全"],
        metrics: [
            m("新建改造居家养老服务站点", "个", .small, 10, 900), m("养老机构床位", "张", .count, 1_000, 200_000),
            m("社区老年食堂", "个", .small, 5, 800), m("发放高龄津贴", "元", .money, 1e5, 9e8),
            m("培训养老护理员", "人次", .count, 100, 50_000), m("护理型床位占比", "%", .rate, 30, 70),
        ]),
    SectorSpec(
        headings: ["教育优质均衡发展", "办好人民满意的教育"],
        metrics: [
            m("新建改扩建中小学校", "所", .small, 3, 300), m("新增学位", "个", .count, 1_000, 200_000),
            m("学前教育毛入园率", "%", .rate, 85, 99.5), m("教育支出", "元", .money, 1e8, 9e10),
            m("资助家庭经济困难学生", "人次", .count, 1_000, 900_000), m("补充教师", "名", .count, 50, 9_000),
        ]),
    SectorSpec(
        headings: ["兜住兜准兜牢民生底线", "社会保障网越织越密"],
        metrics: [
            m("城乡低保标准每人每月", "元", .money, 400, 1_200, verbs: ["", "达到", "提高到"]),
            m("发放临时救助资金", "元", .money, 1e5, 9e8), m("基本养老保险参保人数", "人", .count, 100_000, 9_000_000),
            m("基本医疗保险参保率", "%", .rate, 92, 99.5), m("城乡低保对象", "人", .count, 1_000, 500_000),
            m("特困人员救助供养", "人", .count, 300, 90_000),
        ]),
    SectorSpec(
        headings: ["住有所居安居宜居", "城市更新扎实推进"],
        metrics: [
            m("筹集保障性租赁住房", "套", .count, 200, 90_000), m("改造城镇老旧小区", "个", .small, 10, 2_000),
            m("惠及居民", "户", .count, 1_000, 500_000), m("棚户区改造安置住房", "套", .count, 100, 60_000),
        ]),
    SectorSpec(
        headings: ["平安建设成效明显", "筑牢社会安全防线"],
        metrics: [
            m("刑事案件立案数", "起", .count, 100, 90_000), m("电信网络诈骗案件", "起", .count, 50, 30_000),
            m("挽回群众经济损失", "元", .money, 1e5, 9e9), m("食品安全抽检", "批", .count, 1_000, 200_000),
            m("完成机构食堂软硬件升级", "家", .small, 10, 900),
        ]),
    SectorSpec(
        headings: ["生态环境持续向好", "绿水青山成色更足"],
        metrics: [
            m("空气质量优良天数", "天", .small, 200, 360), m("完成营造林", "亩", .count, 10_000, 5_000_000),
            m("地表水国考断面优良比例", "%", .rate, 60, 100), m("治理水土流失面积", "平方公里", .count, 10, 9_000),
        ]),
    SectorSpec(
        headings: ["经济运行稳中向好", "高质量发展迈出坚实步伐"],
        metrics: [
            m("地区生产总值", "元", .money, 1e10, 9e12), m("一般公共预算收入", "元", .money, 1e9, 9e11),
            m("固定资产投资", "元", .money, 1e9, 5e12), m("社会消费品零售总额", "元", .money, 1e9, 5e12),
            m("规模以上工业增加值", "元", .money, 1e9, 9e11), m("民生支出占一般公共预算支出比重", "%", .rate, 60, 85),
            m("新登记市场主体", "户", .count, 1_000, 900_000),
        ]),
]

/// Places the articles are about, with districts for the sentences that name one.
let places: [(city: String, districts: [String])] = [
    ("长治市", ["潞州区", "上党区", "屯留区", "潞城区", "襄垣县", "平顺县", "黎城县", "壶关县", "长子县", "武乡县", "沁县", "沁源县"]),
    ("山西省", []), ("河北省", []), ("河南省", []), ("吉林省", []), ("浙江省", []), ("四川省", []), ("广东省", []),
    ("北京市", []), ("上海市", []), ("重庆市", []), ("天津市", []), ("江苏省", []), ("湖南省", []), ("陕西省", []),
]

/// Sentences without figures, and sentences whose numbers are not indicators (DESIGN §3).
let prose = [
    "民生是人民幸福之基、社会和谐之本，一项项务实举措托起了群众稳稳的幸福。",
    "我们坚持以人民为中心的发展思想，把保障和改善民生作为一切工作的出发点和落脚点。",
    "从大医院排长队到家门口名医看病，群众日益便捷的就医体验映射出卫生健康事业的新成效。",
    "一座幸福之城，须有鲜明的民生底色，清晰可见、厚重温暖。",
    "各项工作扎实推进，群众获得感、幸福感、安全感持续增强。",
    "聚焦群众急难愁盼，持续办好民生实事，不断增进民生福祉。",
    "“潞城甩饼师傅”“长子理发师”入选第四批省级劳务品牌。",
    "打造“15分钟便民生活圈”，推进“十四五”规划重点项目落地见效。",
    "家住翟店街道的李巧兰患糖尿病10多年，如今在家门口就能看好病。",
    "围绕16-24岁青年群体开展就业帮扶，2年内实现稳定就业。",
    "构建“1+12+N”工作体系，实施六大工程。",
    "12月15日上午9时，市第十四届人民代表大会第三次会议开幕。",
    "①劳务品牌织就致富路 ②专业护理让老年人共享晚年生活",
    "展望新的一年，我们将坚定信心、真抓实干，奋力书写民生答卷。",
]

let periodHeaders = ["前三季度", "1-11月", "上半年", "全年", "今年以来", "1-10月", "一季度"]
