"""The scale figure 1 is read against: files decoded and searched for runs of digits by a
regular expression, nothing else. Files are read into memory first; a small corpus is searched
again and again until a second has passed, and the median of five such rounds is printed as
"MB/s runs-found", as zhibiao-bench times extraction.

With --once, the files are read, decoded and searched once and the number of runs printed:
a whole process to time from outside, as `zhibiao export` is timed.

usage: python3 Benchmarks/digits.py [--once] FILE...
"""
import re
import sys
import time

DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def search(data):
    found = 0
    for raw in data:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", "replace")
        found += sum(1 for _ in DIGITS.finditer(text))
    return found


def main(paths):
    data = [open(path, "rb").read() for path in paths]
    size = sum(len(raw) for raw in data)
    rounds = []
    for _ in range(5 if size < 20_000_000 else 1):
        passes, start = 0, time.perf_counter()
        while True:
            found = search(data)
            passes += 1
            if time.perf_counter() - start >= 1:
                break
        rounds.append(((time.perf_counter() - start) / passes, found))
    rounds.sort()
    seconds, found = rounds[len(rounds) // 2]
    print(f"{size / seconds / 1e6:.2f} {found}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--once"]:
        print(search(open(path, "rb").read() for path in sys.argv[2:]))
    else:
        main(sys.argv[1:])
