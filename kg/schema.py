"""The schema: entity types and relations, read from the ontology (`kg/ontology/kg.ttl`), the one place they are defined.

An entity type is a subclass of `kg:Entity`, a relation a subproperty of `kg:relatesTo`; each carries
its labels, IRI path, colour and order as annotations. Extraction, resolution, RDF, the page, the
analytics and the scorer all take them from here. No spaCy, no rdflib: it starts fast.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

ONTOLOGY = Path(__file__).parent / "ontology" / "kg.ttl"
SHAPES = Path(__file__).parent / "ontology" / "shapes.ttl"
KG_NS = "https://w3id.org/zh-industry-kg/ontology#"


@dataclass(frozen=True)
class EntityType:
    name: str  # the local name of its class: Company
    zh: str  # its labels: 企业, Company
    en: str
    iri_path: str  # {base}company/…
    colour: str
    shape: str  # the vis-network node shape


@dataclass(frozen=True)
class RelationType:
    name: str  # the local name of its property: locatedIn
    zh: str
    en: str
    colour: str
    domain: tuple[str, ...]  # entity type names
    range: tuple[str, ...]


_PREFIXES = f"""PREFIX kg: <{KG_NS}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>"""
_LABELS = """?term rdfs:label ?zh , ?en . FILTER (lang(?zh) = "zh" && lang(?en) = "en")"""


def _local(term: ox.NamedNode) -> str:
    return term.value.removeprefix(KG_NS)


def _load() -> tuple[dict[str, EntityType], dict[str, RelationType]]:
    store = ox.Store()
    store.load(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE)
    types = {}
    for row in store.query(f"""{_PREFIXES} SELECT ?term ?zh ?en ?path ?colour ?shape WHERE {{
            ?term rdfs:subClassOf kg:Entity ; kg:iriPath ?path ; kg:colour ?colour ; kg:nodeShape ?shape ;
                  kg:listOrder ?order . {_LABELS} }} ORDER BY ?order"""):
        name = _local(row["term"])
        types[name] = EntityType(name, row["zh"].value, row["en"].value, row["path"].value, row["colour"].value,
                                 row["shape"].value)
    relations = {}
    for row in store.query(f"""{_PREFIXES} SELECT ?term ?zh ?en ?colour WHERE {{
            ?term rdfs:subPropertyOf kg:relatesTo ; kg:colour ?colour ; kg:listOrder ?order . {_LABELS} }}
            ORDER BY ?order"""):
        term = row["term"]
        ends = [tuple(_local(c["class"]) for c in store.query(f"""{_PREFIXES} SELECT ?class WHERE {{
                    {term} {end} ?e . ?e (owl:unionOf/rdf:rest*/rdf:first)? ?class . FILTER isIRI(?class) }}"""))
                for end in ("rdfs:domain", "rdfs:range")]
        domain, range_ = (tuple(sorted(end, key=list(types).index)) for end in ends)
        relations[_local(term)] = RelationType(_local(term), row["zh"].value, row["en"].value, row["colour"].value,
                                               domain, range_)
    return types, relations


ENTITY_TYPES, RELATIONS = _load()

# The names the rules of a particular type or relation refer to (checked against the ontology below).
COMPANY, PARK, PROJECT, PROGRAM, REGION = "Company", "IndustrialPark", "Project", "Program", "Region"
LOCATED_IN, SELECTED_AS, DEVELOPED_BY = "locatedIn", "selectedAs", "developedBy"
for _name in {COMPANY, PARK, PROJECT, PROGRAM, REGION} - ENTITY_TYPES.keys() | {
        LOCATED_IN, SELECTED_AS, DEVELOPED_BY} - RELATIONS.keys():
    raise ImportError(f"{ONTOLOGY}: kg:{_name} is not defined there with its annotations (kg:iriPath, kg:colour, …)")
