// zhibiao-bench extract PATH…            figure 1: extraction throughput
// zhibiao-bench memory PATH…             figure 2: graph build time and memory per observation
// zhibiao-bench query DB PATH…           figure 3: query latency beside indexed SQLite
// zhibiao-bench startup ZHIBIAO PYTHON SQLITE DB   figure 4: start-to-first-result
// zhibiao-bench render DB SQLITE PATH…   figure 5: an answer of 9000 rows rendered in full
import Foundation
import ZhibiaoCore

let cores = ProcessInfo.processInfo.activeProcessorCount
var arguments = Array(CommandLine.arguments.dropFirst())
guard !arguments.isEmpty else {
    print("usage: zhibiao-bench extract|memory|query|startup|render …")
    exit(2)
}
let command = arguments.removeFirst()
_ = Lexicon.standard  // data files are read once per process, before any timing

switch command {
case "extract": extractionThroughput(arguments)
case "profile":  // one single-threaded extraction pass, for callgrind
    print(extractAll(readCorpus(arguments), threads: 1, extractor: Extractor()).count)
case "memory": graphMemory(arguments)
case "query": queryLatency(database: arguments[0], paths: Array(arguments.dropFirst()))
case "startup": startup(zhibiao: arguments[0], python: arguments[1], sqlite: arguments[2], database: arguments[3])
case "render": renderSpeed(database: arguments[0], sqlite: arguments[1], paths: Array(arguments.dropFirst(2)))
default:
    print("unknown benchmark \(command)")
    exit(2)
}

/// Figure 1: megabytes of article text decoded and extracted per second, files read into
/// memory first; one thread, then one thread per core taking files in turn.
func extractionThroughput(_ paths: [String]) {
    let files = readCorpus(paths)
    let megabytes = Double(files.reduce(0) { $0 + $1.bytes.count }) / 1e6
    header(
        "1. extraction throughput (\(files.count) files, \(fmt(megabytes, 1)) MB; decode + extract, files in memory)")
    let extractor = Extractor()
    for threads in [1, cores] {
        let start = now()
        let results = extractAll(files, threads: threads, extractor: extractor)
        let seconds = now() - start
        let observations = results.reduce(0) { $0 + ($1?.1.count ?? 0) }
        print(
            "  \(threads) thread\(threads == 1 ? " " : "s"): \(fmt(megabytes / seconds)) MB/s  "
                + "(\(fmt(seconds)) s, \(observations) observations, \(fmt(Double(observations) / seconds / 1e3, 1))k obs/s)"
        )
    }
}

/// Figure 2: the time to add extracted documents to a graph (interning, indexes) and the heap
/// the graph keeps per observation beyond the source text it keeps for `trace`.
func graphMemory(_ paths: [String]) {
    let files = readCorpus(paths)
    let corpusBytes = files.reduce(0) { $0 + $1.bytes.count }
    let heapBefore = heapInUse()
    let rssBefore = procStatus("VmRSS")
    var extracted: [(Document, [Observation])?]? = extractAll(files, threads: cores, extractor: Extractor())
    let graph = IndicatorGraph()
    let start = now()
    for result in extracted! {
        if let (document, observations) = result { graph.add(document, observations: observations) }
    }
    graph.compact()  // as Loader.load does at the end of a load
    let seconds = now() - start
    extracted = nil
    let heapAfter = heapInUse()
    let peak = procStatus("VmHWM")
    var sourceBytes = 0
    var sentences = 0
    for document in graph.documents {
        sourceBytes += document.text.utf8.count
        for sentence in document.sentences { sourceBytes += sentence.text.utf8.count }
        sentences += document.sentences.count
    }
    let n = graph.observations.count
    let beyond = heapAfter - heapBefore - sourceBytes
    header("2. graph build and memory (\(graph.documents.count) documents, \(n) observations, \(sentences) sentences)")
    print(
        "  graph build: \(fmt(seconds, 3)) s  (\(fmt(Double(n) / seconds / 1e6, 2))M observations/s; extraction not included)"
    )
    print(
        "  heap kept by the graph: \(fmt(Double(heapAfter - heapBefore) / 1e6, 1)) MB, of which source text "
            + "\(fmt(Double(sourceBytes) / 1e6, 1)) MB (document text \(fmt(Double(corpusBytes) / 1e6, 1)) MB on disk + sentence copies)"
    )
    print("  beyond the source text: \(beyond / max(n, 1)) bytes per observation")
    print("  peak RSS during load (\(cores) threads): \(fmt(Double(peak - rssBefore) / 1e6, 1)) MB above the start")
}

