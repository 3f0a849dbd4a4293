"""Stage 4: the RDF graph. Resolved entities and documents in, Turtle out.

Every entity has `rdf:type`, `rdfs:label`/`skos:prefLabel` (its canonical name,
@zh), `skos:altLabel` for each other name, and `kg:mentionedIn` for each
sentence that names it. Every relation is a plain triple plus, for each sentence
that states it, an RDF 1.1 reification (`rdf:Statement`) carrying
`prov:wasDerivedFrom` (the sentence), `kg:confidence` and `kg:rule`, and
`kg:ofRelation`: the relation's own node (`kg:Relation`, with `kg:head`,
`kg:relation`, `kg:tail`), through which a query finds the statements of one
relation without going through every statement of its object. Sentences carry
their text, their document and their position.

A build writes the graph as text, without an rdflib Graph (which takes more
time and memory than the whole pipeline on a large corpus): first the entity
section (`entity_blocks`: types, names, relations, and the relations' nodes), then one section per
document (`document_turtle`: the document, its sentences, what they mention and
state), each rendered by `TurtleWriter`. Every order is
sorted, so the same input gives the same bytes. `graph_turtle` makes the same
text in memory, by the same code, for `kg eval` and the tests.

What the writer guarantees by construction (the build's check, kg.query.beside, leaves these to it: the
constraints listed in kg.query.validate.BY_CONSTRUCTION; `kg validate` checks them all on the whole
graph, and tests/test_by_construction.py checks both):

- A document section holds one `kg:Document` with one non-empty `kg:fileName`, each sentence that it
  cites (by `kg:mentionedIn` or `prov:wasDerivedFrom`) as a `kg:Sentence` with one non-empty `kg:text`
  @zh, the section's document as its one `kg:inDocument` and one `kg:position` from 1, then its
  mentions, then its statements.
- A statement is written whole from a typed `Statement`: one `rdf:subject`, `rdf:predicate` (a relation
  of the ontology) and `rdf:object`, one `prov:wasDerivedFrom` (a sentence of its section), one
  `kg:confidence` (an xsd:decimal from 0 to 1) and one non-empty `kg:rule`, and one `kg:ofRelation`: the
  node of its triple, which the entity section writes with that triple asserted, since both sections
  come from `statements_of` on the same facts (and so every relation of the entity section has a
  statement in some document section).
- `document_turtle` raises ValueError rather than write a record that would break these (an empty
  file name or sentence, a relation the ontology does not define, a confidence outside 0–1, no rule).

What it does not guarantee is checked by the build: the entity section (one type per entity, names,
relations between the right types, relation nodes) and that every entity has a `kg:mentionedIn` in
some document section, which depends on what extraction and resolution made of the text.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable, Mapping, NamedTuple, Sequence, Union

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV

from kg.model import Entity, Extraction, Key, Ref, Statement
from kg.resolve.iris import (DEFAULT_BASE, NODE_PATHS, TYPE_PATHS, document_iri, relation_iri, sentence_prefix,
                             statement_iri)
from kg.resolve.names import entity_key
from kg.resolve.table import NameTable, resolve_names, statements_of
from kg.schema import KG_NS, RELATIONS

KG = Namespace(KG_NS)
NAMESPACES = {"skos": SKOS, "prov": PROV, "owl": OWL, "dcterms": DCTERMS}


def prefixes(base: str = DEFAULT_BASE) -> list[tuple[str, str]]:
    """(prefix, namespace) of the graph's files and queries."""
    standard = [("kg", str(KG)), ("rdf", str(RDF)), ("rdfs", str(RDFS)), ("xsd", str(XSD))]
    standard += [(prefix, str(ns)) for prefix, ns in NAMESPACES.items()]
    paths = [*TYPE_PATHS.values(), *NODE_PATHS]
    return standard + [(path, f"{base}{path}/") for path in paths]


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    for prefix, namespace in prefixes(base):
        graph.bind(prefix, Namespace(namespace))
    return graph


# ---------------------------------------------------------------- the graph as blocks of triples

class Lit(NamedTuple):
    text: str
    lang: str | None = None
    datatype: str | None = None  # IRI


Term = Union[str, Lit]  # a str is an IRI
Block = tuple[str, list[tuple[str, list[Term]]]]  # subject, [(predicate, objects)]

# plain str, not rdflib terms: a URIRef never equals a str, and hashes more slowly
RDF_TYPE, RDF_STATEMENT = str(RDF.type), str(RDF.Statement)
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
XSD_INTEGER, XSD_DECIMAL = str(XSD.integer), str(XSD.decimal)
RDFS_LABEL, SKOS_PREF_LABEL, SKOS_ALT_LABEL = str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel)
PROV_DERIVED_FROM = str(PROV.wasDerivedFrom)


def _kg(name: str) -> str:
    return f"{KG}{name}"


