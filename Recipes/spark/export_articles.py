"""Extract every article of a folder with zhibiao under Apache Spark, writing JSON Lines partitions.

    spark-submit --master local[2] Recipes/spark/export_articles.py ARTICLES OUT
    python Recipes/spark/export_articles.py ARTICLES OUT            # local[2] without spark-submit

Each article (every *.txt under ARTICLES, as `zhibiao export ARTICLES` finds them) is read whole
by Spark and handed to zhibiao on standard input, named by its path below ARTICLES: by default
one `zhibiao export --framed -` per partition, each article framed as a line `LENGTH NAME` and
its bytes; with --per-file one `zhibiao export --format jsonl - --name NAME` per article. Either
way OUT/part-NNNNN hold, for each article, the records `zhibiao export` writes for that file
alone. An article zhibiao cannot read is named on standard error, its records are left out and
the job exits 3 once the rest are written, as zhibiao does.
"""

import argparse
import os
import shutil
import subprocess
import sys
import threading
import time
from urllib.parse import unquote, urlparse

from pyspark import AccumulatorParam
from pyspark.sql import SparkSession


class ListParam(AccumulatorParam):
    """Gathers the messages of the articles zhibiao could not read, from every task."""

    def zero(self, value):
        return []

    def addInPlace(self, first, second):
        first.extend(second)
        return first


def local_path(uri):
    """A file URI as Spark gives it (file:/a/b%20c.txt) as a plain path (/a/b c.txt)."""
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme in ("file", "") else uri


def article_name(row, root):
    """The name zhibiao gives an article: its path below the folder of articles."""
    path = local_path(row.path)
    return os.path.relpath(path, root) if path.startswith(root + os.sep) else path


def export_per_file(rows, zhibiao, root, counts, failures):
    """Runs `zhibiao export - --name NAME` once per article of a partition; yields its records."""
    for row in rows:
        name = article_name(row, root)
        counts["articles"].add(1)
        if not row.content:
            # Spark's file source leaves zero-length files out already; should one come, it is
            # passed over as `zhibiao export FOLDER` passes over an empty file (zhibiao export -
            # would take no bytes for a failed producer).
            sys.stderr.write(f"zhibiao: warning: {name}: empty file\n")
            continue
        done = subprocess.run(
            [zhibiao, "export", "--format", "jsonl", "-", "--name", name],
            input=bytes(row.content),
            capture_output=True,
        )
        messages = done.stderr.decode("utf-8", "replace")
        if done.returncode != 0:
            failures.add([f"{name}: exit {done.returncode}: {messages.strip()}"])
            continue
        if messages:
            # Warnings (invalid bytes replaced) go to the executor's log.
            sys.stderr.write(messages)
        lines = done.stdout.decode("utf-8").splitlines()
        counts["records"].add(len(lines))
        yield from lines


def export_framed(rows, zhibiao, root, counts, failures):
    """Runs one `zhibiao export --framed -` for a whole partition, each article framed as a
    line `LENGTH NAME` and its bytes; yields the records, which are those of one run per article."""
    process = subprocess.Popen(
        [zhibiao, "export", "--framed", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    articles = [0]
    refused = []

    def feed():
        # On a thread of its own: zhibiao writes records while it reads, and a full pipe on
        # either side would otherwise stop both.
        try:
            for row in rows:
                name = article_name(row, root)
                articles[0] += 1
                if "\n" in name:
                    refused.append(f"{name!r}: a name with a newline cannot be framed")
                    continue
                content = bytes(row.content)
                process.stdin.write(f"{len(content)} {name}\n".encode("utf-8") + content)
        except BrokenPipeError:
            pass
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    errors = []
    feeder = threading.Thread(target=feed)
    drainer = threading.Thread(target=lambda: errors.append(process.stderr.read()))
    feeder.start()
    drainer.start()
    records = 0
    for line in process.stdout:
        records += 1
        yield line.decode("utf-8").rstrip("\n")
    feeder.join()
    drainer.join()
    status = process.wait()
    counts["articles"].add(articles[0])
    counts["records"].add(records)
    messages = errors[0].decode("utf-8", "replace") if errors else ""
    problems = [m for m in messages.splitlines() if m and not m.startswith("zhibiao: warning: ")]
    if messages:
        sys.stderr.write(messages)
    if refused or problems or status != 0:
        failures.add(refused + problems + ([f"zhibiao exited {status}"] if status not in (0, 3) else []))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", help="folder of articles (*.txt, searched recursively)")
    parser.add_argument("out", help="folder for the JSON Lines partitions (must not exist)")
    parser.add_argument(
        "--zhibiao",
        default=os.environ.get("ZHIBIAO", shutil.which("zhibiao") or "zhibiao"),
        help="the zhibiao binary, at the same path on every worker (default: $ZHIBIAO or zhibiao on PATH)",
    )
    parser.add_argument(
        "--partitions",
        type=int,
        default=0,
        help="output partitions, each one task (default: 4 per core Spark has)",
    )
    parser.add_argument(
        "--per-file",
        action="store_true",
        help="start zhibiao once per article (export - --name) rather than once per partition (--framed)",
    )
    parser.add_argument(
        "--master", default=None, help="Spark master when not run by spark-submit (default: local[2])"
    )
    args = parser.parse_args()

    # A local or shared folder is checked here; on HDFS or S3 (a URI) Spark says what is wrong,
    # and an article is named by its whole URI (its doc, the last part, is the same).
    remote = "://" in args.articles
    root = args.articles.rstrip("/") if remote else os.path.abspath(args.articles).rstrip(os.sep)
    if not remote and not os.path.isdir(root):
        sys.exit(f"export_articles: {args.articles}: not a folder")
    if "://" not in args.out and os.path.exists(args.out):
        sys.exit(f"export_articles: {args.out}: already exists; give a new folder")

    builder = SparkSession.builder.appName("zhibiao export")
    # spark-submit starts the JVM first and says where (PYSPARK_GATEWAY_PORT): its --master
    # holds then. Run by python alone, the job runs on local[2] unless told otherwise.
    if args.master or "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.master(args.master or "local[2]")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    partitions = args.partitions or 4 * sc.defaultParallelism

    counts = {"articles": sc.accumulator(0), "records": sc.accumulator(0)}
    failures = sc.accumulator([], ListParam())
    started = time.monotonic()
    # binaryFile reads each file whole (path, length, content); zhibiao, not Spark, decodes it,
    # so GB18030 and UTF-16 articles read as they do with zhibiao alone. Coalescing without a
    # shuffle makes each task read many small files, and each output partition one file.
    articles = (
        spark.read.format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.txt")
        .load(root)
        .select("path", "content")
        .coalesce(partitions)
    )
    zhibiao, counts_, failures_ = args.zhibiao, counts, failures
    export = export_per_file if args.per_file else export_framed
    records = articles.rdd.mapPartitions(lambda rows: export(rows, zhibiao, root, counts_, failures_))
    records.saveAsTextFile(args.out)
    elapsed = time.monotonic() - started

    for message in failures.value:
        print(f"export_articles: {message}", file=sys.stderr)
    articles_read = counts["articles"].value
    print(
        f"export_articles: {articles_read} articles, {counts['records'].value} records in {elapsed:.1f} s "
        f"({articles_read / elapsed:.0f} articles/s) to {args.out}, {len(failures.value)} not read",
        file=sys.stderr,
    )
    spark.stop()
    sys.exit(3 if failures.value else 0)


if __name__ == "__main__":
    main()
