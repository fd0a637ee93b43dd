import Foundation
import Testing

@testable import ZhibiaoCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What `.chart` draws of the cities' answers: the figures `compare` and `series` hold, as
/// numbers with their periods, hedges and sources; and the SVG drawn of them, read back with
/// an XML parser: one mark per value, every label, unit and period, hedged and target values
/// marked, text escaped.
@Suite struct ChartTests {
    static func chart(_ statement: String) -> Chart {
        let session = Session(graph: ComparisonTests.cities)
        let result = session.execute(statement, origin: "q")
        #expect(result.errors == "")
        return session.lastChart!
    }

    static var citySources: [String] {
        ComparisonTests.cities.documents.map(\.name)
    }

    /// The pivot's own figures, not its text: 丽水's 1-11月 of 2025 with its period, 曲靖's two
    /// disagreeing figures of 2025 left undrawn and said so, the shares of the target in a
    /// panel of their own (%, completion), never on the axis of people.
    @Test func compareHoldsEachCellsFigure() {
        let chart = Self.chart("compare 城镇新增就业 by region, year")
        func point(
            _ place: String, _ year: String, _ value: Double, _ shown: String, _ period: String? = nil
        )
            -> ChartPoint
        {
            ChartPoint(category: place, series: year, value: value, shown: shown, period: period, hedged: false)
        }
        let expected = Chart(
            style: .bars, statement: "compare 城镇新增就业 by region, year",
            panels: [
                ChartPanel(
                    title: "城镇新增就业", unit: "人", kind: .actual,
                    categories: ["丽水市", "宣威市", "曲靖市", "漯河市", "麒麟区"], series: ["2024", "2025"],
                    points: [
                        point("丽水市", "2024", 38600, "3.86万"), point("丽水市", "2025", 37900, "3.79万", "1-11月"),
                        point("宣威市", "2025", 9600, "9600", "1-11月"), point("曲靖市", "2024", 61800, "6.18万"),
                        point("漯河市", "2024", 36200, "3.62万"), point("漯河市", "2025", 37100, "3.71万"),
                        point("麒麟区", "2025", 14200, "1.42万", "1-11月"),
                    ],
                    notes: ["曲靖市, 2025: 6.21万 ≠ 6.12万 (1-11月), articles disagree; not drawn"]),
                ChartPanel(
                    title: "城镇新增就业完成年度目标", unit: "%", kind: .completion,
                    categories: ["丽水市", "曲靖市", "漯河市"], series: ["2024", "2025"],
                    points: [
                        point("丽水市", "2025", 108.3, "108.3", "1-11月"), point("曲靖市", "2024", 109.6, "109.6"),
                        point("曲靖市", "2025", 109.3, "109.3", "1-11月"), point("漯河市", "2025", 106, "106"),
                    ]),
            ],
            series: ["2024", "2025"], sources: Self.citySources)
        #expect(chart == expected)
    }

