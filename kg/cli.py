"""The `kg` command: build a graph from text files, check it, query it with SPARQL, serve it."""
from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from pathlib import Path

from kg.build import DEMO_CORPUS, BuildError, build, extract_all
from kg.distributed import SchedulerError
from kg.evaluate import GoldError, load_gold, score
from kg.formats import DEFAULT_FORMAT, GraphFormat, find_graph_file, parse_format_list, read_graph
from kg.html import Focus
from kg.query import format_result, query_text, standard_prefixes
from kg.rdf import DEFAULT_BASE, build_graph
from kg.resolve import resolve
from kg.read import InputError
from kg.rules import RulesError
from kg.saved import saved_queries, saved_query
from kg.serve import Access, ServeError, serve
from kg.store import LoadedGraph, QueryError, dataset_graphs, execute, load, service_targets
from kg.validate import validate_graph


def _warn(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


def _depth(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of relations (0, 1, 2, …)")
    return int(text)


def cmd_build(args: argparse.Namespace) -> int:
    if args.update and not args.paths:
        raise InputError("--update needs the files or folders to add")
    paths = args.paths or [DEMO_CORPUS]
    focus = None
    if args.focus is not None:
        focus = Focus(args.focus, 1 if args.depth is None else args.depth)
    elif args.depth is not None:
        raise BuildError("--depth needs --focus NAME")
    out_dir = args.update or args.output
    try:
        result = build(paths, out_dir, rules_dirs=args.rules, base=args.base,
                       min_confidence=args.min_confidence, strict=args.strict, warn=_warn, workers=args.workers,
                       scheduler=args.scheduler, formats=args.format, update=args.update is not None,
                       allow_invalid=args.allow_invalid, validate=args.validate, focus=focus, wait=not args.no_wait)
    except OSError as err:  # writing failed (a full disk, a folder we may not write): the outputs were not replaced
        where = f"{err.filename}: " if err.filename else ""
        full = " (the disk is full)" if err.errno == errno.ENOSPC else ""
        raise BuildError(f"could not write {out_dir}: {where}{err.strerror or err}{full}; "
                         f"nothing was changed, the previous output in {out_dir} is intact") from err
    added = f" (now {result.graph_documents} in the graph)" if args.update else ""
    print(f"built {result.documents} document(s){added}: {result.entities} entities, "
          f"{result.statements} relation statements, {result.triples} triples")
    for path in result.outputs:
        print(f"wrote {path}")
    if result.skipped:
        _warn(f"{len(result.skipped)} file(s) skipped (see above)")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    if (args.query is None) == (args.saved is None):
        raise QueryError("give either a query (or a .rq file) or --saved NAME (kg queries lists them)")
    text = saved_query(args.saved).text if args.saved else query_text(args.query)
    graph = load(find_graph_file(args.graph))
    prefixes = standard_prefixes()
    services = service_targets(text)
    if services and not args.allow_service:
        raise QueryError(f"the query calls {', '.join(services)} (SERVICE): federated queries are off, since they "
                         "fetch URLs over the network; kg query --allow-service allows them")
    if services:
        _warn(f"the query calls {', '.join(services)} over the network (SERVICE)")
    _warn_about_missing_graphs(graph, text)
    result = execute(graph, text, prefixes, allow_service=args.allow_service)
    output = format_result(result, args.format, {**prefixes, **graph.prefixes})
    print(output, end="" if output.endswith("\n") else "\n")
    return 0


def _warn_about_missing_graphs(graph: LoadedGraph, query: str) -> None:
    """FROM <g> is honoured, so a graph the file does not hold makes an empty dataset: say so."""
    held = {named.value for named in graph.store.named_graphs()}
    for iri in dataset_graphs(query):
        if iri not in held:
            holds = f"its named graphs are {', '.join(sorted(held))}" if held else \
                "it holds only a default graph (drop FROM to query it)"
            _warn(f"FROM {iri}: the graph file has no graph of that name; {holds}")


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


def cmd_queries(args: argparse.Namespace) -> int:
    for saved in saved_queries().values():
        print(f"{saved.name:20} {saved.question}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    graph_file = find_graph_file(args.graph)
    report = validate_graph(read_graph(graph_file))
    if report.conforms:
        print(f"{graph_file}: valid (conforms to the shapes in ontology/shapes.ttl)")
        return 0
    print(f"{graph_file}: not valid\n{report.summary()}")
    return 1


def cmd_serve(args: argparse.Namespace) -> int:
    if args.workers < 1 or args.timeout <= 0:
        raise ServeError("--workers must be at least 1 and --timeout more than 0")
    access = Access(frozenset(args.allow_host), frozenset(origin.rstrip("/") for origin in args.allow_origin))
    serve(args.directory, args.host, args.port, args.timeout, args.workers, standard_prefixes(), _warn, args.quiet,
          access)
    return 0


def _formats(text: str) -> list[GraphFormat]:
    try:
        return parse_format_list(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


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
    b.add_argument("--no-wait", action="store_true",
                   help="if another kg build is writing the output folder, stop at once instead of waiting for it")
    b.add_argument("--workers", type=_positive, default=1, metavar="N",
                   help="run the pipeline in N local processes (same output as one)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the pipeline on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786)")
    b.add_argument("--focus", metavar="NAME",
                   help="graph.html shows only this node's neighbourhood (a name, alias or IRI; graph.ttl stays whole)")
    b.add_argument("--depth", type=_depth, metavar="N", help="with --focus: how many relations away (default 1)")
    b.add_argument("--format", type=_formats, default=[DEFAULT_FORMAT], metavar="LIST",
                   help="graph formats to write, comma-separated: turtle (graph.ttl, the default), "
                        "ntriples (graph.nt, sorted), jsonld (graph.jsonld), trig (graph.trig)")
    b.add_argument("--allow-invalid", action="store_true",
                   help="write the graph even if it breaks the SHACL shapes (ontology/shapes.ttl)")
    b.add_argument("--validate", action=argparse.BooleanOptionalAction, default=None,
                   help="check the graph against the shapes before writing it (default: when it has at most "
                        "200,000 triples; --no-validate never)")
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
    q.add_argument("graph", type=Path, help="an output folder of kg build, or a graph file in it")
    q.add_argument("query", nargs="?", help="a SPARQL query, or a .rq file holding one")
    q.add_argument("--saved", metavar="NAME", help="run a saved query instead (kg queries lists them)")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json", "xml"), default="table")
    q.add_argument("--allow-service", action="store_true",
                   help="let SERVICE clauses fetch other endpoints over the network (off by default)")
    q.set_defaults(func=cmd_query)

    sq = sub.add_parser("queries", help="list the saved queries and what each answers")
    sq.set_defaults(func=cmd_queries)

    v = sub.add_parser("validate", help="check a built graph against the SHACL shapes (ontology/shapes.ttl)")
    v.add_argument("graph", type=Path, help="an output folder of kg build, or a graph file in it")
    v.set_defaults(func=cmd_validate)

    s = sub.add_parser("serve", help="serve a built graph: SPARQL endpoint, interactive page, graph files")
    s.add_argument("directory", type=Path, help="an output folder of kg build")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    s.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="time limit per query (default: 10)")
    s.add_argument("--workers", type=int, default=2, help="queries run at the same time (default: 2)")
    s.add_argument("--quiet", action="store_true", help="do not log each request on stderr")
    s.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests that name the server NAME (IP addresses and localhost always work)")
    s.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                   help="let pages of ORIGIN (https://example.org) query the endpoint from a browser (CORS)")
    s.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, BuildError, QueryError, RulesError, GoldError, ServeError, SchedulerError) as err:
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
