"""Relation patterns: the named records of `patterns` in rules/relations.yaml, checked against the schema.

A pattern is `{id, relation, shape, head, tail, cues, gap, confidence, …}`: the shape (a way of
reading a sentence, implemented once in kg.extract.relations.shapes) and everything particular to
the pattern (its words, the gaps it allows, the types of its slots, its score) as data. The id is
the rule written into the RDF (`kg:rule "locatedIn.cue"`).

- `head` lists the entity types of the subject slot; a list inside the list is a rank: where
  several kinds stand before a cue, the earliest rank is the subject (`[[Company, Project], Region]`).
- `cues` (and any other word list) is a list of words, or the name of a shared list in
  relations.yaml (`located_in.cues`, `anaphors`), which the user's rule folders can extend.
- a regex (`gap`, …) may use `{cues}` (any cue word), `{adverbs}` and `{positions}` (common.yaml),
  `{quotes}` (one quote character), `{sum}` (an amount of money) and `{<list>}` for another word list of the pattern.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.extract.rules import Rules, RulesError
from kg.extract.search import alternation
from kg.extract.text import QUOTES
from kg.model import Mention, Relation
from kg.schema import ENTITY_TYPES, RELATIONS

SOURCE = "relations.yaml"  # named in errors when a record does not say which file it came from
REQUIRED = ("id", "relation", "shape", "head", "tail", "confidence")
COMMON_OPTIONS = ("own_place",)  # keys any pattern may hold, whatever its shape
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
SHARED_REGEXES = ("sum", "aims", "done", "role", "profile", "in_talks")  # relations.yaml regexes any pattern may name


@dataclass(frozen=True)
class Pattern:
    id: str
    relation: str
    shape: str
    head_ranks: tuple[tuple[str, ...], ...]
    tail: frozenset[str]
    confidence: float
    words: dict[str, tuple[str, ...]]  # cues and the other word lists, references resolved
    values: dict[str, Any] = field(default_factory=dict)  # the other keys, as written
    shared: dict[str, str] = field(default_factory=dict, compare=False)  # adverbs, positions: alternations
    source: str = SOURCE  # the rule file that defined it (or changed it last)
    head: frozenset[str] = field(init=False)  # the head's types, all ranks
    ranks: dict[str, int] = field(init=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "head", frozenset(t for rank in self.head_ranks for t in rank))
        object.__setattr__(self, "ranks", {t: i for i, rank in reversed(list(enumerate(self.head_ranks))) for t in rank})

    def rank(self, label: str) -> int | None:
        return self.ranks.get(label)

    def relation_of(self, head: Mention, tail: Mention, sentence: int, confidence: float | None = None) -> Relation:
        return Relation(head, self.relation, tail, sentence, self.confidence if confidence is None else confidence,
                        self.id)

    def value(self, key: str, default: Any = None) -> Any:
        if key not in self.values and default is None:
            raise self.error(f"needs '{key}' for shape {self.shape}")
        return self.values.get(key, default)

    def regex(self, key: str, default: str | None = None) -> re.Pattern:
        """The pattern's regex `key`, its placeholders filled in."""
        source = self.value(key, default)
        if not isinstance(source, str):
            raise self.error(f"'{key}' must be a regular expression (a string)")

        def fill(m: re.Match, seen: tuple[str, ...] = (key,)) -> str:
            name = m.group(1)
            if name in self.words:
                return f"(?:{alternation(self.words[name])})" if self.words[name] else "(?!)"
            if name in self.shared:
                return self.shared[name]
            if name not in seen and isinstance(self.values.get(name), str):  # another regex of the same pattern
                return f"(?:{PLACEHOLDER.sub(lambda inner: fill(inner, seen + (name,)), self.values[name])})"
            return m.group()  # not ours: a regex repetition such as {2}

        try:
            return re.compile(PLACEHOLDER.sub(fill, source))
        except re.error as err:
            raise self.error(f"'{key}' is not a valid regular expression ({err})") from err

    def error(self, problem: str) -> RulesError:
        return RulesError(f"{self.source}: pattern '{self.id}': {problem}")


