/// The tables of a store, as people read them with `sqlite3` (README, "The store"), and the
/// format version that says which tables a file holds.
enum StoreSchema {
    /// Raised whenever a table or column changes: a store of a newer format is refused, one of
    /// an older format is rebuilt from the articles it loaded.
    static let formatVersion = 1

    /// Set once, when the file is made: the page size cannot change after the first table.
    static let pragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        """

    static let tables = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        -- The files and folders loaded into the store, in order: each opening looks in them for
        -- new, changed and removed articles.
        CREATE TABLE loads (
            position INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,               -- order of loading
            key TEXT NOT NULL UNIQUE,             -- what its observation ids begin with
            name TEXT NOT NULL,
            path TEXT NOT NULL UNIQUE,
            root TEXT NOT NULL,                   -- the loaded file or folder it was found in
            content_hash TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            year INTEGER,
            region TEXT,
            paragraphs INTEGER NOT NULL,
            lines INTEGER NOT NULL
        );
        CREATE TABLE lines (
            doc INTEGER NOT NULL,
            line INTEGER NOT NULL,                -- 1-based
            text TEXT NOT NULL,
            PRIMARY KEY (doc, line)
        ) WITHOUT ROWID;
        CREATE TABLE sentences (
            doc INTEGER NOT NULL,
            sentence INTEGER NOT NULL,            -- 0-based, in the article's order
            line INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (doc, sentence)
        ) WITHOUT ROWID;
        CREATE TABLE observations (
            doc INTEGER NOT NULL,
            number INTEGER NOT NULL,              -- 14 of kmqxbtea:14
            id TEXT NOT NULL,
            line INTEGER,                         -- of the first mention
            sector TEXT NOT NULL,
            metric TEXT NOT NULL,
            indicator TEXT,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            qualifier TEXT,
            kind TEXT NOT NULL,
            year INTEGER,
            period TEXT,
            region TEXT,
            growth_of TEXT,                       -- the id of the figure a growth rate is of
            mentions INTEGER NOT NULL,
            sources TEXT NOT NULL,                -- JSON array of the documents stating the figure
            PRIMARY KEY (doc, number)
        ) WITHOUT ROWID;
        CREATE TABLE mentions (
            doc INTEGER NOT NULL,
            observation INTEGER NOT NULL,         -- observations.number
            mention INTEGER NOT NULL,             -- 0 is the first
            sentence INTEGER NOT NULL,
            line INTEGER NOT NULL,
            figure_start INTEGER NOT NULL,        -- UTF-8 offsets of the figure in the sentence
            figure_end INTEGER NOT NULL,
            PRIMARY KEY (doc, observation, mention)
        ) WITHOUT ROWID;
        -- Each observation as `zhibiao export --format jsonl` writes it.
        CREATE VIEW export AS
            SELECT o.id, d.name AS doc, o.line, o.sector, o.metric, o.indicator, o.value, o.unit, o.qualifier,
                o.kind, o.year, o.period, o.region, s.text, o.mentions, o.sources
            FROM observations o
            JOIN documents d ON d.id = o.doc
            LEFT JOIN mentions m ON m.doc = o.doc AND m.observation = o.number AND m.mention = 0
            LEFT JOIN sentences s ON s.doc = m.doc AND s.sentence = m.sentence;
        """

    /// The indexes of the statement shapes. A large load drops them and makes them again at its
    /// end (sorting once is many times faster than inserting into each at random); opening a
    /// store makes any that a load killed half way left out.
    static let indexes = """
        CREATE UNIQUE INDEX IF NOT EXISTS observations_id ON observations (id);
        CREATE INDEX IF NOT EXISTS observations_indicator ON observations (indicator, year);
        CREATE INDEX IF NOT EXISTS observations_metric ON observations (metric);
        CREATE INDEX IF NOT EXISTS observations_sector_year ON observations (sector, year);
        CREATE INDEX IF NOT EXISTS observations_region ON observations (region, year);
        CREATE INDEX IF NOT EXISTS observations_year ON observations (year);
        CREATE INDEX IF NOT EXISTS observations_kind ON observations (kind);
        """

    /// How many indexes `indexes` makes: fewer on opening means a load left them out.
    static let indexCount = 7

    static let dropIndexes = """
        DROP INDEX IF EXISTS observations_id;
        DROP INDEX IF EXISTS observations_indicator;
        DROP INDEX IF EXISTS observations_metric;
        DROP INDEX IF EXISTS observations_sector_year;
        DROP INDEX IF EXISTS observations_region;
        DROP INDEX IF EXISTS observations_year;
        DROP INDEX IF EXISTS observations_kind;
        """

    /// Per connection: a page cache large enough for a load's indexes, and checkpoints of the
    /// WAL every 40 MB rather than every 4 MB.
    static let connection = """
        PRAGMA cache_size = -131072;
        PRAGMA wal_autocheckpoint = 10000;
        PRAGMA temp_store = MEMORY;
        """

    /// Every table and view, for a rebuild.
    static let names = [
        ("view", "export"), ("table", "mentions"), ("table", "observations"), ("table", "sentences"),
        ("table", "lines"), ("table", "documents"), ("table", "loads"), ("table", "meta"),
    ]
}