    @Test func seriesHoldsALinePerPlace() {
        let chart = Self.chart("series 每千人口托位数")
        let values: [(String, String, Double)] = [
            ("丽水市", "2024", 4.5), ("丽水市", "2025", 5), ("曲靖市", "2024", 3.6), ("曲靖市", "2025", 4),
            ("漯河市", "2024", 4.1), ("漯河市", "2025", 4.6),
        ]
        let points = values.map {
            ChartPoint(
                category: $0.1, series: $0.0, value: $0.2, shown: NumberFormat.exact($0.2), period: nil, hedged: false)
        }
        #expect(
            chart.panels == [
                ChartPanel(
                    title: "每千人口托位数", unit: "个", kind: .actual, categories: ["2024", "2025"],
                    series: ["丽水市", "曲靖市", "漯河市"], points: points)
            ])
        #expect(chart.style == .lines)
        #expect(chart.series == ["丽水市", "曲靖市", "漯河市"])
        #expect(chart.sources.count == 6)
    }

    /// Statements other than compare and series, and a compare that fails, leave the last
    /// chart as it was; a compare that finds nothing is the last answer, with nothing to draw.
    @Test func theLastCompareOrSeriesIsKept() {
        let session = Session(graph: ComparisonTests.cities)
        #expect(session.lastChart == nil)
        _ = session.execute("series 每千人口托位数", origin: "q")
        _ = session.execute("show 托位; list years", origin: "q")
        #expect(session.lastChart?.statement == "series 每千人口托位数")
        #expect(!session.execute("compare 城镇新增就业 by colour", origin: "q").succeeded)
        #expect(session.lastChart?.statement == "series 每千人口托位数")
        #expect(session.execute("compare 城镇新增就业 where year=1999", origin: "q").succeeded)
        #expect(session.lastChart?.statement == "compare 城镇新增就业 where year=1999")
        #expect(session.lastChart?.pointCount == 0)
        #expect(session.execute("compare 城镇新增就业,\n    每千人口托位数", origin: "q").succeeded)
        #expect(session.lastChart?.statement == "compare 城镇新增就业, 每千人口托位数")
    }

    @Test func barsAreOneMarkPerValueWithEveryLabel() throws {
        let chart = Self.chart("compare 城镇新增就业 by region, year")
        let svg = try SVGDocument(ChartRenderer.svg(chart))
        let marks = svg.all { $0.classes.contains("mark") }
        #expect(marks.count == 11)
        #expect(marks.allSatisfy { $0.name == "rect" && $0.classes.contains("bar") })
        #expect(svg.all { $0.classes.contains("partial") }.count == 5)
        #expect(svg.texts("title") == ["compare 城镇新增就业 by region, year"])
        #expect(svg.texts("panel-title") == ["城镇新增就业 (人)", "城镇新增就业完成年度目标 (%)"])
        #expect(svg.texts("kind") == ["shares of a target reached"])
        #expect(svg.texts("unit") == ["单位：人", "单位：%"])
        // 宣威市 and 麒麟区 are two of 曲靖's counties, whose figures a 分县 list gives.
        #expect(svg.texts("category") == ["丽水市", "宣威市", "曲靖市", "漯河市", "麒麟区", "丽水市", "曲靖市", "漯河市"])
        #expect(
            svg.texts("series") == [
                "2024", "2025", "2025", "2024", "2024", "2025", "2025", "2025", "2024", "2025", "2025",
            ])
        #expect(
            svg.texts("value") == [
                "3.86万", "3.79万", "9600", "6.18万", "3.62万", "3.71万", "1.42万", "108.3", "109.6", "109.3", "106",
            ])
        #expect(svg.texts("period") == ["1-11月", "1-11月", "1-11月", "1-11月", "1-11月"])
        #expect(svg.texts("tick") == ["0", "2万", "4万", "6万", "8万", "0", "50", "100", "150"])
        #expect(svg.texts("note") == ["曲靖市, 2025: 6.21万 ≠ 6.12万 (1-11月), articles disagree; not drawn"])
        #expect(
            svg.texts("key") == [
                "lighter bar: part of the year only (its period under the value)",
                "lighter bar: part of the year only (its period under the value)",
            ])
        #expect(
            svg.texts(in: "sources") == ["Sources (7 articles):"] + Self.citySources)
        #expect(marks[1].title == "城镇新增就业, 丽水市 · 2025: 3.79万人 (1-11月)")
        // CJK fonts first, so that labels are not drawn as boxes.
        #expect(svg.root["font-family"]?.hasPrefix("'Noto Sans CJK SC', 'Source Han Sans SC'") == true)
    }

    /// Targets are outlined with dashes and hedged ones (≥6万) striped: none is filled like a result.
    @Test func targetsAndHedgedValuesAreMarked() throws {
        let chart = Self.chart("compare 城镇新增就业 where kind=target")
        let svg = try SVGDocument(ChartRenderer.svg(chart))
        let marks = svg.all { $0.classes.contains("mark") }
        #expect(marks.count == 6)
        #expect(marks.allSatisfy { $0.classes.contains("target") && $0["stroke-dasharray"] == "4 3" })
        let hedged = marks.filter { $0.classes.contains("hedged") }
        #expect(
            hedged.map(\.title) == [
                "城镇新增就业, 曲靖市 · 2026: ≥6万人", "城镇新增就业, 漯河市 · 2025: ≥3.5万人", "城镇新增就业, 漯河市 · 2026: ≥3.6万人",
            ])
        let patterns = Set(svg.all { $0.name == "pattern" }.compactMap { $0["id"] })
        for mark in hedged {
            let fill = try #require(mark["fill"])
            #expect(fill.hasPrefix("url(#hatch-") && patterns.contains(String(fill.dropFirst(5).dropLast())))
        }
        #expect(marks.filter { !$0.classes.contains("hedged") }.allSatisfy { $0["fill"] == "#fff" })
        #expect(svg.texts("kind") == ["targets: levels set to reach, not results"])
        #expect(
            svg.texts("key") == [
                "striped bar: a hedged figure (≥ ≤ ≈ >), a bound or an estimate, not an exact result",
                "dashed outline: a target, not a result",
            ])
    }

    /// A line per place; points of part of a year are not joined to whole years, hedged points
    /// are hollow.
    @Test func linesJoinOnlyLikePeriods() throws {
        let svg = try SVGDocument(ChartRenderer.svg(Self.chart("series 每千人口托位数")))
        #expect(svg.all { $0.classes.contains("mark") }.count == 6)
        #expect(svg.all { $0.classes.contains("mark") }.allSatisfy { $0.name == "circle" })
        #expect(svg.all { $0.classes.contains("segment") }.count == 3)
        #expect(svg.texts("legend-label") == ["丽水市", "曲靖市", "漯河市"])
        #expect(svg.texts("category") == ["2024", "2025"])
        #expect(svg.texts("unit") == ["单位：个"])

        let unemployment = try SVGDocument(ChartRenderer.svg(Self.chart("series 城镇调查失业率")))
        let marks = unemployment.all { $0.classes.contains("mark") }
        #expect(marks.count == 4)
        #expect(unemployment.all { $0.classes.contains("segment") }.isEmpty)
        #expect(marks.filter { $0.classes.contains("hedged") }.map { $0["fill"] } == ["#fff", "#fff"])
        #expect(Set(unemployment.texts("value")) == ["≤5", "4.4 (1-11月)", "5.1 (1-11月)", "≤5.5"])
    }

    /// Article text is data: &, <, quotes and control characters cannot break the file.
    @Test func textIsEscapedForXML() throws {
        let label = "R&D <研发> \"甲\" '乙' \u{1}"
        let chart = Chart(
            style: .bars, statement: "compare \"R&D\"",
            panels: [
                ChartPanel(
                    title: label, unit: "<元>", kind: .actual, categories: [label], series: ["value"],
                    points: [
                        ChartPoint(category: label, series: "value", value: 5, shown: "5", period: nil, hedged: false)
                    ])
            ], series: ["value"], sources: ["a&b.txt"])
        let svg = try SVGDocument(ChartRenderer.svg(chart))
        let read = "R&D <研发> \"甲\" '乙' \u{FFFD}"
        #expect(svg.texts("panel-title") == ["\(read) (<元>)"])
        #expect(svg.texts("category") == [read])
        #expect(svg.texts("series") == [])
        #expect(svg.texts(in: "sources") == ["Sources (1 article):", "a&b.txt"])
    }

    /// The page holds the drawing itself and fetches nothing.
    @Test func pageEmbedsTheDrawing() throws {
        let chart = Self.chart("compare 城镇新增就业 by region, year")
        let page = ChartRenderer.html(chart)
        let svg = ChartRenderer.svg(chart)
        let drawing = String(svg[svg.range(of: "<svg")!.lowerBound...])
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.contains("<title>compare 城镇新增就业 by region, year</title>"))
        #expect(page.contains("<body>\n" + drawing + "</body>\n</html>\n"))
        for fetch in ["<script", "<link", "src=", "@import", "url(http"] { #expect(!page.contains(fetch)) }
        #expect(page.components(separatedBy: "http").count == 2)  // the SVG namespace only
    }

    @Test(arguments: [
        ([38600.0, 61800], true, ["0", "2万", "4万", "6万", "8万"]),
        ([108.3, 109.6, 106], true, ["0", "50", "100", "150"]),
        ([-0.2], true, ["-0.2", "-0.15", "-0.1", "-0.05", "0"]),
        ([3.5, 5.1], false, ["3.5", "4", "4.5", "5", "5.5"]),
        ([7.0], false, ["6", "6.5", "7", "7.5", "8"]),
    ])
    func scaleTicksAreRound(values: [Double], fromZero: Bool, ticks: [String]) {
        let scale = ChartScale(values, fromZero: fromZero)
        #expect(scale.ticks.map(scale.label) == ticks)
    }

    /// A group holds bars of the columns it has values of only, centred under its label: 曲靖's
    /// one bar of 2024 stands over 曲靖, not left of an empty place for 2025.
    @Test func aGroupHoldsOnlyTheBarsItHas() throws {
        let svg = try SVGDocument(ChartRenderer.svg(Self.chart("compare 城镇新增就业 by region, year")))
        let bars = svg.all { $0.classes.contains("mark") }
        let labels = svg.all { $0.classes.contains("category") }
        let centre = try #require(Double(bars[3]["x"] ?? "")) + (Double(bars[3]["width"] ?? "") ?? 0) / 2
        #expect(bars[3].title == "城镇新增就业, 曲靖市 · 2024: 6.18万人")
        #expect(labels[2].text == "曲靖市")
        #expect(abs(centre - (Double(labels[2]["x"] ?? "") ?? 0)) < 0.2)
    }

    /// A series' years run without gaps, so that a line over a missing year spans two years.
    @Test func yearsRunWithoutGaps() {
        #expect(ChartBuilder.years(["2021", "2019", "2024"]) == ["2019", "2020", "2021", "2022", "2023", "2024"])
        #expect(ChartBuilder.years(["1949", "2025"]) == ["1949", "2025"])
        #expect(ChartBuilder.years(["b", "a"]) == ["a", "b"])
    }

    /// Past a dozen, a panel's undrawn values are counted rather than listed.
    @Test func manyDisagreementsAreCounted() throws {
        let notes = (1...13).map { "地\($0), 2025: 1 ≠ 2, articles disagree; not drawn" }
        let chart = Chart(
            style: .lines, statement: "series x",
            panels: [
                ChartPanel(
                    title: "x", unit: "人", kind: .actual, categories: ["2025"], series: ["甲"],
                    points: [
                        ChartPoint(category: "2025", series: "甲", value: 1, shown: "1", period: nil, hedged: false)
                    ],
                    notes: notes)
            ], series: ["甲"], sources: [])
        let svg = try SVGDocument(ChartRenderer.svg(chart))
        #expect(
            svg.texts("note")
                == notes.prefix(10) + ["… and 3 more values that articles state differently (`check` lists them)"])
        #expect(svg.texts(in: "sources") == [])
    }

    @Test func crowdedLabelsAreSpreadApart() {
        #expect(PanelPlot.spread([100, 200, 300], gap: 13) == [100, 200, 300])
        #expect(PanelPlot.spread([100, 104], gap: 13) == [95.5, 108.5])
        #expect(PanelPlot.spread([106, 100, 100], gap: 13) == [115, 89, 102])
    }
}

