"""Answers compare.sql with DuckDB over the JSON Lines partitions export_articles.py wrote.

    python Recipes/spark/compare.py OUT [SQL-FILE]

Prints the answer and, on standard error, how long DuckDB took (reading the partitions included).
"""

import pathlib
import sys
import time
import unicodedata

import duckdb

# The export's keys and types (format 3), given rather than guessed from a sample of the rows.
COLUMNS = {
    "id": "VARCHAR", "doc": "VARCHAR", "line": "INTEGER", "sector": "VARCHAR", "metric": "VARCHAR",
    "indicator": "VARCHAR", "value": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR",
    "kind": "VARCHAR", "year": "INTEGER", "period": "VARCHAR", "region": "VARCHAR", "text": "VARCHAR",
    "mentions": "INTEGER", "sources": "VARCHAR[]", "format": "INTEGER",
}


def width(text):
    """Columns a terminal gives text: two for a CJK character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.strip().split("\n\n")[1].strip())
    out = pathlib.Path(sys.argv[1])
    sql_file = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else pathlib.Path(__file__).with_name("compare.sql")
    if not list(out.glob("part-*")):
        sys.exit(f"compare: {out}: no part-* files (run export_articles.py first)")
    pattern = str(out / "part-*").replace("'", "''")
    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in COLUMNS.items()) + "}"
    con = duckdb.connect()
    started = time.monotonic()
    con.execute(
        f"CREATE VIEW records AS SELECT * FROM read_json('{pattern}', "
        f"format = 'newline_delimited', columns = {columns})"
    )
    answer = con.sql(sql_file.read_text())
    rows = answer.fetchall()
    elapsed = time.monotonic() - started
    names = answer.columns
    table = [names] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(width(r[i]) for r in table) for i in range(len(names))]
    for r in table:
        print("  ".join(c + " " * (w - width(c)) for c, w in zip(r, widths)).rstrip())
    print(f"compare: {len(rows)} rows in {elapsed * 1000:.0f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
