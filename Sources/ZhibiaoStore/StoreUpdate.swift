import ZhibiaoCore

#if canImport(Glibc)
    import Glibc
#endif

/// What bringing a store up to date did: the articles extracted (new ones in `load`), those
/// extracted again and why, those removed with their files, and loaded paths no longer there.
public struct StoreUpdate: Sendable {
    /// New articles added, files that could not be read, duplicates skipped.
    public var load = LoadReport()
    /// Stored articles extracted again, with the reason (`its text changed`).
    public var reextracted: [(path: String, reason: String)] = []
    /// Stored articles whose files are gone, with the number of observations they had.
    public var removed: [(path: String, observations: Int)] = []
    /// Loaded files and folders that no longer exist: their articles are kept as stored.
    public var missingPaths: [String] = []
    /// Whether the load was cut short (Ctrl-C): what was done is stored.
    public var interrupted = false

    /// How many articles were extracted (new and again).
    public var extracted: Int { load.documentsAdded + reextracted.count }
}

/// Between chunks of a load: progress to show, and whether to stop.
public struct StoreProgress {
    public var report: (_ done: Int, _ total: Int, _ path: String) -> Void
    public var isCancelled: () -> Bool

    public init(
        report: @escaping (_ done: Int, _ total: Int, _ path: String) -> Void = { _, _, _ in },
        isCancelled: @escaping () -> Bool = { false }
    ) {
        self.report = report
        self.isCancelled = isCancelled
    }
}

extension Store {
    /// A stored document, as an update compares it with its file.
    private struct StoredDocument {
        var id: Int
        var path: String
        var root: String
        var contentHash: String
        var version: String
    }

    /// An article to extract: its file, the loaded path it was found in, its content hash, and
    /// the stored document it replaces.
    private struct Work {
        var path: String
        var root: String
        var contentHash: String
        var replaces: StoredDocument?
        var reason: String
    }

    /// Brings the store and `graph` (which holds the store's documents, in order) up to date:
    /// looks through the paths loaded before and `adding` (recorded as loaded); extracts new
    /// articles and those whose content hash or extractor version changed, and only those;
    /// removes the articles whose files are gone from a folder or file that is still there.
    /// Each article is written in a transaction of its own: a load killed half way leaves each
    /// article as it was or as it is now. `replacing` first empties the store.
    public func update(
        _ graph: IndicatorGraph, adding: [String], replacing: Bool = false, chunk: Int = Loader.processorCount * 32,
        progress: StoreProgress = StoreProgress()
    ) throws(StoreError) -> StoreUpdate {
        do {
            return try updateRows(graph, adding: adding, replacing: replacing, chunk: chunk, progress: progress)
        } catch {
            throw StoreError(path: path, error)
        }
    }

