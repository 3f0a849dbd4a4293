"""Benchmark of `kg build`: throughput, stages, memory, workers, update, and the graph in an embedded store.

    .venv/bin/python benchmarks/bench.py [--sizes 1M,10M] [--workers 1,2,4] [--repeat 3] [--dask] [--text DIR]
                                    [--only SECTIONS]

Generates corpora of the given sizes from our demo sentences (benchmarks/corpus.py),
runs each measurement in a fresh process (so that its peak memory is its own),
keeps the fastest of `--repeat` runs, and prints a Markdown report:

- the machine and its load average before and after;
- per size, one worker: build time, characters per second, the throughput of
  spaCy's blank `zh` tokenizer alone on the same texts, their ratio, peak memory,
  and how time and memory grow from the smallest to the largest size;
- the smallest corpus again as one long document;
- the time of each stage on the largest size;
- the default build (the SHACL check included) against `--no-validate`, and `kg validate`, on text
  of realistic density: the development corpus (../shared/corpus) recombined to 1.27 M characters;
- throughput with each worker count (and a local Dask cluster with `--dask`);
- adding 1 % more documents with `--update`, next to the full build;
- entity mentions per 1,000 characters, and the speed of the spaCy pipeline
  alone against the tokenizer, on the generated corpus and on folders of your
  own texts (`--text`);
- loading the graph (Turtle) into an in-memory pyoxigraph store, and the
  time of each query in benchmarks/queries/.

`--only realistic,store` (any of throughput, realistic, workers, update, density,
store) prints only those sections. A graph that breaks the shapes is written all
the same and the report says so. Each table of times gives the best run and the
slowest, which says how noisy the machine was.

With `--analytics` it measures only `kg analyze` (kg/export/analyze.py) on the graph of
each size: reading graph.ttl back, betweenness, clusters, peak memory, and what
exact betweenness would cost.

The machine is shared and timings are noisy: run it when the load average is low.
"""
from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
QUERIES = BENCH / "queries"
STAGES = ("read", "tokenizer", "kg_sentences", "kg_entities", "kg_relations", "records", "resolution", "rdf",
          "validation", "formats", "analysis", "html", "write")
SHARED_CORPUS = BENCH.parent.parent / "shared" / "corpus"  # the development corpus beside the project
UPDATE_SHARE = 0.01


# ---------------------------------------------------------------- measurements, each in its own process

def child(argv: list[str]) -> dict:
    mode, *args = argv
    if mode == "tokenize":
        return _tokenize(Path(args[0]))
    if mode == "build":
        corpus, out, workers, *flags = args
        return _build(Path(corpus), Path(out), int(workers), update="--update" in flags,
                      validate="--no-validate" not in flags)
    if mode == "validate":
        return _validate(Path(args[0]))
    if mode == "dask":
        return _dask_build(Path(args[0]), Path(args[1]), int(args[2]))
    if mode == "store":
        return _store(Path(args[0]))
    if mode == "pipeline":
        return _pipeline(Path(args[0]), int(args[1]))
    if mode == "analytics":
        return _analytics(Path(args[0]))
    if mode == "analytics-synthetic":
        return _analytics_synthetic(int(args[0]))
    raise SystemExit(f"unknown mode {mode}")


def _texts(corpus: Path) -> list[str]:
    from kg.ingest.read import read_document

    return [read_document(path).text for path in sorted(corpus.glob("*.txt"))]


def _tokenize(corpus: Path) -> dict:
    import spacy

    texts = _texts(corpus)
    nlp = spacy.blank("zh")
    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    return {"seconds": time.perf_counter() - start, "characters": sum(map(len, texts))}