KG_DOCUMENT, KG_FILE_NAME, KG_SENTENCE = _kg("Document"), _kg("fileName"), _kg("Sentence")
KG_IN_DOCUMENT, KG_POSITION, KG_TEXT = _kg("inDocument"), _kg("position"), _kg("text")
KG_MENTIONED_IN, KG_CONFIDENCE, KG_RULE = _kg("mentionedIn"), _kg("confidence"), _kg("rule")
KG_RELATION_CLASS, KG_OF_RELATION = _kg("Relation"), _kg("ofRelation")
KG_HEAD, KG_RELATION, KG_TAIL = _kg("head"), _kg("relation"), _kg("tail")


def entity_blocks(entities: Iterable[Entity], statements: Iterable[Statement], base: str = DEFAULT_BASE) -> list[Block]:
    """Each entity's type and names, and the relations it is the head of; then each relation's node."""
    relations: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for st in statements:
        relations[st.head][st.relation].add(st.tail)
    blocks = []
    for e in entities:
        name = Lit(e.name, "zh")
        pairs: list[tuple[str, list[Term]]] = [(RDF_TYPE, [_kg(e.label)]), (RDFS_LABEL, [name]),
                                                (SKOS_PREF_LABEL, [name])]
        if e.aliases:
            pairs.append((SKOS_ALT_LABEL, [Lit(alias, "zh") for alias in e.aliases]))
        for relation, tails in sorted(relations.get(e.iri, {}).items()):
            pairs.append((_kg(relation), sorted(tails)))
        blocks.append((e.iri, pairs))
    return blocks + relation_blocks(relations, base)


def relation_blocks(relations: Mapping[str, Mapping[str, set[str]]], base: str) -> list[Block]:
    """The node of each relation (head → relation → tails), sorted by IRI."""
    nodes = [(relation_iri(base, head, _kg(relation), tail), head, relation, tail)
             for head, by_relation in relations.items() for relation, tails in by_relation.items() for tail in tails]
    return [(node, [(RDF_TYPE, [KG_RELATION_CLASS]), (KG_HEAD, [head]), (KG_RELATION, [_kg(relation)]),
                    (KG_TAIL, [tail])]) for node, head, relation, tail in sorted(nodes)]


# What the RDF of one document needs, as plain tuples, which workers pickle and load several times
# faster than the dataclasses of kg.extract.nlp: (document, sentences, mentions as (type, name, sentence),
# facts as (head, relation, tail, sentence, confidence, rule)).
Record = tuple[str, tuple[str, ...], tuple[tuple[str, str, int], ...],
               tuple[tuple[Ref, str, Ref, int, float, str], ...]]


def document_record(extraction: Extraction) -> Record:
    return (extraction.document, extraction.sentences,
            tuple((m.label, m.name, m.sentence) for m in extraction.mentions),
            tuple((f.head, f.relation, f.tail, f.sentence, f.confidence, f.rule) for f in extraction.facts))


def document_turtle(record: Record, iri_of: Mapping[Key, str], writer: "TurtleWriter",
                    min_confidence: float) -> tuple[str, int]:
    """One document's section in Turtle: its node, the sentences that name or state something,
    mentions and statements; and its number of triples.

    Written straight from templates, not through blocks: this runs for every
    document, and its subjects always have the same predicates.
    """
    name, sentences, mentions, facts = record
    iri, quoted = writer.iri, _quoted
    document = iri(document_iri(writer.base, name))
    sentences_at = sentence_prefix(writer.base, name)  # hashes the document's name once

    def sentence_node(index: int) -> str:
        return f"{sentences_at}{index + 1}"

    def sentence(index: int) -> str:  # as written
        return iri(sentence_node(index))

    mentioned: dict[str, set[int]] = defaultdict(set)
    for label, surface, index in mentions:
        mentioned[iri_of[entity_key(label, surface)]].add(index)
    keyed = [(entity_key(*head), relation, entity_key(*tail), name, index, confidence, rule)
             for head, relation, tail, index, confidence, rule in facts]
    statements = statements_of(keyed, iri_of, min_confidence)
    used = sorted(set().union(*mentioned.values(), (st.sentence for st in statements)))
    out = [f"{document} a {iri(KG_DOCUMENT)} ;\n    {iri(KG_FILE_NAME)} {quoted(name)} .\n\n"]
    sentence_template = (f"{{}} a {iri(KG_SENTENCE)} ;\n    {iri(KG_IN_DOCUMENT)} {document} ;\n"
                         f"    {iri(KG_POSITION)} {{}} ;\n    {iri(KG_TEXT)} {{}}@zh .\n\n")
    out += [sentence_template.format(sentence(index), index + 1, quoted(sentences[index])) for index in used]
    mentioned_in = iri(KG_MENTIONED_IN)
    out += [f"{iri(entity)} {mentioned_in} {', '.join(sentence(index) for index in sorted(mentioned[entity]))} .\n\n"
            for entity in sorted(mentioned)]
    statement_template = (f"{{}} a {iri(RDF_STATEMENT)} ;\n    {iri(RDF_SUBJECT)} {{}} ;\n    {iri(RDF_PREDICATE)} {{}} ;\n"
                          f"    {iri(RDF_OBJECT)} {{}} ;\n    {iri(KG_OF_RELATION)} {{}} ;\n"
                          f"    {iri(PROV_DERIVED_FROM)} {{}} ;\n"
                          f"    {iri(KG_CONFIDENCE)} {{:.2f}} ;\n    {iri(KG_RULE)} {{}} .\n\n")
    if not name or any(not sentences[index] for index in used):
        raise ValueError(f"{name!r}: a document without a file name or a sentence without text is not written")
    relation_node: dict[tuple[str, str, str], str] = {}
    for st in statements:
        if st.relation not in RELATIONS or not 0 <= st.confidence <= 1 or not st.rule:
            raise ValueError(f"{name}: a statement with relation {st.relation!r}, confidence {st.confidence!r} "
                             f"and rule {st.rule!r} is not written (a known relation, 0 to 1, a rule)")
        source = sentence(st.sentence)
        node = iri(statement_iri(writer.base, st.head, st.relation, st.tail, sentence_node(st.sentence)))
        triple = (st.head, st.relation, st.tail)
        if triple not in relation_node:
            relation_node[triple] = iri(relation_iri(writer.base, st.head, _kg(st.relation), st.tail))
        out.append(statement_template.format(node, iri(st.head), iri(_kg(st.relation)), iri(st.tail),
                                             relation_node[triple], source, st.confidence, quoted(st.rule)))
    triples = 2 + 4 * len(used) + sum(map(len, mentioned.values())) + 8 * len(statements)
    return "".join(out), triples