    private func updateRows(
        _ graph: IndicatorGraph, adding: [String], replacing: Bool, chunk: Int, progress: StoreProgress
    ) throws(SQLiteError) -> StoreUpdate {
        var update = StoreUpdate()
        let version = ExtractorVersion.current
        let writer = try StoreWriter(db)
        if replacing {
            try db.transaction { () throws(SQLiteError) in
                try db.execute(
                    "DELETE FROM mentions; DELETE FROM observations; DELETE FROM sentences; DELETE FROM lines; "
                        + "DELETE FROM documents; DELETE FROM loads;")
            }
            graph.removeAll()
        }
        var stored: [StoredDocument] = []
        let rows = try db.prepare(
            "SELECT id, path, root, content_hash, extractor_version FROM documents ORDER BY id")
        while try rows.step() {
            stored.append(
                StoredDocument(
                    id: rows.int(0), path: rows.text(1), root: rows.text(2), contentHash: rows.text(3),
                    version: rows.text(4)))
        }
        let storedByPath = Dictionary(stored.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var pathByHash = Dictionary(stored.map { ($0.contentHash, $0.path) }, uniquingKeysWith: { first, _ in first })

        // The paths to look through: those loaded before, then the new ones, recorded first so
        // that a load cut short is finished by the next opening.
        var roots = try storedLoads()
        let known = Set(roots)
        let added = adding.filter { !known.contains($0) }
        if !added.isEmpty {
            try db.transaction { () throws(SQLiteError) in
                let insert = try db.prepare("INSERT OR IGNORE INTO loads (path) VALUES (?1)")
                for path in added {
                    insert.bind(1, path)
                    try insert.run()
                }
            }
        }
        roots += added
        let named = Set(adding)

        var work: [Work] = []
        var seen: Set<String> = []
        var scanned: Set<String> = []
        for root in roots {
            var info = stat()
            guard stat(root, &info) == 0 else {
                if named.contains(root) {
                    update.load.errors += SourceFiles.expand([root]).errors
                } else {
                    update.missingPaths.append(root)
                }
                continue
            }
            scanned.insert(root)
            let (files, errors) = SourceFiles.expand([root])
            update.load.errors += errors
            for file in files where seen.insert(file).inserted {
                let hash: String
                do {
                    let bytes = try SourceFiles.read(file)
                    hash = bytes.withUnsafeBufferPointer { ContentHash.of($0) }
                } catch {
                    update.load.errors.append(error)
                    continue
                }
                if let old = storedByPath[file] {
                    if old.contentHash != hash {
                        work.append(
                            Work(
                                path: file, root: old.root, contentHash: hash, replaces: old, reason: "its text changed"
                            ))
                    } else if old.version != version {
                        work.append(
                            Work(
                                path: file, root: old.root, contentHash: hash, replaces: old,
                                reason: "extracted by other rules (\(old.version), now \(version))"))
                    }
                } else if let same = pathByHash[hash] {
                    if named.contains(root) {
                        update.load.warnings.append(
                            InputError(path: file, reason: "same text as \(same), already loaded; skipped"))
                    }
                } else {
                    pathByHash[hash] = file
                    work.append(Work(path: file, root: root, contentHash: hash, replaces: nil, reason: ""))
                }
            }
        }
        let removed = stored.filter { scanned.contains($0.root) && !seen.contains($0.path) }

        // A large load writes its rows first and sorts them into the indexes once at the end.
        let bulk = work.count >= Self.bulkArticles
        if bulk { try db.transaction { () throws(SQLiteError) in try db.execute(StoreSchema.dropIndexes) } }
        if work.allSatisfy({ $0.replaces == nil }) && removed.isEmpty {
            try append(
                work, to: graph, writer: writer, version: version, chunk: chunk, progress: progress, update: &update)
        } else {
            try rebuild(
                graph, work: work, removed: removed, stored: stored, writer: writer, version: version, chunk: chunk,
                progress: progress, update: &update)
        }
        if bulk { try db.transaction { () throws(SQLiteError) in try db.execute(StoreSchema.indexes) } }
        if update.extracted > 0 || !update.removed.isEmpty { try refreshSources(graph) }
        return update
    }

    /// From how many articles to extract a load drops the indexes while it writes.
    static let bulkArticles = 256

    /// Extracts a chunk of articles on all cores into a graph of their own.
    private func extract(_ part: ArraySlice<Work>, update: inout StoreUpdate) -> IndicatorGraph {
        let scratch = IndicatorGraph()
        let report = Loader().load(part.map(\.path), into: scratch, compacting: false)
        update.load.errors += report.errors
        update.load.warnings += report.warnings
        return scratch
    }

    /// New articles only: extracted a chunk at a time, each added to the graph and written in
    /// its own transaction as soon as its chunk is read.
    private func append(
        _ work: [Work], to graph: IndicatorGraph, writer: StoreWriter, version: String, chunk: Int,
        progress: StoreProgress, update: inout StoreUpdate
    ) throws(SQLiteError) {
        var start = 0
        while start < work.count {
            if progress.isCancelled() {
                update.interrupted = true
                update.load.warnings.append(
                    InputError(
                        path: work[start].path,
                        reason: "loading interrupted; \(start) of \(work.count) files loaded"))
                break
            }
            let part = work[start..<min(work.count, start + chunk)]
            progress.report(start + part.count, work.count, part.first!.path)
            let scratch = extract(part, update: &update)
            let byPath = Dictionary(part.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            for (offset, document) in scratch.documents.enumerated() {
                guard let item = byPath[document.path] else { continue }
                if let copy = graph.alreadyHolds(document) {
                    update.load.warnings.append(copy)
                    continue
                }
                let index = graph.documents.count
                let observations = (scratch.byDocument[offset] ?? []).map {
                    scratch.observations[$0].moved(toDocument: index)
                }
                graph.add(document, observations: observations)
                try storeDocument(at: index, of: graph, item, writer: writer, version: version)
                update.load.documentsAdded += 1
                update.load.observationsAdded += observations.count
            }
            start += part.count
        }
        graph.compact()
    }

    /// Changed or removed articles: everything to extract is read first, then the graph is
    /// made again in the stored order (changed articles in their places, new ones after) and
    /// the store's rows follow it, an article a transaction.
    private func rebuild(
        _ graph: IndicatorGraph, work: [Work], removed: [StoredDocument], stored: [StoredDocument],
        writer: StoreWriter, version: String, chunk: Int, progress: StoreProgress, update: inout StoreUpdate
    ) throws(SQLiteError) {
        var fresh: [String: (Document, [Observation])] = [:]
        var start = 0
        while start < work.count {
            if progress.isCancelled() {
                update.interrupted = true
                break
            }
            let part = work[start..<min(work.count, start + chunk)]
            progress.report(start + part.count, work.count, part.first!.path)
            let scratch = extract(part, update: &update)
            for (offset, document) in scratch.documents.enumerated() {
                fresh[document.path] = (document, (scratch.byDocument[offset] ?? []).map { scratch.observations[$0] })
            }
            start += part.count
        }
        // The graph's own documents, by path: those neither changed nor removed are kept as
        // they are, without extracting them.
        let replaced = Set(work.compactMap { fresh[$0.path] != nil ? $0.replaces?.path : nil })
        let gone = Set(removed.map(\.path))
        let made = IndicatorGraph()
        func add(_ document: Document, _ observations: [Observation]) {
            let index = made.documents.count
            made.add(document, observations: observations.map { $0.moved(toDocument: index) })
        }
        for index in graph.documents.indices {
            let document = graph.documents[index]
            if gone.contains(document.path) { continue }
            if replaced.contains(document.path), let (newer, observations) = fresh[document.path] {
                add(newer, observations)
            } else {
                add(document, (graph.byDocument[index] ?? []).map { graph.observations[$0] })
            }
        }
        var newItems: [Work] = []
        for item in work where item.replaces == nil {
            guard let (document, observations) = fresh[item.path] else { continue }
            if let copy = made.alreadyHolds(document) {
                update.load.warnings.append(copy)
                continue
            }
            add(document, observations)
            newItems.append(item)
            update.load.documentsAdded += 1
            update.load.observationsAdded += observations.count
        }
        made.compact()
        graph.replaceContents(with: made)

        var indexByPath: [String: Int] = [:]
        for (index, document) in graph.documents.enumerated() { indexByPath[document.path] = index }
        for item in work {
            guard let index = indexByPath[item.path], fresh[item.path] != nil else { continue }
            if let old = item.replaces {
                try db.transaction { () throws(SQLiteError) in
                    try writer.delete(id: old.id)
                    try writer.write(
                        id: old.id, index: index, of: graph, root: item.root, contentHash: item.contentHash,
                        version: version, db: db)
                }
                update.reextracted.append((item.path, item.reason))
            } else if newItems.contains(where: { $0.path == item.path }) {
                try storeDocument(at: index, of: graph, item, writer: writer, version: version)
            }
        }
        let counts = try observationCounts()
        for document in removed {
            try db.transaction { () throws(SQLiteError) in try writer.delete(id: document.id) }
            update.removed.append((document.path, counts[document.id] ?? 0))
        }
    }

    /// Writes a new article in a transaction of its own. A row another process wrote for the
    /// same file meanwhile is replaced.
    private func storeDocument(
        at index: Int, of graph: IndicatorGraph, _ item: Work, writer: StoreWriter, version: String
    ) throws(SQLiteError) {
        try db.transaction { () throws(SQLiteError) in
            let existing = try db.prepare("SELECT id FROM documents WHERE path = ?1")
            existing.bind(1, item.path)
            if try existing.step() { try writer.delete(id: existing.int(0)) }
            try writer.write(
                id: nil, index: index, of: graph, root: item.root, contentHash: item.contentHash, version: version,
                db: db)
        }
    }

    private func observationCounts() throws(SQLiteError) -> [Int: Int] {
        let statement = try db.prepare("SELECT doc, count(*) FROM observations GROUP BY doc")
        var counts: [Int: Int] = [:]
        while try statement.step() { counts[statement.int(0)] = statement.int(1) }
        return counts
    }

    /// Sets each observation's `sources` to every document stating its fact, as the graph now
    /// knows them: only the rows whose list changed are written, in one transaction.
    func refreshSources(_ graph: IndicatorGraph) throws(SQLiteError) {
        try db.transaction { () throws(SQLiteError) in
            let ids = try db.prepare("SELECT id, path FROM documents")
            var idByPath: [String: Int] = [:]
            while try ids.step() { idByPath[ids.text(1)] = ids.int(0) }
            struct Row: Hashable {
                var doc: Int
                var number: Int
            }
            var wanted: [Row: String] = [:]
            for position in graph.observations.indices where graph.isStatedElsewhere(position) {
                let observation = graph.observations[position]
                guard let doc = idByPath[graph.documents[observation.document].path] else { continue }
                wanted[Row(doc: doc, number: observation.id.number)] = StoreWriter.jsonArray(
                    ObservationExport.sources(of: observation, graph: graph, at: position))
            }
            // Rows that name several sources now: kept if still right, else set to their own.
            let shared = try db.prepare(
                "SELECT o.doc, o.number, o.sources, d.name FROM observations o JOIN documents d ON d.id = o.doc "
                    + "WHERE o.sources LIKE '[%,%]'")
            let set = try db.prepare("UPDATE observations SET sources = ?3 WHERE doc = ?1 AND number = ?2")
            var changes: [(Row, String)] = []
            while try shared.step() {
                let row = Row(doc: shared.int(0), number: shared.int(1))
                let now = shared.text(2)
                if let list = wanted.removeValue(forKey: row) {
                    if list != now { changes.append((row, list)) }
                } else {
                    changes.append((row, StoreWriter.jsonArray([shared.text(3)])))
                }
            }
            changes += wanted.map { ($0.key, $0.value) }
            for (row, list) in changes {
                set.bind(1, row.doc)
                set.bind(2, row.number)
                set.bind(3, list)
                try set.run()
            }
        }
    }
}
