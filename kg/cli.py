"""The `kg` command: build a graph from text files, check it, query it with SPARQL, serve it."""
from __future__ import annotations

import argparse
import atexit
import errno
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

# Each command imports what it needs when it runs: spaCy (kg.extract.nlp) takes seconds to import, and
# the commands that do not extract (query, queries, validate, serve) start without it.
from kg.console import Progress
from kg.export.formats import DEFAULT_FORMAT, GraphFormat, find_graph_file, parse_format_list
from kg.ingest.read import InputError
from kg.query.store import QueryError
from kg.resolve.iris import DEFAULT_BASE

if TYPE_CHECKING:
    from kg.query.store import LoadedGraph

# the errors that are the user's to fix: reported in one line, exit 1 (module, class); an error can
# only have been raised by a module that was imported
USER_ERRORS = [("kg.ingest.read", "InputError"), ("kg.run.build", "BuildError"), ("kg.query.store", "QueryError"),
               ("kg.extract.rules", "RulesError"), ("kg.evaluate", "GoldError"), ("kg.query.serve", "ServeError"),
               ("kg.run.distributed", "SchedulerError")]


def _warn(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


def _depth(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of relations (0, 1, 2, …)")
    return int(text)


def cmd_build(args: argparse.Namespace) -> int:
    from kg.run.collector import fewer_collections

    with fewer_collections():  # the build's modules: many objects to import, few cycles among them
        from kg.console import build_summary
        from kg.export.html import Focus
        from kg.run.build import DEMO_CORPUS, BuildError, build

    if args.update and not args.paths:
        raise InputError("--update needs the files or folders to add")
    paths = args.paths or [DEMO_CORPUS]
    focus = None
    if args.focus is not None:
        focus = Focus(args.focus, 1 if args.depth is None else args.depth)
    elif args.depth is not None:
        raise BuildError("--depth needs --focus NAME")
    progress = Progress(enabled=False if args.quiet else None)
    warnings: list[str] = []

    def warn(message: str) -> None:  # on a line of its own, not after the progress line
        progress.close()
        warnings.append(message)
        _warn(message)

    out_dir = args.update or args.output
    started = time.monotonic()
    try:
        result = build(paths, out_dir, rules_dirs=args.rules, base=args.base,
                       min_confidence=args.min_confidence, strict=args.strict, warn=warn, workers=args.workers,
                       scheduler=args.scheduler, formats=args.format, update=args.update is not None,
                       allow_invalid=args.allow_invalid, validate=args.validate, focus=focus, wait=not args.no_wait,
                       progress=progress)
    except OSError as err:  # writing failed (a full disk, a folder we may not write): the outputs were not replaced
        where = f"{err.filename}: " if err.filename else ""
        full = " (the disk is full)" if err.errno == errno.ENOSPC else ""
        raise BuildError(f"could not write {out_dir}: {where}{err.strerror or err}{full}; "
                         f"nothing was changed, the previous output in {out_dir} is intact") from err
    finally:
        progress.close()
    _no_collection_at_exit()
    print(build_summary(result, time.monotonic() - started, [w for w in warnings if w.startswith("skipped ")],
                        update=args.update is not None))
    if result.checked:
        print(f"checked {result.checked}")
    if args.workers > 1 or args.scheduler:
        print(f"extracted by {len(result.workers)} worker process(es): {', '.join(result.workers)}")
    for path in result.outputs:
        print(f"wrote {path}")
    return 0


def _no_collection_at_exit() -> None:
    """At exit Python collects every reference cycle still alive (the pipeline's, the rules', the graph's): 0.3 to 0.5 s
    after a build of a million characters, once its outputs are written. Frozen at exit (gc.freeze), they are left
    to the operating system with the rest of the process's memory. Registered once however many builds a process
    runs (the tests run several)."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query.saved import saved_query
    from kg.query.sparql import format_result, query_text, standard_prefixes
    from kg.query.store import execute, load, service_targets

    if (args.query is None) == (args.saved is None):
        raise QueryError("give either a query (or a .rq file) or --saved NAME (kg queries lists them)")
    text = saved_query(args.saved).text if args.saved else query_text(args.query)
    graph_file = find_graph_file(args.graph)
    progress = Progress(enabled=False if args.quiet else None)
    try:
        graph = load(graph_file, progress.reading(f"loading {graph_file.name}"))
    finally:
        progress.close()
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
    if args.bom and args.format in ("csv", "tsv"):
        output = "\ufeff" + output
    print(output, end="" if output.endswith("\n") else "\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.query.tables import export  # no build imports: exporting extracts nothing

    graph_file = find_graph_file(args.graph)
    progress = Progress(enabled=False if args.quiet else None)
    try:
        written = export(graph_file, args.to, args.output, bom=args.bom,
                         reading=progress.reading(f"loading {graph_file.name}"))
    finally:
        progress.close()
    for path in written:
        print(f"wrote {path}")
    return 0


def _warn_about_missing_graphs(graph: "LoadedGraph", query: str) -> None:
    """FROM <g> is honoured, so a graph the file does not hold makes an empty dataset: say so."""
    from kg.query.store import dataset_graphs

    held = {named.value for named in graph.store.named_graphs()}
    for iri in dataset_graphs(query):
        if iri not in held:
            holds = f"its named graphs are {', '.join(sorted(held))}" if held else \
                "it holds only a default graph (drop FROM to query it)"
            _warn(f"FROM {iri}: the graph file has no graph of that name; {holds}")


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.evaluate import load_gold, score
    from kg.export.rdf import build_graph
    from kg.run.build import extract_all

    gold = load_gold(args.gold)
    extractions = extract_all(args.paths, rules_dirs=args.rules, warn=_warn)
    _warn_unmatched_gold(gold, {Path(ex.document).name for ex in extractions}, args.gold)
    graph = build_graph(extractions, args.base, args.min_confidence)
    texts = {Path(ex.document).name: list(ex.sentences) for ex in extractions}
    result = score(gold, graph, texts)
    if args.json:
        print(json.dumps({"entities": result.entities, "relations": result.relations, "entity": result.entity,
                          "relation": result.relation, "fragmented_entities": result.fragmented,
                          "merged_nodes": result.merged}, ensure_ascii=False, indent=1))
    else:
        print(result.report(show_errors=args.errors))
    return 0


def _warn_unmatched_gold(gold, texts: set[str], folder: Path) -> None:
    """Gold that grades no text, and texts that no gold grades, named: scores of mismatched folders mislead."""
    annotated = set().union(*(entity.documents for entity in gold.entities.values()), *gold.relation_documents.values())
    if missing := sorted(annotated - texts):
        _warn(f"{len(missing)} gold file(s) in {folder} are for documents not among the texts, so everything in them "
              f"counts as missed: {', '.join(missing)}")
    if unannotated := sorted(texts - annotated):
        _warn(f"{len(unannotated)} text(s) have no gold file in {folder}, so everything found in them counts as "
              f"wrong: {', '.join(unannotated)}")


def cmd_rules(args: argparse.Namespace) -> int:
    from kg.extract.cases import case_problem, load_cases
    from kg.extract.nlp import build_nlp

    cases = load_cases(args.rules)
    nlp = build_nlp(args.rules, learned=False)  # (the cases are of the rules: no learned additions)
    failed = [(case, problem) for case in cases if (problem := case_problem(nlp, case)) is not None]
    for case, problem in failed:
        print(f"FAIL {case.id} ({case.source}, pattern {case.pattern}): {problem}")
    print(f"{len(cases)} cases: " + (f"{len(failed)} fail" if failed else "all pass"))
    return 1 if failed else 0


def cmd_queries(args: argparse.Namespace) -> int:
    from kg.query.saved import saved_queries

    for saved in saved_queries().values():
        print(f"{saved.name:20} {saved.question}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.query.validate import validate_file

    graph_file = find_graph_file(args.graph)
    progress = Progress(enabled=False if args.quiet else None)
    try:
        report = validate_file(graph_file, lambda done, total: progress.step(
            f"checking {graph_file.name} against the shapes", done, total),
            reading=progress.reading(f"loading {graph_file.name}"))
    finally:
        progress.close()
    if report.conforms:
        print(f"{graph_file}: valid (conforms to the shapes in ontology/shapes.ttl)")
        return 0
    print(f"{graph_file}: not valid\n{report.summary()}")
    return 1


def cmd_analyze(args: argparse.Namespace) -> int:
    from kg.export.analyze import analyze, load_graph_data, saved_analysis, to_csv, to_json, to_table

    analysis = saved_analysis(args.graph)
    if analysis is None:
        graph_file = find_graph_file(args.graph)
        progress = Progress(enabled=False if args.quiet else None)
        try:
            data = load_graph_data(graph_file, reading=progress.reading(f"reading {graph_file.name}"))
            progress.stage("ranking the nodes and finding the clusters")
            analysis = analyze(data)
        finally:
            progress.close()
    if args.format == "csv":
        sys.stdout.reconfigure(newline="")  # the CSV's own CRLF line ends, as written
        sys.stdout.write(to_csv(analysis))
    elif args.format == "json":
        sys.stdout.write(to_json(analysis))
    else:
        sys.stdout.write(to_table(analysis, top=args.top))
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from kg.export.analyze import (
        UnknownName,
        describe_chains,
        find_nodes,
        hops_between,
        load_graph_data,
        shortest_chains,
    )

    graph_file = find_graph_file(args.graph)
    progress = Progress(enabled=False if args.quiet else None)
    try:
        data = load_graph_data(graph_file, evidence=True, reading=progress.reading(f"reading {graph_file.name}"))
    finally:
        progress.close()
    try:
        sources, targets = find_nodes(data, args.source), find_nodes(data, args.target)
    except UnknownName as err:
        raise InputError(str(err)) from err
    if any(s.iri == t.iri for s in sources for t in targets):
        raise InputError(f"{args.source!r} and {args.target!r} name the same node")
    found = [chain for s in sources for t in targets
             for chain in shortest_chains(data, s.iri, t.iri, args.max_hops, args.limit)]
    shortest = min(map(len, found), default=0)
    found = [chain for chain in found if len(chain) == shortest][:args.limit]
    if not found:
        hops = min((hops_between(data, s.iri, t.iri) or 0 for s in sources for t in targets), default=0)
        print(f"{args.source} and {args.target} are linked by no chain of relations" if not hops else
              f"no chain of at most {args.max_hops} relations links {args.source} and {args.target}: the shortest "
              f"has {hops} (--max-hops {hops} shows it)")
        return 1
    print(describe_chains(data, found, sentences=args.sentences), end="")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.query.serve import Access, ServeError, serve
    from kg.query.sparql import standard_prefixes

    if args.workers < 1 or args.timeout <= 0:
        raise ServeError("--workers must be at least 1 and --timeout more than 0")
    access = Access(frozenset(args.allow_host), frozenset(origin.rstrip("/") for origin in args.allow_origin))
    serve(args.directory, args.host, args.port, args.timeout, args.workers, standard_prefixes(), _warn, args.quiet,
          access, Progress(enabled=False if args.quiet else None))
    return 0


def _formats(text: str) -> list[GraphFormat]:
    try:
        return parse_format_list(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a confidence: give a number from 0 to 1 (e.g. 0.8)")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese regional-industry news.")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build graph.ttl and graph.html from text, web page, PDF and Word files or folders")
    b.add_argument("paths", nargs="*", type=Path, help="files or folders of .txt, .html/.htm, .pdf, .docx (default: the bundled demo corpus)")
    where = b.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output)")
    where.add_argument("--update", type=Path, metavar="DIR",
                       help="add the documents to the build in DIR (instead of -o): IRIs stay, new names merge")
    b.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR",
                   help="a folder of extra rule files that extend ours (repeatable)")
    b.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI of the graph's nodes (default: {DEFAULT_BASE})")
    b.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X",
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
    b.add_argument("--quiet", action="store_true", help="no progress line on stderr (there is none when stderr "
                                                         "is not a terminal)")
    b.add_argument("--allow-invalid", action="store_true",
                   help="write the graph even if it breaks the SHACL shapes (ontology/shapes.ttl)")
    b.add_argument("--validate", action=argparse.BooleanOptionalAction, default=True,
                   help="check the graph against the shapes before writing it (default; --no-validate skips it)")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("eval", help="build a graph in memory and grade it against gold annotations")
    e.add_argument("--gold", type=Path, required=True, help="folder of gold .json files (format of GUIDELINES.md)")
    e.add_argument("paths", nargs="+", type=Path, help="files or folders of .txt")
    e.add_argument("--errors", action="store_true", help="list every false positive and negative with its sentence")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")
    e.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")
    e.add_argument("--base", default=DEFAULT_BASE, help=argparse.SUPPRESS)
    e.add_argument("--min-confidence", type=_confidence, default=0.0, metavar="X")
    e.set_defaults(func=cmd_eval)

    r = sub.add_parser("rules", help="run the rule cases (ours and those in the cases/ folder of each --rules DIR)")
    r.add_argument("--rules", type=Path, action="append", default=[], metavar="DIR")
    r.set_defaults(func=cmd_rules)

    q = sub.add_parser("query", help="run a SPARQL query on a built graph")
    q.add_argument("graph", type=Path, help="an output folder of kg build, or a graph file in it")
    q.add_argument("query", nargs="?", help="a SPARQL query, or a .rq file holding one")
    q.add_argument("--saved", metavar="NAME", help="run a saved query instead (kg queries lists them)")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json", "xml"), default="table")
    q.add_argument("--bom", action="store_true",
                   help="with --format csv or tsv: start with a UTF-8 byte-order mark (for Excel)")
    q.add_argument("--quiet", action="store_true", help="no progress line on stderr while the graph loads")
    q.add_argument("--allow-service", action="store_true",
                   help="let SERVICE clauses fetch other endpoints over the network (off by default)")
    q.set_defaults(func=cmd_query)

    x = sub.add_parser("export", help="write a built graph as tables: CSV, an Excel workbook, or Neo4j import files")
    x.add_argument("graph", type=Path, help="an output folder of kg build, or a graph file in it")
    x.add_argument("--to", choices=("csv", "xlsx", "neo4j"), required=True,
                   help="csv: a file per type and per relation; xlsx: a sheet each; neo4j: neo4j-admin import files")
    x.add_argument("-o", "--output", type=Path, default=None,
                   help="where to write (default: DIR/export/csv, DIR/export/graph.xlsx or DIR/export/neo4j)")
    x.add_argument("--quiet", action="store_true", help="no progress line on stderr while the graph loads")
    x.add_argument("--bom", action=argparse.BooleanOptionalAction, default=True,
                   help="CSV files start with a UTF-8 byte-order mark, so that Excel reads the Chinese "
                        "(default; --no-bom leaves it out)")
    x.set_defaults(func=cmd_export)

    sq = sub.add_parser("queries", help="list the saved queries and what each answers")
    sq.set_defaults(func=cmd_queries)

    v = sub.add_parser("validate", help="check a built graph against the SHACL shapes (ontology/shapes.ttl)")
    v.add_argument("graph", type=Path, help="an output folder of kg build, or a graph file in it")
    v.add_argument("--quiet", action="store_true", help="no progress line on stderr")
    v.set_defaults(func=cmd_validate)

    a = sub.add_parser("analyze", help="rank the nodes (degree, sentences, betweenness) and list the clusters")
    a.add_argument("graph", type=Path, help="an output folder of kg build, or a graph file in it")
    a.add_argument("--format", choices=("table", "csv", "json"), default="table",
                   help="table (default), csv (every node, with a UTF-8 BOM for Excel) or json (everything)")
    a.add_argument("--top", type=_positive, default=10, metavar="N", help="table: the top N of each ranking (default 10)")
    a.add_argument("--quiet", action="store_true", help="no progress line on stderr while the graph is read")
    a.set_defaults(func=cmd_analyze)

    pa = sub.add_parser("path", help="the shortest chains of relations between two names, with their sentences")
    pa.add_argument("graph", type=Path, help="an output folder of kg build, or a graph file in it")
    pa.add_argument("source", metavar="NAME", help="a name, alias or IRI")
    pa.add_argument("target", metavar="NAME", help="another name, alias or IRI")
    pa.add_argument("--max-hops", type=_positive, default=6, metavar="N", help="longest chain to look for (default 6)")
    pa.add_argument("--limit", type=_positive, default=5, metavar="N", help="chains to show at most (default 5)")
    pa.add_argument("--sentences", type=_positive, default=2, metavar="N",
                    help="sentences to show per relation (default 2)")
    pa.add_argument("--quiet", action="store_true", help="no progress line on stderr while the graph is read")
    pa.set_defaults(func=cmd_path)

    s = sub.add_parser("serve", help="serve a built graph: SPARQL endpoint, interactive page, graph files")
    s.add_argument("directory", type=Path, help="an output folder of kg build")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    s.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="time limit per query (default: 10)")
    s.add_argument("--workers", type=int, default=2, help="queries run at the same time (default: 2)")
    s.add_argument("--quiet", action="store_true",
                   help="do not log each request on stderr, nor show progress while the graph loads")
    s.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests that name the server NAME (IP addresses and localhost always work)")
    s.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                   help="let pages of ORIGIN (https://example.org) query the endpoint from a browser (CORS)")
    s.set_defaults(func=cmd_serve)
    return ap


def _user_errors() -> tuple[type[Exception], ...]:
    return tuple(getattr(sys.modules[module], name) for module, name in USER_ERRORS if module in sys.modules)


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        # stdout is a pipe whose reader stopped reading (kg query … | head): end quietly and with success, as
        # what was asked was done and only the rest of the output had no reader. What is still buffered, and
        # Python's flush at exit, go to /dev/null instead of ending in a second BrokenPipeError.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(argv: list[str] | None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit:  # --help, or a usage error: what was printed reaches a closed pipe here, not at exit
        sys.stdout.flush()
        raise
    try:
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside main, rather than when Python exits
        return code
    except KeyboardInterrupt:
        _warn("interrupted; no output was changed")
        return 130
    except Exception as err:
        if not isinstance(err, _user_errors()):
            raise
        _warn(str(err))
        return 1


if __name__ == "__main__":
    sys.exit(main())
