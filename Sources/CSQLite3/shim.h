#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast of -1 to a function pointer, which Swift cannot import: text
// bound through this wrapper is copied by SQLite before the call returns.
static inline int zhibiao_bind_text(sqlite3_stmt *statement, int index, const char *text, int length) {
    // An empty buffer may have no address; it is still text, not NULL.
    return sqlite3_bind_text(statement, index, text ? text : "", length, SQLITE_TRANSIENT);
}
