"""Plain records that pass between the stages: no spaCy, no rdflib.

A fact takes these forms on its way through: a relation between two `Mention`s of one text
(kg.extract), a `Fact` between two names in an `Extraction` (one document, plain data), a
`KeyedFact` between two name keys in the name table (kg.resolve), and a `Statement` between two
IRIs, which kg.export writes as RDF.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class About(NamedTuple):
    """What a document says about itself (kg.ingest.about)."""
    title: str = ""
    date: str = ""  # 2024-11-08, or as written when the year is not given (11月8日)


@dataclass(frozen=True, order=True, slots=True)
class Mention:
    """A typed name in a document's text: characters start to end (an entity type of kg.schema)."""
    start: int
    end: int
    label: str
    rule: str = field(compare=False)



@dataclass(frozen=True, slots=True)
class Relation:
    """A relation between two mentions of one text, as a rule found it."""
    head: Mention
    relation: str
    tail: Mention
    sentence: int  # index into the document's sentences
    confidence: float
    rule: str

Ref = tuple[str, str]  # (type, surface name)


@dataclass(frozen=True)
class NamedMention:
    label: str
    name: str
    sentence: int


@dataclass(frozen=True)
class Fact:
    head: Ref
    relation: str
    tail: Ref
    sentence: int
    confidence: float
    rule: str


@dataclass(frozen=True)
class Extraction:
    """What one document says, in plain data: names, facts, and the sentences behind them."""

    document: str
    sentences: tuple[str, ...]
    mentions: tuple[NamedMention, ...]
    facts: tuple[Fact, ...]
    aliases: tuple[tuple[str, str, str], ...]  # (type, name, other name of the same thing)
    written: tuple[tuple[str, str, str], ...] = ()  # (type, name, the name as the file writes it: Traditional)


Key = tuple[str, str]  # (type, normalised name)

# A fact of one document, its two ends reduced to name keys: (head, relation, tail, document,
# sentence, confidence, rule). A plain tuple: a build holds every fact, and keeps them for
# updates; tuples take a third of a dataclass's memory and pickle several times faster.
KeyedFact = tuple[Key, str, Key, str, int, float, str]


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
