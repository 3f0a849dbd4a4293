"""A learned addition to the relation rules: a logistic regression over what stands between and around two mentions.

The rules (the patterns, lists and anaphors of this package) are written from the texts they were tuned on; on
text they have never seen they miss relations a reader sees. This model is trained (kg/learn.py) on the gold of the
development texts of tests/challenge, on exactly the pairs it is asked about at run time: the pairs of mentions of
one sentence, no farther apart than `MAX_GAP` characters, that one relation of the schema may join and that no rule
relates. It weighs the words between and around them, their order and distance, their types, the ends of their names,
which other mentions of the tail's types stand nearer, how many mentions of which types stand between them, and
whether the rules place the head elsewhere. It knows no rule by name, but it reads the rules' mentions and relations,
so it is retrained when they change.

Where it gives a pair a probability of at least `add_from`, it adds the relation (rule `learned.<relation>`) with the
model's `confidence`: the share of its additions that were right when it was trained on half of the training sets and
tried on the other half (kg/learn.py). The weights, the threshold, the confidence and the list of sets trained on are
one data file, kg/extract/rules/learned_relations.json.
"""
from __future__ import annotations

import bisect
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from kg.extract.rules import RulesError
from kg.model import Mention, Relation
from kg.schema import RELATIONS

MODEL = Path(__file__).resolve().parent.parent / "rules" / "learned_relations.json"
FEATURES_VERSION = 3  # bumped when `Document.features` changes: a model of another version is refused
MAX_GAP = 60  # characters between a pair's mentions, at most (farther pairs are left to the rules)
NEIGHBOURS = 30  # mentions of a sentence on either side of a head tried as its tail (a long list stays linear)
MARKS = frozenset("，,。；;、：:（）()“”")
SENTENCE_ENDS = tuple("。！？!?；;")
BUCKETS = (0, 1, 2, 3, 5, 8, 12, 20, 30, 50, 80)
BUCKET_NAMES = (*map(str, BUCKETS), "far")
GAP_CHARACTERS = 12  # characters of the gap read from each of its ends
SIDE_CHARACTERS = 4  # characters read before the pair and after it
SHORT_GAP = 4  # a gap this short is a feature as a whole (`的`, `落户`, `入选`)


def _joining() -> dict[tuple[str, str], tuple[str, ...]]:
    """(head's type, tail's type) -> the relations of the schema that may join them."""
    joining: dict[tuple[str, str], tuple[str, ...]] = defaultdict(tuple)
    for name, kind in RELATIONS.items():
        for head in kind.domain:
            for tail in kind.range:
                joining[(head, tail)] += (name,)
    return dict(joining)


JOINING = _joining()


def bucket(value: int) -> str:
    return BUCKET_NAMES[bisect.bisect_left(BUCKETS, value)]  # (the first bucket that holds the value, or "far")


def bigrams(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(len(text) - 1)]


@dataclass(frozen=True)
class Candidate:
    """A pair of mentions of one sentence that a relation may join and no rule relates."""
    head: Mention
    relation: str
    tail: Mention
    sentence: int


