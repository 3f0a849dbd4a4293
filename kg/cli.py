"""The `kg` command: build a graph from text files, query it with SPARQL."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.build import DEMO_CORPUS, BuildError, build
from kg.distributed import SchedulerError
from kg.query import QueryError, format_result, load_graph, query_text, run_query
from kg.rdf import DEFAULT_BASE
from kg.read import InputError
from kg.rules import RulesError


def _warn(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    if args.update and not args.paths:
        raise InputError("--update needs the files or folders to add")
    paths = args.paths or [DEMO_CORPUS]
    result = build(paths, args.update or args.output, rules_dirs=args.rules, base=args.base,
                   min_confidence=args.min_confidence, strict=args.strict, warn=_warn, workers=args.workers,
                   scheduler=args.scheduler, ntriples=args.ntriples, update=args.update is not None)
    added = f" (now {result.graph_documents} in the graph)" if args.update else ""
    print(f"built {result.documents} document(s){added}: {result.entities} entities, "
          f"{result.statements} relation statements, {result.triples} triples")
    for path in result.outputs:
        print(f"wrote {path}")
    if result.skipped:
        _warn(f"{len(result.skipped)} file(s) skipped (see above)")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    graph = load_graph(args.graph)
    result = run_query(graph, query_text(args.query))
    print(format_result(result, args.format))
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese regional-industry news.")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build graph.ttl and graph.html from .txt files or folders")
    b.add_argument("paths", nargs="*", type=Path, help="files or folders of .txt (default: the bundled demo corpus)")
    where = b.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output)")
    where.add_argument("--update", type=Path, metavar="DIR",
                       help="add the documents to the build in DIR (instead of -o): IRIs stay, new names merge")
    b.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                   help="a folder of extra rule files that extend ours (repeatable)")
    b.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI of the graph's nodes (default: {DEFAULT_BASE})")
    b.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="leave out relations whose confidence is below X (0 to 1)")
    b.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    b.add_argument("--workers", type=_positive, default=1, metavar="N",
                   help="run the pipeline in N local processes (same output as one)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the pipeline on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786)")
    b.add_argument("--ntriples", action="store_true", help="also write DIR/graph.nt (N-Triples, for bulk loaders)")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query on a built graph")
    q.add_argument("graph", type=Path, help="a graph.ttl written by kg build")
    q.add_argument("query", help="a SPARQL query, or a .rq file holding one")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.set_defaults(func=cmd_query)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, BuildError, QueryError, RulesError, SchedulerError) as err:
        _warn(str(err))
        return 1
    except KeyboardInterrupt:
        _warn("interrupted; no output was changed")
        return 130


if __name__ == "__main__":
    sys.exit(main())
