"""Training the learned additions to the relation rules (kg/extract/relations/learned.py) from gold annotations.

    python -m kg.learn [SET_FOLDER ...] [--out FILE]

Each SET_FOLDER holds `texts/` and `gold/` (the layout of tests/challenge); by default, the folders of
tests/challenge named in tests/challenge/TRAINING_SETS (the development half and the sets tuned on; the sets held
out are not in it), written to kg/extract/rules/learned_relations.json. Given folders of your own, give an --out too.

The texts run through the pipeline without the learned component; the candidate pairs it would be asked about
(learned.Document.candidates: of one sentence, that no rule relates) are labelled by the gold of their own document:
1 where it states the relation between the entities the two names are of, 0 where neither it nor any other document
does, none (left out) where the gold makes it optional, entails it by transitivity, makes either end optional, or
states it only in another document. A logistic regression (scikit-learn, the `learn` extra; liblinear) is fitted on
the features seen at least `MIN_COUNT` times. Its threshold is chosen by halves: a model fitted on every other set
scores the rest and the other way round, and `add_from` is the lowest probability at which at least `MIN_PRECISION`
of the pairs it would add are related; that share is the model's `confidence`. The same texts and rules give the same
file.
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
from kg.resolve.names import name_key
from kg.resolve.table import UnionFind
from kg.staging import write_atomic

ROOT = Path(__file__).resolve().parent.parent
TRAINING_SETS = ROOT / "tests" / "challenge" / "TRAINING_SETS"
MIN_COUNT = 2  # a feature seen once is noise: its weight would only fit that one pair
REGULARISATION = 1.0  # liblinear's C
WEIGHT_DIGITS = 3  # (a retraining after a small change of the rules moves few of the file's lines)
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))  # 0.5 … 0.95: the add_from tried
MIN_PRECISION = 0.6  # the share of its additions that must be right, by halves
NEVER = 1.01  # the add_from of a model no threshold of which is precise enough: it adds nothing

Row = tuple[list[str], int]


def default_sets() -> list[Path]:
    names = [line.split("#")[0].strip() for line in TRAINING_SETS.read_text(encoding="utf-8").splitlines()]
    return [TRAINING_SETS.parent / name for name in names if name]


def rows_of_set(nlp, folder: Path) -> list[Row]:
    """(features, label) of every candidate of the set's texts that the gold labels."""
    from kg.extract.nlp import doc_text, mentions_of, sentence_offsets

    gold = load_gold(folder / "gold")
    rows = []
    for document in read_sources(find_sources(folder / "texts"), warn=lambda message: None, strict=True, skipped=[]):
        doc = nlp(document.text)
        parsed = Document(doc_text(doc), sentence_offsets(doc), mentions_of(doc), doc._.kg_relations or ())
        names_of = _alias_closure(doc._.kg_aliases or ())
        for candidate in parsed.candidates():
            head, tail = parsed.name(candidate.head), parsed.name(candidate.tail)
            label = _label(gold, _gold_ids(gold, names_of(head), head[0]), candidate.relation,
                           _gold_ids(gold, names_of(tail), tail[0]), Path(document.id).name)
            if label is not None:
                rows.append((parsed.features(candidate), label))
    return rows


def _alias_closure(aliases):
    """ref -> every name the document's aliases give the same thing (the name alone when none does)."""
    union = UnionFind()
    for label, name, other in aliases:
        union.add((label, name))
        union.add((label, other))
        union.union((label, name), (label, other))
    groups = defaultdict(set)
    for key in list(union.parent):
        groups[union.find(key)].add(key[1])
    return lambda ref: groups[union.find(ref)] if ref in union.parent else {ref[1]}


def _gold_ids(gold: Gold, names, label: str) -> set[int]:
    return {e for n in names for e in gold.name_index.get(name_key(n, label), []) if gold.entities[e].type == label}


def _label(gold: Gold, heads: set[int], relation: str, tails: set[int], document: str) -> int | None:
    if not heads or not tails:
        return 0  # an end the gold does not hold: the relation would be a false one
    keys = [(h, relation, t) for h in heads for t in tails]
    if any(k in gold.relations and not gold.relations[k] and document in gold.relation_documents[k] for k in keys):
        return 1
    if any(k in gold.relations or k in gold.entailed or gold.entities[k[0]].optional or gold.entities[k[2]].optional
           for k in keys):
        return None
    return 0


def fit(rows: list[Row]) -> tuple[dict[str, float], float]:
    """The weights (of the features seen at least MIN_COUNT times) and the bias of a logistic regression."""
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
    model = LogisticRegression(C=REGULARISATION, solver="liblinear", max_iter=1000, random_state=0)
    model.fit(matrix, [label for _, label in rows])
    weights = {f: round(float(model.coef_[0][i]), WEIGHT_DIGITS) for f, i in vocabulary.items()}
    return {f: w for f, w in weights.items() if w}, round(float(model.intercept_[0]), WEIGHT_DIGITS)


def threshold(rows_by_set: dict[str, list[Row]]) -> tuple[float, float]:
    """add_from and the share of right additions at it, by halves (NEVER and 1.0 when no threshold is precise enough)."""
    from kg.extract.relations.learned import LearnedRelations

    names = sorted(rows_by_set)
    halves = (names[0::2], names[1::2])
    scored: list[tuple[float, int]] = []
    for train_on, score_on in (halves, halves[::-1]):
        weights, bias = fit([row for name in train_on for row in rows_by_set[name]])
        model = LearnedRelations({"features_version": FEATURES_VERSION, "weights": weights, "bias": bias,
                                  "add_from": NEVER, "confidence": 1.0})
        scored += [(model.probability(features), label) for name in score_on for features, label in rows_by_set[name]]
    for t in THRESHOLDS:
        added = [label for p, label in scored if p >= t]
        if added and sum(added) / len(added) >= MIN_PRECISION:
            return t, round(sum(added) / len(added), 2)
    return NEVER, 1.0


def train(sets: list[Path]) -> dict:
    from kg.extract.nlp import build_nlp

    nlp = build_nlp(learned=False)
    rows_by_set = {folder.name: rows_of_set(nlp, folder) for folder in sets}
    rows = [row for folder in sets for row in rows_by_set[folder.name]]
    weights, bias = fit(rows)
    add_from, confidence = threshold(rows_by_set) if len(sets) > 1 else (NEVER, 1.0)
    return {"features_version": FEATURES_VERSION, "trained_on": sorted(folder.name for folder in sets),
            "candidates": len(rows), "positives": sum(label for _, label in rows),
            "add_from": add_from, "confidence": confidence, "bias": bias, "weights": dict(sorted(weights.items()))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.learn", description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="folders with texts/ and gold/ (default: TRAINING_SETS)")
    parser.add_argument("--out", type=Path, help="the model file to write (default: the shipped one, for the default sets)")
    args = parser.parse_args(argv)
    if args.sets and args.out is None:
        parser.error("give --out for a model of your own sets (the shipped model is trained on TRAINING_SETS)")
    model = train(args.sets or default_sets())
    out = args.out or MODEL
    write_atomic(out, json.dumps(model, ensure_ascii=False, indent=0) + "\n")
    print(f"{out}: {len(model['weights'])} weights from {model['candidates']} candidates ({model['positives']} "
          f"related) of {len(model['trained_on'])} sets; adds from {model['add_from']} (right {model['confidence']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
