"""Stage 3: entity resolution. Extractions in, one node per real thing out.

Names are compared after normalisation (`name_key`: NFKC, no quotes, no white
space, programs without a trailing 名单/榜单/清单). Two names are one entity when
they have the same type and key anywhere in the corpus, or when a document
says so (an alias: 重庆润通控股（集团）有限公司（以下简称“润通集团”）, a short
name derived from a full one, a park section).

The canonical label is chosen by one rule (`canonical_name`): a full formal
name first (legal form for companies, full administrative name for regions,
no list word for programs), then the longest, then the first in code-point order.

IRIs are `{base}{type}/{hash of the canonical key}`. To keep them when the
canonical name changes (a later document brings a company's full name), the
caller passes the IRIs of an earlier build (`known`): a node that carries a
name the earlier build knew keeps that node's IRI.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from kg.entities import COMPANY, PROGRAM, REGION
from kg.pipeline import Extraction

QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉]")
LIST_SUFFIX = re.compile(r"(名单|榜单|清单)$")
LEGAL_FORM = re.compile(r"(公司|分行|支行|合伙企业|有限合伙)$")
FULL_REGION = re.compile(r"(省|市|区|县|旗|盟|州|自治区|特别行政区|镇|乡|街道)$")
TYPE_PATHS = {"Company": "company", "IndustrialPark": "park", "Project": "project", "Program": "program",
              "Region": "region"}

Key = tuple[str, str]  # (type, normalised name)


def name_key(name: str, label: str) -> str:
    s = unicodedata.normalize("NFKC", name)
    s = QUOTES.sub("", s)
    s = re.sub(r"\s+", "", s)
    if label == PROGRAM:
        s = LIST_SUFFIX.sub("", s)
    return s


def display_name(name: str) -> str:
    """One spelling for display: full-width brackets in Chinese names, no white space."""
    name = re.sub(r"\s+", "", name)
    return name.replace("(", "（").replace(")", "）")


def canonical_name(label: str, names: Iterable[str]) -> str:
    def rank(name: str):
        formal = {
            COMPANY: LEGAL_FORM.search(name) is not None,
            REGION: FULL_REGION.search(name) is not None,
            PROGRAM: LIST_SUFFIX.search(name) is None,
        }.get(label, True)
        return (not formal, -len(name), name)

    return min(names, key=rank)


@dataclass
class Entity:
    iri: str
    label: str  # type
    name: str  # canonical
    aliases: list[str]
    mentions: list[tuple[str, int]]  # (document, sentence index)


@dataclass
class Statement:
    head: str  # IRI
    relation: str
    tail: str  # IRI
    document: str
    sentence: int
    confidence: float
    rule: str


@dataclass
class ResolvedGraph:
    entities: list[Entity]
    statements: list[Statement]
    sentences: dict[tuple[str, int], str] = field(default_factory=dict)  # (document, index) -> text
    documents: list[str] = field(default_factory=list)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def add(self, key: Key) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: Key) -> Key:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: Key, b: Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(extractions: Iterable[Extraction], base: str, known: Mapping[Key, str] | None = None) -> ResolvedGraph:
    """Merge the names of all documents into entities with stable IRIs."""
    known = known or {}
    groups = _UnionFind()
    surface: dict[Key, set[str]] = defaultdict(set)
    mentions: dict[Key, set[tuple[str, int]]] = defaultdict(set)
    facts = []
    sentences: dict[tuple[str, int], str] = {}
    documents = []

    def key_of(label: str, name: str) -> Key:
        key = (label, name_key(name, label))
        groups.add(key)
        surface[key].add(display_name(name))
        return key

    for ex in extractions:
        documents.append(ex.document)
        for m in ex.mentions:
            mentions[key_of(m.label, m.name)].add((ex.document, m.sentence))
        for label, name, alias in ex.aliases:
            groups.union(key_of(label, name), key_of(label, alias))
        for f in ex.facts:
            facts.append((key_of(*f.head), f.relation, key_of(*f.tail), ex.document, f.sentence, f.confidence, f.rule))
            for index in (f.sentence,):
                sentences[(ex.document, index)] = ex.sentences[index]
        for m in ex.mentions:
            sentences.setdefault((ex.document, m.sentence), ex.sentences[m.sentence])

    members: dict[Key, list[Key]] = defaultdict(list)
    for key in groups.parent:
        members[groups.find(key)].append(key)
    entities: dict[Key, Entity] = {}
    used: set[str] = set()
    for root in sorted(members):
        keys = sorted(members[root])
        label = root[0]
        names = set().union(*(surface[k] for k in keys))
        name = canonical_name(label, names)
        iri = next((known[k] for k in keys if k in known and known[k] not in used), None)
        if iri is None:
            iri = _mint_iri(base, label, name_key(name, label), used)
        used.add(iri)
        entities[root] = Entity(
            iri=iri, label=label, name=name, aliases=sorted(names - {name}),
            mentions=sorted(set().union(*(mentions[k] for k in keys))),
        )
    statements = {}
    for head, relation, tail, document, sentence, confidence, rule in facts:
        h, t = entities[groups.find(head)], entities[groups.find(tail)]
        if h.iri == t.iri:
            continue
        key = (h.iri, relation, t.iri, document, sentence)
        if key not in statements or statements[key].confidence < confidence:
            statements[key] = Statement(h.iri, relation, t.iri, document, sentence, confidence, rule)
    return ResolvedGraph(
        entities=sorted(entities.values(), key=lambda e: e.iri),
        statements=[statements[k] for k in sorted(statements)],
        sentences=sentences,
        documents=sorted(documents),
    )


def _mint_iri(base: str, label: str, key: str, used: set[str]) -> str:
    digest = hashlib.sha1(f"{label}\t{key}".encode("utf-8")).hexdigest()
    for length in range(12, 41, 4):
        iri = f"{base}{TYPE_PATHS[label]}/{digest[:length]}"
        if iri not in used:
            return iri
    raise RuntimeError(f"cannot mint a unique IRI for {label} {key}")
