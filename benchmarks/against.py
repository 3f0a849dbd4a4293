"""The speed of this checkout's extraction against another commit's, on text of realistic density.

    .venv/bin/python benchmarks/against.py BASELINE_CHECKOUT [--turns 3] [--shared ../shared/corpus]

BASELINE_CHECKOUT is a work tree of the commit to compare with (`git worktree add /tmp/base 7be11da`, the
commit issue 11 measures its speed target against). Both run in this virtualenv, in turns, each in a fresh
process, on the same texts: the development corpus recombined to about 1.25 M characters (benchmarks/corpus.py,
written to a temporary folder and never kept). Each turn prints the seconds of the build's own `extract` (the
spaCy pipeline and the records a build keeps; the collector's thresholds as a build sets them; best of two
passes) and of spaCy's blank `zh` tokenizer over the same texts; at the end, the medians and this checkout's
share of the baseline's speed, by pipeline seconds and by the tokenizer ratio (which corrects for the
machine's speed during each run).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import recombine

HERE = Path(__file__).resolve().parent.parent

# Run inside the checkout measured: its own kg (modules moved between the two commits), this virtualenv. The layout
# is chosen by the checkout's files, not by trying an import: the virtualenv's editable install of this project
# finds a module the checkout lacks (kg.extract.nlp in an older one) in the project's own folder, so an older
# checkout would run this one's pipeline; the module's file is checked to be the checkout's.
MEASURE = r"""
import gc, json, sys, time
from pathlib import Path
import spacy
if Path("kg/pipeline.py").exists():  # the layout before kg/ was split into stages
    from kg.pipeline import build_nlp, extract
    from kg.read import Document
    from kg.parallel import fewer_collections
else:
    from kg.extract.nlp import build_nlp, extract
    from kg.ingest.read import Document
    from kg.run.collector import fewer_collections
measured = Path(sys.modules[extract.__module__].__file__).resolve()
if not measured.is_relative_to(Path.cwd().resolve()):
    sys.exit(f"the pipeline measured is {measured}, not this checkout's")
docs = [Document(p.name, p.read_text(encoding="utf-8"), "utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
nlp = build_nlp()
list(extract(nlp, docs[:2]))
blank = spacy.blank("zh")
def best(run):
    times = []
    for _ in range(2):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)
tokenizer = best(lambda: [blank.make_doc(d.text) for d in docs])
with fewer_collections():
    pipeline = best(lambda: list(extract(nlp, docs)))
print(json.dumps({"pipeline": pipeline, "tokenizer": tokenizer}))
"""


def measure(checkout: Path, corpus: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, "-c", MEASURE, str(corpus)], cwd=checkout, env=env,
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{checkout}: the measurement failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("baseline", type=Path, help="a work tree of the commit to compare with")
    ap.add_argument("--turns", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=HERE.parent / "shared" / "corpus")
    args = ap.parse_args()
    if not (args.baseline / "kg").is_dir():
        raise SystemExit(f"{args.baseline}: not a checkout of this project (no kg/ folder)")
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "realistic"
        documents, characters = recombine(args.shared, corpus)
        print(f"{documents} documents, {characters:,} characters")
        runs: dict[str, list[dict]] = {"baseline": [], "this": []}
        for turn in range(1, args.turns + 1):
            for name, checkout in (("baseline", args.baseline), ("this", HERE)):
                figures = measure(checkout.resolve(), corpus)
                runs[name].append(figures)
                print(f"turn {turn} {name:8} pipeline {figures['pipeline']:.2f} s, tokenizer {figures['tokenizer']:.2f} s")
    median = {name: {key: statistics.median(r[key] for r in rs) for key in ("pipeline", "tokenizer")}
              for name, rs in runs.items()}
    by_seconds = median["baseline"]["pipeline"] / median["this"]["pipeline"]
    ratios = {name: statistics.median(r["tokenizer"] / r["pipeline"] for r in rs) for name, rs in runs.items()}
    print(f"medians: baseline {median['baseline']['pipeline']:.2f} s, this checkout {median['this']['pipeline']:.2f} s")
    print(f"this checkout's share of the baseline's speed: {by_seconds:.2f} by pipeline seconds, "
          f"{ratios['this'] / ratios['baseline']:.2f} by the tokenizer ratio")


if __name__ == "__main__":
    main()
