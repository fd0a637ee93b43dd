// zhibiao-bench extract PATH…            figure 1: extraction throughput
// zhibiao-bench export ZHIBIAO PYTHON PATH…  figure 1, whole process: `zhibiao export` beside a digit regex
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
case "profile":  // single-threaded extraction passes (--passes N, default 1), for callgrind
    var passes = 1
    if arguments.first == "--passes", arguments.count > 1, let n = Int(arguments[1]) {
        passes = n
        arguments.removeFirst(2)
    }
    let files = readCorpus(arguments)
    for _ in 0..<passes { print(extractAll(files, threads: 1, extractor: Extractor()).count) }
case "export": exportThroughput(arguments)
case "memory": graphMemory(arguments)
case "query": queryLatency(database: arguments[0], paths: Array(arguments.dropFirst()))
case "startup": startup(zhibiao: arguments[0], python: arguments[1], sqlite: arguments[2], database: arguments[3])
case "render": renderSpeed(database: arguments[0], sqlite: arguments[1], paths: Array(arguments.dropFirst(2)))
default:
    print("unknown benchmark \(command)")
    exit(2)
}

/// Figure 1: megabytes of article text decoded and extracted per second, files read into
/// memory first; one thread, then one thread per core taking files in turn. A small corpus (real
/// articles of a few kilobytes) is extracted again and again until a second has passed, and the
/// median of five such rounds is given; `python` is a digit-finding regular expression run over
/// the same files by Python, timed the same way in the same run, for scale.
func extractionThroughput(_ arguments: [String]) {
    var paths = arguments
    var label = "corpus"
    var python: String?
    var threadCounts = [1, cores]
    while let flag = paths.first, flag.hasPrefix("--") {
        paths.removeFirst()
        if flag == "--label" { label = paths.removeFirst() }
        if flag == "--python" { python = paths.removeFirst() }
        if flag == "--threads", let n = Int(paths.removeFirst()) { threadCounts = [n] }
    }
    let files = readCorpus(paths)
    let bytes = files.reduce(0) { $0 + $1.bytes.count }
    let megabytes = Double(bytes) / 1e6
    header(
        "1. extraction throughput, \(label) (\(files.count) files, \(fmt(megabytes, megabytes < 1 ? 3 : 1)) MB, "
            + "\(bytes / max(1, files.count)) bytes a file; decode + extract, files in memory)")
    let extractor = Extractor()
    var speeds: [Int: Double] = [:]
    for threads in threadCounts {
        var rounds: [(seconds: Double, passes: Int, observations: Int)] = []
        for _ in 0..<(bytes < 20_000_000 ? 5 : 1) {
            var passes = 0
            var observations = 0
            let start = now()
            repeat {
                let results = extractAll(files, threads: threads, extractor: extractor)
                observations = results.reduce(0) { $0 + ($1?.1.count ?? 0) }
                passes += 1
            } while now() - start < 1
            rounds.append((now() - start, passes, observations))
        }
        let median = rounds.sorted { $0.seconds / Double($0.passes) < $1.seconds / Double($1.passes) }[rounds.count / 2]
        let perPass = median.seconds / Double(median.passes)
        speeds[threads] = megabytes / perPass
        print(
            "  \(threads) thread\(threads == 1 ? " " : "s"): \(fmt(megabytes / perPass)) MB/s  "
                + "(\(ms(perPass)) a pass\(median.passes > 1 ? ", \(median.passes) passes a round, median of \(rounds.count)" : ""), "
                + "\(median.observations) observations, \(fmt(Double(median.observations) / perPass / 1e3, 1))k obs/s)"
        )
    }
    guard let python else { return }
    // The same files, decoded and searched for runs of digits by Python's `re` (digits.py): what
    // a script that only finds the numbers costs, beside what extraction costs.
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../digits.py").standardized.path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script] + files.map(\.path)
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else {
        print("  python regex: could not run \(python)")
        return
    }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(separator: " ")
    guard fields.count == 2, let pythonSpeed = Double(fields[0]) else {
        print("  python regex: no figure (\(output.trimmingCharacters(in: .whitespacesAndNewlines)))")
        return
    }
    print(
        "  python regex (decode + find digit runs, 1 thread): \(fmt(pythonSpeed)) MB/s "
            + "(\(fields[1].trimmingCharacters(in: .whitespacesAndNewlines)) runs)")
    if let one = speeds[1], let all = speeds[cores], cores > 1 {
        print(
            "  zhibiao / python regex: \(fmt(one / pythonSpeed)) (1 thread), \(fmt(all / pythonSpeed)) (\(cores) threads)"
        )
    }
}

/// Figure 1, as a person meets it: `zhibiao export PATH… > /dev/null` timed as a whole process
/// (start-up, reading the files, extraction on every core, the graph, writing JSON Lines),
/// beside the digit-finding regular expression run the same way (`digits.py --once`: start
/// Python, read, decode and search the files once). Medians of three runs after two that fill
/// the page cache.
func exportThroughput(_ arguments: [String]) {
    var paths = arguments
    var label = "corpus"
    if paths.first == "--label" {
        label = paths[1]
        paths.removeFirst(2)
    }
    let (zhibiao, python) = (paths[0], paths[1])
    let files = readCorpus(Array(paths.dropFirst(2)))
    let megabytes = Double(files.reduce(0) { $0 + $1.bytes.count }) / 1e6
    header(
        "1. zhibiao export, whole process, \(label) (\(files.count) files, \(fmt(megabytes, megabytes < 1 ? 3 : 1)) MB)"
    )
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../digits.py").standardized.path
    let export = percentile(spawnTimes([zhibiao, "export"] + Array(paths.dropFirst(2)), runs: 3), 50)
    let regex = percentile(spawnTimes([python, script, "--once"] + files.map(\.path), runs: 3), 50)
    guard export > 0 else { return }
    print("  zhibiao export > /dev/null: \(fmt(megabytes / export)) MB/s  (\(ms(export)), \(cores) cores)")
    guard regex > 0 else { return }
    print("  python regex, whole process (digits.py --once): \(fmt(megabytes / regex)) MB/s  (\(ms(regex)))")
    print("  zhibiao / python regex: \(fmt(regex / export))")
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
        // A sentence is a slice of its document's text, which is counted above; one joined from
        // two lines has text of its own, counted here.
        let own = document.text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        for sentence in document.sentences
        where sentence.text.base.utf8.withContiguousStorageIfAvailable({ $0.baseAddress }) != own {
            sourceBytes += sentence.text.base.utf8.count
        }
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
            + "\(fmt(Double(sourceBytes) / 1e6, 1)) MB (document text \(fmt(Double(corpusBytes) / 1e6, 1)) MB on disk + the text of sentences joined from two lines)"
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
