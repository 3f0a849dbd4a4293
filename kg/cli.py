"""The `kg` command: build a graph from text files, query it with SPARQL."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import json

from kg.build import DEMO_CORPUS, BuildError, build, extract_all
from kg.evaluate import GoldError, load_gold, score
from kg.html import Focus
from kg.query import QueryError, format_result, load_graph, query_text, run_query
from kg.rdf import DEFAULT_BASE, build_graph
from kg.resolve import resolve
from kg.read import InputError
from kg.rules import RulesError


def _warn(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


def _depth(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of relations (0, 1, 2, …)")
    return int(text)


def cmd_build(args: argparse.Namespace) -> int:
    paths = args.paths or [DEMO_CORPUS]
    focus = None
    if args.focus is not None:
        focus = Focus(args.focus, 1 if args.depth is None else args.depth)
    elif args.depth is not None:
        raise BuildError("--depth needs --focus NAME")
    result = build(paths, args.output, rules_dirs=args.rules, base=args.base,
                   min_confidence=args.min_confidence, strict=args.strict, warn=_warn, focus=focus)
    print(f"built {result.documents} document(s): {result.entities} entities, "
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


def cmd_eval(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
    extractions = extract_all(args.paths, rules_dirs=args.rules, warn=_warn)
    graph = build_graph(resolve(extractions, args.base), args.base, args.min_confidence)
    texts = {Path(ex.document).name: list(ex.sentences) for ex in extractions}
    result = score(gold, graph, texts)
    if args.json:
        print(json.dumps({"entities": result.entities, "relations": result.relations, "entity": result.entity,
                          "relation": result.relation, "fragmented_entities": result.fragmented,
                          "merged_nodes": result.merged}, ensure_ascii=False, indent=1))
    else:
        print(result.report(show_errors=args.errors))
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese regional-industry news.")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build graph.ttl and graph.html from .txt files or folders")
    b.add_argument("paths", nargs="*", type=Path, help="files or folders of .txt (default: the bundled demo corpus)")
    b.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output)")
    b.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                   help="a folder of extra rule files that extend ours (repeatable)")
    b.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI of the graph's nodes (default: {DEFAULT_BASE})")
    b.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="leave out relations whose confidence is below X (0 to 1)")
    b.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    b.add_argument("--focus", metavar="NAME",
                   help="graph.html shows only this node's neighbourhood (a name, alias or IRI; graph.ttl stays whole)")
    b.add_argument("--depth", type=_depth, metavar="N", help="with --focus: how many relations away (default 1)")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("eval", help="build a graph in memory and grade it against gold annotations")
    e.add_argument("--gold", type=Path, required=True, help="folder of gold .json files (format of GUIDELINES.md)")
    e.add_argument("paths", nargs="+", type=Path, help="files or folders of .txt")
    e.add_argument("--errors", action="store_true", help="list every false positive and negative with its sentence")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")
    e.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")
    e.add_argument("--base", default=DEFAULT_BASE, help=argparse.SUPPRESS)
    e.add_argument("--min-confidence", type=float, default=0.0, metavar="X")
    e.set_defaults(func=cmd_eval)

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
    except (InputError, BuildError, QueryError, RulesError, GoldError) as err:
        _warn(str(err))
        return 1
    except KeyboardInterrupt:
        _warn("interrupted; no output was changed")
        return 130
    except BrokenPipeError:  # output piped into head or less, which stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
