"""Stage 3: entity resolution. Extractions in, one node per real thing out.

Names are compared after normalisation (`name_key`: NFKC, no quotes, no white
space, programs without a trailing 名单/榜单/清单). Two names are one entity when
they have the same type and key anywhere in the corpus, or when a document
says so (an alias: 重庆润通控股（集团）有限公司（以下简称“润通集团”）, a short
name derived from a full one, a park section), or when one document names a park
and its bracketed section alone (潍坊滨海化工产业园（央子片区）, 央子片区) or
gives one list in several forms (2024中国民营企业500强, 中国民营企业500强; see
`program_form`).

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

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Mapping

from kg.ingest.about import About, about
from kg.schema import COMPANY, PARK, PROGRAM, REGION

if TYPE_CHECKING:  # kg.extract.nlp imports spaCy
    from kg.extract.nlp import Extraction

QUOTES = re.compile(r"[\"'“”‘’「」『』《》〈〉]")
LIST_SUFFIX = re.compile(r"(名单|榜单|清单)$")
LEGAL_FORM = re.compile(r"(公司|分行|支行|合伙企业|有限合伙)$")
FULL_REGION = re.compile(r"(省|市|区|县|旗|盟|州|自治区|特别行政区|镇|乡|街道)$")
# What a program's name may start with besides the list's own name (2024年第六批四川省X, 国家级X)
PROGRAM_QUALIFIERS = {
    "year": re.compile(r"(?:19|20)\d\d(?:年度|年)?"),
    "batch": re.compile(r"第[一二三四五六七八九十百零〇\d]+批次?"),
    "level": re.compile(r"(?:国家|省|市|区|县)级|国家"),
    "region": re.compile(r"[\u4e00-\u9fff]{2,3}?[省市]"),
}
MIN_PROGRAM_CORE = 4  # characters left once the qualifiers are off
PARK_SECTION = re.compile(r"(.+)\((.+)\)")  # a park's name key with its section in brackets
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


@lru_cache(maxsize=1 << 16)
def entity_key(label: str, name: str) -> Key:
    """(type, name key): what makes two mentions one entity (names repeat, so the key is cached)."""
    return label, name_key(name, label)


@lru_cache(maxsize=1 << 16)
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

# what ends a legal name: the legal form, after an optional bracketed group word
LEGAL_NAME_TAIL = re.compile(r"(?:[（(](?:集团|控股|股份)[）)])?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|公司)$")
PLACE_PREFIX, MIN_SHORT_NAME = 4, 3


def program_form(key: str) -> tuple[str, dict[str, str]]:
    """A program's name key without its leading qualifiers, and those qualifiers by kind.

    2024中国民营企业500强 is (中国民营企业500强, {year: 2024}); 国家级专精特新小巨人企业 is
    (专精特新小巨人企业, {level: 国家}).
    """
    qualifiers: dict[str, str] = {}
    rest = key
    while True:
        for kind, pattern in PROGRAM_QUALIFIERS.items():
            m = pattern.match(rest)
            if m and kind not in qualifiers and len(rest) - m.end() >= MIN_PROGRAM_CORE:
                qualifiers[kind] = m.group().rstrip("年度级次")  # 2024年 is 2024, 国家级 is 国家
                rest = rest[m.end():]
                break
        else:
            return rest, qualifiers


def _one_list(forms: list[dict[str, str]]) -> bool:
    """Forms of one list qualify it alike where both do (not 2023 and 2024, not 国家级 and 四川省)."""
    for kind in PROGRAM_QUALIFIERS:
        if len({q[kind] for q in forms if kind in q}) > 1:
            return False
    national = any(q.get("level") == "国家" for q in forms)
    return not (national and any("region" in q for q in forms))


MENTION_SAMPLE = 5  # sentences per entity a streaming build keeps for the page


@dataclass
class Entity:
    iri: str
    label: str  # type
    name: str  # canonical
    aliases: list[str]
    # (document, sentence index) of the sentences that name it: all of them in memory (resolve), the
    # first MENTION_SAMPLE in a streaming build (resolve_names), which writes every mention straight
    # to the RDF (kg.export.rdf) but keeps a few for the page
    mentions: list[tuple[str, int]] = field(default_factory=list)


@dataclass(slots=True)
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
    about: dict[str, About] = field(default_factory=dict)  # document -> its title and date, when it has them


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


# A fact of one document, its two ends reduced to name keys: (head, relation, tail, document,
# sentence, confidence, rule). A plain tuple: a build holds every fact, and keeps them for
# updates; tuples take a third of a dataclass's memory and pickle several times faster.
KeyedFact = tuple[Key, str, Key, str, int, float, str]


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
        aliases = {(self.key(label, name), self.key(label, alias)) for label, name, alias in extraction.aliases}
        self.links |= aliases
        keys = sorted({entity_key(m.label, m.name) for m in extraction.mentions})
        self.links |= _program_forms(keys) | _park_sections(keys, aliases)
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
        self.facts += other.facts
        self.evidence.update(other.evidence)
        self.about.update(other.about)


def _program_forms(keys: list[Key]) -> set[tuple[Key, Key]]:
    """The forms one document uses for one list are one program (第六批X, 国家级X; GUIDELINES.md)."""
    by_core: dict[str, list[tuple[Key, dict[str, str]]]] = defaultdict(list)
    for key in keys:
        if key[0] == PROGRAM:
            core, qualifiers = program_form(key[1])
            by_core[core].append((key, qualifiers))
    links: set[tuple[Key, Key]] = set()
    for forms in by_core.values():
        if len(forms) > 1 and _one_list([q for _, q in forms]):
            links.update((forms[0][0], key) for key, _ in forms[1:])
    return links


def _park_sections(keys: list[Key], aliases: set[tuple[Key, Key]]) -> set[tuple[Key, Key]]:
    """潍坊滨海化工产业园（央子片区） and 央子片区 named in one document: one park.

    Not when the document makes the section alone another park's name (重庆枢纽港产业园（江津片区）,
    and 江津片区 for 西部（重庆）科学城江津片区).
    """
    parks = {name for label, name in keys if label == PARK}
    links = set()
    for name in parks:
        m = PARK_SECTION.fullmatch(name)
        if not m or m.group(2) not in parks:
            continue
        section, own = (PARK, m.group(2)), {(PARK, name), (PARK, m.group(1))}
        if not any(section in pair and not own & set(pair) for pair in aliases):
            links.add(((PARK, name), section))
    return links


@dataclass
class Resolution:
    entities: list[Entity]  # sorted by IRI
    iri_of: dict[Key, str]  # every name key -> its entity's IRI


def resolve_names(table: NameTable, base: str, known: Mapping[Key, str] | None = None) -> Resolution:
    """One entity per group of names, with a canonical name and a stable IRI."""
    known = known or {}
    groups = _UnionFind()
    for key in table.surfaces:
        groups.add(key)
    for a, b in table.links | _short_name_links(table.surfaces):
        groups.union(a, b)
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
            iri = _mint_iri(base, label, name_key(name, label), used)
        used.add(iri)
        sample = sorted({m for k in keys for m in table.mentions.get(k, ())})[:MENTION_SAMPLE]
        entities.append(Entity(iri=iri, label=label, name=name, aliases=sorted(names - {name}), mentions=sample))
        iri_of.update((k, iri) for k in keys)
    return Resolution(entities=sorted(entities, key=lambda e: e.iri), iri_of=iri_of)


def _short_name_links(keys: Iterable[Key]) -> set[tuple[Key, Key]]:
    """润通控股 is 重庆润通控股（集团）有限公司 even when two documents name it: a company's name (short, or
    full without its legal form) that ends the full name of exactly one other company of the corpus, once
    that one's legal form and a short place (at most PLACE_PREFIX characters) are taken off."""
    by_core: dict[str, set[Key]] = defaultdict(set)
    cores: dict[Key, str] = {}  # of every company name: a short name is its own core
    for key in keys:
        if key[0] != COMPANY:
            continue
        core = cores[key] = LEGAL_NAME_TAIL.sub("", key[1])
        if core != key[1]:
            for cut in range(PLACE_PREFIX + 1):
                if len(core) - cut >= MIN_SHORT_NAME:
                    by_core[core[cut:]].add(key)
    links = set()
    for key, core in cores.items():
        longer = by_core.get(core, set()) - {key}  # 振华新材料有限公司 and 义龙新区振华新材料有限公司
        if len(longer) == 1:
            links.add((next(iter(longer)), key))
    return links


