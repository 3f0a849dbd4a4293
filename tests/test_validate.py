"""SHACL shapes (ontology/shapes.ttl), `kg validate`, and `kg build` refusing an invalid graph."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.cli import main
from kg.export.rdf import KG, prefixes
from kg.query.shacl import ShapesError, compile_shapes, surveys
from kg.query.validate import Violation, shape_checks, shapes_graph, validate_graph, validate_store
from kg.resolve.iris import TYPE_PATHS
from kg.run.build import DEMO_CORPUS

Mutation = Callable[[Graph], None]
PATHS = {*TYPE_PATHS.values(), "doc", "sentence", "statement", "relation"}


def _first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def drop_label(graph: Graph) -> None:
    graph.remove((_first(graph, KG.Company), RDFS.label, None))


def english_alias(graph: Graph) -> None:
    graph.add((_first(graph, KG.Company), SKOS.altLabel, Literal("Some Company", lang="en")))


def program_located_in_company(graph: Graph) -> None:
    program, company = _first(graph, KG.Program), _first(graph, KG.Company)
    graph.add((program, KG.locatedIn, company))


def relation_without_evidence(graph: Graph) -> None:
    graph.add((_first(graph, KG.Project), KG.developedBy, _first(graph, KG.Company)))


def statement_without_sentence(graph: Graph) -> None:
    graph.remove((_first(graph, RDF.Statement), PROV.wasDerivedFrom, None))


def confidence_above_one(graph: Graph) -> None:
    graph.set((_first(graph, RDF.Statement), KG.confidence, Literal(Decimal("1.50"), datatype=XSD.decimal)))


def sentence_without_document(graph: Graph) -> None:
    graph.remove((_first(graph, KG.Sentence), KG.inDocument, None))


def two_types(graph: Graph) -> None:
    graph.add((_first(graph, KG.Company), RDF.type, KG.Region))


# name -> (mutation, the requirement the report states, the class of the node it names: `_first` of it)
MUTATIONS: dict[str, tuple[Mutation, str, URIRef]] = {
    "drop_label": (drop_label, "an entity has exactly one rdfs:label, in Chinese (@zh)", KG.Company),
    "english_alias": (english_alias, "an alias (skos:altLabel) is a non-empty Chinese (@zh) name", KG.Company),
    "program_located_in_company": (program_located_in_company,
                                   "only a Company, Project or IndustrialPark is kg:locatedIn something", KG.Program),
    "relation_without_evidence": (relation_without_evidence,
                                  "a relation has an rdf:Statement saying which sentence it was derived from",
                                  KG.Project),
    "statement_without_sentence": (statement_without_sentence,
                                   "a statement is derived from (prov:wasDerivedFrom) exactly one kg:Sentence",
                                   RDF.Statement),
    "confidence_above_one": (confidence_above_one, "kg:confidence, an xsd:decimal from 0 to 1", RDF.Statement),
    "sentence_without_document": (sentence_without_document, "a sentence is in (kg:inDocument) exactly one",
                                  KG.Sentence),
    "two_types": (two_types, "an entity has exactly one of the types", KG.Company),
}


def prefixed(node: URIRef) -> str:
    """The node as the report names it: company:…, statement:…"""
    [name] = [f"{prefix}:{node[len(ns):]}" for prefix, ns in prefixes() if prefix in PATHS and node.startswith(ns)]
    return name


# One planted fault for each constraint of each shape (and the ones above): the SPARQL engine
# (kg.query.shacl) must report exactly what a SHACL validator (pyshacl) reports.

def _node(graph: Graph, cls: URIRef, index: int = 0) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[index]


def _replace(predicate: URIRef, value, cls: URIRef = KG.Company) -> Mutation:
    def mutate(graph: Graph) -> None:
        graph.set((_node(graph, cls), predicate, value(graph) if callable(value) else value))
    return mutate


def _add(predicate: URIRef, value, cls: URIRef = KG.Company) -> Mutation:
    def mutate(graph: Graph) -> None:
        graph.add((_node(graph, cls), predicate, value(graph) if callable(value) else value))
    return mutate


def _drop(predicate: URIRef, cls: URIRef) -> Mutation:
    def mutate(graph: Graph) -> None:
        graph.remove((_node(graph, cls), predicate, None))
    return mutate


def blank_company(graph: Graph) -> None:
    from rdflib import BNode

    node = BNode()
    graph.add((node, RDF.type, KG.Company))
    for predicate in (RDFS.label, SKOS.prefLabel):
        graph.add((node, predicate, Literal("某公司", lang="zh")))
    graph.add((node, KG.mentionedIn, _node(graph, KG.Sentence)))


def alias_equal_to_name(graph: Graph) -> None:
    company = _node(graph, KG.Company)
    graph.add((company, SKOS.altLabel, graph.value(company, SKOS.prefLabel)))


def statement_not_asserted(graph: Graph) -> None:
    statement = _node(graph, RDF.Statement)
    triple = (graph.value(statement, RDF.subject), graph.value(statement, RDF.predicate),
              graph.value(statement, RDF.object))
    graph.remove(triple)


def relation_to_a_sentence(graph: Graph) -> None:
    graph.add((_node(graph, KG.Company), KG.selectedAs, _node(graph, KG.Sentence)))


def company_developed_by(graph: Graph) -> None:
    graph.add((_node(graph, KG.Company), KG.developedBy, _node(graph, KG.Company, 1)))


def blank_relation(graph: Graph) -> None:
    from rdflib import BNode

    node, relation = BNode(), _node(graph, KG.Relation)
    graph.add((node, RDF.type, KG.Relation))
    for predicate in (KG.head, KG.relation, KG.tail):
        graph.add((node, predicate, graph.value(relation, predicate)))


def relation_not_asserted(graph: Graph) -> None:
    node = URIRef("https://w3id.org/zh-industry-kg/id/relation/x")
    graph.add((node, RDF.type, KG.Relation))
    graph.add((node, KG.head, _node(graph, KG.Company, 1)))
    graph.add((node, KG.relation, KG.locatedIn))
    graph.add((node, KG.tail, _node(graph, KG.IndustrialPark)))


def bare_cluster(graph: Graph) -> None:
    graph.add((URIRef("https://w3id.org/zh-industry-kg/id/cluster/1"), RDF.type, KG.Cluster))


def two_degrees(graph: Graph) -> None:
    company = _node(graph, KG.Company)
    graph.add((company, KG.degree, Literal(1)))
    graph.add((company, KG.degree, Literal(2)))


PLANTED: dict[str, Mutation] = {
    **{name: mutate for name, (mutate, *_) in MUTATIONS.items()},
    "blank_company": blank_company,
    "two_labels": _add(RDFS.label, Literal("另一个名字", lang="zh")),
    "label_without_language": _replace(RDFS.label, Literal("某公司")),
    "label_not_chinese": _replace(RDFS.label, Literal("Some Company", lang="en")),
    "label_empty": _replace(RDFS.label, Literal("", lang="zh")),
    "label_other_than_name": _replace(RDFS.label, Literal("别的名字", lang="zh")),
    "drop_name": _drop(SKOS.prefLabel, KG.Company),
    "two_names": _add(SKOS.prefLabel, Literal("另一个名字", lang="zh")),
    "alias_equal_to_name": alias_equal_to_name,
    "alias_empty": _add(SKOS.altLabel, Literal("", lang="zh")),
    "alias_a_string": _add(SKOS.altLabel, Literal("别名")),
    "never_mentioned": _drop(KG.mentionedIn, KG.Company),
    "mentioned_in_a_document": _add(KG.mentionedIn, lambda g: _node(g, KG.Document)),
    "region_located_in_company": _add(KG.locatedIn, lambda g: _node(g, KG.Company), KG.Region),
    "relation_to_a_sentence": relation_to_a_sentence,
    "company_developed_by": company_developed_by,
    "program_selected_as_program": _add(KG.selectedAs, lambda g: _node(g, KG.Program), KG.Program),
    "project_developed_by_region": _add(KG.developedBy, lambda g: _node(g, KG.Region), KG.Project),
    "statement_not_asserted": statement_not_asserted,
    "statement_subject_literal": _replace(RDF.subject, Literal("x"), RDF.Statement),
    "statement_two_objects": _add(RDF.object, lambda g: _node(g, KG.Region), RDF.Statement),
    "statement_other_predicate": _replace(RDF.predicate, RDFS.seeAlso, RDF.Statement),
    "statement_no_predicate": _drop(RDF.predicate, RDF.Statement),
    "statement_from_a_document": _replace(PROV.wasDerivedFrom, URIRef("https://example.org/doc"), RDF.Statement),
    "confidence_negative": _replace(KG.confidence, Literal(Decimal("-0.10"), datatype=XSD.decimal), RDF.Statement),
    "confidence_ill_formed": _replace(KG.confidence, Literal("high", datatype=XSD.decimal), RDF.Statement),
    "confidence_a_string": _replace(KG.confidence, Literal("0.9"), RDF.Statement),
    "two_confidences": _add(KG.confidence, Literal(Decimal("0.10"), datatype=XSD.decimal), RDF.Statement),
    "statement_without_relation": _drop(KG.ofRelation, RDF.Statement),
    "statement_of_another_relation": _replace(KG.ofRelation, lambda g: _node(g, KG.Relation, 1), RDF.Statement),
    "statement_of_a_sentence": _replace(KG.ofRelation, lambda g: _node(g, KG.Sentence), RDF.Statement),
    "blank_relation": blank_relation,
    "relation_without_head": _drop(KG.head, KG.Relation),
    "relation_two_tails": _add(KG.tail, lambda g: _node(g, KG.Region), KG.Relation),
    "relation_of_another_kind": _replace(KG.relation, KG.mentionedIn, KG.Relation),
    "relation_tail_a_literal": _replace(KG.tail, Literal("x"), KG.Relation),
    "relation_not_asserted": relation_not_asserted,
    "rule_empty": _replace(KG.rule, Literal(""), RDF.Statement),
    "no_rule": _drop(KG.rule, RDF.Statement),
    "sentence_text_english": _replace(KG.text, Literal("text", lang="en"), KG.Sentence),
    "sentence_two_texts": _add(KG.text, Literal("又一句。", lang="zh"), KG.Sentence),
    "sentence_position_zero": _replace(KG.position, Literal(0), KG.Sentence),
    "sentence_position_a_string": _replace(KG.position, Literal("1"), KG.Sentence),
    "sentence_in_a_company": _replace(KG.inDocument, lambda g: _node(g, KG.Company), KG.Sentence),
    "document_without_file_name": _drop(KG.fileName, KG.Document),
    "document_file_name_empty": _replace(KG.fileName, Literal(""), KG.Document),
    "two_degrees": two_degrees,
    "weighted_degree_negative": _add(KG.weightedDegree, Literal(-2)),
    "betweenness_above_one": _add(KG.betweenness, Literal(Decimal("1.5"), datatype=XSD.decimal)),
    "cluster_not_a_cluster": _add(KG.cluster, lambda g: _node(g, KG.Company, 1)),
    "bare_cluster": bare_cluster,
}


# A small graph of every kind of node (pyshacl takes seconds even for the demo graph)
SMALL_GRAPH = """
@prefix kg: <https://w3id.org/zh-industry-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix company: <https://w3id.org/zh-industry-kg/id/company/> .
@prefix park: <https://w3id.org/zh-industry-kg/id/park/> .
@prefix region: <https://w3id.org/zh-industry-kg/id/region/> .
@prefix program: <https://w3id.org/zh-industry-kg/id/program/> .
@prefix project: <https://w3id.org/zh-industry-kg/id/project/> .
@prefix statement: <https://w3id.org/zh-industry-kg/id/statement/> .
@prefix relation: <https://w3id.org/zh-industry-kg/id/relation/> .
@prefix sentence: <https://w3id.org/zh-industry-kg/id/sentence/> .
@prefix doc: <https://w3id.org/zh-industry-kg/id/doc/> .