class Document:
    """The mentions of one text by sentence (one mention of a name a sentence: the first), and what the rules relate."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Iterable[Mention],
                 relations: Iterable[Relation]):
        self.text, self.sentences = text, list(sentences)
        starts = [start for start, _ in self.sentences]
        self.by_sentence: dict[int, list[Mention]] = defaultdict(list)
        self.names: dict[Mention, tuple[str, str]] = {}
        seen: set[tuple[int, tuple[str, str]]] = set()
        for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
            index, name = max(0, bisect.bisect_right(starts, m.start) - 1), (m.label, text[m.start:m.end])
            if (index, name) not in seen:
                seen.add((index, name))
                self.names[m] = name
                self.by_sentence[index].append(m)
        self.related = {(self.name(r.head), r.relation, self.name(r.tail)) for r in relations}
        self.placed = defaultdict(set)  # (head's name, relation) -> the tails' names the rules relate it to
        for head, relation, tail in self.related:
            self.placed[(head, relation)].add(tail)
        self.names_by_label: dict[str, set[str]] = defaultdict(set)
        for name in self.names.values():
            self.names_by_label[name[0]].add(name[1])
        self.headline = len(self.sentences) > 1 and not text[slice(*self.sentences[0])].rstrip().endswith(SENTENCE_ENDS)

    def name(self, m: Mention) -> tuple[str, str]:
        return self.names.get(m) or (m.label, self.text[m.start:m.end])

    def candidates(self) -> list[Candidate]:
        """Each pair of names no rule relates, in the sentence where its mentions stand nearest (within MAX_GAP)."""
        best: dict[tuple, tuple[int, Candidate]] = {}
        for index, ms in self.by_sentence.items():
            for i, head in enumerate(ms):
                for tail in ms[max(0, i - NEIGHBOURS):i + NEIGHBOURS]:  # (in order of start: a list's far ends are apart)
                    relations = JOINING.get((head.label, tail.label), ())
                    gap = max(tail.start - head.end, head.start - tail.end)
                    if not relations or gap > MAX_GAP or self.names[head] == self.names[tail]:
                        continue
                    for relation in relations:
                        key = (self.names[head], relation, self.names[tail])
                        if key not in self.related and (key not in best or gap < best[key][0]):
                            best[key] = (gap, Candidate(head, relation, tail, index))
        return [candidate for _, candidate in best.values()]

    def features(self, c: Candidate) -> list[str]:
        rel, (head_label, head_name), (tail_label, tail_name) = c.relation, self.name(c.head), self.name(c.tail)
        mentions = self.by_sentence[c.sentence]
        features = [f"rel={rel}", f"types={rel}|{head_label}|{tail_label}", "headline" if self.headline and
                    c.sentence == 0 else "body", f"{rel}:tend={tail_name[-2:]}", f"{rel}:tend1={tail_name[-1:]}",
                    f"{rel}:hend={head_name[-2:]}", f"nsentm={bucket(len(mentions))}",
                    f"{rel}:doc_ntail_type={bucket(len(self.names_by_label[tail_label]))}"]
        features.append(f"{rel}:head_has_other" if self.placed.get(((head_label, head_name), rel)) else f"{rel}:head_no_other")
        features += self._between(rel, c.head, c.tail, self.sentences[c.sentence])
        return features + self._nearest(rel, c.head, c.tail, mentions) + self._inside(rel, c.head, c.tail, mentions)

    def _between(self, rel: str, head: Mention, tail: Mention, sentence: tuple[int, int]) -> list[str]:
        """The words between the pair and around it, their order and distance (named after the relation, `rel:`)."""
        text, r = self.text, f"{rel}:"
        first, second, order = (head, tail, "HT") if head.start <= tail.start else (tail, head, "TH")
        if second.start < first.end:
            return [f"{r}nested", f"{r}nested_{order}"]
        gap = text[first.end:second.start]
        out = [f"{r}order={order}", f"{r}dist={bucket(len(gap))}{order}"]
        out += [f"{r}gp={ch}{order}" for ch in sorted(set(gap) & MARKS)]
        out += [f"{r}gb={b}{order}" for b in bigrams(gap[:GAP_CHARACTERS])]
        out += [f"{r}ge={b}{order}" for b in bigrams(gap[-GAP_CHARACTERS:])]
        if len(gap) <= SHORT_GAP:
            out.append(f"{r}gapw={gap}{order}")
        before = text[max(sentence[0], first.start - SIDE_CHARACTERS):first.start]
        after = text[second.end:min(sentence[1], second.end + SIDE_CHARACTERS)]
        out += [f"{r}pre={b}" for b in bigrams(before)] + [f"{r}post={b}" for b in bigrams(after)]
        if before[-1:] == "、" or after[:1] == "、":
            out.append(f"{r}inlist")
        return out

    @staticmethod
    def _inside(rel: str, head: Mention, tail: Mention, mentions: list[Mention]) -> list[str]:
        """How many mentions stand between the pair, and of which types (a list between them, another place)."""
        first, second = (head, tail) if head.start <= tail.start else (tail, head)
        inner = [m for m in mentions if first.end <= m.start and m.end <= second.start]
        return [f"{rel}:inner={bucket(len(inner))}"] + sorted({f"{rel}:inner_type={m.label}" for m in inner})

    def _nearest(self, rel: str, head: Mention, tail: Mention, mentions: list[Mention]) -> list[str]:
        """Whether the tail is the mention of the relation's range nearest the head, before it or after it."""
        kinds = RELATIONS[rel].range
        tails = [m for m in mentions if m.label in kinds and self.names[m] != self.names[head]]
        out = [f"{rel}:ntails={bucket(len(tails))}"]
        if not tails:
            return out
        near = min(tails, key=lambda m: abs(m.start - head.start))
        out.append(f"{rel}:nearest_tail" if near == tail else f"{rel}:not_nearest_tail")
        before = [m for m in tails if m.start < head.start]
        if before and before[-1] == tail:
            out.append(f"{rel}:nearest_tail_before")
        after = [m for m in tails if m.start > head.start]
        if after and after[0] == tail:
            out.append(f"{rel}:nearest_tail_after")
        return out


class LearnedRelations:
    """The model of kg/extract/rules/learned_relations.json, and the relations it adds to the rules'."""

    def __init__(self, model: dict, source: Path | str = "the model"):
        try:
            version = model["features_version"]
            self.weights = {str(f): float(w) for f, w in dict(model["weights"]).items()}
            self.bias, self.add_from = float(model["bias"]), float(model["add_from"])
            self.confidence = float(model["confidence"])
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise RulesError(f"{source}: not a model of learned relations ({error!r})") from None
        if version != FEATURES_VERSION:
            raise RulesError(f"{source}: a model of features version {version}, not {FEATURES_VERSION}: "
                             f"retrain it (python -m kg.learn)")
        if not 0 < self.confidence <= 1:
            raise RulesError(f"{source}: its confidence {self.confidence} is not in 0–1")

    @classmethod
    def load(cls, path: Path = MODEL) -> "LearnedRelations":
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise RulesError(f"{path}: cannot read the model of learned relations ({error.strerror}); it comes with kg "
                             f"(reinstall it) or is trained by python -m kg.learn") from None
        try:
            return cls(json.loads(text), path)
        except json.JSONDecodeError as error:
            raise RulesError(f"{path}: not a model of learned relations ({error})") from None

    def probability(self, features: Iterable[str]) -> float:
        # (fsum is exact whatever the order of the terms: the same features give the same score in every process; a
        # feature the model does not know adds 0.0, so only the known ones are summed, found by one set intersection)
        score = math.fsum([self.bias, *map(self.weights.__getitem__, self.weights.keys() & features)])
        return 1.0 / (1.0 + math.exp(-score))

    def added(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Iterable[Mention],
              relations: Sequence[Relation]) -> list[Relation]:
        """The relations the model adds to the rules'."""
        document = Document(text, sentences, mentions, relations)
        return [Relation(c.head, c.relation, c.tail, c.sentence, self.confidence, f"learned.{c.relation}")
                for c in document.candidates() if self.probability(document.features(c)) >= self.add_from]