def _pipeline(corpus: Path, at_least: int) -> dict:
    """The spaCy pipeline alone (tokenizer and our components) against the blank tokenizer, on texts
    read again until `at_least` characters have gone through each."""
    import spacy

    from kg.extract.nlp import build_nlp, set_entities

    texts = _texts(corpus)
    rounds = max(1, -(-at_least // max(1, sum(map(len, texts)))))
    blank, nlp = spacy.blank("zh"), build_nlp()
    finder = nlp.get_pipe("kg_entities").finder
    found = [finder.find(text).mentions for text in texts]
    docs = [blank.make_doc(text) for text in texts]
    seconds = {}
    # each run takes a text's index; set_entities only hands known offsets over into doc.ents.
    # The short measurements are the noisiest: the best of three.
    for name, run, tries in (("tokenizer", lambda i: blank.make_doc(texts[i]), 3),
                             ("pipeline", lambda i: nlp(texts[i]), 1),
                             ("set_entities", lambda i: set_entities(docs[i], found[i]), 3)):
        for _ in range(tries):
            gc.collect()
            start = time.perf_counter()
            for _ in range(rounds):
                for i in range(len(texts)):
                    run(i)
            seconds[name] = min(seconds.get(name, float("inf")), time.perf_counter() - start)
    return {"characters": sum(map(len, texts)), "mentions": sum(map(len, found)), "rounds": rounds, **seconds}


def _build(corpus: Path, out: Path, workers: int, update: bool = False, scheduler: str | None = None,
           validate: bool = True) -> dict:
    from kg.run.build import build

    invalid = []  # a graph that breaks the shapes is written all the same, and said so in the report

    def warn(message: str) -> None:
        if message.startswith("writing a graph that is not valid"):
            invalid.append(message)

    start = time.perf_counter()
    result = build([corpus], out, warn=warn, workers=workers, scheduler=scheduler, update=update,
                   validate=validate, allow_invalid=True)
    return {"seconds": time.perf_counter() - start, "characters": result.characters, "documents": result.documents,
            "triples": result.triples, "entities": result.entities, "times": result.times.seconds,
            "invalid": invalid}


def _validate(out: Path) -> dict:
    """`kg validate DIR` as a user runs it: a fresh process, start-up included."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg.cli", "validate", str(out)], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"kg validate {out} failed: {done.stdout}{done.stderr}")
    return {"seconds": time.perf_counter() - start}


def _dask_build(corpus: Path, out: Path, workers: int) -> dict:
    from distributed import LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        return _build(corpus, out, 1, scheduler=cluster.scheduler_address)


def _store(graph: Path) -> dict:
    import pyoxigraph

    store = pyoxigraph.Store()
    start = time.perf_counter()
    store.bulk_load(path=str(graph), format=pyoxigraph.RdfFormat.TURTLE)
    loaded = time.perf_counter() - start
    queries = {}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        seconds, rows = [], 0
        for _ in range(3):
            start = time.perf_counter()
            rows = sum(1 for _ in store.query(text))
            seconds.append(time.perf_counter() - start)
        queries[path.stem] = {"seconds": min(seconds), "slowest": max(seconds), "rows": rows}
    return {"load_seconds": loaded, "quads": len(store), "queries": queries, "version": pyoxigraph.__version__}


def _analytics(out: Path, sources: int = 20) -> dict:
    """kg.export.analyze on a build's graph: reading it back, each step, and what exact betweenness would cost
    (the time of a breadth-first search from `sources` nodes, times the number of nodes)."""
    import networkx as nx

    from kg.export.analyze import analyze, load_graph_data
    from kg.timing import StageTimes

    times = StageTimes()
    start = time.perf_counter()
    with times.stage("read graph.ttl"):
        data = load_graph_data(out)
    analysis = analyze(data, times=times)
    seconds = time.perf_counter() - start
    g = data.graph()
    start = time.perf_counter()
    nx.betweenness_centrality(g, k=min(sources, g.number_of_nodes()), seed=1)
    per_source = (time.perf_counter() - start) / min(sources, g.number_of_nodes())
    return {"seconds": seconds, "times": times.seconds, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "clusters": len(analysis.clusters), "largest": analysis.clusters[0].size,
            "betweenness": analysis.method["betweenness"], "exact_betweenness_estimate": per_source * len(g)}


def _analytics_synthetic(companies: int, sources: int = 20) -> dict:
    """kg.export.analyze on a synthetic graph with this many companies (tests/synthetic.py: about 1.55 nodes
    and 2.1 relations per company), as the build hands it over (no graph file read)."""
    import networkx as nx

    sys.path.insert(0, str(BENCH.parent / "tests"))
    from synthetic import synthetic_graph

    from kg.export.analyze import analyze, graph_data_of
    from kg.timing import StageTimes

    resolved = synthetic_graph(companies=companies, documents=max(10, companies // 5))
    data = graph_data_of(resolved.entities, resolved.statements)
    del resolved
    times = StageTimes()
    start = time.perf_counter()
    analysis = analyze(data, times=times)
    seconds = time.perf_counter() - start
    g = data.graph()
    start = time.perf_counter()
    nx.betweenness_centrality(g, k=min(sources, len(g)), seed=1)
    per_source = (time.perf_counter() - start) / min(sources, len(g))
    return {"seconds": seconds, "times": times.seconds, "nodes": len(g), "edges": g.number_of_edges(),
            "clusters": len(analysis.clusters), "betweenness": analysis.method["betweenness"],
            "exact_betweenness_estimate": per_source * len(g)}


def measure(argv: list[str], repeat: int = 1, before=None) -> dict:
    """The fastest of `repeat` runs of a child process, with the peak memory (RSS) of that run."""
    best, everything = None, []
    for _ in range(repeat):
        if before:
            before()
        process = subprocess.Popen([sys.executable, __file__, "--child", *argv], stdout=subprocess.PIPE)
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise SystemExit(f"measurement {' '.join(argv)} failed (exit {process.returncode})")
        run = json.loads(output)
        run["peak_bytes"] = usage.ru_maxrss * 1024  # the largest process: the build or one of its workers
        everything.append(run.get("seconds", 0))
        if best is None or run.get("seconds", 0) < best.get("seconds", 0):
            best = run
    best["slowest"] = max(everything)  # how noisy the machine was
    return best


# ---------------------------------------------------------------- the report

def parse_size(text: str) -> int:
    units = {"k": 1_000, "m": 1_000_000}
    text = text.strip().lower()
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def size_label(characters: int) -> str:
    return f"{characters / 1e6:g} M" if characters >= 1_000_000 else f"{characters / 1e3:g} k"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(next(line for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")).split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    return (f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def mb(n: float) -> str:
    return f"{n / 1e6:,.0f} MB"


def rate(characters: int, seconds: float) -> str:
    return f"{characters / seconds:,.0f}"


def analytics_report(args: argparse.Namespace, work: Path) -> None:
    """`--analytics`: kg analyze on the graph of each corpus size (built first, one worker)."""
    from corpus import generate

    sizes = sorted(parse_size(s) for s in args.sizes.split(","))
    print("# kg analyze benchmark\n")
    print(f"Machine: {machine()}. Load average (1/5/15 min) at start: {load()}.\n")
    print("| corpus (chars) | triples | nodes | linked pairs | build s | of which analysis s | kg analyze s "
          "| reading graph.ttl s | betweenness s | clusters s | exact betweenness would take s | peak memory "
          "(kg analyze) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    notes = []
    for size in sizes:
        corpus, out = work / f"corpus-{size}", work / f"out-{size}-1"
        generate(size, corpus)
        built = measure(["build", str(corpus), str(out), "1"], 1, lambda: shutil.rmtree(out, True))
        run = measure(["analytics", str(out)], args.repeat)
        times = run["times"]
        print(f"| {size_label(size)} | {built['triples']:,} | {run['nodes']:,} | {run['edges']:,} | "
              f"{built['seconds']:.1f} | {built['times'].get('analysis', 0):.1f} | {run['seconds']:.1f} | "
              f"{times['read graph.ttl']:.1f} | {times['betweenness']:.1f} | {times['clusters']:.1f} | "
              f"{run['exact_betweenness_estimate']:,.0f} | {mb(run['peak_bytes'])} |")
        notes.append(f"{size_label(size)}: {run['clusters']:,} clusters, the largest of {run['largest']:,} nodes; "
                     f"betweenness {run['betweenness']}.")
    print("\n" + "\n".join(f"- {note}" for note in notes))
    print("\nThe generated corpora recombine the demo's sentences, so their graphs have few nodes however many "
          "triples. Where networkx's limit lies depends on the nodes and relations; synthetic graphs "
          "(tests/synthetic.py), as a build hands them to kg.export.analyze:\n")
    print("| companies | nodes | linked pairs | kg.export.analyze s | betweenness s | clusters s | exact betweenness would take s "
          "| peak memory |")
    print("|---|---|---|---|---|---|---|---|")
    for companies in [int(n) for n in args.analytics_nodes.split(",") if n]:
        run = measure(["analytics-synthetic", str(companies)])
        times = run["times"]
        print(f"| {companies:,} | {run['nodes']:,} | {run['edges']:,} | {run['seconds']:.1f} | "
              f"{times['betweenness']:.1f} | {times['clusters']:.1f} | {run['exact_betweenness_estimate']:,.0f} | "
              f"{mb(run['peak_bytes'])} |")
    print(f"\nLoad average at the end: {load()}.")


SECTIONS = ("throughput", "realistic", "workers", "update", "density", "store")


def report(args: argparse.Namespace, work: Path) -> None:
    sizes = sorted(parse_size(s) for s in args.sizes.split(","))
    workers = [int(w) for w in args.workers.split(",")]
    sections = args.only
    print("# kg build benchmark\n")
    print(f"Machine: {machine()}. Load average (1/5/15 min) at start: {load()}. "
          f"Best of {args.repeat} run(s) per figure.\n")

    from corpus import generate

    corpora = {size: work / f"corpus-{size}" for size in sizes}
    if sections - {"realistic"}:
        for size in sizes:
            generate(size, corpora[size])

    largest = sizes[-1]
    if "throughput" in sections:
        built = throughput(args, work, sizes, corpora)
    elif sections & {"workers", "update", "store"}:  # they build on the largest corpus's build
        out = work / f"out-{largest}-1"
        built = measure(["build", str(corpora[largest]), str(out), "1"], 1, lambda: shutil.rmtree(out, True))
    if "realistic" in sections:
        realistic(args, work)
    if "workers" in sections:
        workers_report(args, work, workers, corpora[largest], built)
    if "update" in sections:
        update_report(args, work, largest, built)
    if "density" in sections:
        density_report(args, sizes, corpora)
    if "store" in sections:
        store_report(args, work / f"out-{largest}-1" / "graph.ttl", built)
    print(f"\nLoad average at the end: {load()}.")


def throughput(args: argparse.Namespace, work: Path, sizes: list[int], corpora: dict[int, Path]) -> dict:
    """One worker at each size, the smallest corpus as one document, the stages of the largest build."""
    print("## One worker\n")
    print("| corpus (chars) | documents | build s | build chars/s | blank `zh` tokenizer chars/s | ratio "
          "| peak memory |")
    print("|---|---|---|---|---|---|---|")
    single = {}
    for size in sizes:
        tokens = measure(["tokenize", str(corpora[size])], args.repeat)
        out = work / f"out-{size}-1"
        built = measure(["build", str(corpora[size]), str(out), "1"], args.repeat, lambda: shutil.rmtree(out, True))
        single[size] = built
        ratio = (built["characters"] / built["seconds"]) / (tokens["characters"] / tokens["seconds"])
        print(f"| {size_label(size)} | {built['documents']:,} | {built['seconds']:.2f} | "
              f"{rate(built['characters'], built['seconds'])} | {rate(tokens['characters'], tokens['seconds'])} | "
              f"{ratio:.2f} | {mb(built['peak_bytes'])} |")
    if len(sizes) > 1:
        small, large = single[sizes[0]], single[sizes[-1]]
        print(f"\nFrom {size_label(sizes[0])} to {size_label(sizes[-1])} characters "
              f"(×{large['characters'] / small['characters']:.1f}): time ×{large['seconds'] / small['seconds']:.1f}, "
              f"peak memory ×{large['peak_bytes'] / small['peak_bytes']:.2f}.")

    smallest = sizes[0]
    whole = work / "one-document"
    whole.mkdir(exist_ok=True)
    (whole / "whole.txt").write_text("\n\n".join(_texts(corpora[smallest])), encoding="utf-8")
    out = work / "out-one-document"
    run = measure(["build", str(whole), str(out), "1"], args.repeat, lambda: shutil.rmtree(out, True))
    many = single[smallest]
    print(f"\nThe {size_label(smallest)} corpus as one document: {run['seconds']:.2f} s "
          f"({rate(run['characters'], run['seconds'])} chars/s, peak memory {mb(run['peak_bytes'])}), against "
          f"{many['seconds']:.2f} s in {many['documents']:,} documents.")

    largest = sizes[-1]
    built = single[largest]
    print(f"\n## Stages ({size_label(largest)} characters, one worker)\n")
    print("| stage | seconds | share of the build |")
    print("|---|---|---|")
    for stage in STAGES:
        seconds = built["times"].get(stage, 0.0)
        print(f"| {stage} | {seconds:.2f} | {seconds / built['seconds']:.0%} |")
    return built


def workers_report(args: argparse.Namespace, work: Path, workers: list[int], corpus: Path, built: dict) -> None:
    largest = corpus.name.removeprefix("corpus-")
    print(f"\n## Workers ({size_label(int(largest))} characters)\n")
    print("| workers | build s | chars/s | speed-up | largest process |")
    print("|---|---|---|---|---|")
    for count in workers:
        run = built if count == 1 else measure(
            ["build", str(corpus), str(work / f"out-{largest}-{count}"), str(count)], args.repeat,
            lambda: shutil.rmtree(work / f"out-{largest}-{count}", True))
        print(f"| {count} | {run['seconds']:.2f} | {rate(run['characters'], run['seconds'])} | "
              f"×{built['seconds'] / run['seconds']:.2f} | {mb(run['peak_bytes'])} |")
    if args.dask:
        out = work / f"out-{largest}-dask"
        run = measure(["dask", str(corpus), str(out), "2"], args.repeat, lambda: shutil.rmtree(out, True))
        print(f"| Dask LocalCluster, 2 workers | {run['seconds']:.2f} | {rate(run['characters'], run['seconds'])} | "
              f"×{built['seconds'] / run['seconds']:.2f} | (cluster not counted) |")


def update_report(args: argparse.Namespace, work: Path, largest: int, built: dict) -> None:
    from corpus import generate

    new = work / "new"
    generate(int(largest * UPDATE_SHARE), new, seed=7, prefix="new")
    base, updated = work / f"out-{largest}-1", work / "updated"

    def fresh_copy() -> None:
        shutil.rmtree(updated, True)
        shutil.copytree(base, updated)

    run = measure(["build", str(new), str(updated), "1", "--update"], args.repeat, fresh_copy)
    print(f"\n## Update\n\nAdding {run['documents']:,} documents ({run['characters']:,} characters, "
          f"{UPDATE_SHARE:.0%}) to the {size_label(largest)} build: {run['seconds']:.2f} s "
          f"({rate(run['characters'], run['seconds'])} chars/s), against {built['seconds']:.2f} s for the full build. "
          "Stages: " + ", ".join(f"{k} {v:.2f}" for k, v in run["times"].items()) + ".")


def density_report(args: argparse.Namespace, sizes: list[int], corpora: dict[int, Path]) -> None:
    print("\n## Entity density\n")
    print("The rules' cost grows with the names in the text, so the ratio to the tokenizer depends on the text. "
          "The spaCy pipeline alone (tokenizer and our components, no resolution or RDF):\n")
    print("| text | characters | entity mentions per 1,000 characters | pipeline chars/s | ratio to the tokenizer "
          "| setting doc.ents alone, share of the tokenizer's time |")
    print("|---|---|---|---|---|---|")
    for label, folder in [(f"generated, {size_label(sizes[0])}", corpora[sizes[0]])] + [(str(t), t) for t in args.text]:
        run = measure(["pipeline", str(folder), str(args.pipeline_chars)])
        processed = run["characters"] * run["rounds"]
        print(f"| {label} | {run['characters']:,} | {1000 * run['mentions'] / run['characters']:.1f} | "
              f"{rate(processed, run['pipeline'])} | {run['tokenizer'] / run['pipeline']:.2f} | "
              f"{run['set_entities'] / run['tokenizer']:.0%} |")


def invalid_note(built: dict, what: str) -> None:
    for message in built.get("invalid", []):
        print(f"\nThe graph of {what} is not valid (written all the same for the benchmark): "
              + " ".join(message.removeprefix("writing a graph that is not valid: ").split()))


def store_report(args: argparse.Namespace, graph: Path, built: dict) -> None:
    store = measure(["store", str(graph)])
    print(f"\n## Embedded store (pyoxigraph {store['version']}, in memory)")
    invalid_note(built, "the largest generated corpus")
    print()
    if "validation" in built["times"]:
        print(f"The build of this graph took {built['seconds']:.2f} s, of which the check against the shapes "
              f"{built['times']['validation']:.2f} s.\n")
    print(f"Bulk load of graph.ttl ({built['triples']:,} triples, {mb(graph.stat().st_size)}): "
          f"{store['load_seconds']:.2f} s ({built['triples'] / store['load_seconds']:,.0f} triples/s).\n")
    print("| query (benchmarks/queries/) | rows | ms (best of 3) | slowest of 3, ms |")
    print("|---|---|---|---|")
    for name, query in store["queries"].items():
        print(f"| {name} | {query['rows']:,} | {query['seconds'] * 1000:.1f} | {query['slowest'] * 1000:.1f} |")


def realistic(args: argparse.Namespace, work: Path) -> None:
    """The default build (the SHACL check included) on text of realistic density: the development corpus
    recombined to about 1.27 M characters (generated here, never kept)."""
    from corpus import recombine

    print("\n## Realistic density (the development corpus recombined, one worker)\n")
    if not args.shared.is_dir():
        print(f"Skipped: {args.shared} not found (the development corpus lives in ../shared beside the project).")
        return
    corpus = work / "realistic"
    documents, characters = recombine(args.shared, corpus, copies=args.realistic_copies)
    runs: dict[str, list[dict]] = {"default": [], "no-validate": []}
    for _ in range(args.repeat):  # taken in turns, so that both kinds of build meet the same load
        for label, flags in (("default", []), ("no-validate", ["--no-validate"])):
            out = work / f"out-realistic-{label}"
            runs[label].append(measure(["build", str(corpus), str(out), "1", *flags], 1,
                                       lambda out=out: shutil.rmtree(out, True)))
    for label, measured in runs.items():
        runs[label] = {**min(measured, key=lambda run: run["seconds"]),
                       "slowest": max(run["seconds"] for run in measured)}
    check = measure(["validate", str(work / "out-realistic-default")], args.repeat)
    default, unchecked = runs["default"], runs["no-validate"]
    invalid_note(default, "the realistic corpus")
    validation = default["times"].get("validation", 0.0)
    print(f"{documents:,} documents, {characters:,} characters: {default['entities']:,} entities, "
          f"{default['triples']:,} triples.\n")
    print(f"| run | seconds (best of {args.repeat}) | slowest run | against the build without the check |")
    print("|---|---|---|---|")
    print(f"| `kg build` (default: the graph checked against the shapes) | {default['seconds']:.2f} | "
          f"{default['slowest']:.2f} | ×{default['seconds'] / unchecked['seconds']:.2f} |")
    print(f"| `kg build --no-validate` | {unchecked['seconds']:.2f} | {unchecked['slowest']:.2f} | ×1.00 |")
    print(f"| the check inside the default build (the time the build waits for it) | {validation:.2f} | | "
          f"{validation / default['seconds']:.0%} of the default build |")
    beside = default["times"].get("validation beside the build")
    if beside is not None:
        print(f"| the check's own CPU time, in its process beside the build | {beside:.2f} | | |")
    print(f"| `kg validate DIR` (a fresh process, start-up included) | {check['seconds']:.2f} | "
          f"{check['slowest']:.2f} | ×{check['seconds'] / unchecked['seconds']:.2f} |")
    print("\nStages of the default build: " + ", ".join(f"{k} {v:.2f}" for k, v in default["times"].items()) + ".")


def sections(text: str) -> set[str]:
    chosen = {name.strip() for name in text.split(",") if name.strip()}
    if not chosen or chosen - set(SECTIONS):
        raise argparse.ArgumentTypeError(f"sections are {', '.join(SECTIONS)}, not {text!r}")
    return chosen


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2:])))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1M,10M", help="corpus sizes in characters (default: 1M,10M)")
    ap.add_argument("--workers", default="1,2,4", help="worker counts (default: 1,2,4)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per figure; the fastest is kept (default: 1)")
    ap.add_argument("--dask", action="store_true", help="also build on a local Dask cluster of 2 workers")
    ap.add_argument("--pipeline-chars", type=int, default=300_000, metavar="N",
                    help="characters the pipeline-alone figures run through, texts read again as needed "
                         "(default: 300,000)")
    ap.add_argument("--shared", type=Path, default=SHARED_CORPUS,
                    help="the development corpus to recombine into the realistic-density corpus "
                         "(default: ../shared/corpus)")
    ap.add_argument("--realistic-copies", type=int, default=60, metavar="N",
                    help="copies of each development text in the realistic corpus (default 60: 660 files, "
                         "1.27 M characters)")
    ap.add_argument("--only", type=sections, default=set(SECTIONS), metavar="LIST",
                    help=f"only these sections, comma-separated: {', '.join(SECTIONS)} (default: all)")
    ap.add_argument("--keep", type=Path, help="keep the corpora and outputs in this folder")
    ap.add_argument("--text", type=Path, action="append", default=[],
                    help="a folder of .txt files of your own whose entity density and pipeline speed to report too "
                         "(repeatable)")
    ap.add_argument("--analytics", action="store_true",
                    help="only measure kg analyze (rankings, betweenness, clusters) on the graph of each size, "
                         "and on synthetic graphs (--analytics-nodes)")
    ap.add_argument("--analytics-nodes", default="2000,20000,100000", metavar="LIST",
                    help="with --analytics: companies in the synthetic graphs (default: 2000,20000,100000)")
    args = ap.parse_args()
    if args.dask and importlib.util.find_spec("distributed") is None:
        ap.error("--dask needs Dask, the cluster extra: .venv/bin/pip install -e '.[cluster]' (make test installs it)")
    run = analytics_report if args.analytics else report
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
            run(args, Path(work))


if __name__ == "__main__":
    main()
