import Foundation
import ZhibiaoCore

/// Figure 5: an answer of 9000 rows rendered in full, as when it goes to a file or a pipe:
/// zhibiao in process (the graph already loaded, as at the prompt), beside the sqlite3 command
/// printing the same rows from the database of figure 3 (its start-up included, and shown).
func renderSpeed(database: String, sqlite: String, paths: [String]) {
    let files = readCorpus(paths)
    let graph = IndicatorGraph()
    for result in extractAll(files, threads: cores, extractor: Extractor()) {
        if let (document, observations) = result { graph.add(document, observations: observations) }
    }
    let rows = min(9000, graph.observations.count)
    let statement = "show all limit \(rows)"
    let columns = "id, metric, value, unit, qualifier, coalesce(period, year), region, doc"
    let query = "SELECT \(columns) FROM obs LIMIT \(rows)"
    header("5. an answer of \(rows) rows rendered in full, to /dev/null (median and p90 of repeated runs)")
    print("  zhibiao: in process over \(graph.observations.count) observations (parse, evaluate, render, write);")
    print("  sqlite3: the command over the database of figure 3, start-up included")
    let devNull = open("/dev/null", O_WRONLY)
    defer { close(devNull) }
    let session = Session(graph: graph)
    func zhibiao(_ format: OutputFormat) -> [Double] {
        session.format = format
        return sample(budget: 3, minimum: 10) {
            var text = session.execute(statement, origin: "bench").output
            text.withUTF8 { buffer in _ = write(devNull, buffer.baseAddress, buffer.count) }
        }
    }
    let evaluator = Evaluator(graph: graph, populations: session.populations)
    let lines: [(String, [Double])] = [
        (
            "zhibiao '\(statement)': parse + evaluate only",
            sample(budget: 2, minimum: 10) {
                _ = try? evaluator.evaluate(
                    Parser.parse(SourceText(statement, origin: "bench")).statements[0].statement)
            }
        ),
        ("zhibiao, table mode", zhibiao(.table)),
        ("zhibiao, csv", zhibiao(.csv)),
        (
            "sqlite3 -header -column \"\(query.prefix(24))…\"",
            spawnTimes([sqlite, "-header", "-column", database, query], runs: 20)
        ),
        ("sqlite3 -csv (same query)", spawnTimes([sqlite, "-csv", database, query], runs: 20)),
        ("sqlite3 DB \"SELECT 1\" (its start-up alone)", spawnTimes([sqlite, database, "SELECT 1"], runs: 20)),
    ]
    for (label, times) in lines {
        print(
            "  " + label.padding(toLength: 62, withPad: " ", startingAt: 0) + ms(percentile(times, 50)) + "  (p90 "
                + ms(percentile(times, 90)) + ", n=\(times.count))")
    }
    let median = { (n: Int) in percentile(lines[n].1, 50) }
    print(
        "  zhibiao table / sqlite3 column = \(fmt(median(1) / median(3))); zhibiao csv / sqlite3 csv = "
            + fmt(median(2) / median(4)))
}
