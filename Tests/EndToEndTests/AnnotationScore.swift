import Foundation

/// The hand annotation of one article (`Tests/Annotation/<stem>.tsv`): the figures it states
/// and the numbers in it that are not indicators.
struct Annotation {
    /// One figure an analyst would record.
    struct Figure {
        var value: Double
        var unit: String
        var sectors: [String]
        /// The acceptable years; empty for none.
        var years: [Int]
        var kind: String
        /// Groups of words: a metric name matches when it holds one word of every group.
        var keys: [[String]]
        var metric: String
    }

    var document: String
    var figures: [Figure] = []
    /// Values that are not indicators: exporting one counts against precision.
    var notIndicators: [Double] = []
    /// Values that may be read either way: neither rewarded nor penalised.
    var either: [Double] = []
    /// Values of targets the annotation lists apart (`either` rows of kind target): one exported
    /// as anything but a target is a target shown as an achievement.
    var targetsApart: [Double] = []

    /// Reads `file`; a malformed row is an error naming its line.
    init(file: URL) throws {
        document = file.deletingPathExtension().lastPathComponent + ".txt"
        let rows = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated()
        for (offset, row) in rows where !row.hasPrefix("#") && !row.hasPrefix("status\t") {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 10, let value = Double(cells[1]) else {
                throw AnnotationError(
                    description: "\(file.lastPathComponent):\(offset + 1): expected 11 tab-separated cells")
            }
            switch cells[0] {
            case "figure":
                figures.append(
                    Figure(
                        value: value, unit: Self.unit(cells[2]),
                        sectors: cells[3].split(separator: "|").map(String.init),
                        years: cells[4].split(separator: "|").compactMap { Int($0) }, kind: cells[7],
                        keys: cells[8].components(separatedBy: " & ").map {
                            $0.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
                        },
                        metric: cells[9]))
            case "not": notIndicators.append(value)
            case "either":
                either.append(value)
                if cells[7] == "target" { targetsApart.append(value) }
            default:
                throw AnnotationError(
                    description: "\(file.lastPathComponent):\(offset + 1): status is figure, not or either")
            }
        }
    }

    /// Units that name the same thing: 名 and 位 count people as 人 does; "-" in the unit column
    /// is a figure written with no unit (a ratio, an index), exported with an empty one.
    static func unit(_ unit: String) -> String {
        ["％": "%", "元人民币": "元", "名": "人", "位": "人", "-": ""][unit] ?? unit
    }
}

struct AnnotationError: Error, CustomStringConvertible {
    var description: String
}

/// An export scored against annotations, as a reader of the figures would judge it: a figure
/// is found when the export has its value and unit in its document, and fully matched when
/// that figure's metric holds the keys and its sector and year are right.
struct AnnotationScore {
    /// The livelihood sectors; an annotation's `other` or `economy` stands for any sector but these.
    static let coreSectors: Set = [
        "employment", "income", "health", "childcare", "eldercare", "education", "social-security", "public-safety",
    ]

    var figures = 0
    var fullMatches = 0
    /// Figures found with their unit, and of those the ones exported with the annotated kind.
    var kinded = 0
    var kindMatches = 0
    /// Targets (annotated figures of kind target, and targets listed apart) exported as
    /// something else, and how many targets there are.
    var targetsAsAchievements = 0
    var targets = 0
    var exported = 0
    var wrong = 0
    /// One line per figure missed or partly matched, and per exported number that is no figure.
    var misses: [String] = []

    var recall: Double { figures == 0 ? 0 : Double(fullMatches) / Double(figures) }
    var precision: Double { exported == 0 ? 0 : Double(exported - wrong) / Double(exported) }
    var kindAccuracy: Double { kinded == 0 ? 0 : Double(kindMatches) / Double(kinded) }

