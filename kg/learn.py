"""Training the learned check on the relation rules (kg/extract/relations/learned.py) from gold annotations.

    python -m kg.learn [SET_FOLDER ...] [--out kg/extract/rules/learned_relations.json]

Each SET_FOLDER holds `texts/` and `gold/` (the layout of tests/challenge); by default, the folders of
tests/challenge named in tests/challenge/TRAINING_SETS (the development half and the sets tuned on; the sets held
out are not in it). The texts run through the pipeline without the learned component; every candidate pair of
mentions (learned.Document.candidates) is labelled by the gold: 1 where the gold states the relation between the
entities the two names are of, 0 where it does not, none (left out) where the gold makes it optional, entails it by
transitivity, or makes either end optional. A logistic regression (scikit-learn, the `learn` extra; liblinear,
deterministic) is fitted on the features seen at least `MIN_COUNT` times, and written with the thresholds and the
list of sets as one JSON file. The same texts give the same file.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.evaluate import Gold, load_gold
from kg.extract.relations.learned import FEATURES_VERSION, MODEL, Document
from kg.ingest.read import find_sources, read_sources
from kg.model import Mention
from kg.resolve.names import name_key
from kg.staging import write_atomic

ROOT = Path(__file__).resolve().parent.parent
TRAINING_SETS = ROOT / "tests" / "challenge" / "TRAINING_SETS"
MIN_COUNT = 2  # a feature seen once is noise: its weight would only fit that one pair
REGULARISATION = 1.0  # liblinear's C
WEIGHT_DIGITS = 3  # (a retraining after a small change of the rules moves few of the file's lines)
DROP_BELOW, ADD_FROM = 0.0, 0.8  # a rule's relation is dropped below the one (none is), a pair is added from the other


def default_sets() -> list[Path]:
    names = [line.split("#")[0].strip() for line in TRAINING_SETS.read_text(encoding="utf-8").splitlines()]
    return [TRAINING_SETS.parent / name for name in names if name]


def rows_of_set(nlp, folder: Path) -> list[tuple[list[str], int]]:
    """(features, label) of every candidate of the set's texts that the gold labels."""
    from kg.extract.nlp import doc_text, sentence_offsets

    gold = load_gold(folder / "gold")
    rows = []
    for document in read_sources(find_sources(folder / "texts"), warn=lambda message: None, strict=True, skipped=[]):
        doc = nlp(document.text)
        text = doc_text(doc)
        mentions = [Mention(e.start_char, e.end_char, e.label_, "") for e in doc.ents]
        mentions += [Mention(s.start_char, s.end_char, s.label_, "") for s in doc.spans.get("kg_nested", [])]
        parsed = Document(text, sentence_offsets(doc), mentions, doc._.kg_relations or ())
        names_of = _alias_closure(doc._.kg_aliases or ())
        for candidate in parsed.candidates():
            head, tail = parsed.name(candidate.head), parsed.name(candidate.tail)
            label = _label(gold, _gold_ids(gold, names_of(head), head[0]), candidate.relation,
                           _gold_ids(gold, names_of(tail), tail[0]))
            if label is not None:
                rows.append((parsed.features(candidate), label))
    return rows


def _alias_closure(aliases):
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for label, name, other in aliases:
        parent[find((label, name))] = find((label, other))
    groups = defaultdict(set)
    for key in list(parent):
        groups[find(key)].add(key[1])
    return lambda ref: groups[find(ref)] if ref in parent else {ref[1]}


def _gold_ids(gold: Gold, names, label: str) -> set[int]:
    return {e for n in names for e in gold.name_index.get(name_key(n, label), []) if gold.entities[e].type == label}


def _label(gold: Gold, heads: set[int], relation: str, tails: set[int]) -> int | None:
    if not heads or not tails:
        return 0  # an end the gold does not hold: the relation would be a false one
    keys = [(h, relation, t) for h in heads for t in tails]
    if any(k in gold.relations and not gold.relations[k] for k in keys):
        return 1
    if any(k in gold.relations or k in gold.entailed or gold.entities[k[0]].optional or gold.entities[k[2]].optional
           for k in keys):
        return None
    return 0


def fit(rows: list[tuple[list[str], int]]) -> tuple[dict[str, float], float]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    if len({label for _, label in rows}) != 2:
        raise ValueError("training: the gold of these sets labels no pairs as related and unrelated both")
    counts = Counter(f for features, _ in rows for f in set(features))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    indices, pointers = [], [0]
    for features, _ in rows:
        indices += sorted({vocabulary[f] for f in features if f in vocabulary})
        pointers.append(len(indices))
    matrix = csr_matrix(([1.0] * len(indices), indices, pointers), shape=(len(rows), len(vocabulary)))
    model = LogisticRegression(C=REGULARISATION, solver="liblinear", max_iter=1000)
    model.fit(matrix, [label for _, label in rows])
    weights = {f: round(float(model.coef_[0][i]), WEIGHT_DIGITS) for f, i in vocabulary.items()}
    return {f: w for f, w in weights.items() if w}, round(float(model.intercept_[0]), WEIGHT_DIGITS)


def train(sets: list[Path]) -> dict:
    from kg.extract.nlp import build_nlp

    nlp = build_nlp(learned=False)
    rows = [row for folder in sets for row in rows_of_set(nlp, folder)]
    weights, bias = fit(rows)
    return {"features_version": FEATURES_VERSION, "trained_on": sorted(folder.name for folder in sets),
            "candidates": len(rows), "positives": sum(label for _, label in rows),
            "drop_below": DROP_BELOW, "add_from": ADD_FROM, "bias": bias,
            "weights": dict(sorted(weights.items()))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.learn", description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="folders with texts/ and gold/ (default: TRAINING_SETS)")
    parser.add_argument("--out", type=Path, default=MODEL, help="the model file to write")
    args = parser.parse_args(argv)
    model = train(args.sets or default_sets())
    write_atomic(args.out, json.dumps(model, ensure_ascii=False, indent=0) + "\n")
    print(f"{args.out}: {len(model['weights'])} weights from {model['candidates']} candidates "
          f"({model['positives']} related) of {len(model['trained_on'])} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
