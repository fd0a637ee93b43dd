import Foundation
import Testing
import ZhibiaoCore

/// The persistent store through the binary: made, closed and reopened without extracting,
/// changed and removed articles, damaged files, newer formats, a load killed with SIGKILL, two
/// processes on one store, `export --format sqlite` and the README's SQL.
@Suite(.serialized, .enabled(if: SQLiteCommand.path != nil, "the sqlite3 command is not installed (run .ci/setup)"))
struct StoreTests {
    static var sqlite3: String? { SQLiteCommand.path }

    let scratch: InputFileTests.Scratch
    /// A copy of Samples/ in the scratch folder, as `articles/`.
    var articles: String { scratch.path + "/articles" }
    static let part2 = "changzhi-2025-livelihood-part2.txt"
    static let review = "changzhi-2025-year-in-review-4.txt"

    init() throws {
        scratch = try InputFileTests.Scratch()
        try FileManager.default.copyItem(atPath: Built.packageRoot + "/Samples", toPath: scratch.path + "/articles")
    }

    /// Runs zhibiao in the scratch folder (no rc file).
    func zhibiao(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, errors: String) {
        try ShellLoadTests.run(
            (arguments.first == "export" ? [] : ["--norc"]) + arguments, in: scratch.path, input: input)
    }

    /// Runs SQL with the sqlite3 command on a file of the scratch folder; returns its output.
    func sql(_ file: String, _ statements: String, options: [String] = []) throws -> String {
        let (status, output, errors) = try ExportScoreTests.run(
            Self.sqlite3!, options + [scratch.path + "/" + file, statements])
        #expect(status == 0, "\(errors)")
        return output
    }

    static let queries = ["show all", "trace deptjfwc:3", "find \"岗位\"", "check", "list docs", "compare employment"]

    @Test func aReopenedStoreAnswersAsExtractionDidWithoutExtracting() throws {
        let arguments = Self.queries.flatMap { ["-e", $0] }
        let extracted = try zhibiao(["--load", "articles"] + arguments)
        #expect(extracted.status == 0)
        let made = try zhibiao(["--db", "s.db", "--load", "articles"] + arguments)
        #expect(made.status == 0)
        #expect(made.errors == "")
        #expect(made.output == extracted.output)
        // With the articles gone, every answer can only come from the store's rows.
        try FileManager.default.moveItem(atPath: articles, toPath: scratch.path + "/elsewhere")
        let reopened = try zhibiao(["--db", "s.db"] + arguments)
        #expect(reopened.status == 0)
        #expect(reopened.output == extracted.output)
        #expect(reopened.errors == "note: articles is no longer there; its articles are kept as stored\n")
        #expect(reopened.output.contains("提供岗位【47.7万个】"))
        // Back in place and unchanged: opened without a word, nothing extracted.
        try FileManager.default.moveItem(atPath: scratch.path + "/elsewhere", toPath: articles)
        let again = try zhibiao(["--db", "s.db"] + arguments)
        #expect(again.errors == "")
        #expect(again.output == extracted.output)
        // What a replay needs is the store: `.save` writes its `.open`.
        #expect(try zhibiao(["--db", "s.db", "-e", "list years", "-e", ".save saved.zq"]).status == 0)
        #expect(try String(contentsOfFile: scratch.path + "/saved.zq", encoding: .utf8) == ".open s.db\nlist years\n")
    }

