"""A learned check on the relation rules: a logistic regression over what stands around each pair of mentions.

The rules (the patterns, lists and anaphors of this package) are written from the texts they were tuned on; on
text they have never seen they miss relations a reader sees and state some a reader would not. This model is
trained (kg/learn.py) on the gold of the development texts of tests/challenge, from the mentions the rules find: for
every pair of mentions that one relation of the schema may join and that stand in one sentence, or that a rule
relates, it weighs the words between and around them, their order and distance, their types and the ends of their
names, and which other mentions stand nearer. It knows no rule by name, so rules may change without retraining;
but the mentions it reads are the rules', so a retrained model follows the entity rules it is trained after.

It changes the rules' relations in two ways only (`LearnedRelations.revise`): a rule's relation whose probability is
below `drop_below` is dropped, and a pair no rule relates is added when its probability is at least `add_from`
(rule `learned.<relation>`, its probability as confidence). The weights, the thresholds and the list of texts the
model was trained on are one data file, kg/extract/rules/learned_relations.json.
"""
from __future__ import annotations

import bisect
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from kg.model import Mention, Relation
from kg.schema import RELATIONS

MODEL = Path(__file__).resolve().parent.parent / "rules" / "learned_relations.json"
FEATURES_VERSION = 1  # bumped when `features` changes: a model of another version is refused


def _joining() -> dict[tuple[str, str], tuple[str, ...]]:
    """(head's type, tail's type) -> the relations of the schema that may join them."""
    joining: dict[tuple[str, str], tuple[str, ...]] = defaultdict(tuple)
    for name, kind in RELATIONS.items():
        for head in kind.domain:
            for tail in kind.range:
                joining[(head, tail)] += (name,)
    return dict(joining)


JOINING = _joining()
MARKS = frozenset("，,。；;、：:（）()“”")
BUCKETS = (0, 1, 2, 3, 5, 8, 12, 20, 30, 50, 80)
GAP_CHARACTERS = 12  # characters of the gap read from each of its ends
SIDE_CHARACTERS = 4  # characters read before the pair and after it
SHORT_GAP = 4  # a gap this short is a feature as a whole (`的`, `落户`, `入选`)


def bucket(value: int) -> str:
    return next((str(b) for b in BUCKETS if value <= b), "far")


def bigrams(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(len(text) - 1)]


@dataclass
class Candidate:
    """A pair of mentions one relation may join, the sentence they are read in, and the rules' relations of it."""
    head: Mention
    relation: str
    tail: Mention
    sentence: int
    ruled: list[Relation] = field(default_factory=list)