def load_patterns(rules: Rules) -> list[Pattern]:
    """The patterns of rules/relations.yaml (with the user's folders), in order, checked."""
    records = rules.relations.get("patterns")
    if not isinstance(records, list) or not records:
        raise RulesError(f"{SOURCE}: 'patterns' must be a list of pattern records")
    shared = {"adverbs": f"(?:{alternation(rules.common['adverbs'])})",
              "positions": f"(?:{alternation(rules.common['position_words'])})",
              "quotes": f"[{re.escape(QUOTES)}]",
              **{key: f"(?:{rules.relations.get(key) or '(?!)'})" for key in SHARED_REGEXES}}
    patterns, seen = [], set()
    for record in records:
        pattern = _pattern(record, rules.relations, shared)
        if pattern.id in seen:
            raise pattern.error("defined twice")
        seen.add(pattern.id)
        patterns.append(pattern)
    for p in patterns:
        for key in ("no_head", "no_cue", "of"):
            for ref in _as_list(p.values.get(key, [])):
                if ref not in seen:
                    raise p.error(f"'{key}' names no pattern: {ref}")
    return patterns


def _pattern(record: Any, relations: dict[str, Any], shared: dict[str, str]) -> Pattern:
    if not isinstance(record, dict):
        raise RulesError(f"{SOURCE}: a pattern must be a mapping with {', '.join(REQUIRED)}: {record!r}")
    record = dict(record)
    source = str(record.pop("source", SOURCE))
    pid = str(record.get("id", "?"))

    def error(problem: str) -> RulesError:
        return RulesError(f"{source}: pattern '{pid}': {problem}")

    missing = [k for k in REQUIRED if k not in record]
    if missing:
        raise error(f"missing {', '.join(missing)}")
    relation = RELATIONS.get(record["relation"])
    if relation is None:
        raise error(f"unknown relation '{record['relation']}' (known: {', '.join(RELATIONS)})")
    from kg.extract.relations.shapes import SHAPES  # the shapes read patterns: imported here, not at the top
    if record["shape"] not in SHAPES:
        raise error(f"unknown shape '{record['shape']}' (known: {', '.join(sorted(SHAPES))})")
    ranks = tuple(tuple(_as_list(rank)) for rank in _as_list(record["head"]))
    tail = tuple(_as_list(record["tail"]))
    for slot, types, allowed in (("head", [t for r in ranks for t in r], relation.domain),
                                 ("tail", tail, relation.range)):
        unknown = [t for t in types if t not in ENTITY_TYPES]
        if unknown or not types:
            raise error(f"{slot}: unknown entity type {', '.join(map(str, unknown)) or '(none)'} "
                        f"(known: {', '.join(ENTITY_TYPES)})")
        outside = [t for t in types if t not in allowed]
        if outside:
            raise error(f"{slot}: {', '.join(outside)} is not in the {'domain' if slot == 'head' else 'range'} "
                        f"of {relation.name} ({', '.join(allowed)})")
    confidence = record["confidence"]
    if isinstance(confidence, bool) or not isinstance(confidence, (int, float)):
        raise error(f"confidence must be a number, not {confidence!r}")
    if not 0 <= confidence <= 1:
        raise error(f"confidence must be between 0 and 1, not {confidence!r}")
    shape = SHAPES[record["shape"]]
    unknown = [k for k in record if k not in REQUIRED + COMMON_OPTIONS + shape.word_lists + shape.options]
    if unknown:
        raise error(f"unknown key {', '.join(map(str, unknown))} (shape {record['shape']} reads "
                    f"{', '.join(REQUIRED + shape.word_lists + shape.options)})")
    words = {}
    values = {}
    for key, value in record.items():
        if key in REQUIRED:
            continue
        if key in shape.word_lists:
            words[key] = _words(value, relations, error, key)
        else:
            values[key] = value
    for key in shape.word_lists:
        words.setdefault(key, ())
    return Pattern(pid, relation.name, record["shape"], ranks, frozenset(tail), float(confidence), words, values,
                   shared, source)


def _words(value: Any, relations: dict[str, Any], error, key: str) -> tuple[str, ...]:
    """A list of words, or the name of one in relations.yaml (`located_in.cues`)."""
    if isinstance(value, str):
        found: Any = relations
        for part in value.split("."):
            found = found.get(part) if isinstance(found, dict) else None
        if found is None:
            raise error(f"'{key}': relations.yaml has no word list '{value}'")
        value = found
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise error(f"'{key}' must be a list of words or the name of one")
    return tuple(value)


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]
