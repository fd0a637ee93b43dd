import CSQLite

/// A read-only connection to the database the `sqlite3` command built, through the same
/// library (`libsqlite3.so.0`) that command links.
final class SQLiteDatabase {
    private var handle: OpaquePointer?

    init?(path: String) {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
    }

    deinit { sqlite3_close(handle) }

    /// Runs `sql` (one or more statements): prepares, steps every row and reads every column
    /// as text, as a client printing the rows would. Returns the number of rows.
    @discardableResult
    func run(_ sql: String) -> Int {
        var rows = 0
        var tail: UnsafePointer<CChar>?
        sql.withCString { start in
            var next: UnsafePointer<CChar>? = start
            while let current = next, current.pointee != 0 {
                var statement: OpaquePointer?
                guard sqlite3_prepare_v2(handle, current, -1, &statement, &tail) == SQLITE_OK else {
                    print("sqlite error: \(String(cString: sqlite3_errmsg(handle)))")
                    return
                }
                next = tail
                guard let statement else { continue }
                let columns = sqlite3_column_count(statement)
                var bytes = 0
                while sqlite3_step(statement) == SQLITE_ROW {
                    rows += 1
                    for c in 0..<columns {
                        _ = sqlite3_column_text(statement, c)
                        bytes += Int(sqlite3_column_bytes(statement, c))
                    }
                }
                sqlite3_finalize(statement)
                if bytes < 0 { print(bytes) }
            }
        }
        return rows
    }
}