    /// Scores `export` (JSON Lines of `zhibiao export`) against `annotations`; lines of other
    /// documents are left out.
    init(export: String, annotations: [Annotation]) throws {
        let rows = try export.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw AnnotationError(description: "an export line is not a JSON object: \(line)")
            }
            return object
        }
        for annotation in annotations {
            let mine = rows.filter {
                (($0["doc"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent }) == annotation.document
            }
            score(mine, against: annotation)
        }
    }

    private mutating func score(_ rows: [[String: Any]], against annotation: Annotation) {
        for figure in annotation.figures {
            figures += 1
            let candidates = rows.filter {
                Self.same($0["value"], figure.value) && Annotation.unit($0["unit"] as? String ?? "") == figure.unit
            }
            let checks = candidates.map { row -> [Bool] in
                let metric = row["metric"] as? String ?? ""
                let sector = row["sector"] as? String
                return [
                    figure.keys.allSatisfy { group in group.contains { metric.contains($0) } },
                    (row["kind"] as? String ?? "actual") == figure.kind,
                    figure.sectors.contains { $0 == sector }
                        || figure.sectors.contains { $0 == "other" || $0 == "economy" }
                            && sector.map { !Self.coreSectors.contains($0) } == true,
                    (row["year"] as? Int).map(figure.years.contains) ?? figure.years.isEmpty,
                ]
            }
            // The best is the row that matches most: name, sector and year first, then kind (a
            // target and a result of one value are two rows; the annotated kind picks between them).
            let full = { (c: [Bool]) in c[0] && c[2] && c[3] }
            guard
                let best = checks.indices.max(by: {
                    (full(checks[$0]) ? 10 : 0) + checks[$0].filter { $0 }.count
                        < (full(checks[$1]) ? 10 : 0) + checks[$1].filter { $0 }.count
                })
            else {
                misses.append("\(annotation.document): missing \(figure.value) \(figure.unit) \(figure.metric)")
                continue
            }
            kinded += 1
            let kind = candidates[best]["kind"] as? String ?? "actual"
            if kind == figure.kind { kindMatches += 1 }
            if figure.kind == "target" {
                targets += 1
                if kind != "target" {
                    targetsAsAchievements += 1
                    misses.append("\(annotation.document): target shown as \(kind): \(figure.value) \(figure.metric)")
                }
            }
            if full(checks[best]) {
                fullMatches += 1
            } else {
                let row = candidates[best]
                misses.append(
                    "\(annotation.document): partial \(figure.value) \(figure.unit) \(figure.metric) "
                        + "\(figure.sectors) \(figure.years) | got \(row["metric"] ?? "") \(row["sector"] ?? "") "
                        + "\(row["year"] ?? "-")")
            }
        }
        for value in annotation.targetsApart {
            targets += 1
            // Shown as an achievement when the value is exported and never as a target (a
            // result of the same value beside it, 86个 of 86个, is the result).
            let shown = rows.filter { Self.same($0["value"], value) }
            if !shown.isEmpty, !shown.contains(where: { ($0["kind"] as? String) == "target" }) {
                targetsAsAchievements += 1
                misses.append("\(annotation.document): target listed apart shown as an achievement: \(value)")
            }
        }
        let allowed = annotation.figures.map(\.value) + annotation.either
        var seen = Set<String>()
        for row in rows {
            let key = "\(row["value"] ?? "")|\(Annotation.unit(row["unit"] as? String ?? ""))|\(row["metric"] ?? "")"
            guard seen.insert(key).inserted else { continue }
            exported += 1
            if !allowed.contains(where: { Self.same(row["value"], $0) }) {
                wrong += 1
                misses.append(
                    "\(annotation.document): extra \(row["value"] ?? "") \(row["unit"] ?? "") \(row["metric"] ?? "")")
            }
        }
    }

    private static func same(_ exported: Any?, _ value: Double) -> Bool {
        guard let number = (exported as? NSNumber)?.doubleValue else { return false }
        return abs(number - value) <= 1e-6 * max(1, abs(value))
    }
}
