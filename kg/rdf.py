"""Stage 4: the RDF graph. Resolved entities and statements in, an rdflib Graph out.

Every entity has `rdf:type`, `rdfs:label`/`skos:prefLabel` (its canonical name,
@zh), `skos:altLabel` for each other name, and `kg:mentionedIn` for each
sentence that names it. Every relation is a plain triple plus, for each sentence
that states it, an RDF 1.1 reification (`rdf:Statement`) carrying
`prov:wasDerivedFrom` (the sentence), `kg:confidence` and `kg:rule`. Sentences
carry their text, their document and their position.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from kg.resolve import TYPE_PATHS, ResolvedGraph

KG = Namespace("https://w3id.org/zh-industry-kg/ontology#")
DEFAULT_BASE = "https://w3id.org/zh-industry-kg/id/"
ONTOLOGY = Path(__file__).parent / "ontology" / "kg.ttl"


def document_iri(base: str, document: str) -> URIRef:
    return URIRef(f"{base}doc/{_digest(document)}")


def sentence_iri(base: str, document: str, index: int) -> URIRef:
    return URIRef(f"{base}sentence/{_digest(document)}-{index + 1}")


def _digest(text: str, length: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    graph.bind("kg", KG)
    for prefix in ("skos", "prov", "owl", "dcterms"):
        graph.bind(prefix, {"skos": SKOS, "prov": PROV, "owl": OWL, "dcterms": DCTERMS}[prefix])
    for path in list(TYPE_PATHS.values()) + ["doc", "sentence", "statement"]:
        graph.bind(path, Namespace(f"{base}{path}/"))
    return graph


def build_graph(resolved: ResolvedGraph, base: str = DEFAULT_BASE, min_confidence: float = 0.0) -> Graph:
    graph = bind_prefixes(Graph(), base)
    add = graph.add
    for entity in resolved.entities:
        node = URIRef(entity.iri)
        add((node, RDF.type, KG[entity.label]))
        add((node, RDFS.label, Literal(entity.name, lang="zh")))
        add((node, SKOS.prefLabel, Literal(entity.name, lang="zh")))
        for alias in entity.aliases:
            add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for document, index in entity.mentions:
            add((node, KG.mentionedIn, sentence_iri(base, document, index)))
    used_sentences = {(d, i) for e in resolved.entities for d, i in e.mentions}
    for st in resolved.statements:
        if st.confidence < min_confidence:
            continue
        head, predicate, tail = URIRef(st.head), KG[st.relation], URIRef(st.tail)
        sentence = sentence_iri(base, st.document, st.sentence)
        add((head, predicate, tail))
        node = URIRef(f"{base}statement/{_digest(f'{st.head} {st.relation} {st.tail} {sentence}', 16)}")
        add((node, RDF.type, RDF.Statement))
        add((node, RDF.subject, head))
        add((node, RDF.predicate, predicate))
        add((node, RDF.object, tail))
        add((node, PROV.wasDerivedFrom, sentence))
        add((node, KG.confidence, Literal(Decimal(f"{st.confidence:.2f}"), datatype=XSD.decimal)))
        add((node, KG.rule, Literal(st.rule)))
        used_sentences.add((st.document, st.sentence))
    for document in resolved.documents:
        node = document_iri(base, document)
        add((node, RDF.type, KG.Document))
        add((node, KG.fileName, Literal(document)))
    for document, index in sorted(used_sentences):
        node = sentence_iri(base, document, index)
        add((node, RDF.type, KG.Sentence))
        add((node, KG.text, Literal(resolved.sentences[(document, index)], lang="zh")))
        add((node, KG.inDocument, document_iri(base, document)))
        add((node, KG.position, Literal(index + 1)))
    return graph


def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY, format="turtle")
    return graph