company:a a kg:Company ; rdfs:label "甲材料公司"@zh ; skos:prefLabel "甲材料公司"@zh ; skos:altLabel "甲材料"@zh ;
    kg:mentionedIn sentence:d-1 ; kg:locatedIn park:p ; kg:selectedAs program:g .
company:b a kg:Company ; rdfs:label "乙电子公司"@zh ; skos:prefLabel "乙电子公司"@zh ; kg:mentionedIn sentence:d-2 .
park:p a kg:IndustrialPark ; rdfs:label "丙工业园"@zh ; skos:prefLabel "丙工业园"@zh ; kg:mentionedIn sentence:d-1 ;
    kg:locatedIn region:r .
region:r a kg:Region ; rdfs:label "丁市"@zh ; skos:prefLabel "丁市"@zh ; kg:mentionedIn sentence:d-2 .
program:g a kg:Program ; rdfs:label "专精特新"@zh ; skos:prefLabel "专精特新"@zh ; kg:mentionedIn sentence:d-1 .
project:j a kg:Project ; rdfs:label "戊项目"@zh ; skos:prefLabel "戊项目"@zh ; kg:mentionedIn sentence:d-2 ;
    kg:developedBy company:b .
statement:1 a rdf:Statement ; rdf:subject company:a ; rdf:predicate kg:locatedIn ; rdf:object park:p ;
    kg:ofRelation relation:r1 ; prov:wasDerivedFrom sentence:d-1 ; kg:confidence 0.90 ; kg:rule "located_in" .
