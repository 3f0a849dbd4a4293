"""`kg export`: a built graph as tables an analyst opens in Excel, or imports into Neo4j.

Reads the graph file of an output folder (never the texts: nothing is
extracted again) and writes

- `csv`: one file per entity type (name, aliases, IRI, degree, documents) and
  one per relation (head, relation, tail, confidence, rule, document, sentence:
  one row per sentence that states it), UTF-8 with a byte-order mark so that
  Excel shows the Chinese;
- `xlsx`: the same tables as the sheets of one workbook (openpyxl);
- `neo4j`: the node and relationship files of `neo4j-admin database import`
  (also read by `LOAD CSV`), one relationship per fact with its evidence as
  array properties.

This module does not import spaCy or the build: it starts fast.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pyoxigraph as ox

from kg.export.formats import find_graph_file
from kg.ingest.read import InputError
from kg.query.store import Reading, load
from kg.staging import Staging

KG = "https://w3id.org/zh-industry-kg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
NOT_ENTITIES = {"Document", "Sentence", "Relation", "Cluster"}  # Cluster: derived (metrics.trig), not extracted
ENTITY_COLUMNS = ("name", "aliases", "iri", "degree", "documents")
RELATION_COLUMNS = ("head", "relation", "tail", "confidence", "rule", "document", "sentence", "head_iri", "tail_iri")
SEPARATOR = " | "  # between the values of a cell that holds several (aliases, documents)
TARGETS = ("csv", "xlsx", "neo4j")
EXCEL_CELL_LIMIT = 32_767


@dataclass
class Entity:
    iri: str
    label: str  # type
    name: str
    aliases: list[str] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    degree: int = 0


@dataclass(frozen=True)
class Evidence:
    head: str  # IRIs
    relation: str
    tail: str
    confidence: float
    rule: str
    document: str
    position: int
    sentence: str


@dataclass
class Tables:
    entities: dict[str, list[Entity]]  # type -> entities, most connected first
    relations: dict[str, list[Evidence]]  # relation -> one row per sentence that states it
    names: dict[str, str]  # IRI -> name

    def entity_rows(self, label: str) -> list[list[str | int]]:
        return [[e.name, SEPARATOR.join(e.aliases), e.iri, e.degree, SEPARATOR.join(sorted(e.documents))]
                for e in self.entities[label]]

    def relation_rows(self, relation: str) -> list[list[str | float]]:
        return [[self.names[ev.head], ev.relation, self.names[ev.tail], ev.confidence, ev.rule, ev.document,
                 ev.sentence, ev.head, ev.tail] for ev in self.relations[relation]]


def _local(iri: str) -> str:
    return iri[len(KG):]


def _objects(store: ox.Store, predicate: str) -> Iterable[tuple[str, ox.NamedNode | ox.Literal]]:
    for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None):
        yield quad.subject.value, quad.object


def read_tables(graph_path: Path, reading: Reading | None = None) -> Tables:
    """The tables of a graph file (any format kg build writes); `reading` is told how far its load has read."""
    store = load(graph_path, reading).store
    entities: dict[str, Entity] = {}
    for subject, kind in _objects(store, RDF + "type"):
        if kind.value.startswith(KG) and _local(kind.value) not in NOT_ENTITIES:
            entities[subject] = Entity(subject, _local(kind.value), "")
    for predicate in (RDFS_LABEL, SKOS + "prefLabel"):  # the preferred label wins
        for subject, name in _objects(store, predicate):
            if subject in entities:
                entities[subject].name = name.value
    for subject, alias in _objects(store, SKOS + "altLabel"):
        if subject in entities:
            entities[subject].aliases.append(alias.value)
    file_name = {doc: name.value for doc, name in _objects(store, KG + "fileName")}
    document_of = {sentence: file_name.get(doc.value, doc.value) for sentence, doc in _objects(store, KG + "inDocument")}
    text_of = {sentence: text.value for sentence, text in _objects(store, KG + "text")}
    position_of = {sentence: int(p.value) for sentence, p in _objects(store, KG + "position")}
    for subject, sentence in _objects(store, KG + "mentionedIn"):
        if subject in entities and sentence.value in document_of:
            entities[subject].documents.add(document_of[sentence.value])
    relation_iris = {kind.value for _, kind in _objects(store, RDF + "predicate") if kind.value.startswith(KG)}
    facts = {(head, _local(relation), tail.value) for relation in relation_iris
             for head, tail in _objects(store, relation) if head in entities and tail.value in entities}
    for head, _, tail in facts:
        entities[head].degree += 1
        entities[tail].degree += 1
    relations: dict[str, list[Evidence]] = defaultdict(list)
    for evidence in _evidence(store, document_of, text_of, position_of):
        if (evidence.head, evidence.relation, evidence.tail) in facts:
            relations[evidence.relation].append(evidence)
    names = {iri: e.name for iri, e in entities.items()}
    by_type: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities.values():
        entity.aliases.sort()
        by_type[entity.label].append(entity)
    return Tables(
        entities={label: sorted(found, key=lambda e: (-e.degree, e.name, e.iri)) for label, found in sorted(by_type.items())},
        relations={relation: sorted(rows, key=lambda ev: (names[ev.head], names[ev.tail], ev.document, ev.position))
                   for relation, rows in sorted(relations.items())},
        names=names)


def _evidence(store: ox.Store, document_of: dict[str, str], text_of: dict[str, str],
              position_of: dict[str, int]) -> Iterable[Evidence]:
    """Each reified statement (rdf:Statement) with its sentence."""
    values: dict[str, dict[str, ox.NamedNode | ox.Literal]] = defaultdict(dict)
    wanted = {RDF + "subject": "head", RDF + "predicate": "relation", RDF + "object": "tail",
              PROV_DERIVED_FROM: "sentence", KG + "confidence": "confidence", KG + "rule": "rule"}
    for predicate, key in wanted.items():
        for subject, value in _objects(store, predicate):
            values[subject][key] = value
    for found in values.values():
        if len(found) < len(wanted) or not found["relation"].value.startswith(KG):
            continue
        sentence = found["sentence"].value
        yield Evidence(found["head"].value, _local(found["relation"].value), found["tail"].value,
                       float(found["confidence"].value), found["rule"].value, document_of.get(sentence, ""),
                       position_of.get(sentence, 0), text_of.get(sentence, ""))


# ---------------------------------------------------------------- writing

def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]], bom: bool = True) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def write_csv(tables: Tables, folder: Path, bom: bool = True) -> list[Path]:
    files = {f"{label}.csv": csv_bytes(ENTITY_COLUMNS, tables.entity_rows(label), bom) for label in tables.entities}
    files |= {f"{relation}.csv": csv_bytes(RELATION_COLUMNS, tables.relation_rows(relation), bom)
              for relation in tables.relations}
    return _write_folder(folder, files)


def write_xlsx(tables: Tables, path: Path) -> list[Path]:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheets = [(label, ENTITY_COLUMNS, tables.entity_rows(label)) for label in tables.entities]
    sheets += [(relation, RELATION_COLUMNS, tables.relation_rows(relation)) for relation in tables.relations]
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title[:31])
        sheet.append(list(header))
        for row in rows:
            sheet.append([_xlsx_cell(sheet, value, WriteOnlyCell) for value in row])
    data = io.BytesIO()
    workbook.save(data)
    path = Path(path)
    with Staging(path.parent) as staging:
        staging.write(path.name, data.getvalue())
        staging.commit()
    return [path]


def _xlsx_cell(sheet, value: object, make_cell):
    """Text as text (never a formula, even when it starts with =), within Excel's cell limit."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[:EXCEL_CELL_LIMIT - 1] + "…"
    cell = make_cell(sheet, value=text)
    cell.data_type = "s"
    return cell


