import Testing

@testable import ZhibiaoCore

/// Extraction rules on sentences written for these tests in the genres zhibiao reads (work
/// reports, bulletins, year-end reviews) — none is taken from the sample articles.
@Suite struct ExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        /// metric, value, unit, qualifier (nil for none)
        var expected: [(String, Double, String, String?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(
            text: "2024年，全市城镇新增就业3.15万人，城镇登记失业率控制在3.2%以内。",
            expected: [("城镇新增就业", 31500, "人", nil), ("城镇登记失业率", 3.2, "%", "at-most")]),
        Case(
            text: "全年发放创业担保贷款6.5亿元，扶持创业2310人。",
            expected: [("发放创业担保贷款", 650_000_000, "元", nil), ("扶持创业", 2310, "人", nil)]),
        Case(
            text: "新建城市社区养老服务中心45个、农村幸福院120所。",
            expected: [("新建城市社区养老服务中心", 45, "个", nil), ("农村幸福院", 120, "所", nil)]),
        Case(
            text: "累计建成8个区域性养老服务中心、32个社区食堂。",
            expected: [("建成区域性养老服务中心", 8, "个", nil), ("社区食堂", 32, "个", nil)]),
        Case(
            text: "全市共有各类养老机构近200家，养老床位超过1.8万张。",
            expected: [("各类养老机构", 200, "家", "approx"), ("养老床位", 18000, "张", "more-than")]),
        Case(
            text: "城乡居民人均可支配收入分别达到41200元、21800元，分别增长5.1%、7.3%。",
            expected: [
                ("城镇居民人均可支配收入", 41200, "元", nil), ("农村居民人均可支配收入", 21800, "元", nil),
                ("城镇居民人均可支配收入增长", 5.1, "%", nil), ("农村居民人均可支配收入增长", 7.3, "%", nil),
            ]),
        Case(
            text: "新增城镇就业1.2万人、农村劳动力转移就业0.8万人，分别完成年度目标的105%、98%。",
            expected: [
                ("新增城镇就业", 12000, "人", nil), ("农村劳动力转移就业", 8000, "人", nil),
                ("新增城镇就业完成年度目标", 105, "%", nil), ("农村劳动力转移就业完成年度目标", 98, "%", nil),
            ]),
        Case(
            text: "为困难群众发放临时救助资金2300余万元。",
            expected: [("发放临时救助资金", 23_000_000, "元", "approx")]),
        Case(
            text: "全市空气质量优良天数比例达到百分之八十五点六。",
            expected: [("空气质量优良天数比例", 85.6, "%", nil)]),
        Case(
            text: "举办各类招聘会126场，提供就业岗位3.6万个，达成就业意向1.1万人。",
            expected: [("举办各类招聘会", 126, "场", nil), ("提供就业岗位", 36000, "个", nil), ("达成就业意向", 11000, "人", nil)]),
        Case(
            text: "新增普惠性托位2600个，每千人口拥有3岁以下婴幼儿托位数达到3.9个。",
            expected: [("新增普惠性托位", 2600, "个", nil), ("每千人口拥有3岁以下婴幼儿托位数", 3.9, "个", nil)]),
        Case(
            text: "破获电信网络诈骗案件1260起，抓获犯罪嫌疑人2100余名。",
            expected: [("破获电信网络诈骗案件", 1260, "起", nil), ("抓获犯罪嫌疑人", 2100, "人", "approx")]),
        Case(
            text: "改造老旧小区156个、惠及居民2.3万户，筹集保障性租赁住房4500套。",
            expected: [("改造老旧小区", 156, "个", nil), ("惠及居民", 23000, "户", nil), ("筹集保障性租赁住房", 4500, "套", nil)]),
        Case(
            text: "全省地区生产总值增长5.2%，一般公共预算收入完成386.5亿元。",
            expected: [("地区生产总值增长", 5.2, "%", nil), ("一般公共预算收入", 38_650_000_000, "元", nil)]),
        Case(
            text: "义务教育阶段新增学位4800个，建成投用中小学校12所。",
            expected: [("义务教育阶段新增学位", 4800, "个", nil), ("建成投用中小学校", 12, "所", nil)]),
        Case(
            text: "居民医保参保率稳定在95%以上。",
            expected: [("居民医保参保率", 95, "%", "at-least")]),
        Case(
            text: "初步核算，全年全市地区生产总值1456.3亿元，比上年增长4.8%。",
            expected: [("地区生产总值", 145_630_000_000, "元", nil), ("地区生产总值比上年增长", 4.8, "%", nil)]),
        Case(
            text: "年末全市参加城镇职工基本养老保险人数68.4万人，城镇化率比上年末提高0.85个百分点。",
            expected: [("参加城镇职工基本养老保险人数", 684_000, "人", nil), ("城镇化率比上年末提高", 0.85, "个百分点", nil)]),
        Case(
            text: "全县低保对象共有3652户5821人。",
            expected: [("低保对象", 3652, "户", nil), ("低保对象", 5821, "人", nil)]),
        Case(
            text: "优良天数达到289天，PM2.5平均浓度34微克/立方米，连续30天无重污染。",
            expected: [("优良天数", 289, "天", nil), ("PM2.5平均浓度", 34, "微克/立方米", nil)]),
        Case(
            text: "城市低保标准由每人每月780元提高到820元。",
            expected: [("城市低保标准", 820, "元", nil)]),
        Case(
            text: "全市医疗机构门诊量达1250万人次，是2020年的1.3倍。",
            expected: [("医疗机构门诊量", 12_500_000, "人次", nil), ("医疗机构门诊量是2020年", 1.3, "倍", nil)]),
        Case(
            text: "全年新增城镇就业2.86万人，完成目标任务的114.4%。",
            expected: [("新增城镇就业", 28600, "人", nil), ("新增城镇就业完成目标任务", 114.4, "%", nil)]),
        Case(
            text: "为8.6万名80岁以上老年人发放高龄津贴1.03亿元。",
            expected: [("为80岁以上老年人发放高龄津贴", 86000, "人", nil), ("发放高龄津贴", 103_000_000, "元", nil)]),
        Case(
            text: "城乡居民人均可支配收入分别为45621元和23108元。",
            expected: [("城镇居民人均可支配收入", 45621, "元", nil), ("农村居民人均可支配收入", 23108, "元", nil)]),
        Case(
            text: "\u{FFFD}\u{FFFD}全市新增托育机构12家。",
            expected: [("新增托育机构", 12, "家", nil)]),
        // Not indicators: dates, ordinals, ranges, slogans, plan names, vague counts, locatives.
        Case(text: "3月15日，第六届技能大赛在市体育馆举行。", expected: []),
        Case(text: "打造“15分钟便民生活圈”，推进“十四五”规划实施。", expected: []),
        Case(text: "面向16-24岁青年开展3年行动，在12个县区设立服务站。", expected: []),
        Case(text: "几十名志愿者参加活动，连续5年开展义诊。", expected: []),
        Case(
            text: "全年出生人口2.1万人，出生率为6.72‰。",
            expected: [("出生人口", 21000, "人", nil), ("出生率", 6.72, "‰", nil)]),
        Case(
            text: "新建改扩建中小学、幼儿园23所，改造老旧小区、新建口袋公园15个。",
            expected: [("新建改扩建中小学、幼儿园", 23, "所", nil), ("新建口袋公园", 15, "个", nil)]),
        Case(
            text: "打造儿童友好公园34个、儿童友好医院30个。",
            expected: [("打造儿童友好公园", 34, "个", nil), ("儿童友好医院", 30, "个", nil)]),
        Case(
            text: "新建、改扩建公办幼儿园42所。",
            expected: [("新建、改扩建公办幼儿园", 42, "所", nil)]),
        Case(
            text: "全市民生支出达到486.2亿元，占一般公共预算支出的比重达78.5%。",
            expected: [("民生支出", 48_620_000_000, "元", nil), ("民生支出占一般公共预算支出的比重", 78.5, "%", nil)]),
        Case(
            text: "1-9月，全市民生支出完成286.5亿元，同比增长6.2%，占一般公共预算支出的81.3%。",
            expected: [
                ("民生支出", 28_650_000_000, "元", nil), ("民生支出同比增长", 6.2, "%", nil),
                ("民生支出占一般公共预算支出", 81.3, "%", nil),
            ]),
        Case(
            text: "全市城镇新增就业2.87万人，同比增长3.2%，完成全年目标任务的95.7%。",
            expected: [
                ("城镇新增就业", 28700, "人", nil), ("城镇新增就业同比增长", 3.2, "%", nil),
                ("城镇新增就业完成全年目标任务", 95.7, "%", nil),
            ]),
        Case(
            text: "企业职工基本养老保险参保人数达到156.8万人，较年初净增3.4万人。",
            expected: [
                ("企业职工基本养老保险参保人数", 1_568_000, "人", nil),
                ("企业职工基本养老保险参保人数较年初净增", 34000, "人", nil),
            ]),
        Case(
            text: "全县共有普通高中5所，中等职业学校2所，高等院校1所。",
            expected: [("普通高中", 5, "所", nil), ("中等职业学校", 2, "所", nil), ("高等院校", 1, "所", nil)]),
        Case(
            text: "全市养老机构、托育机构分别达到86家、120家。",
            expected: [("养老机构", 86, "家", nil), ("托育机构", 120, "家", nil)]),
        Case(
            text: "人均预期寿命达到79.2岁，全市60岁以上老年人12万人，连续30天开展义诊。",
            expected: [("人均预期寿命", 79.2, "岁", nil), ("60岁以上老年人", 120_000, "人", nil)]),
        Case(
            text: "全市排名第3位，较上年前移2位，排名上升3名；全市共有院士2位。",
            expected: [("院士", 2, "人", nil)]),
        Case(
            text: "饮用水水源地水质达标率保持100%。",
            expected: [("饮用水水源地水质达标率", 100, "%", nil)]),
        Case(
            text: "城乡低保标准分别提高到每人每月760元、每人每年6000元。",
            expected: [("城镇低保标准", 760, "元", nil), ("农村低保标准", 6000, "元", nil)]),
        Case(
            text: "一是新增城镇就业2.1万人；二是发放稳岗资金3200万元。",
            expected: [("新增城镇就业", 21000, "人", nil), ("发放稳岗资金", 32_000_000, "元", nil)]),
        Case(
            text: "投诉量下降三成，两成以上村庄通公交。一成不变的做法不可取，完成三成员单位考核。",
            expected: [("投诉量下降", 30, "%", nil), ("村庄通公交", 20, "%", "at-least")]),
        Case(
            text: "全市孕产妇死亡率为8.2/10万，结核病发病率32.5/十万，婴儿死亡率为2.31‰。",
            expected: [("孕产妇死亡率", 8.2, "/10万", nil), ("结核病发病率", 32.5, "/10万", nil), ("婴儿死亡率", 2.31, "‰", nil)]),
        Case(
            text: "贫困发生率降至1%以下，城镇登记失业率下降到3.1%。",
            expected: [("贫困发生率", 1, "%", "at-most"), ("城镇登记失业率", 3.1, "%", nil)]),
        Case(
            text: "为全市60周岁以上老年人免费体检12.6万人次。",
            expected: [("60周岁以上老年人免费体检", 126_000, "人次", nil)]),
        Case(
            text: "失业保险参保人数达到3.2万，就诊人次突破120万，受益户数1.5万左右，参保人数比上年增加3000。",
            expected: [
                ("失业保险参保人数", 32000, "人", nil), ("就诊人次", 1_200_000, "人次", "more-than"),
                ("受益户数", 15000, "户", "approx"),
            ]),
        Case(
            text: "污水处理能力达到20万立方米/日，垃圾处理能力1200吨/天。",
            expected: [("污水处理能力", 200_000, "立方米/日", nil), ("垃圾处理能力", 1200, "吨/日", nil)]),
        Case(
            text: "年末常住人口318.6万人（注5），人口出生率7.42‰，下降0.35个千分点。",
            expected: [
                ("常住人口", 3_186_000, "人", nil), ("人口出生率", 7.42, "‰", nil), ("人口出生率下降", 0.35, "个千分点", nil),
            ]),
        Case(
            text: "全体居民人均可支配收入35120元，增长6.0%，扣除价格因素，实际增长4.9%。城镇居民恩格尔系数28.6%，提高0.3个百分点。",
            expected: [
                ("全体居民人均可支配收入", 35120, "元", nil), ("全体居民人均可支配收入增长", 6, "%", nil),
                ("全体居民人均可支配收入实际增长", 4.9, "%", nil), ("城镇居民恩格尔系数", 28.6, "%", nil),
                ("城镇居民恩格尔系数提高", 0.3, "个百分点", nil),
            ]),
        Case(
            text: "人均消费支出达到24560元；扣除物价因素，2021至2024年年均实际增长4.2%。",
            expected: [("人均消费支出", 24560, "元", nil), ("人均消费支出年均实际增长", 4.2, "%", nil)]),
        Case(
            text: "乡村从业人员比2020年末减少12万人，占全部从业人员的比重为31.5%。",
            expected: [("乡村从业人员比2020年末减少", 120_000, "人", nil), ("乡村从业人员占全部从业人员的比重", 31.5, "%", nil)]),
        Case(
            text: "农村危房改造，完成2860户；全市养老床位，累计完成1.2万张。",
            expected: [("农村危房改造", 2860, "户", nil), ("养老床位", 12000, "张", nil)]),
        Case(
            text: "政府卫生支出1520亿元，占28.3%；卫生总费用预计达2100亿元。",
            expected: [
                ("政府卫生支出", 152_000_000_000, "元", nil), ("政府卫生支出占比", 28.3, "%", nil),
                ("卫生总费用", 210_000_000_000, "元", nil),
            ]),
        Case(
            text: "调查失业率稳定在5.2%左右的较低水平，城乡贫困人口减少2.3万，门诊量增长水平（4.1%）。",
            expected: [
                ("调查失业率", 5.2, "%", "approx"), ("城乡贫困人口减少", 23000, "人", nil), ("门诊量增长水平", 4.1, "%", nil),
            ]),
        Case(
            text: "地区生产总值增长5.8%，总量突破8000亿元。",
            expected: [("地区生产总值增长", 5.8, "%", nil), ("地区生产总值总量", 800_000_000_000, "元", "more-than")]),
        Case(
            text: "（三）已新增社区助餐点86个；(12)新建40家社区为老服务中心，改建300张照护床位。",
            expected: [
                ("新增社区助餐点", 86, "个", nil), ("新建社区为老服务中心", 40, "家", nil), ("改建照护床位", 300, "张", nil),
            ]),
        Case(
            text: "全年组织2.4万返乡农民工参加技能培训，近300万农业转移人口在城镇落户，2024届高校毕业生就业。",
            expected: [
                ("组织返乡农民工参加技能培训", 24000, "人", nil), ("农业转移人口", 3_000_000, "人", "approx"),
            ]),
        Case(
            text: "到2027年，全县学前教育毛入园率将大于92%，普惠性幼儿园覆盖率不低于85%，调查失业率小于5.5%。",
            expected: [
                ("学前教育毛入园率", 92, "%", "more-than"), ("普惠性幼儿园覆盖率", 85, "%", "at-least"),
                ("调查失业率", 5.5, "%", "at-most"),
            ]),
        Case(
            text: "分散供养特困人员基本生活标准达986元/人·月，农村低保标准提至5800元/人·年，保障性住房租金12元/平方米。",
            expected: [
                ("分散供养特困人员基本生活标准", 986, "元/人·月", nil), ("农村低保标准", 5800, "元/人·年", nil),
                ("保障性住房租金", 12, "元/平方米", nil),
            ]),
        Case(
            text: "全区80岁以上老人1.6万人，占总人口比例5.2%，比全省高出0.3个百分点（城镇高龄老人0.9万人）。",
            expected: [
                ("80岁以上老人", 16000, "人", nil), ("80岁以上老人占总人口比例", 5.2, "%", nil),
                ("80岁以上老人占总人口比例比全省高出", 0.3, "个百分点", nil), ("城镇高龄老人", 9000, "人", nil),
            ]),
        Case(
            text: "反映问题246个全部办结，续建8个在建项目，项目辐射带动周边5万人口，户籍人口年均增加0.8万人口。",
            expected: [
                ("反映问题", 246, "个", nil), ("在建项目", 8, "个", nil), ("项目辐射带动周边", 50000, "人", nil),
                ("户籍人口年均增加", 8000, "人", nil),
            ]),
        Case(
            text: "全县共有幼儿园[3]126所，另有教学点[12]38个，在园幼儿［4］2.1万人，从事托育服务的人员1.3万。",
            expected: [
                ("幼儿园", 126, "所", nil), ("教学点", 38, "个", nil), ("在园幼儿", 21000, "人", nil),
                ("从事托育服务的人员", 13000, "人", nil),
            ]),
        Case(
            text: "全年侦破盗窃案件1260起，抓获嫌疑人845名，同比分别上升12.5%和8.1%。",
            expected: [
                ("侦破盗窃案件", 1260, "起", nil), ("抓获嫌疑人", 845, "人", nil), ("侦破盗窃案件同比上升", 12.5, "%", nil),
                ("抓获嫌疑人同比上升", 8.1, "%", nil),
            ]),
        Case(
            text: "群众满意度达96.5%，连续5年保持95%以上；全县粮食产量连续8年稳定在30万吨以上。",
            expected: [("群众满意度", 96.5, "%", nil), ("粮食产量", 300_000, "吨", "at-least")]),
        Case(
            text: "建设筹集保障性租赁住房，完成2860套，增长12.5%；全年一般公共预算收入，完成86.3亿元。",
            expected: [
                ("建设筹集保障性租赁住房", 2860, "套", nil), ("建设筹集保障性租赁住房增长", 12.5, "%", nil),
                ("一般公共预算收入", 8_630_000_000, "元", nil),
            ]),
        Case(
            text: "全年地区生产总值3560亿元，增长5.1%。分季度看，一季度增长4.6%，二季度增长5.3%。年末生猪存栏86.5万头。",
            expected: [
                ("地区生产总值", 356_000_000_000, "元", nil), ("地区生产总值增长", 5.1, "%", nil),
                ("地区生产总值增长", 4.6, "%", nil), ("地区生产总值增长", 5.3, "%", nil), ("生猪存栏", 865_000, "头", nil),
            ]),
        Case(
            text: "禽肉、牛肉产量分别增长6.5%、2.4%，教育、卫生健康支出分别增长5.2%和7.7%。",
            expected: [
                ("禽肉产量增长", 6.5, "%", nil), ("牛肉产量增长", 2.4, "%", nil), ("教育支出增长", 5.2, "%", nil),
                ("卫生健康支出增长", 7.7, "%", nil),
            ]),
        Case(
            text: "十二项民生实事全面完成，城镇老旧小区改造任务全面完成。",
            expected: [("民生实事", 12, "项", nil)]),
        Case(
            text: "按常住人口计算人均地区生产总值68520元，按年平均汇率计算为10180美元。",
            expected: [
                ("人均地区生产总值", 68520, "元", nil), ("人均地区生产总值按年平均汇率计算", 10180, "美元", nil),
            ]),
        Case(
            text: "全年第一产业、第二产业分别完成42.6亿元、88.1亿元，增长3.2%、6.4%；城镇和农村居民人均可支配收入39800元和18600元。",
            expected: [
                ("第一产业", 4_260_000_000, "元", nil), ("第二产业", 8_810_000_000, "元", nil),
                ("第一产业增长", 3.2, "%", nil), ("第二产业增长", 6.4, "%", nil),
                ("城镇居民人均可支配收入", 39800, "元", nil), ("农村居民人均可支配收入", 18600, "元", nil),
            ]),
        Case(
            text: "县高中一本上线率和本科上线率同比提高4.5%和9.2%，新建公办幼儿园和托育机构6所、4家。",
            expected: [
                ("县高中一本上线率同比提高", 4.5, "%", nil), ("本科上线率同比提高", 9.2, "%", nil),
                ("新建公办幼儿园", 6, "所", nil), ("托育机构", 4, "家", nil),
            ]),
        Case(
            text: "住宅销售面积8.35 万平方米，下降12.6 %；全县共有医院12个、卫生院26个和村卫生室410个。",
            expected: [
                ("住宅销售面积", 83500, "平方米", nil), ("住宅销售面积下降", 12.6, "%", nil), ("医院", 12, "个", nil),
                ("卫生院", 26, "个", nil), ("村卫生室", 410, "个", nil),
            ]),
        Case(
            text: "低保对象3652户5821人，增长5%；发放租赁补贴640户、258万元。",
            expected: [
                ("低保对象", 3652, "户", nil), ("低保对象", 5821, "人", nil), ("低保对象增长", 5, "%", nil),
                ("发放租赁补贴", 640, "户", nil), ("发放租赁补贴", 2_580_000, "元", nil),
            ]),
        Case(
            text: "人均预期寿命达到80.1岁，比2020年提高1.2岁；人均预期寿命78岁，60岁以上老年人口12万人。",
            expected: [
                ("人均预期寿命", 80.1, "岁", nil), ("人均预期寿命比2020年提高", 1.2, "岁", nil),
                ("人均预期寿命", 78, "岁", nil), ("60岁以上老年人口", 120_000, "人", nil),
            ]),
        Case(
            text: "新增普惠性托位3400个，总数达到2.1万个；农村居民人均可支配收入突破3万元大关，达到30215元。",
            expected: [
                ("新增普惠性托位", 3400, "个", nil), ("普惠性托位总数", 21000, "个", nil),
                ("农村居民人均可支配收入", 30000, "元", "more-than"), ("农村居民人均可支配收入", 30215, "元", nil),
            ]),
        Case(
            text: "全市特困人员救助供养，约1.5万人，增长7.6%；高考本科上线人数1.3万人，较去年增加960人。",
            expected: [
                ("特困人员救助供养", 15000, "人", "approx"), ("特困人员救助供养增长", 7.6, "%", nil),
                ("高考本科上线人数", 13000, "人", nil), ("高考本科上线人数较去年增加", 960, "人", nil),
            ]),
        Case(
            text: "今年以来，全市新建、改扩建中小学校9所；交通运输、仓储和邮政业增加值4.26亿元，改造老旧小区、新建口袋公园15个。",
            expected: [
                ("新建、改扩建中小学校", 9, "所", nil), ("交通运输、仓储和邮政业增加值", 426_000_000, "元", nil),
                ("新建口袋公园", 15, "个", nil),
            ]),
        Case(
            text: "全市城镇新增就业2.95万人，是年度目标的118%。",
            expected: [("城镇新增就业", 29500, "人", nil), ("城镇新增就业是年度目标", 118, "%", nil)]),
        Case(
            text: "走访慰问困难家庭（含低保、特困、低收入）1290户次；新建学校（含幼儿园）7所。",
            expected: [("走访慰问困难家庭", 1290, "户次", nil), ("新建学校", 7, "所", nil)]),
        Case(
            text: "农村低保标准提高到每人每年6900元，重度残疾人护理补贴全部提标至每人每月95元。",
            expected: [("农村低保标准每人每年", 6900, "元", nil), ("重度残疾人护理补贴每人每月", 95, "元", nil)]),
        Case(
            text: "新增托位410个，为残疾人开展职业技能培训520人次，全年累计提供2.3万个就业岗位。",
            expected: [
                ("新增托位", 410, "个", nil), ("开展职业技能培训", 520, "人次", nil), ("提供就业岗位", 23000, "个", nil),
            ]),
        Case(
            text: "养老、失业、工伤三项保险基金支出合计96.4亿元；城乡居民、职工两类医保参保人数452万人。",
            expected: [
                ("养老、失业、工伤三项保险基金支出", 9_640_000_000, "元", nil),
                ("城乡居民、职工两类医保参保人数", 4_520_000, "人", nil),
            ]),
        Case(
            text: "全年为3.4万名经济困难老年人发放护理补贴2860万元，向920名残疾人提供康复救助。",
            expected: [
                ("为经济困难老年人发放护理补贴", 34000, "人", nil), ("发放护理补贴", 28_600_000, "元", nil),
                ("向残疾人提供康复救助", 920, "人", nil),
            ]),
        Case(
            text: "城乡居民医保基金收入21.6亿元，支出19.8亿元；初中招生3.1万人；在校生9.4万人，毕业生2.9万人。",
            expected: [
                ("城乡居民医保基金收入", 2_160_000_000, "元", nil), ("城乡居民医保基金支出", 1_980_000_000, "元", nil),
                ("初中招生", 31000, "人", nil), ("初中在校生", 94000, "人", nil), ("初中毕业生", 29000, "人", nil),
            ]),
        Case(
            text: "一般公共预算收入52.3亿元，民生支出41.2亿元；进出口总额18亿元，其中出口11亿元，进口7亿元。",
            expected: [
                ("一般公共预算收入", 5_230_000_000, "元", nil), ("民生支出", 4_120_000_000, "元", nil),
                ("进出口总额", 1_800_000_000, "元", nil), ("出口", 1_100_000_000, "元", nil),
                ("进口", 700_000_000, "元", nil),
            ]),
        Case(
            text: "全市空气质量优良天数三百二十一天，数百家企业参与治理；每千人口注册(执业)护士数，突破4.1人，增长6.2%。",
            expected: [
                ("空气质量优良天数", 321, "天", nil), ("每千人口注册(执业)护士数", 4.1, "人", "more-than"),
                ("每千人口注册(执业)护士数增长", 6.2, "%", nil),
            ]),
        Case(
            text: "普通高中学校28所，招生1.6万人，专任教师4200人；新建学校5所，招生3000人。",
            expected: [
                ("普通高中学校", 28, "所", nil), ("普通高中招生", 16000, "人", nil), ("普通高中专任教师", 4200, "人", nil),
                ("新建学校", 5, "所", nil), ("招生", 3000, "人", nil),
            ]),
        Case(
            text: "城镇新增就业2.4万人，完成全年目标任务的92%，同比增加1300人；城镇调查失业率为5.3%，比上月下降0.1个百分点，企业就业人员周平均工作时间为46.5小时。",
            expected: [
                ("城镇新增就业", 24000, "人", nil), ("城镇新增就业完成全年目标任务", 92, "%", nil),
                ("城镇新增就业同比增加", 1300, "人", nil), ("城镇调查失业率", 5.3, "%", nil),
                ("城镇调查失业率比上月下降", 0.1, "个百分点", nil), ("企业就业人员周平均工作时间", 46.5, "小时", nil),
            ]),
        Case(
            text: "全省126个县及以上城市平均二氧化氮浓度为18微克/立方米；全区15家医院门诊量达86万人次，4所高校在校生达5.2万人。",
            expected: [
                ("县及以上城市平均二氧化氮浓度", 18, "微克/立方米", nil), ("医院门诊量", 860_000, "人次", nil),
                ("高校在校生", 52000, "人", nil),
            ]),
        Case(
            text: "1600家企业累计提供岗位2.3万个；公交线路覆盖全县87.5%的行政村，去年新建城乡供水管网今年完成320公里。",
            expected: [
                ("企业", 1600, "家", nil), ("提供岗位", 23000, "个", nil), ("公交线路覆盖行政村", 87.5, "%", nil),
                ("新建城乡供水管网", 320, "公里", nil),
            ]),
        Case(
            text: "地区生产总值86.4亿元，比上年增长5.6%；人均地区生产总值5.1万元，比上年增长5.6%。",
            expected: [
                ("地区生产总值", 8_640_000_000, "元", nil), ("地区生产总值比上年增长", 5.6, "%", nil),
                ("人均地区生产总值", 51000, "元", nil), ("人均地区生产总值比上年增长", 5.6, "%", nil),
            ]),
        Case(
            text: "第一、第二产业增加值分别为12.5和30.2亿元，分别增长3.1和6.4%。",
            expected: [
                ("第一产业增加值", 1_250_000_000, "元", nil), ("第二产业增加值", 3_020_000_000, "元", nil),
                ("第一产业增加值增长", 3.1, "%", nil), ("第二产业增加值增长", 6.4, "%", nil),
            ]),
        Case(
            text: "年末羊存栏8.2万只，同比增长3.5%；家禽存栏3120百羽，同比下降4.6%。有效灌溉面积21.3万亩。",
            expected: [
                ("羊存栏", 82000, "只", nil), ("羊存栏同比增长", 3.5, "%", nil), ("家禽存栏同比下降", 4.6, "%", nil),
                ("有效灌溉面积", 213_000, "亩", nil),
            ]),
        Case(
            text: "全省26个县新开工改造城镇老旧小区1280个，筹集保障性租赁住房1.2万套，同比增长8%。",
            expected: [
                ("新开工改造城镇老旧小区", 1280, "个", nil), ("筹集保障性租赁住房", 12000, "套", nil),
                ("筹集保障性租赁住房同比增长", 8, "%", nil),
            ]),
        Case(
            text: "全县92%以上的行政村实现生活垃圾集中处理；两年共筹集8600套(间)保障性租赁住房。",
            expected: [
                ("行政村实现生活垃圾集中处理", 92, "%", "at-least"), ("筹集保障性租赁住房", 8600, "套", nil),
            ]),
        Case(
            text: "全年火灾起数和亡人数同比分别下降12.4%和20%；18个乡镇中，有15个实现零事故，派出检查组36个。",
            expected: [
                ("火灾起数同比下降", 12.4, "%", nil), ("亡人数同比下降", 20, "%", nil), ("派出检查组", 36, "个", nil),
            ]),
        Case(
            text: "税收收入12.6亿元，完成年初预算的48.2%，快于序时进度6个百分点，同比增长9.1%。",
            expected: [
                ("税收收入", 1_260_000_000, "元", nil), ("税收收入完成年初预算", 48.2, "%", nil),
                ("快于序时进度", 6, "个百分点", nil), ("税收收入同比增长", 9.1, "%", nil),
            ]),
        Case(
            text: "126个脱贫村的农民人均可支配收入提高到15820元，务工就业规模连续稳定在5万人以上，中国建设特色产业集群180个。",
            expected: [
                ("脱贫村的农民人均可支配收入", 15820, "元", nil), ("务工就业规模", 50000, "人", "at-least"),
                ("建设特色产业集群", 180, "个", nil),
            ]),
        Case(
            text: "年末全县65岁及以上人口9.6万人（其中农村5.1万人），占总人口的18.2%。",
            expected: [
                ("65岁及以上人口", 96000, "人", nil), ("农村65岁及以上人口", 51000, "人", nil), ("65岁及以上人口占总人口", 18.2, "%", nil),
            ]),
        Case(
            text: "受理群众诉求4260件，办结4105件；新建幼儿园6所，改扩建9所；新增就业8600人，其中农民工2100人。",
            expected: [
                ("受理群众诉求", 4260, "件", nil), ("办结群众诉求", 4105, "件", nil), ("新建幼儿园", 6, "所", nil),
                ("改扩建幼儿园", 9, "所", nil), ("新增就业", 8600, "人", nil), ("农民工", 2100, "人", nil),
            ]),
        Case(
            text: "固定资产投资增长8.1%，高于全国2.6、全省1.4个百分点。",
            expected: [
                ("固定资产投资增长", 8.1, "%", nil), ("固定资产投资高于全国", 2.6, "个百分点", nil),
                ("固定资产投资高于全省", 1.4, "个百分点", nil),
            ]),
        Case(
            text: "全区医院床位使用率82.5%，其中，公立医院90.1%；青年失业率11.2%，其中城区12.8%。",
            expected: [
                ("医院床位使用率", 82.5, "%", nil), ("公立医院床位使用率", 90.1, "%", nil), ("青年失业率", 11.2, "%", nil),
                ("城区青年失业率", 12.8, "%", nil),
            ]),
        Case(
            text: "全县居民人均可支配收入2.6万元，其中城镇居民3.5万元、农村居民1.6万元；户籍人口41万人，其中农村23万人。",
            expected: [
                ("居民人均可支配收入", 26000, "元", nil), ("城镇居民人均可支配收入", 35000, "元", nil),
                ("农村居民人均可支配收入", 16000, "元", nil), ("户籍人口", 410_000, "人", nil), ("农村户籍人口", 230_000, "人", nil),
            ]),
        Case(
            text: "托育机构56家，其中公办托育机构12家，普惠性44家；就业率93.5%，其中研究生就业率96.1%，本科92.8%。",
            expected: [
                ("托育机构", 56, "家", nil), ("公办托育机构", 12, "家", nil), ("普惠性托育机构", 44, "家", nil),
                ("就业率", 93.5, "%", nil), ("研究生就业率", 96.1, "%", nil), ("本科就业率", 92.8, "%", nil),
            ]),
        Case(
            text: "全市中学41所，其中高中12所；医疗卫生机构2130个，其中医院58个。",
            expected: [("中学", 41, "所", nil), ("高中", 12, "所", nil), ("医疗卫生机构", 2130, "个", nil), ("医院", 58, "个", nil)]),
        Case(
            text: "全年出生人口2104人，人口自然增长率为-2.35‰；工伤保险参保人数8.6万人，增长-1.2%。",
            expected: [
                ("出生人口", 2104, "人", nil), ("人口自然增长率", -2.35, "‰", nil), ("工伤保险参保人数", 86000, "人", nil),
                ("工伤保险参保人数增长", -1.2, "%", nil),
            ]),
        Case(
            text: "据全省1%人口抽样调查推算，年末全县常住人口35.2万人，城镇化率为58.6%。",
            expected: [("常住人口", 352_000, "人", nil), ("城镇化率", 58.6, "%", nil)]),
        Case(
            text: "年末全县0-14岁、15-59岁、60岁及以上常住人口分别为5.1万人、21.3万人和8.2万人。",
            expected: [
                ("0-14岁常住人口", 51000, "人", nil), ("15-59岁常住人口", 213_000, "人", nil),
                ("60岁及以上常住人口", 82000, "人", nil),
            ]),
        Case(
            text: "全市小学、初中、普通高中、中等职业学校和特殊教育学校在校生分别为12.1万人、6.3万人、4.2万人、1.9万人和900人。",
            expected: [
                ("小学在校生", 121_000, "人", nil), ("初中在校生", 63000, "人", nil), ("普通高中在校生", 42000, "人", nil),
                ("中等职业学校在校生", 19000, "人", nil), ("特殊教育学校在校生", 900, "人", nil),
            ]),
        Case(
            text: "城乡特困供养人数分别为城镇312人和农村2650人；失业保险参保人数分别为企业职工4.2万人、机关事业2.1万人。",
            expected: [
                ("城镇特困供养人数", 312, "人", nil), ("农村特困供养人数", 2650, "人", nil),
                ("企业职工失业保险参保人数", 42000, "人", nil), ("机关事业失业保险参保人数", 21000, "人", nil),
            ]),
        Case(
            text: "推进学生营养餐工程，覆盖3.1万人；全县设有康复科的二级及以上公立综合医院康复床位数较上年增加12.5%。",
            expected: [
                ("推进学生营养餐工程覆盖", 31000, "人", nil), ("二级及以上公立综合医院康复床位数较上年增加", 12.5, "%", nil),
            ]),
        Case(
            text: "全市基本医疗、生育、工伤保险参保人数分别为98.2万人、41.5万人和43.1万人，比上年末分别增加1.2万人、0.8万人和0.9万人。",
            expected: [
                ("基本医疗保险参保人数", 982_000, "人", nil), ("生育保险参保人数", 415_000, "人", nil),
                ("工伤保险参保人数", 431_000, "人", nil), ("基本医疗保险参保人数比上年末增加", 12000, "人", nil),
                ("生育保险参保人数比上年末增加", 8000, "人", nil), ("工伤保险参保人数比上年末增加", 9000, "人", nil),
            ]),
        Case(
            text: "新建公办幼儿园和社区托育机构5所、3家；失业保险参保人数较去年底分别增加1200人。",
            expected: [
                ("新建公办幼儿园", 5, "所", nil), ("社区托育机构", 3, "家", nil), ("失业保险参保人数较去年底增加", 1200, "人", nil),
            ]),
        Case(
            text: "职工医保参保人数12.6万人，实现全年目标任务的98.2%；城镇登记失业率始终控制在3.2%以内。截至目前共救助困难群众86户。",
            expected: [
                ("职工医保参保人数", 126_000, "人", nil), ("职工医保参保人数实现全年目标任务", 98.2, "%", nil),
                ("城镇登记失业率", 3.2, "%", "at-most"), ("救助困难群众", 86, "户", nil),
            ]),
        Case(
            text: "全县城乡居民基本养老保险（以下简称居民养老保险）参保21.3万人，参保率巩固在97%以上。",
            expected: [("城乡居民基本养老保险参保", 213_000, "人", nil), ("参保率", 97, "%", "at-least")]),
        Case(
            text: "初中招生人数3.1万人；在校生人数9.2万人。高职院校招生人数8600人，其中本科3100人，专科5500人。在校生人数2.5万人。",
            expected: [
                ("初中招生人数", 31000, "人", nil), ("初中在校生人数", 92000, "人", nil), ("高职院校招生人数", 8600, "人", nil),
                ("本科高职院校招生人数", 3100, "人", nil), ("专科高职院校招生人数", 5500, "人", nil),
                ("高职院校在校生人数", 25000, "人", nil),
            ]),
        Case(
            text: "经初步预计，临水县2024年全年实现地区生产总值186亿元；预计完成一般公共预算收入9.2亿元。",
            expected: [("实现地区生产总值", 18_600_000_000, "元", nil), ("完成一般公共预算收入", 920_000_000, "元", nil)]),
        Case(
            text: "但现有养老机构入住率仅为52%左右，距离2025年60%的目标尚有差距；城镇调查失业率5.1%，低于5.5%的预期控制目标。",
            expected: [("养老机构入住率", 52, "%", "approx"), ("城镇调查失业率", 5.1, "%", nil)]),
        Case(
            text: "全市公安机关共破获刑事案件4862起；全年侦破盗窃诈骗等侵财案件1787起。",
            expected: [("破获刑事案件", 4862, "起", nil), ("侦破侵财案件", 1787, "起", nil)]),
        Case(
            text: "全省三级甲等医院增加至41家，城镇登记失业率处于3.1%的低位。",
            expected: [("三级甲等医院", 41, "家", nil), ("城镇登记失业率", 3.1, "%", nil)]),
        Case(
            text: "惠及困难群众近万户，带动投资超百亿元。千家万户受益。",
            expected: [("惠及困难群众", 10000, "户", "approx"), ("带动投资", 10_000_000_000, "元", "more-than")]),
        Case(
            text: "全县有36名教师、52名医师获评先进，新建12所小学、8所初中。",
            expected: [
                ("教师获评先进", 36, "人", nil), ("医师获评先进", 52, "人", nil), ("新建小学", 12, "所", nil),
                ("初中", 8, "所", nil),
            ]),
        Case(
            text: "年末全县户籍人口净增860人，达到41.3万人。",
            expected: [("户籍人口净增", 860, "人", nil), ("户籍人口", 413_000, "人", nil)]),
        Case(
            text: "老年人健康管理服务率66.1%（全年任务62%）；高血压、糖尿病患者规范管理率分别达到71.2%和70.4%。",
            expected: [
                ("老年人健康管理服务率", 66.1, "%", nil), ("高血压患者规范管理率", 71.2, "%", nil),
                ("糖尿病患者规范管理率", 70.4, "%", nil),
            ]),
        Case(text: "连续奋战72小时，用时30分钟完成转运。", expected: []),
        Case(text: "一是加强组织领导，二是强化督导落实。", expected: []),
        Case(text: "实施“1+3+N”服务模式。", expected: []),
    ]

    /// `text` read as the document t.txt.
    static func extract(_ text: String) -> (Document, [Observation]) {
        Extractor().extract(text: text, name: "t.txt", path: "t.txt", documentIndex: 0)
    }

    @Test(arguments: cases)
    func extracts(_ c: Case) {
        let (_, observations) = Self.extract(c.text)
        let got = observations.map { "\($0.metric) \($0.value) \($0.unit) \($0.qualifier?.rawValue ?? "-")" }
        let want = c.expected.map { "\($0.0) \($0.1) \($0.2) \($0.3 ?? "-")" }
        #expect(got == want)
    }

    @Test func growthRatePointsAtItsBase() {
        let text = "城乡居民人均可支配收入分别达到41200元、21800元，分别增长5.1%、7.3%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { $0.growthOf?.description ?? "-" } == ["-", "-", "1:1", "1:2"])
    }

    /// A growth rate in a later sentence points at the figure before it in its own sentence,
    /// not at the one in the same place of the document's first sentence.
    @Test func growthRateInALaterSentencePointsAtItsOwnBase() {
        let text = "全市城镇新增就业4.82万人。\n全市居民人均可支配收入达到30000元，增长5.2%。\n全年完成地区生产总值2500亿元，同比增长6.1%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.unit) == ["人", "元", "%", "元", "%"])
        #expect(observations.map { $0.growthOf?.description ?? "-" } == ["-", "-", "1:2", "-", "1:4"])
    }

    /// A rate is linked only to a figure of the thing it names: not to an unrelated figure
    /// before it, and past one to the figure it does name.
    @Test func growthRatePointsOnlyAtTheThingItNames() {
        let text = "争取中央资金5亿元，县域就诊率同比增加12%。\n城镇居民人均可支配收入41200元，新增就业1.2万人，城镇居民收入增长5.1%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.unit) == ["元", "%", "元", "人", "%"])
        #expect(observations.map { $0.growthOf?.description ?? "-" } == ["-", "-", "-", "-", "1:3"])
    }

    @Test func repeatedFiguresBecomeMentionsOfOneObservation() {
        let paragraph = "全年城镇新增就业2.1万人，发放稳岗返还资金3200万元。"
        let text = "○城镇新增就业2.1万人\n\n\(paragraph)\n\n\(paragraph)\n"
        let (document, observations) = Self.extract(text)
        #expect(observations.map(\.mentions.count) == [3, 2])
        #expect(observations[0].mentions.map { document.sentences[$0.sentence].line } == [1, 3, 5])
    }

    @Test func yearPeriodRegionAndSectorComeFromContext() {
        let text = """
            # 2024年民生实事回眼

            一季度

            ○全市新增就业5200人

            2023年以来，潞州区累计新增养老床位800张。
            """
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2024)
        #expect(
            observations.map { "\($0.metric)|\($0.year ?? 0)|\($0.period ?? "-")|\($0.region ?? "-")|\($0.sector.id)" }
                == [
                    "新增就业|2024|2024Q1|-|employment",
                    "新增养老床位|2024|since 2023|潞州区|eldercare",
                ])
    }

    /// Four digits with no 年 date an article only when they are not an amount: 1993万元, 2000余件
    /// and 2070起 count something, while 2025届 names a year.
    @Test func amountsAreNotYears() {
        let amounts = "全县争取扶贫资金1993万元，修复设施2000余件，受理案件2070起。"
        #expect(Self.extract(amounts).0.year == nil)
        let (document, _) = Self.extract(amounts + "向2025届毕业生发放补贴300万元。")
        #expect(document.year == 2025)
    }

    /// A place of three characters before 市 is read whole where it opens a clause (格尔木市),
    /// and as two where another place name stands before it (赣南瑞金市).
    @Test func unknownCitiesOfThreeCharacters() {
        let text = "截至9月底，格尔木市城镇新增就业4038人。\n\n格尔木市新建幼儿园3所。"
        #expect(Self.extract(text).1.map { $0.region ?? "-" } == ["格尔木市", "格尔木市"])
        let other = "赣南瑞金市城镇新增就业4.1万人。\n\n赣南瑞金市新建幼儿园3所。"
        #expect(Self.extract(other).1.map { $0.region ?? "-" } == ["瑞金市", "瑞金市"])
    }

    /// 前9个月 and 前两个月 are the months from January: a period, not part of the metric.
    @Test func theFirstMonthsOfTheYearAreAPeriod() {
        let (_, observations) = Self.extract("2024年前9个月，就业困难人员实现就业2860人；前两个月新增托位90个。")
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "就业困难人员实现就业|2024-01..2024-09", "新增托位|2024-01..2024-02",
            ])
    }

    /// 9月份 is that month; 截至10月份 runs from January; 比8月份 is a baseline, and a date
    /// (10月15日) no period at all.
    @Test func aMonthIsAPeriod() {
        let text = "2024年9月份，城镇调查失业率为5.1%，比8月份下降0.2个百分点；截至10月份，新增就业2.1万人；10月15日，提供岗位3000个。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "城镇调查失业率|2024-09", "城镇调查失业率比8月份下降|2024-09", "新增就业|2024-01..2024-10", "提供岗位|-",
            ])
    }

    /// A 其中 sentence is of the period of the figure it breaks down, and so are its clauses after
    /// semicolons; a period opening a sentence after a clause that names none (按收入来源分，
    /// 前三季度，…) still covers them. An editorial note in brackets (（以下如无特别说明，…）) names
    /// nothing.
    @Test func breakdownsKeepThePeriodOfTheirWhole() {
        let text = """
            2024年前三季度，全县居民人均可支配收入21350元。其中，城镇居民人均可支配收入30120元，增长（以下如无特别说明，均为同比名义增速）4.6%；农村居民人均可支配收入15230元。
            按收入来源分，前三季度，全县居民人均工资性收入11820元；人均经营净收入3410元。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "居民人均可支配收入|2024Q1-Q3", "城镇居民人均可支配收入|2024Q1-Q3", "城镇居民人均可支配收入增长|2024Q1-Q3",
                "农村居民人均可支配收入|2024Q1-Q3", "居民人均工资性收入|2024Q1-Q3", "人均经营净收入|2024Q1-Q3",
            ])
    }

    /// A stock's date at the head of a sentence (截至2019年底) sets the year of the rest of the
    /// paragraph; a year's level a figure is set against (恢复至2019年同期水平的88%) does not.

    /// 1月至11月 and 3月份—5月份 are month ranges as 1-11月 is; a period opening a sentence
    /// covers the clauses after its semicolons, not the next sentence.
    @Test func monthRangesAndTheClausesTheyOpen() {
        let text = "2024年1月至11月，全市城镇新增就业4.5万人；发放创业担保贷款3亿元。培训2000人。3月份—5月份，新增托位90个。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.period ?? "-")" } == [
                "城镇新增就业|2024-01..2024-11", "发放创业担保贷款|2024-01..2024-11", "培训|-",
                "新增托位|2024-03..2024-05",
            ])
    }
    @Test func aStocksDateSetsTheParagraphsYear() {
        let text = """
            2022年全县交通运输工作总结。
            截至2019年底，全县公路总里程达3460公里。其中，农村公路里程2980公里。
            2022年，接待游客320万人次，恢复至2019年同期水平的88%。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.year ?? 0)" } == [
                "公路总里程|2019", "农村公路里程|2019", "接待游客|2022", "恢复至2019年同期水平|2022",
            ])
    }

    /// 与2020年相比 is a baseline, like 比2020年, and a 其中 sentence is of its whole's year.
    @Test func baselinesWith与AndStockDatesAfterAClause() {
        let text = """
            2024年全县养老工作总结。
            全县养老机构42家，与2020年相比增加9家，与2020年同期相比增长27.3%。
            统计公报显示，截至2021年底，全县有养老床位3600张。其中，护理型床位1900张。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.year ?? 0)" } == [
                "养老机构|2024", "养老机构与2020年相比增加|2024", "养老机构与2020年同期相比增长|2024", "养老床位|2021",
                "护理型床位|2021",
            ])
    }

    /// A 分别 list of as many values as the years named before it (2021—2023年, or 2022年、
    /// 2023年和2024年) gives each value its year.
    @Test func valuesListedForSuccessiveYears() {
        let text = """
            2024年全县发展回顾。
            2021—2023年，全县新增城镇就业分别为3120人、3260人、3390人。
            2023年和2024年全县一般公共预算收入分别为12.1亿元、12.9亿元。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.value)|\($0.year ?? 0)|\($0.period ?? "-")" } == [
                "新增城镇就业|3120.0|2021|2021", "新增城镇就业|3260.0|2022|2022", "新增城镇就业|3390.0|2023|2023",
                "一般公共预算收入|1210000000.0|2023|2023", "一般公共预算收入|1290000000.0|2024|2024",
            ])
    }

    /// 由2019年的X提高到Y: the old level is a figure of the year named with it; an old level
    /// with no year of its own is only the baseline of the new one.
    @Test func anOldLevelWithItsYearIsAFigureOfThatYear() {
        let text = "2024年，农村居民人均可支配收入由2020年的1.52万元增加到1.96万元，低保标准由每人每月700元提高到760元。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.value)|\($0.year ?? 0)" } == [
                "农村居民人均可支配收入|15200.0|2020", "农村居民人均可支配收入|19600.0|2024", "低保标准|760.0|2024",
            ])
    }

    @Test func aWorkReportsReviewSectionReportsTheYearBefore() {
        let text = """
            政府工作报告
            ——2024年1月15日在临川市第九届人民代表大会第三次会议上

            一、2023年工作回顾

            截至11月底，全市城镇新增就业5.36万人。

            二、2024年主要目标

            城镇新增就业5万人以上。
            """
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2023)
        #expect(
            observations.map { "\($0.value) \($0.year ?? 0) \($0.period ?? "-") \($0.region ?? "-")" } == [
                "53600.0 2023 2023-01..2023-11 临川市", "50000.0 2024 - 临川市",
            ])
    }

    /// A city named once, in the title, is the article's place; a city named in a sentence is
    /// the place of its figures, and leaves the metric's name.
    @Test func citiesAreKnownByName() {
        let text = """
            # 2024年晋城市国民经济和社会发展统计公报

            全年全市城镇新增就业4.36万人。

            宜昌市城镇新增就业5.1万人，赣州市章贡区新建养老机构12家。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.region ?? "-")" } == [
                "城镇新增就业|晋城市", "城镇新增就业|宜昌市", "章贡区新建养老机构|赣州市",
            ])
    }

    /// Words that end in 市 or 省 before a figure (零工市场, 第四批省级) are not the article's place.
    @Test func wordsEndingInACityMarkAreNotPlaces() {
        let text = """
            # 2025，河北省这一年

            零工市场完成5家，增长4.0%。新建零工市场3个，零工市场服务10万人次。第四批省级示范项目12个。
            """
        let (_, observations) = Self.extract(text)
        #expect(observations.first?.metric == "零工市场")
        #expect(Set(observations.map { $0.region ?? "-" }) == ["河北省"])
        let reporter = "本报讯（记者 李明）记者从市人社局获悉，全市城镇新增就业2.87万人。"
        let (_, reported) = Self.extract(reporter)
        #expect(reported.map { $0.region ?? "-" } == ["-"])
        let untitled = String(text.drop { $0 != "零" })
        let (_, alone) = Self.extract(untitled)
        #expect(alone.first?.metric == "零工市场")
        #expect(Set(alone.map { $0.region ?? "-" }) == ["-"])
    }

    /// Bullet lines label their figure with a colon or a space.
    @Test func labelledBulletLines() {
        let text = "● 城镇新增就业：4.82万人\n● 新建养老服务设施:36个\n◆ 改造农村公路 156公里\n"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit)" } == [
                "城镇新增就业 48200.0 人", "新建养老服务设施 36.0 个", "改造农村公路 156.0 公里",
            ])
    }

    /// Table rows give the unit in brackets after the label and the number bare.
    @Test func tableRowsWithTheUnitInBrackets() {
        let text = "城镇新增就业（万人） 4.82\n城镇调查失业率（%）：5.1\n新增养老床位(张) 1200\n报告期（2024年） 12\n"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit)" } == [
                "城镇新增就业 48200.0 人", "城镇调查失业率 5.1 %", "新增养老床位 1200.0 张",
            ])
    }

    /// Plan periods are read with or without their quotation marks.
    @Test func planPeriodsInQuotes() {
        let text = "2024年，“十四五”以来全市累计新增城镇就业18.6万人，十三五期间新增12万人。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { $0.period ?? "-" } == ["since 2021", "2016..2020"])
    }

    /// 比2023年多0.4万人 compares with 2023: the figure is of the year in force, named after
    /// the figure before it.
    @Test func aYearAfter比IsABaseline() {
        let text = "2024年，全市城镇新增就业5.6万人，比2023年多0.4万人。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.year ?? 0)" } == [
                "城镇新增就业 56000.0 2024", "城镇新增就业比2023年多 4000.0 2024",
            ])
    }

    /// 较2019年的41472元: the figure before, as it stood in the year named; the change after it is
    /// not a noun it counts.
    @Test func aBaselineLevelOfANamedYear() {
        let text = "2024年，全市居民人均可支配收入达到38650元，较2020年的30120元提高了28.3%。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit) \($0.year ?? 0)" } == [
                "居民人均可支配收入 38650.0 元 2024", "居民人均可支配收入 30120.0 元 2020", "居民人均可支配收入提高 28.3 % 2024",
            ])
    }

    /// An age is counted when the clause names a lifespan, however far before the figure.
    @Test func aLifespanChangingBetweenNamedYears() {
        let text = "全市居民人均预期寿命由2020年的78.1岁提高到2024年的79.0岁，60岁以上老年人体检率达到80%。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.unit) \($0.year ?? 0)" } == [
                "居民人均预期寿命 78.1 岁 2020", "居民人均预期寿命 79.0 岁 2024", "60岁以上老年人体检率 80.0 % 2024",
            ])
    }

    /// 由2022年的4.8万人增加到2024年的5.6万人: each level, of the year named before it.
    @Test func aChangeBetweenNamedYears() {
        let text = "2025年，全市城镇新增就业由2022年的4.8万人增加到2024年的5.6万人。"
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric) \($0.value) \($0.year ?? 0)" } == [
                "城镇新增就业 48000.0 2022", "城镇新增就业 56000.0 2024",
            ])
    }

    /// 2021—2024年 and 2021至2024年: the years from one to the other.
    @Test func yearRanges() {
        let text = "2021—2024年，全市累计改造老旧小区1260个。2019至2023年新增养老床位5000张。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { "\($0.year ?? 0) \($0.period ?? "-")" } == ["2024 2021..2024", "2023 2019..2023"])
    }

    /// 截至2024年11月底 names both the year and the months, as 截至11月底 names the months.
    @Test func throughAMonthOfANamedYear() {
        let text = "截至2024年11月底，全市城镇新增就业5.3万余人。截至2025年底，建成养老服务站点120个。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map { "\($0.year ?? 0) \($0.period ?? "-")" } == ["2024 2024-01..2024-11", "2025 -"])
    }

    /// Prices and population are the economy's, whatever the paragraph is about.
    @Test func pricesAndPopulationAreTheEconomys() {
        let text = "全年城镇新增就业4.36万人。全年居民消费价格比上年上涨0.3%，年末常住人口城镇化率为63.55%。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.sector.id) == ["employment", "economy", "economy"])
    }

    /// Public and business revenue is the economy's; what households earn is income.
    @Test func revenueIsNotIncome() {
        let text = "全年旅游收入突破300亿元，财政收入完成120亿元，农村居民人均可支配收入1.9万元。"
        let (_, observations) = Self.extract(text)
        #expect(observations.map(\.sector.id) == ["economy", "economy", "income"])
    }

    /// Insurance named for what it insures is social security; a topic with no livelihood
    /// sector (parking, patents) does not take the sector of the paragraph before.
    @Test func sectorsOfInsuranceAndOfTopicsOutsideTheLivelihoodSectors() {
        let text = """
            一、养老服务
            新增养老床位300张，建成社区食堂12个。
            二、城市建设
            新增公共停车位1500个，年末参加失业保险人数8.2万人。全年授权专利620件。
            三、人口
            年末常住人口312万人，每千常住人口执业（助理）医师3.4人。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map(\.sector.id) == [
                "eldercare", "eldercare", "other", "social-security", "other", "economy", "health",
            ])
    }

    /// Amounts of tourism, culture and trade are not household income although they say 收入,
    /// and medical-insurance settlements are social security, not health.
    @Test func incomeOfTradeAndCultureIsNotHouseholdIncome() {
        let text = """
            全年接待游客860万人次，实现旅游总收入92.4亿元。艺术表演团体演出1200场，演出收入3600万元。
            城镇居民人均可支配收入42150元。商品房销售面积56.2万平方米，房地产业工资总额增长6.1%。
            异地就医直接结算12.6万人次，秸秆综合利用率达到92%。
            财政总收入38.7亿元，其中地方级收入26.5亿元。发放高龄津贴4.1亿元。
            """
        let (_, observations) = Self.extract(text)
        #expect(
            observations.map { "\($0.metric)|\($0.sector.id)" } == [
                "接待游客|other", "实现旅游总收入|economy", "艺术表演团体演出|other", "演出收入|other",
                "城镇居民人均可支配收入|income", "商品房销售面积|economy", "房地产业工资总额增长|economy",
                "异地就医直接结算|social-security", "秸秆综合利用率|environment", "财政总收入|economy",
                "地方级收入|economy", "发放高龄津贴|eldercare",
            ])
    }

    /// 较去年 and 比上半年 name a baseline: the change is of the year the article reports on.
    @Test func aBaselineNamedByARelativeYearIsNotTheFiguresYear() {
        let (_, observations) = Self.extract("2024年，全市高考本科上线人数1.3万人，较去年增加960人。")
        #expect(observations.map(\.year) == [2024, 2024])
    }

    /// A report dated early in a year that looks back on 过去一年, naming no year of results,
    /// reports on the year before; its 今年 is the year of its date.
    @Test func aReportLookingBackOnThePastYear() {
        let text = """
            政府工作报告
            ——2025年1月8日在市第十七届人民代表大会第四次会议上

            过去一年，全市城镇新增就业3.2万人。

            今年，城镇新增就业目标为3万人。
            """
        let (document, observations) = Self.extract(text)
        #expect(document.year == 2024)
        #expect(observations.map { "\($0.value) \($0.year ?? 0)" } == ["32000.0 2024", "30000.0 2025"])
        let dated = "发布时间：2025-12-15\n\n过去一年，全市城镇新增就业3.2万人。"
        let (_, late) = Self.extract(dated)
        #expect(late.map { $0.year ?? 0 } == [2025])
    }

    @Test func mentionMarksTheFigureInItsSentence() {
        let text = "全市城镇新增就业4.1万余人，完成全年目标的112%。"
        let (document, observations) = Self.extract(text)
        let mention = observations[0].mentions[0]
        let utf8 = Array(document.sentences[mention.sentence].text.utf8)
        #expect(String(decoding: utf8[mention.figure], as: UTF8.self) == "4.1万余人")
        #expect(observations[1].metric == "城镇新增就业完成全年目标")
    }

    @Test func pageLayoutBreaksAreJoinedAndHeadingsKeptApart() {
        let text = "持续提升服务能力，推动护理员持证率提高到86%，探\n\n索建立长期护理保险制度。\n\n服务更加专业——\n"
        let blocks = Segmenter.blocks(text)
        #expect(
            blocks.map { String(String.UnicodeScalarView($0.text)) } == [
                "持续提升服务能力，推动护理员持证率提高到86%，探索建立长期护理保险制度。", "服务更加专业——",
            ])
        #expect(blocks.map(\.kind) == [.body, .heading])
    }

    @Test func aNumberedHeadingMayListItsTopics() {
        let text = "九、教育、科技和文化\n全县共有普通中学21所。\n二、新建学校3所、幼儿园5所\n"
        let blocks = Segmenter.blocks(text)
        #expect(blocks.map(\.kind) == [.heading, .body, .body])
        let (_, observations) = Self.extract(text)
        #expect(observations.first?.metric == "普通中学")
    }
}