/// An SVG file read back with Foundation's XML parser: its elements in order, each with its
/// attributes, its text and the text of its `<title>`.
struct SVGDocument {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var title: String?
        /// The classes of the `<g>` elements it lies in.
        var groups: [String] = []

        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
        subscript(attribute: String) -> String? { attributes[attribute] }
    }

    var root: Element
    var elements: [Element]

    init(_ text: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        guard parser.parse(), let root = reader.elements.first, root.name == "svg" else {
            throw Invalid(reason: parser.parserError.map { "\($0)" } ?? "no <svg> root")
        }
        self.root = root
        elements = reader.elements
    }

    struct Invalid: Error {
        var reason: String
    }

    func all(_ condition: (Element) -> Bool) -> [Element] { elements.filter(condition) }

    /// The text of every `<text>` of `class`, in order.
    func texts(_ className: String) -> [String] {
        all { $0.name == "text" && $0.classes.contains(className) }.map(\.text)
    }

    /// The text of every `<text>` inside the group of `class`.
    func texts(in group: String) -> [String] {
        all { $0.name == "text" && $0.groups.contains(group) }.map(\.text)
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            var element = Element(name: name, attributes: attributes)
            element.groups = open.compactMap { elements[$0].name == "g" ? elements[$0].attributes["class"] : nil }
            elements.append(element)
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let closed = open.removeLast()
            if name == "title", let parent = open.last { elements[parent].title = elements[closed].text }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { elements[current].text += string }
        }
    }
}