def write_neo4j(tables: Tables, folder: Path) -> list[Path]:
    """Node files `nodes_<Type>.csv` and relationship files `relationships_<relation>.csv` in the header
    format of `neo4j-admin database import` (arrays separated by `;`)."""
    files = {}
    for label, entities in tables.entities.items():
        rows = [[e.iri, e.name, ";".join(a.replace(";", ",") for a in e.aliases), e.degree,
                 ";".join(d.replace(";", ",") for d in sorted(e.documents)), label] for e in entities]
        files[f"nodes_{label}.csv"] = csv_bytes(
            ("iri:ID", "name", "aliases:string[]", "degree:int", "documents:string[]", ":LABEL"), rows, bom=False)
    for relation, evidence in tables.relations.items():
        facts: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
        for ev in evidence:
            facts[(ev.head, ev.tail)].append(ev)
        rows = []
        for (head, tail), found in facts.items():
            rows.append([head, tail, relation, max(ev.confidence for ev in found),
                         _array(ev.rule for ev in found), _array(ev.document for ev in found),
                         _array(ev.sentence for ev in found)])
        files[f"relationships_{relation}.csv"] = csv_bytes(
            (":START_ID", ":END_ID", ":TYPE", "confidence:float", "rules:string[]", "documents:string[]",
             "sentences:string[]"), rows, bom=False)
    return _write_folder(folder, files)


def _array(values: Iterable[str]) -> str:
    """Distinct values in first-seen order, as a neo4j-admin array (`;` inside a value becomes `；`)."""
    return ";".join(dict.fromkeys(v.replace(";", "；") for v in values))


def _write_folder(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write `files` into `folder` together; earlier .csv files there that are not rewritten are removed."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: exists and is not a folder")
    with Staging(folder) as staging:
        for name, data in files.items():
            staging.write(name, data)
        written = staging.commit()
    for stale in folder.glob("*.csv"):
        if stale.name not in files:
            stale.unlink()
    return sorted(written)


def export(graph_dir: Path, target: str, out: Path | None = None, bom: bool = True,
           reading: Reading | None = None) -> list[Path]:
    """Export the graph of a `kg build` output folder (or graph file) as `target` tables; the paths written.
    `reading` is told how far the graph's load has read (progress)."""
    if target not in TARGETS:
        raise InputError(f"unknown export {target!r}; choose from {', '.join(TARGETS)}")
    graph_file = find_graph_file(graph_dir)
    tables = read_tables(graph_file, reading)
    base = graph_file.parent / "export"
    if target == "csv":
        return write_csv(tables, out or base / "csv", bom)
    if target == "xlsx":
        return write_xlsx(tables, out or base / "graph.xlsx")
    return write_neo4j(tables, out or base / "neo4j")