class Document:
    """The mentions of one text by sentence, and the rules' relations by the names they join."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Iterable[Mention],
                 relations: Iterable[Relation]):
        self.text, self.sentences = text, list(sentences)
        starts = [start for start, _ in self.sentences]
        self.by_sentence: dict[int, list[Mention]] = defaultdict(list)
        self.names: dict[Mention, tuple[str, str]] = {}
        for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
            index = max(0, bisect.bisect_right(starts, m.start) - 1)
            name = (m.label, text[m.start:m.end])
            if all(self.names[other] != name for other in self.by_sentence[index]):  # one mention of a name a sentence
                self.names[m] = name
                self.by_sentence[index].append(m)
        self.at: dict[tuple[int, tuple[str, str]], Mention] = {
            (index, self.names[m]): m for index, ms in self.by_sentence.items() for m in ms}
        self.related: dict[tuple, list[Relation]] = defaultdict(list)
        for r in relations:
            self.related[self.key(r.head, r.relation, r.tail)].append(r)
        self.placed = defaultdict(set)  # (head's name, relation) -> the tails' names the rules relate it to
        for (head, relation, tail) in self.related:
            self.placed[(head, relation)].add(tail)
        self.names_by_label = defaultdict(set)
        for ms in self.by_sentence.values():
            for m in ms:
                self.names_by_label[m.label].add(self.name(m))

    def name(self, m: Mention) -> tuple[str, str]:
        return self.names.get(m) or (m.label, self.text[m.start:m.end])

    def key(self, head: Mention, relation: str, tail: Mention) -> tuple:
        return self.name(head), relation, self.name(tail)

    def candidates(self) -> list[Candidate]:
        """Every pair of one sentence's mentions that a relation of the schema may join, and every ruled pair."""
        found: dict[tuple, Candidate] = {}
        for index, ms in self.by_sentence.items():
            named = [(m, self.names[m]) for m in ms]
            for head, head_name in named:
                for tail, tail_name in named:
                    for relation in JOINING.get((head.label, tail.label), ()):
                        if head_name != tail_name:
                            found.setdefault((head_name, relation, tail_name), Candidate(head, relation, tail, index))
        for key, ruled in self.related.items():
            first = ruled[0]
            candidate = found.setdefault(key, Candidate(first.head, first.relation, first.tail, first.sentence))
            candidate.ruled = ruled
        return list(found.values())

    def features(self, c: Candidate) -> list[str]:
        rel, (head_label, head_name), (tail_label, tail_name) = c.relation, self.name(c.head), self.name(c.tail)
        features = [f"rel={rel}", f"types={rel}|{head_label}|{tail_label}"]
        mentions = self.by_sentence.get(c.sentence, [])
        head, tail = self.at.get((c.sentence, (head_label, head_name))), self.at.get((c.sentence, (tail_label, tail_name)))
        features.append("cooc" if head and tail else "nocooc")
        if head and tail:
            features += [f"{rel}:{f}" for f in self._between(head, tail, self.sentences[c.sentence])]
            features += self._nearest(rel, head, tail, mentions)
        features.append("headline" if c.sentence == 0 else "body")
        features += [f"{rel}:tend={tail_name[-2:]}", f"{rel}:tend1={tail_name[-1:]}", f"{rel}:hend={head_name[-2:]}"]
        features.append(f"nsentm={bucket(len(mentions))}")
        others = self.placed.get(((head_label, head_name), rel), set()) - {(tail_label, tail_name)}
        features.append(f"{rel}:head_has_other" if others else f"{rel}:head_no_other")
        features.append(f"{rel}:doc_ntail_type={bucket(len(self.names_by_label[tail_label]))}")
        return features

    def _between(self, head: Mention, tail: Mention, sentence: tuple[int, int]) -> list[str]:
        """The words between the pair and around it, their order and distance."""
        text = self.text
        first, second, order = (head, tail, "HT") if head.start <= tail.start else (tail, head, "TH")
        if second.start < first.end:
            return ["nested", f"nested_{order}"]
        gap = text[first.end:second.start]
        out = [f"order={order}", f"dist={bucket(len(gap))}{order}"]
        out += [f"gp={ch}{order}" for ch in sorted(set(gap) & MARKS)]
        out += [f"gb={b}{order}" for b in bigrams(gap[:GAP_CHARACTERS])]
        out += [f"ge={b}{order}" for b in bigrams(gap[-GAP_CHARACTERS:])]
        if len(gap) <= SHORT_GAP:
            out.append(f"gapw={gap}{order}")
        sentence_start, sentence_end = sentence
        before = text[max(sentence_start, first.start - SIDE_CHARACTERS):first.start]
        after = text[second.end:min(sentence_end, second.end + SIDE_CHARACTERS)]
        out += [f"pre={b}" for b in bigrams(before)] + [f"post={b}" for b in bigrams(after)]
        if before[-1:] == "、" or after[:1] == "、":
            out.append("inlist")
        return out

    def _nearest(self, rel: str, head: Mention, tail: Mention, mentions: list[Mention]) -> list[str]:
        """Whether the tail is the mention of the relation's range nearest the head, before it or after it."""
        tails = [m for m in mentions if m.label in RELATIONS[rel].range and self.name(m) != self.name(head)]
        out = [f"{rel}:ntails={bucket(len(tails))}"]
        if not tails:
            return out
        near = min(tails, key=lambda m: abs(m.start - head.start))
        out.append(f"{rel}:nearest_tail" if self.name(near) == self.name(tail) else f"{rel}:not_nearest_tail")
        before = [m for m in tails if m.start < head.start]
        if before and self.name(max(before, key=lambda m: m.start)) == self.name(tail):
            out.append(f"{rel}:nearest_tail_before")
        after = [m for m in tails if m.start > head.start]
        if after and self.name(min(after, key=lambda m: m.start)) == self.name(tail):
            out.append(f"{rel}:nearest_tail_after")
        return out


class LearnedRelations:
    """The model of kg/extract/rules/learned_relations.json, and the rules' relations revised by it."""

    def __init__(self, model: dict):
        if model.get("features_version") != FEATURES_VERSION:
            raise ValueError(f"learned relations: a model of features version {model.get('features_version')}, "
                             f"not {FEATURES_VERSION}: retrain it (python -m kg.learn)")
        self.weights: dict[str, float] = model["weights"]
        self.bias = float(model["bias"])
        self.drop_below, self.add_from = float(model["drop_below"]), float(model["add_from"])

    @classmethod
    def load(cls, path: Path = MODEL) -> "LearnedRelations":
        try:
            return cls(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as error:
            raise ValueError(f"{path}: not a model of learned relations ({error})") from error

    def probability(self, features: Iterable[str]) -> float:
        score = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-score))

    def revise(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Iterable[Mention],
               relations: Sequence[Relation]) -> list[Relation]:
        document = Document(text, sentences, mentions, relations)
        dropped: set[int] = set()
        added: list[Relation] = []
        for candidate in document.candidates():
            if candidate.ruled and self.drop_below <= 0:
                continue  # (a model that drops nothing need not weigh what the rules found)
            p = self.probability(document.features(candidate))
            if candidate.ruled and p < self.drop_below:
                dropped |= {id(r) for r in candidate.ruled}
            elif not candidate.ruled and p >= self.add_from:
                added.append(Relation(candidate.head, candidate.relation, candidate.tail, candidate.sentence,
                                      round(p, 3), f"learned.{candidate.relation}"))
        return [r for r in relations if id(r) not in dropped] + added