    /// A store of more documents than one core reads (two halves at once) answers as
    /// extraction does, every figure of every document.
    @Test func aLargerStoreReadInTwoHalvesAnswersAsExtractionDid() throws {
        _ = try writeVariants(100, in: "many")
        let last = DocumentKey(articleText: Self.variant(99))
        let arguments = ["--format", "csv", "-e", "show all", "-e", "list docs", "-e", "trace \(last):5"]
        let extracted = try zhibiao(["--load", "many"] + arguments)
        #expect(extracted.status == 0)
        #expect(try zhibiao(["--db", "s.db", "--load", "many", "-e", "list years"]).status == 0)
        try FileManager.default.moveItem(atPath: scratch.path + "/many", toPath: scratch.path + "/elsewhere")
        let reopened = try zhibiao(["--db", "s.db"] + arguments)
        #expect(reopened.output == extracted.output)
        #expect(reopened.errors == "note: many is no longer there; its articles are kept as stored\n")
        // Folders are read in name order: article-99.txt is the hundredth document.
        #expect(reopened.output.contains("\n100,\(last),article-99.txt,2025,"))
        #expect(reopened.output.contains("\(last):5,"))
    }

    @Test func anArticleOfAnotherExtractorVersionIsExtractedAgain() throws {
        #expect(try zhibiao(["--db", "s.db", "--load", "articles", "-e", "list docs"]).status == 0)
        let version = try sql("s.db", "SELECT DISTINCT extractor_version FROM documents").trimmingCharacters(
            in: .newlines)
        // The revision, then the data tables' hash in sixteen hex digits.
        let prefix = "\(ExtractorVersion.revision)-"
        #expect(version.hasPrefix(prefix) && version.count == prefix.count + 16)
        _ = try sql("s.db", "UPDATE documents SET extractor_version = '0-old' WHERE name = '\(Self.review)'")
        let reopened = try zhibiao(["--db", "s.db", "-e", "list docs"])
        #expect(reopened.status == 0)
        #expect(
            reopened.errors
                == "extracted again: articles/\(Self.review) (extracted by other rules (0-old, now \(version)))\n")
        #expect(try sql("s.db", "SELECT DISTINCT extractor_version FROM documents") == version + "\n")
        #expect(try zhibiao(["--db", "s.db", "-e", "list docs"]).errors == "")
    }

    @Test func aChangedArticleIsExtractedAgainAlone() throws {
        #expect(try zhibiao(["--db", "s.db", "--load", "articles", "-e", "list docs"]).status == 0)
        let before = try sql("s.db", "SELECT key FROM documents ORDER BY id")
        let file = articles + "/" + Self.part2
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try (text + "\n2025年全市新增普惠托位860个。\n").write(toFile: file, atomically: true, encoding: .utf8)
        let reopened = try zhibiao(["--db", "s.db", "-e", "show 普惠托位"])
        #expect(reopened.status == 0)
        #expect(reopened.errors == "extracted again: articles/\(Self.part2) (its text changed)\n")
        let key = DocumentKey(articleText: text + "\n2025年全市新增普惠托位860个。\n").text
        #expect(reopened.output.contains("\(key):27  新增普惠托位"))
        // The other article kept its rows and its key; the changed one its place.
        let after = try sql("s.db", "SELECT key FROM documents ORDER BY id").split(separator: "\n")
        #expect(after == [Substring(key), before.split(separator: "\n")[1]])
        #expect(try sql("s.db", "SELECT count(*) FROM observations WHERE id LIKE '\(key):%'") == "27\n")
    }

    @Test func aRemovedArticlesFiguresGoWithIt() throws {
        #expect(try zhibiao(["--db", "s.db", "--load", "articles", "-e", "list docs"]).status == 0)
        try FileManager.default.removeItem(atPath: articles + "/" + Self.review)
        let reopened = try zhibiao(["--db", "s.db", "--format", "csv", "-e", "list docs"])
        #expect(reopened.status == 0)
        #expect(reopened.errors == "removed: articles/\(Self.review) (its file is gone; 30 observations)\n")
        #expect(
            reopened.output == "doc,key,name,year,sentences,observations\n1,deptjfwc,\(Self.part2),2025,85,26\n")
        #expect(
            try sql(
                "s.db", "SELECT count(*) FROM documents; SELECT count(*) FROM observations; SELECT count(*) FROM lines")
                == "1\n26\n119\n")
    }

    @Test func filesThatAreNotStoresAreNamedWithTheirReason() throws {
        try scratch.write("notes.db", Array(String(repeating: "not a database, only text\n", count: 200).utf8))
        let text = try zhibiao(["--db", "notes.db", "-e", "list docs"])
        #expect(text.status == 3)
        #expect(text.errors == "zhibiao: notes.db: not a zhibiao store: file is not a database\n")
        #expect(text.output == "")

        _ = try sql("other.db", "CREATE TABLE t (x)")
        let other = try zhibiao(["--db", "other.db", "-e", "list docs"])
        #expect(other.status == 3)
        #expect(
            other.errors == "zhibiao: other.db: a SQLite database, but not a zhibiao store (it has no format_version)\n"
        )

        // A store whose pages past the first are overwritten.
        #expect(try zhibiao(["--db", "s.db", "--load", "articles", "-e", "list docs"]).status == 0)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: scratch.path + "/s.db"))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4096))
        try handle.close()
        let damaged = try zhibiao(["--db", "s.db", "-e", "list docs"])
        #expect(damaged.status == 3)
        #expect(damaged.errors == "zhibiao: s.db: the store is damaged: database disk image is malformed\n")

        let export = try zhibiao(["export", "--format", "sqlite", "notes.db", "articles"])
        #expect(export.status == 3)
        #expect(export.errors == "zhibiao: notes.db: not a zhibiao store: file is not a database\n")
    }

    @Test func theShellKeepsItsArticlesWhenAStoreCannotBeOpened() throws {
        try scratch.write("notes.db", Array(String(repeating: "not a database, only text\n", count: 200).utf8))
        let run = try zhibiao(
            ["--load", "articles", "--format", "csv"],
            input: ".open notes.db\nlist docs\n.open missing/s.db\nlist years\n")
        #expect(run.status == 1)
        #expect(
            run.errors
                == "error: notes.db: not a zhibiao store: file is not a database\n"
                + "error: missing/s.db: cannot open: unable to open database file\n")
        #expect(
            run.output
                == "doc,key,name,year,sentences,observations\n1,deptjfwc,\(Self.part2),2025,85,26\n"
                + "2,cppxbnyk,\(Self.review),2025,133,30\nyear,observations\n2025,56\n")
    }

    @Test func aScriptOpensAStoreAndLoadsIntoIt() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/one", withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            atPath: articles + "/" + Self.review, toPath: scratch.path + "/one/" + Self.review)
        try scratch.write(
            "make.zq",
            Array(".open s.db\n.load articles\nlist docs\n.load one\n.mode csv\nlist years\n.save saved.zq\n".utf8))
        let run = try zhibiao(["make.zq"])
        #expect(run.status == 0)
        #expect(
            run.errors
                == "zhibiao: no articles loaded (no Samples/ here): .load PATH in the shell, or start with --load PATH\n"
                + "opened s.db: 0 documents, 0 observations\nloaded 1 document, 26 observations; 1 document in all\n"
                + "loaded 1 document, 30 observations; 2 documents in all\nsaved 2 statements to saved.zq\n")
        #expect(run.output.hasSuffix("year,observations\n2025,56\n"))
        // A replay opens the store too.
        #expect(
            try String(contentsOfFile: scratch.path + "/saved.zq", encoding: .utf8)
                == ".open s.db\n.load articles\nlist docs\n.load one\n.mode csv\nlist years\n")
        // Reopened, both loads are there and looked through again.
        #expect(try sql("s.db", "SELECT path FROM loads ORDER BY position") == "articles\none\n")
        let reopened = try zhibiao(["--db", "s.db", "--format", "csv", "-e", "list years"])
        #expect(reopened.output == "year,observations\n2025,56\n")
        #expect(reopened.errors == "")
    }

    @Test func aNewerFormatIsRefusedAndAnOlderRebuilt() throws {
        #expect(try zhibiao(["--db", "s.db", "--load", "articles", "-e", "list docs"]).status == 0)
        _ = try sql("s.db", "UPDATE meta SET value = '99' WHERE key = 'format_version'")
        let newer = try zhibiao(["--db", "s.db", "-e", "list docs"])
        #expect(newer.status == 3)
        #expect(
            newer.errors
                == "zhibiao: s.db: store format 99 is newer than this zhibiao reads (format 1); "
                + "open it with a newer zhibiao, or make a new store\n")
        let shell = try zhibiao(["--load", "articles", "--format", "csv"], input: ".open s.db\nlist years\n")
        #expect(shell.errors.hasPrefix("error: s.db: store format 99 is newer than this zhibiao reads"))
        #expect(shell.output == "year,observations\n2025,56\n")

        _ = try sql("s.db", "UPDATE meta SET value = '0' WHERE key = 'format_version'")
        let older = try zhibiao(["--db", "s.db", "--format", "csv", "-e", "list years"])
        #expect(older.status == 0)
        #expect(
            older.errors == "note: s.db was a store of format 0; made again in format 1, its articles extracted again\n"
        )
        #expect(older.output == "year,observations\n2025,56\n")
        #expect(try sql("s.db", "SELECT value FROM meta WHERE key = 'format_version'") == "1\n")
    }

    /// `count` articles of distinct text, each a sample with a line of letters after it (no
    /// figure in it): each states the figures of its sample.
    func writeVariants(_ count: Int, in folder: String) throws -> [Int] {
        for i in 0..<count {
            try scratch.write("\(folder)/article-\(i).txt", Array(Self.variant(i).utf8))
        }
        return Built.samples.documents.indices.map { Built.samples.byDocument[$0]?.count ?? 0 }
    }

    /// The text of variant `i`: a sample and the number in letters (0 → a, 1 → b …), since
    /// digits would be read as a figure.
    static func variant(_ i: Int) -> String {
        let mark = String(String(i).unicodeScalars.map { Character(Unicode.Scalar($0.value + 49)!) })
        return Built.samples.documents[i % 2].text + "\n附记：" + mark + "\n"
    }

    @Test func aLoadKilledHalfWayLeavesAStoreThatOpens() throws {
        let count = 300
        let expected = try writeVariants(count, in: "big")
        let process = Process()
        process.executableURL = ExportScoreTests.binary
        process.arguments = ["--norc", "--db", "s.db", "--load", "big", "-e", "list years"]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed once some articles are written and before all are.
        var stored = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            // Read-only, quietly: before the tables are made there is nothing to count.
            let count = try ExportScoreTests.run(
                Self.sqlite3!, ["-readonly", scratch.path + "/s.db", "SELECT count(*) FROM documents"])
            stored = Int(count.1.trimmingCharacters(in: .newlines)) ?? 0
            if stored > 0 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(stored > 0 && stored < count, "\(stored) stored")
        #expect(try sql("s.db", "PRAGMA integrity_check") == "ok\n")
        // Each stored article whole: all its observations and lines.
        let whole = "(\(expected.map(String.init).joined(separator: ",")))"
        #expect(
            try sql(
                "s.db",
                "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM observations WHERE doc = d.id) NOT IN \(whole) "
                    + "OR (SELECT count(*) FROM lines WHERE doc = d.id) != d.lines") == "0\n")
        // Opened again, the load is finished: the rest are extracted, the stored ones are not.
        let reopened = try zhibiao(["--db", "s.db", "--format", "csv", "-e", "list years"])
        #expect(reopened.status == 0)
        #expect(reopened.errors == "")
        #expect(reopened.output == "year,observations\n2025,\(count / 2 * expected.reduce(0, +))\n")
        #expect(try sql("s.db", "PRAGMA integrity_check; SELECT count(*) FROM documents") == "ok\n\(count)\n")
        // The indexes a large load makes at its end are there, the killed load's included.
        #expect(
            try sql(
                "s.db",
                "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'observations%' ORDER BY name")
                == "observations_id\nobservations_indicator\nobservations_kind\nobservations_metric\n"
                + "observations_region\nobservations_sector_year\nobservations_year\n")
    }

    @Test func twoProcessesLoadingOneStoreBothGetIn() throws {
        let expected = try writeVariants(160, in: "both")
        for i in 0..<160 {
            let folder = i % 2 == 0 ? "a" : "b"
            try FileManager.default.createDirectory(
                atPath: scratch.path + "/" + folder, withIntermediateDirectories: true)
            try FileManager.default.moveItem(
                atPath: scratch.path + "/both/article-\(i).txt", toPath: scratch.path + "/\(folder)/article-\(i).txt")
        }
        var processes: [(Process, Pipe)] = []
        for folder in ["a", "b"] {
            let process = Process()
            process.executableURL = ExportScoreTests.binary
            process.arguments = ["--norc", "--db", "s.db", "--load", folder, "-e", "list years"]
            process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            processes.append((process, errors))
        }
        for (process, errors) in processes {
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(said)")
            #expect(said == "")
        }
        #expect(try sql("s.db", "PRAGMA integrity_check; SELECT count(*) FROM documents") == "ok\n160\n")
        let reopened = try zhibiao(["--db", "s.db", "--format", "csv", "-e", "list years"])
        #expect(reopened.errors == "")
        #expect(reopened.output == "year,observations\n2025,\(80 * expected.reduce(0, +))\n")
    }

    /// While another process holds the store's write lock, a reopening reads it at once (WAL)
    /// and a load waits for the lock, then writes.
    @Test func aStoreBeingWrittenIsReadAtOnceAndWrittenAfter() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/one", withIntermediateDirectories: true)
        try FileManager.default.moveItem(
            atPath: articles + "/" + Self.review, toPath: scratch.path + "/one/" + Self.review)
        #expect(try zhibiao(["--db", "s.db", "--load", "articles", "-e", "list years"]).status == 0)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: Self.sqlite3!)
        holder.arguments = [scratch.path + "/s.db"]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        input.fileHandleForWriting.write(
            Data("BEGIN IMMEDIATE;\nINSERT INTO meta VALUES ('held', '1');\n.system sleep 8\nROLLBACK;\n".utf8))
        try input.fileHandleForWriting.close()
        usleep(500_000)
        let started = Date()
        let read = try zhibiao(["--db", "s.db", "--format", "csv", "-e", "list years"])
        // Read while the writer still holds its lock (about 7.5 s from here: room for a machine
        // busy with other tests, which once took a 2.5 s bound and then a 4 s one), not after it.
        #expect(holder.isRunning)
        #expect(Date().timeIntervalSince(started) < 6)
        #expect(read.output == "year,observations\n2025,26\n")
        #expect(read.errors == "")
        let write = try zhibiao(["--db", "s.db", "--load", "one", "--format", "csv", "-e", "list years"])
        #expect(Date().timeIntervalSince(started) >= 7)
        #expect(write.status == 0)
        #expect(write.errors == "")
        #expect(write.output == "year,observations\n2025,56\n")
        holder.waitUntilExit()
        #expect(try sql("s.db", "PRAGMA integrity_check; SELECT count(*) FROM documents") == "ok\n2\n")
    }

    @Test func exportWritesAStoreOfEveryExportedField() throws {
        let export = try zhibiao(["export", "--format", "sqlite", "out.db", "articles"])
        #expect(export.status == 0)
        #expect(export.errors == "")
        #expect(export.output == "")
        let jsonl = try zhibiao(["export", "articles"]).output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        let rows = try sql(
            "out.db",
            "SELECT id, doc, line, sector, metric, indicator, unit, qualifier, kind, year, period, region, text, "
                + "mentions, sources FROM export ORDER BY doc, id", options: ["-json"])
        let stored = try JSONSerialization.jsonObject(with: Data(rows.utf8)) as! [[String: Any]]
        #expect(stored.count == jsonl.count)
        func line(_ record: [String: Any]) -> String {
            [
                "id", "doc", "line", "sector", "metric", "indicator", "unit", "qualifier", "kind", "year", "period",
                "region",
                "text", "mentions",
            ].map { "\(record[$0] ?? "nil")" }.joined(separator: "|")
        }
        #expect(Set(stored.map(line)) == Set(jsonl.map(line)))
        // Sources as the export gives them, a JSON array of names.
        let sources = Set(jsonl.map { "\($0["id"]!)=\(($0["sources"] as! [String]).joined(separator: ","))" })
        let storedSources = Set(
            try stored.map { row in
                let names = try JSONSerialization.jsonObject(with: Data((row["sources"] as! String).utf8)) as! [String]
                return "\(row["id"]!)=\(names.joined(separator: ","))"
            })
        #expect(storedSources == sources)
        // Run again over unchanged articles, it extracts nothing and says nothing.
        let again = try zhibiao(["export", "--format", "sqlite", "out.db", "articles"])
        #expect(again.status == 0 && again.errors == "")
    }

    /// The SQL examples of the README, each with the output shown there.
    static let readmeExamples: [(sql: String, output: String)] = [
        (
            "SELECT sector, count(*) AS figures FROM observations GROUP BY sector ORDER BY figures DESC, sector;",
            """
            employment|27
            childcare|9
            health|9
            eldercare|5
            income|4
            social-security|2

            """
        ),
        (
            """
            SELECT o.id, d.name, o.metric, o.value, o.unit FROM observations o JOIN documents d ON d.id = o.doc
            WHERE o.indicator = 'jobs-offered' ORDER BY o.value DESC;
            """,
            """
            cppxbnyk:14|changzhi-2025-year-in-review-4.txt|提供就业岗位|497000.0|个
            deptjfwc:3|changzhi-2025-livelihood-part2.txt|提供岗位|477000.0|个
            cppxbnyk:17|changzhi-2025-year-in-review-4.txt|征集就业岗位|3278.0|个

            """
        ),
        (
            """
            SELECT o.id, o.metric, m.line, substr(s.text, 1, 24) FROM observations o
            JOIN mentions m ON m.doc = o.doc AND m.observation = o.number
            JOIN sentences s ON s.doc = m.doc AND s.sentence = m.sentence
            WHERE o.sources LIKE '%,%' ORDER BY o.id, m.line;
            """,
            """
            cppxbnyk:16|发放一次性求职补贴|74|向2025届毕业生发放一次性求职补贴512.4万
            cppxbnyk:16|发放一次性求职补贴|180|向2025届毕业生发放一次性求职补贴512.4万
            cppxbnyk:16|发放一次性求职补贴|204|向2025届毕业生发放一次性求职补贴512.4万
            deptjfwc:12|发放一次性求职补贴|13|向2025届毕业生发放一次性求职补贴512.4万

            """
        ),
    ]

    @Test func theReadmeExamplesRunInTheSqlite3Shell() throws {
        let readme = try String(contentsOfFile: Built.packageRoot + "/README.md", encoding: .utf8)
        #expect(try zhibiao(["export", "--format", "sqlite", "samples.db", "articles"]).status == 0)
        for example in Self.readmeExamples {
            #expect(readme.contains("sqlite> " + example.sql.replacingOccurrences(of: "\n", with: "\n   ...> ")))
            let output = try sql("samples.db", example.sql)
            #expect(output == example.output)
            #expect(readme.contains(example.sql.replacingOccurrences(of: "\n", with: "\n   ...> ") + "\n" + output))
        }
    }
}

/// The sqlite3 command, where installed.
enum SQLiteCommand {
    static let path: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}