/// The query shapes of figure 3, each in zhibiao's language and in SQL.
/// (A static, not a global: a stored global of main.swift is not yet set when the switch above runs.)
enum QueryShapes {
    static let all: [(name: String, zhibiao: String, sql: String)] = [
        (
            "sector+year equality", "show employment where year=2024",
            "SELECT * FROM obs WHERE sector='employment' AND year=2024;"
        ),
        (
            "sector+year+region equality", "show employment where year=2024 and region=长子县",
            "SELECT * FROM obs WHERE sector='employment' AND year=2024 AND region='长子县';"
        ),
        (
            "value range, order, limit",
            "show all where unit=人 and value>=10000 and value<50000 order by value desc limit 20",
            "SELECT * FROM obs WHERE unit='人' AND value>=10000 AND value<50000 ORDER BY value DESC LIMIT 20;"
        ),
        ("metric substring", "show 入托", "SELECT * FROM obs WHERE metric LIKE '%入托%';"),
        (
            "compare three sectors", "compare employment, childcare, eldercare",
            """
            SELECT sector, coalesce(indicator, metric), kind, unit, region, year, group_concat(DISTINCT value),
              count(DISTINCT doc)
            FROM obs WHERE sector IN ('employment','childcare','eldercare') AND kind NOT IN ('target', 'derived')
            GROUP BY 1, 2, 3, 4, 5, 6;
            """
        ),
        (
            "check", "check",
            """
            SELECT metric, unit, region, coalesce(period, year), group_concat(DISTINCT value) FROM obs
            GROUP BY metric, unit, region, coalesce(period, year) HAVING count(DISTINCT value) > 1;
            SELECT id FROM obs WHERE (unit IN ('人','人次') AND value > 1.5e9) OR (unit='%' AND value > 100 AND metric LIKE '%率%');
            SELECT id, text FROM obs WHERE mentions > 1;
            """
        ),
    ]
}

/// Runs `body` until `budget` seconds or `maximum` runs have passed (at least `minimum`);
/// the wall time of each run.
func sample(budget: Double, minimum: Int = 5, maximum: Int = 200, _ body: () -> Void) -> [Double] {
    body()  // warm
    var times: [Double] = []
    let end = now() + budget
    while times.count < minimum || (times.count < maximum && now() < end) {
        let start = now()
        body()
        times.append(now() - start)
    }
    return times
}

