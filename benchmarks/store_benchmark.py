"""rdflib against pyoxigraph on one of our graphs: load time and the time of each saved query.

    .venv/bin/python benchmarks/store_benchmark.py output/graph.ttl [--scale 50] [--repeat 5]

`--scale N` also measures a graph N times as large: N copies of the graph whose
node IRIs are renamed per copy (written as N-Triples to a temporary folder).
Times are the median of `--repeat` runs, after one warm-up run.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

from rdflib import Graph

from kg.export.formats import format_of
from kg.query.saved import saved_queries
from kg.query.store import execute, load
from kg.resolve.iris import DEFAULT_BASE


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def scaled_copy(path: Path, copies: int, folder: Path) -> Path:
    lines = Graph().parse(path, format=format_of(path).rdflib_name).serialize(format="nt").splitlines()
    out = folder / f"{path.stem}-x{copies}.nt"
    with out.open("w", encoding="utf-8") as handle:
        for copy in range(copies):
            renamed = DEFAULT_BASE + f"copy{copy}/"
            handle.writelines(line.replace(DEFAULT_BASE, renamed) + "\n" for line in lines if line)
    return out


def measure(path: Path, repeat: int) -> list[tuple[str, float, float, int]]:
    """(what, rdflib seconds, pyoxigraph seconds, rows) for loading and each saved query."""
    rdflib_format = format_of(path).rdflib_name
    graph = Graph().parse(path, format=rdflib_format)
    loaded = load(path)
    rows = [("load", median_seconds(lambda: Graph().parse(path, format=rdflib_format), repeat),
             median_seconds(lambda: load(path), repeat), len(graph))]
    for saved in saved_queries().values():
        text = saved.text
        count = len(list(graph.query(text)))
        if count != len(list(execute(loaded, text))):
            raise SystemExit(f"{saved.name}: rdflib and pyoxigraph disagree on the number of rows")
        rows.append((saved.name, median_seconds(lambda: list(graph.query(text)), repeat),
                     median_seconds(lambda: list(execute(loaded, text)), repeat), count))
    return rows


def report(path: Path, rows: list[tuple[str, float, float, int]]) -> str:
    lines = [f"{path.name}: {rows[0][3]} triples", "",
             "| operation | rows | rdflib | pyoxigraph | speed-up |", "|---|---:|---:|---:|---:|"]
    for what, slow, fast, count in rows:
        lines.append(f"| {what} | {count if what != 'load' else ''} | {slow * 1000:.1f} ms | {fast * 1000:.2f} ms "
                     f"| {slow / fast:.0f}× |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph", type=Path, help="a graph file written by kg build")
    ap.add_argument("--scale", type=int, default=0, metavar="N", help="also measure a graph N times as large")
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement (default: 5)")
    args = ap.parse_args()
    print(report(args.graph, measure(args.graph, args.repeat)))
    if args.scale > 1:
        with tempfile.TemporaryDirectory() as folder:
            big = scaled_copy(args.graph, args.scale, Path(folder))
            print()
            print(report(big, measure(big, args.repeat)))


if __name__ == "__main__":
    main()