def statements_of(facts: Iterable[KeyedFact], iri_of: Mapping[Key, str]) -> list[Statement]:
    """One statement per relation and sentence (the most confident rule's), none from an entity to itself."""
    statements: dict[tuple[str, str, str, str, int], Statement] = {}
    for head_key, relation, tail_key, document, sentence, confidence, rule in facts:
        head, tail = iri_of[head_key], iri_of[tail_key]
        if head == tail:
            continue
        key = (head, relation, tail, document, sentence)
        if key not in statements or statements[key].confidence < confidence:
            statements[key] = Statement(head, relation, tail, document, sentence, confidence, rule)
    return [statements[k] for k in sorted(statements)]


def resolve(extractions: Iterable[Extraction], base: str, known: Mapping[Key, str] | None = None) -> ResolvedGraph:
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
        statements=statements_of(table.facts, resolution.iri_of),
        sentences=sentences,
        documents=sorted(ex.document for ex in extractions),
        about=dict(table.about),
    )


def _mint_iri(base: str, label: str, key: str, used: set[str]) -> str:
    digest = hashlib.sha1(f"{label}\t{key}".encode("utf-8")).hexdigest()
    for length in range(12, 41, 4):
        iri = f"{base}{TYPE_PATHS[label]}/{digest[:length]}"
        if iri not in used:
            return iri
    raise RuntimeError(f"cannot mint a unique IRI for {label} {key}")