/// Figure 3: per-query latency over the corpus's observations, zhibiao in-process beside the
/// SQLite library over the same observations imported from `zhibiao export --format csv`.
func queryLatency(database: String, paths: [String]) {
    let files = readCorpus(paths)
    let graph = IndicatorGraph()
    for result in extractAll(files, threads: cores, extractor: Extractor()) {
        if let (document, observations) = result { graph.add(document, observations: observations) }
    }
    guard let db = SQLiteDatabase(path: database) else {
        print("cannot open \(database)")
        return
    }
    header("3. query latency over \(graph.observations.count) observations (p50 / p99 of repeated runs)")
    print("  zhibiao eval = parse + evaluate to an answer (no text); zhibiao csv = the same plus rendering as CSV;")
    print("  sqlite = prepare + step every row + read every column as text (libsqlite3, indexed; see RESULTS.md)")
    let session = Session(graph: graph)
    session.format = .csv
    let evaluator = Evaluator(graph: graph, populations: session.populations)
    // Pads to a column, never cutting a longer value (then one space still separates it).
    let pad = { (s: String, n: Int) in s.count >= n ? s + " " : s.padding(toLength: n, withPad: " ", startingAt: 0) }
    print(
        "  " + pad("shape", 28) + pad("rows", 14) + pad("zhibiao eval", 26) + pad("zhibiao csv", 26) + pad("sqlite", 26)
            + "ratio eval/sqlite, csv/sqlite (p50)")
    // ZHIBIAO_BENCH_SHAPES=compare,check runs only the shapes whose names hold one of the words.
    let only = ProcessInfo.processInfo.environment["ZHIBIAO_BENCH_SHAPES"]?.split(separator: ",") ?? []
    for shape in QueryShapes.all where only.isEmpty || only.contains(where: { shape.name.contains($0) }) {
        let script = Parser.parse(SourceText(shape.zhibiao, origin: "bench"))
        guard let statement = script.statements.first?.statement, script.diagnostics.isEmpty else {
            print("  \(shape.name): does not parse")
            continue
        }
        var rows = 0
        let evaluate = sample(budget: 3) {
            let parsed = Parser.parse(SourceText(shape.zhibiao, origin: "bench"))
            if let answer = try? evaluator.evaluate(parsed.statements[0].statement) { rows = answer.rowCount }
        }
        _ = statement
        let render = sample(budget: 3) { _ = session.execute(shape.zhibiao, origin: "bench") }
        var sqlRows = 0
        let sqlite = sample(budget: 3) { sqlRows = db.run(shape.sql) }
        let cell = { (t: [Double]) in ms(percentile(t, 50)) + " / " + ms(percentile(t, 99)) }
        print(
            "  " + pad(shape.name, 28) + pad("\(rows)|\(sqlRows)", 14) + pad(cell(evaluate), 26) + pad(cell(render), 26)
                + pad(cell(sqlite), 26)
                + fmt(percentile(evaluate, 50) / percentile(sqlite, 50)) + ", "
                + fmt(percentile(render, 50) / percentile(sqlite, 50))
                + "   (n=\(evaluate.count)/\(render.count)/\(sqlite.count))")
    }
}

extension Answer {
    /// Rows in the answer's observation lists and tables.
    var rowCount: Int {
        parts.reduce(0) { total, part in
            switch part {
            case .observations(let list): total + list.count
            case .table(let table): total + table.rows.count
            default: total
            }
        }
    }
}

/// Runs a command `runs` times with its output discarded; the wall time of each run.
func spawnTimes(_ argv: [String], runs: Int) -> [Double] {
    var times: [Double] = []
    for _ in 0..<(runs + 2) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let cArgs = argv.map { strdup($0) } + [nil]
        var pid: pid_t = 0
        let start = now()
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
        var status: Int32 = 0
        if rc == 0 { waitpid(pid, &status, 0) }
        let seconds = now() - start
        posix_spawn_file_actions_destroy(&actions)
        for p in cArgs { free(p) }
        if rc != 0 {
            print("  cannot run \(argv[0])")
            return [0]
        }
        // A run that failed is not a time: say so rather than time an error message.
        if status != 0 {
            print("  \(argv.joined(separator: " ")) ended with status \(status)")
            return [0]
        }
        times.append(seconds)
    }
    return Array(times.dropFirst(2))  // the first runs fill the page cache
}

/// Figure 4: start-to-first-result of `zhibiao -e` over Samples/, beside starting Python and
/// beside sqlite3 answering the same question from a database of the same observations.
func startup(zhibiao: String, python: String, sqlite: String, database: String) {
    let runs = 40
    header("4. start-to-first-result (median and p90 of \(runs) runs, output to /dev/null)")
    let rows: [(String, [String])] = [
        (
            "zhibiao -e 'show employment where year=2025' (Samples/)",
            [zhibiao, "-e", "show employment where year=2025"]
        ),
        ("python3 -c pass", [python, "-c", "pass"]),
        (
            "sqlite3 DB \"SELECT … sector='employment' AND year=2025\"",
            [sqlite, database, "SELECT * FROM obs WHERE sector='employment' AND year=2025"]
        ),
    ]
    var medians: [Double] = []
    for (label, argv) in rows {
        let times = spawnTimes(argv, runs: runs)
        medians.append(percentile(times, 50))
        print(
            "  " + label.padding(toLength: 62, withPad: " ", startingAt: 0) + ms(percentile(times, 50)) + "  (p90 "
                + ms(percentile(times, 90)) + ")")
    }
    print(
        "  zhibiao / python3 = \(fmt(medians[0] / medians[1])) (target ≤ 0.25); sqlite3 / python3 = \(fmt(medians[2] / medians[1]))"
    )
    print("  python3 is \(python)")
}
