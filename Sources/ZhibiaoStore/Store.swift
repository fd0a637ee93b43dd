import CSQLite3
import Glibc
import ZhibiaoCore

/// Why a store could not be opened, read or written, naming the file.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, _ error: SQLiteError) {
        self.path = path
        switch error.code & 0xff {
        case SQLITE_NOTADB: reason = "not a zhibiao store: \(error.message)"
        case SQLITE_CORRUPT: reason = "the store is damaged: \(error.message)"
        case SQLITE_BUSY, SQLITE_LOCKED:
            reason = "the store is busy: another process is writing to it; try again when it is done"
        case SQLITE_READONLY: reason = "the store cannot be written: \(error.message)"
        default: reason = error.message
        }
    }
}

/// A persistent store: the documents of a graph with their lines and sentences, their
/// observations with every exported field, and their mentions, in one SQLite file (WAL).
/// Reopened, it fills a graph from its rows without extracting again (`fill`); `sync` brings it
/// up to date with the files it loaded.
public final class Store {
    /// The file as named.
    public let path: String
    let db: SQLiteConnection
    /// The format the file had when opened, if it was older and the store was rebuilt: its
    /// articles are then extracted again from the paths it had loaded.
    public private(set) var rebuiltFrom: Int?

    /// The format this zhibiao writes.
    public static var formatVersion: Int { StoreSchema.formatVersion }

    /// How long a write waits for another process's transaction before giving up.
    static let busyMilliseconds: Int32 = 10_000

    private init(path: String, db: SQLiteConnection) {
        self.path = path
        self.db = db
    }

    /// Opens the store at `path`, making it if the file does not exist or is empty. A file
    /// that is not SQLite, a damaged one, a SQLite database of something else and a store of a
    /// newer format are refused with the reason; a store of an older format is rebuilt.
    public static func open(_ path: String) throws(StoreError) -> Store {
        let db: SQLiteConnection
        do {
            db = try SQLiteConnection(path: path)
        } catch {
            throw StoreError(path: path, reason: "cannot open: \(error.message)")
        }
        db.setBusyTimeout(milliseconds: busyMilliseconds)
        let store = Store(path: path, db: db)
        do {
            try store.prepareSchema()
        } catch let error as StoreError {
            throw error
        } catch let error as SQLiteError {
            throw StoreError(path: path, error)
        } catch {
            throw StoreError(path: path, reason: "\(error)")
        }
        return store
    }

    /// Makes the tables of a new file, checks the format of an existing one, rebuilds an older.
    private func prepareSchema() throws {
        // Reading the schema is the first read of the file: a file that is not a database
        // fails here. Only a new file is written to: a store another process is loading is
        // read without waiting for it.
        var version = try db.transaction(writing: false) { () throws(SQLiteError) in try formatVersion() }
        if version == nil {
            // Two processes making one new store at once: the second, holding the lock after
            // the first, finds the tables made.
            version = try db.transaction { () throws(SQLiteError) -> Int? in
                guard let found = try formatVersion() else {
                    try create()
                    return StoreSchema.formatVersion
                }
                return found
            }
        }
        guard let version, version >= 0 else {
            throw StoreError(
                path: path, reason: "a SQLite database, but not a zhibiao store (it has no format_version)")
        }
        if version > StoreSchema.formatVersion {
            throw StoreError(
                path: path,
                reason:
                    "store format \(version) is newer than this zhibiao reads (format \(StoreSchema.formatVersion)); "
                    + "open it with a newer zhibiao, or make a new store")
        }
        try setJournal()
        try db.execute(StoreSchema.connection)
        if version < StoreSchema.formatVersion { try rebuild(from: version) }
        if try db.scalarText(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'observations%'")
            != String(StoreSchema.indexCount)
        {
            try db.transaction { () throws(SQLiteError) in try db.execute(StoreSchema.indexes) }
        }
    }

    /// The store's format: nil for a file without tables, -1 for tables without one.
    private func formatVersion() throws(SQLiteError) -> Int? {
        let tables = try db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        var names: Set<String> = []
        while try tables.step() { names.insert(tables.text(0)) }
        if names.isEmpty { return nil }
        guard names.contains("meta"),
            let found = try db.scalarText("SELECT value FROM meta WHERE key = 'format_version'")
        else { return -1 }
        return Int(found) ?? -1
    }

    /// WAL, so that readers never wait for a writer. The switch takes the file to itself for a
    /// moment; another process holding it is waited for.
    private func setJournal() throws(SQLiteError) {
        var attempts = 0
        while true {
            do throws(SQLiteError) {
                try db.execute(StoreSchema.pragmas)
                return
            } catch  where error.isBusy && attempts < 100 {
                attempts += 1
                usleep(50_000)
            }
        }
    }

    /// Makes the tables, inside the caller's transaction.
    private func create() throws(SQLiteError) {
        try db.execute(StoreSchema.tables)
        try db.execute(
            """
            INSERT INTO meta (key, value) VALUES
                ('format_version', '\(StoreSchema.formatVersion)'),
                ('application', 'zhibiao');
            """)
    }

    /// Drops the tables of an older format and makes the current ones, keeping the paths it
    /// had loaded, so that the update that follows opening extracts them again.
    private func rebuild(from version: Int) throws(SQLiteError) {
        var paths: [String] = []
        if let statement = try? db.prepare("SELECT path FROM loads ORDER BY position") {
            while (try? statement.step()) == true { paths.append(statement.text(0)) }
        }
        try db.transaction { () throws(SQLiteError) in
            let existing = try db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')")
            var drops: [String] = []
            while try existing.step() {
                let name = existing.text(1)
                guard !name.hasPrefix("sqlite_") else { continue }
                drops.append("DROP \(existing.text(0) == "view" ? "VIEW" : "TABLE") IF EXISTS \"\(name)\";")
            }
            // Views first: a view over a dropped table is an error.
            try db.execute(drops.sorted { $0.hasPrefix("DROP VIEW") && !$1.hasPrefix("DROP VIEW") }.joined())
            try create()
            let insert = try db.prepare("INSERT OR IGNORE INTO loads (path) VALUES (?1)")
            for path in paths {
                insert.bind(1, path)
                try insert.run()
            }
        }
        rebuiltFrom = version
    }

    /// The files and folders loaded into the store, in order.
    public func loadedPaths() throws(StoreError) -> [String] {
        do {
            return try storedLoads()
        } catch {
            throw StoreError(path: path, error)
        }
    }

    func storedLoads() throws(SQLiteError) -> [String] {
        let statement = try db.prepare("SELECT path FROM loads ORDER BY position")
        var paths: [String] = []
        while try statement.step() { paths.append(statement.text(0)) }
        return paths
    }

    /// How many documents the store holds.
    public func documentCount() throws(StoreError) -> Int {
        do {
            return Int(try db.scalarText("SELECT count(*) FROM documents") ?? "0") ?? 0
        } catch {
            throw StoreError(path: path, error)
        }
    }
}