def triple_count(blocks: Sequence[Block]) -> int:
    return sum(len(objects) for _, pairs in blocks for _, objects in pairs)


# ---------------------------------------------------------------- writing blocks as text

# string escapes that N-Triples and Turtle both read; other control characters as \u escapes
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
            ord("\b"): "\\b", ord("\f"): "\\f"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _ESCAPES})


def _quoted(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


LOCAL_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*")  # a prefixed name's local part that needs no escape


class TurtleWriter:
    """Prefixed names, one block per subject (predicates after `;`, objects after `,`)."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base
        self.prefixes = prefixes(base)
        self._prefix_of = {namespace: prefix for prefix, namespace in self.prefixes}
        self._written: dict[str, str] = {}  # IRI -> as written; a writer lives for one chunk or the entity section

    def header(self) -> str:
        return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in self.prefixes) + "\n"

    def iri(self, iri: str) -> str:
        written = self._written.get(iri)
        return written if written is not None else self._new_iri(iri)

    def _new_iri(self, iri: str) -> str:
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._prefix_of.get(iri[:cut])
        written = f"{prefix}:{iri[cut:]}" if prefix is not None and LOCAL_NAME.fullmatch(iri, cut) else f"<{iri}>"
        self._written[iri] = written
        return written

    def term(self, term: Term) -> str:
        if term.__class__ is str:  # an IRI; the cache lookup is inlined: this runs for every object
            written = self._written.get(term)
            return written if written is not None else self._new_iri(term)
        if term.lang:
            return f"{_quoted(term.text)}@{term.lang}"
        if term.datatype in (XSD_INTEGER, XSD_DECIMAL):  # written as 12 and 0.90: we make no other lexical forms
            return term.text
        if term.datatype:
            return f"{_quoted(term.text)}^^{self.iri(term.datatype)}"
        return _quoted(term.text)

    def write(self, blocks: Iterable[Block]) -> str:
        term = self.term
        out = []
        for subject, pairs in blocks:
            body = " ;\n    ".join([("a" if predicate == RDF_TYPE else term(predicate)) + " "
                                    + ", ".join(map(term, objects)) for predicate, objects in pairs])
            out.append(f"{term(subject)} {body} .\n\n")
        return "".join(out)


# ---------------------------------------------------------------- the same graph in memory

def graph_turtle(extractions: Iterable[Extraction], base: str = DEFAULT_BASE, min_confidence: float = 0.0) -> str:
    """The Turtle `kg build` writes for these documents, made in memory by the same code (kg eval, tests)."""
    extractions = list(extractions)
    table = NameTable()
    for extraction in extractions:
        table.add(extraction)
    resolution = resolve_names(table, base)
    writer = TurtleWriter(base)
    parts = [writer.header(), writer.write(entity_blocks(resolution.entities,
                                                          statements_of(table.facts, resolution.iri_of, min_confidence),
                                                          base))]
    parts += [document_turtle(document_record(extraction), resolution.iri_of, writer, min_confidence)[0]
              for extraction in extractions]
    return "".join(parts)


def build_graph(extractions: Iterable[Extraction], base: str = DEFAULT_BASE, min_confidence: float = 0.0) -> Graph:
    """`graph_turtle` read into an rdflib Graph."""
    return bind_prefixes(Graph(), base).parse(data=graph_turtle(extractions, base, min_confidence), format="turtle")