statement:2 a rdf:Statement ; rdf:subject company:a ; rdf:predicate kg:selectedAs ; rdf:object program:g ;
    kg:ofRelation relation:r2 ; prov:wasDerivedFrom sentence:d-1 ; kg:confidence 0.80 ; kg:rule "selected_as" .
statement:3 a rdf:Statement ; rdf:subject park:p ; rdf:predicate kg:locatedIn ; rdf:object region:r ;
    kg:ofRelation relation:r3 ; prov:wasDerivedFrom sentence:d-2 ; kg:confidence 0.70 ; kg:rule "located_in" .
statement:4 a rdf:Statement ; rdf:subject project:j ; rdf:predicate kg:developedBy ; rdf:object company:b ;
    kg:ofRelation relation:r4 ; prov:wasDerivedFrom sentence:d-2 ; kg:confidence 0.75 ; kg:rule "developed_by" .
relation:r1 a kg:Relation ; kg:head company:a ; kg:relation kg:locatedIn ; kg:tail park:p .
relation:r2 a kg:Relation ; kg:head company:a ; kg:relation kg:selectedAs ; kg:tail program:g .
relation:r3 a kg:Relation ; kg:head park:p ; kg:relation kg:locatedIn ; kg:tail region:r .
relation:r4 a kg:Relation ; kg:head project:j ; kg:relation kg:developedBy ; kg:tail company:b .
sentence:d-1 a kg:Sentence ; kg:inDocument doc:d ; kg:position 1 ; kg:text "甲材料公司位于丙工业园，入选专精特新。"@zh .
sentence:d-2 a kg:Sentence ; kg:inDocument doc:d ; kg:position 2 ; kg:text "丁市丙工业园的戊项目由乙电子公司建设。"@zh .
doc:d a kg:Document ; kg:fileName "d.txt" .
"""


def _canonical(violation: Violation) -> Violation:
    """Blank nodes under one name (their ids differ between stores); decimals in canonical form, as
    an RDF store keeps them (0.90 is 0.9)."""
    def value(text: str) -> str:
        match = re.fullmatch(r"'(-?[0-9]*\.[0-9]+)'", text)
        return repr(format(Decimal(match[1]).normalize(), "f")) if match else text

    blank = re.compile(r"[A-Za-z0-9]{16,}")
    return Violation(violation.severity, "_:blank" if blank.fullmatch(violation.focus) else violation.focus,
                     violation.path, value(violation.value), violation.message)


def pyshacl_violations(graph: Graph) -> set[Violation]:
    """The violations as pyshacl reports them (what `kg validate` printed before the SPARQL engine)."""
    import pyshacl
    from rdflib.namespace import SH

    def name(node) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            return graph.namespace_manager.normalizeUri(node)
        if isinstance(node, Literal):
            return repr(str(node)) + (f"@{node.language}" if node.language else "")
        return str(node)

    def describe(node) -> str:
        labels = [str(label) for label in graph.objects(node, RDFS.label)] if isinstance(node, URIRef) else []
        label = min(labels) if labels else None
        return name(node) + (f" ({label})" if label is not None else "")

    _, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none")
    found = set()
    for result in results.subjects(SH.resultSeverity, None):
        focus, value = results.value(result, SH.focusNode), results.value(result, SH.value)
        messages = [str(m) for m in results.objects(result, SH.resultMessage)]
        found.add(Violation(str(results.value(result, SH.resultSeverity)).rpartition("#")[2], describe(focus),
                            name(results.value(result, SH.resultPath)), describe(value) if value != focus else "",
                            min(messages, key=len)))
    return found


@pytest.mark.parametrize("name", PLANTED)
def test_planted_violations_are_reported_as_a_shacl_validator_reports_them(name: str):
    graph = Graph().parse(data=SMALL_GRAPH, format="turtle")
    assert validate_graph(graph).conforms and not pyshacl_violations(graph)
    PLANTED[name](graph)
    expected = {_canonical(v) for v in pyshacl_violations(graph)}
    assert expected, f"{name} plants no violation"
    assert {_canonical(v) for v in validate_graph(graph).violations} == expected


def test_every_requirement_of_the_shapes_has_a_planted_violation():
    from rdflib.namespace import SH

    messages = {str(m) for m in shapes_graph().objects(None, SH.message)}
    reported = set()
    for mutate in PLANTED.values():
        mutated = Graph().parse(data=SMALL_GRAPH, format="turtle")
        mutate(mutated)
        reported |= {v.message for v in validate_graph(mutated).violations}
    assert messages <= reported, f"no planted violation of: {messages - reported}"


def _store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


SHAPES_NS = "https://w3id.org/zh-industry-kg/shapes#"


def test_a_conforming_graph_passes_every_survey_so_their_detailed_queries_do_not_run(demo_build: Path):
    for graph in (Graph().parse(data=SMALL_GRAPH, format="turtle"),
                  Graph().parse(demo_build / "graph.ttl", format="turtle")):
        passed = surveys(shape_checks(), _store(graph))
        assert {f"<{SHAPES_NS}{name}>" for name in ("Sentence", "Statement", "Document")} <= set(passed)
        assert all(passed.values()), passed


@pytest.mark.parametrize("name, shape", [("two_confidences", "Statement"), ("statement_no_predicate", "Statement"),
                                         ("statement_from_a_document", "Statement"),
                                         ("sentence_two_texts", "Sentence"), ("sentence_without_document", "Sentence"),
                                         ("sentence_position_zero", "Sentence"), ("sentence_in_a_company", "Sentence"),
                                         ("document_file_name_empty", "Document"), ("two_degrees", "EntityMetrics")])
def test_a_survey_finds_a_fault_among_the_constraints_it_covers(name: str, shape: str):
    graph = Graph().parse(data=SMALL_GRAPH, format="turtle")
    PLANTED[name](graph)
    passed = surveys(shape_checks(), _store(graph))
    assert passed[f"<{SHAPES_NS}{shape}>"] is False
    assert [s for s, ok in passed.items() if not ok] == [f"<{SHAPES_NS}{shape}>"]


def test_a_triple_stated_in_two_graphs_is_one_value(tmp_path: Path):
    """The union of the graphs holds each triple once: a sentence's text in a named graph too is
    not a second text (the survey cannot tell, so the detailed queries decide)."""
    graph = Graph().parse(data=SMALL_GRAPH, format="turtle")
    store = _store(graph)
    text = next(iter(store.quads_for_pattern(None, ox.NamedNode(str(KG.text)), None)))
    store.add(ox.Quad(text.subject, text.predicate, text.object, ox.NamedNode("https://example.org/g")))
    assert not surveys(shape_checks(), store)[f"<{SHAPES_NS}Sentence>"]
    assert validate_store(store, {}).conforms


def test_a_shape_feature_the_engine_does_not_compile_is_refused(tmp_path: Path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <https://example.org/> .\n"
                      "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; "
                      "sh:uniqueLang true ] .\n", encoding="utf-8")
    with pytest.raises(ShapesError, match="uniqueLang"):
        compile_shapes(shapes)


def test_built_graphs_are_valid(demo_build: Path, corpus_build: Path, capsys):
    for folder in (demo_build, corpus_build):
        assert main(["validate", str(folder)]) == 0
        assert "valid (conforms to the shapes" in capsys.readouterr().out


@pytest.mark.parametrize("name", MUTATIONS)
def test_a_broken_graph_is_reported_readably(name: str, demo_build: Path, tmp_path: Path, capsys):
    mutate, requirement, cls = MUTATIONS[name]
    graph = Graph().parse(demo_build / "graph.ttl", format="turtle")
    node = _first(graph, cls)
    mutate(graph)
    graph.serialize(tmp_path / "graph.ttl", format="turtle")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'graph.ttl'}: not valid" in out
    assert requirement in out
    assert prefixed(node) in out, "the report names the node with its prefix"


def test_a_missing_graph_is_an_error_naming_the_folder(tmp_path: Path, capsys):
    assert main(["validate", str(tmp_path)]) == 1
    assert f"{tmp_path}: folder holds no graph" in capsys.readouterr().err


def test_build_refuses_rules_that_would_make_an_invalid_graph(tmp_path: Path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    # a user's rule override that puts confidences out of range: refused when the rules load
    (rules / "relations.yaml").write_text(
        "patterns:\n  - {id: locatedIn.cue, confidence: 1.5}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--rules", str(rules)]) == 1
    assert "confidence must be between 0 and 1" in capsys.readouterr().err
    assert not out.exists()
