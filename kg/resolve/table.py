"""Stage 3: entity resolution. Extractions in, one node per real thing out.

Names are compared after normalisation (`name_key`: NFKC, no quotes, no white
space, programs without a trailing 名单/榜单/清单). Two names are one entity when
they have the same type and key anywhere in the corpus, or when a document
says so (an alias: 重庆润通控股（集团）有限公司（以下简称“润通集团”）, a short
name derived from a full one, a park section), or when one document names a park
and its bracketed section alone (潍坊滨海化工产业园（央子片区）, 央子片区) or
gives one list in several forms (2024中国民营企业500强, 中国民营企业500强; see
`program_form`), one project in full and by a short form (芯科联LED模组项目;
see `project_short_form_links`), or one company in full and by its abbreviation
(吉柴集团 for 吉林柴油机集团; see `abbreviation_links`).

The canonical label is chosen by one rule (`canonical_name`): a full formal
name first (legal form for companies, full administrative name for regions,
no list word for programs), then the longest, then the first in code-point order.

IRIs are `{base}{type}/{hash of the canonical key}`. To keep them when the
canonical name changes (a later document brings a company's full name), the
caller passes the IRIs of an earlier build (`known`): a node that carries a
name the earlier build knew keeps that node's IRI.

A build never holds all extractions: each document adds its names, alias links
and facts to a `NameTable` (workers make one each, the build merges them),
`resolve_names` turns the table into entities and a name → IRI map, and the
documents' mentions and sentences are written out one document at a time.
`resolve` does all of it in memory for small inputs.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from kg.ingest.about import about
from kg.model import MENTION_SAMPLE, About, Entity, Extraction, Key, KeyedFact, ResolvedGraph, Statement
from kg.resolve.iris import entity_iri
from kg.resolve.names import (
    LEGAL_FORM_WORDS,
    abbreviation_links,
    canonical_name,
    display_name,
    entity_key,
    name_key,
    park_form_links,
    park_section_links,
    place_form_links,
    place_inside_links,
    program_form_links,
    project_form_links,
    project_short_form_links,
    short_name_links,
)
from kg.schema import COMPANY


class UnionFind:
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


def keyed_facts(extraction: Extraction, key: Callable[[str, str], Key]) -> list[KeyedFact]:
    return [(key(*f.head), f.relation, key(*f.tail), extraction.document, f.sentence, f.confidence, f.rule)
            for f in extraction.facts]


@dataclass
class NameTable:
    """What resolution needs from the documents: their names, alias links and facts.

    One entry per distinct name, one per fact and the sentence behind it: small
    next to the corpus, whose mentions and sentences are streamed to the output.
    Tables merge, so workers summarise their documents and the build merges the
    summaries; the result does not depend on the order of merging.
    """

    surfaces: dict[Key, set[str]] = field(default_factory=dict)  # spellings of each key, for display
    mentions: dict[Key, list[tuple[str, int]]] = field(default_factory=dict)  # the first MENTION_SAMPLE of each key
    links: set[tuple[Key, Key]] = field(default_factory=set)  # (name, alias): one entity
    written: dict[Key, set[str]] = field(default_factory=dict)  # a key's names as Traditional files write them
    facts: list[KeyedFact] = field(default_factory=list)
    evidence: dict[tuple[str, int], str] = field(default_factory=dict)  # (document, index) -> text, for facts
    about: dict[str, About] = field(default_factory=dict)  # document -> title and date, for the page

    def key(self, label: str, name: str) -> Key:
        key = entity_key(label, name)
        self.surfaces.setdefault(key, set()).add(display_name(name))
        return key

    def add(self, extraction: Extraction) -> None:
        for m in extraction.mentions:
            key = self.key(m.label, m.name)
            place = (extraction.document, m.sentence)
            sample = self.mentions.setdefault(key, [])
            if place not in sample and (len(sample) < MENTION_SAMPLE or place < sample[-1]):
                self.mentions[key] = sorted(sample + [place])[:MENTION_SAMPLE]  # as merge keeps them
                self.evidence[place] = extraction.sentences[m.sentence]
        keys = sorted({entity_key(m.label, m.name) for m in extraction.mentions})
        mentioned = set(keys)
        # an alias of a name the document does not mention (a longer name took it in) would make a node
        # that no sentence names: the graph would break its shapes and the build would stop
        aliases = {(self.key(label, name), self.key(label, alias)) for label, name, alias in extraction.aliases
                   if entity_key(label, name) in mentioned or entity_key(label, alias) in mentioned}
        self.links |= aliases
        named = mentioned | {key for pair in aliases for key in pair}
        for label, name, form in extraction.written:
            if (key := entity_key(label, name)) in named:
                self.written.setdefault(key, set()).add(display_name(form))
        self.links |= program_form_links(keys) | park_section_links(keys, aliases) | project_short_form_links(keys)
        self.links |= abbreviation_links(keys)
        self.facts += keyed_facts(extraction, self.key)
        for f in extraction.facts:
            self.evidence[(extraction.document, f.sentence)] = extraction.sentences[f.sentence]
        if any(found := about(extraction.sentences)):
            self.about[extraction.document] = found

    def merge(self, other: "NameTable") -> None:
        for key, names in other.surfaces.items():
            self.surfaces.setdefault(key, set()).update(names)
        for key, sample in other.mentions.items():  # the first in document order, whatever the merge order
            self.mentions[key] = sorted(set(self.mentions.get(key, [])) | set(sample))[:MENTION_SAMPLE]
        self.links |= other.links
        for key, forms in other.written.items():
            self.written.setdefault(key, set()).update(forms)
        self.facts += other.facts
        self.evidence.update(other.evidence)
        self.about.update(other.about)


@dataclass
class Resolution:
    entities: list[Entity]  # sorted by IRI
    iri_of: dict[Key, str]  # every name key -> its entity's IRI


def _grouped(keys: Iterable[Key], links: Iterable[tuple[Key, Key]]) -> UnionFind:
    groups = UnionFind()
    for key in keys:
        groups.add(key)
    for a, b in links:
        groups.union(a, b)
    return groups


def _ambiguous_short_links(keys: Iterable[Key], links: set[tuple[Key, Key]]) -> set[tuple[Key, Key]]:
    """博远精工 where one document names 重庆博远精工有限公司 and another 四川博远精工有限公司: a short name that documents tie
    to the legal names of two firms (firms nothing else makes one) stands for neither across the corpus; its links to
    them are left out, so that it joins no two firms."""
    legal = {key for key in keys if key[0] == COMPANY and key[1].endswith(LEGAL_FORM_WORDS)}  # (not 某某公司: a short name)
    tied: dict[Key, set[tuple[Key, Key]]] = defaultdict(set)  # a short name -> its links to legal names
    for a, b in links:
        if a[0] == COMPANY and (a in legal) != (b in legal):
            tied[b if a in legal else a].add((a, b))
    shared = {short: ties for short, ties in tied.items() if len(ties) > 1}
    if not shared:
        return set()
    groups = _grouped(keys, links - set().union(*shared.values()))
    return {link for ties in shared.values()
            if len({groups.find(a if a in legal else b) for a, b in ties}) > 1 for link in ties}


def resolve_names(table: NameTable, base: str, known: Mapping[Key, str] | None = None) -> Resolution:
    """One entity per group of names, with a canonical name and a stable IRI."""
    known = known or {}
    links = (table.links | short_name_links(table.surfaces) | place_form_links(table.surfaces)
             | park_form_links(table.surfaces) | project_form_links(table.surfaces, table.mentions)
             | place_inside_links(table.surfaces, table.mentions, table.evidence))
    groups = _grouped(table.surfaces, links - _ambiguous_short_links(table.surfaces, links))
    members: dict[Key, list[Key]] = defaultdict(list)
    for key in groups.parent:
        members[groups.find(key)].append(key)
    entities: list[Entity] = []
    iri_of: dict[Key, str] = {}
    used: set[str] = set()
    for root in sorted(members):
        keys = sorted(members[root])
        label = root[0]
        names = set().union(*(table.surfaces[k] for k in keys))
        name = canonical_name(label, names)
        iri = next((known[k] for k in keys if k in known and known[k] not in used), None)
        if iri is None:
            iri = entity_iri(base, label, name_key(name, label), used)
        used.add(iri)
        sample = sorted({m for k in keys for m in table.mentions.get(k, ())})[:MENTION_SAMPLE]
        names |= set().union(*(table.written.get(k, set()) for k in keys))  # never canonical: the IRI stays Simplified
        entities.append(Entity(iri=iri, label=label, name=name, aliases=sorted(names - {name}), mentions=sample))
        iri_of.update((k, iri) for k in keys)
    return Resolution(entities=sorted(entities, key=lambda e: e.iri), iri_of=iri_of)


def statements_of(facts: Iterable[KeyedFact], iri_of: Mapping[Key, str], min_confidence: float = 0.0
                  ) -> list[Statement]:
    """One statement per relation and sentence (the most confident rule's), none from an entity to itself,
    none below `min_confidence`: the one place where `--min-confidence` applies."""
    statements: dict[tuple[str, str, str, str, int], Statement] = {}
    for head_key, relation, tail_key, document, sentence, confidence, rule in facts:
        head, tail = iri_of[head_key], iri_of[tail_key]
        if head == tail or confidence < min_confidence:
            continue
        key = (head, relation, tail, document, sentence)
        if key not in statements or statements[key].confidence < confidence:
            statements[key] = Statement(head, relation, tail, document, sentence, confidence, rule)
    return [statements[k] for k in sorted(statements)]


def resolve(extractions: Iterable[Extraction], base: str, known: Mapping[Key, str] | None = None,
            min_confidence: float = 0.0) -> ResolvedGraph:
    """Merge the names of all documents into entities with stable IRIs, all in memory."""
    extractions = list(extractions)
    table = NameTable()
    for ex in extractions:
        table.add(ex)
    resolution = resolve_names(table, base, known)
    by_iri = {e.iri: e for e in resolution.entities}
    sentences = dict(table.evidence)
    for ex in extractions:
        for m in ex.mentions:
            by_iri[resolution.iri_of[entity_key(m.label, m.name)]].mentions.append((ex.document, m.sentence))
            sentences.setdefault((ex.document, m.sentence), ex.sentences[m.sentence])
    for entity in resolution.entities:
        entity.mentions = sorted(set(entity.mentions))
    return ResolvedGraph(
        entities=resolution.entities,
        statements=statements_of(table.facts, resolution.iri_of, min_confidence),
        sentences=sentences,
        documents=sorted(ex.document for ex in extractions),
        about=dict(table.about),
    )


