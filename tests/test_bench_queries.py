"""The benchmark's queries (benchmarks/queries/) rewritten for speed give the rows of the queries they replace."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

QUERIES = Path(__file__).resolve().parent.parent / "benchmarks" / "queries"

PREFIXES = """PREFIX kg:   <https://w3id.org/zh-industry-kg/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

# name -> the query as it was before it was rewritten
BEFORE = {
    "evidence_located_in": PREFIXES + """
SELECT ?company ?park ?file ?sentence ?confidence WHERE {
  { SELECT ?c ?p ?company ?park WHERE {
      ?c kg:locatedIn ?p .
      ?c a kg:Company ; rdfs:label ?company .
      ?p a kg:IndustrialPark ; rdfs:label ?park .
  } }
  ?st rdf:object ?p ; rdf:subject ?c ; rdf:predicate kg:locatedIn ; a rdf:Statement ;
      prov:wasDerivedFrom ?s ; kg:confidence ?confidence .
  ?s kg:text ?sentence ; kg:inDocument ?document .
  ?document kg:fileName ?file .
}
ORDER BY ?park ?company
""",
}


def rows(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    solutions = store.query(query)
    return [tuple(str(row[variable]) for variable in solutions.variables) for row in solutions]


@pytest.mark.parametrize("name", BEFORE)
def test_a_rewritten_query_gives_the_rows_it_gave_before(name: str, demo_build: Path, corpus_build: Path):
    for folder in (demo_build, corpus_build):
        store = ox.Store()
        store.load(path=str(folder / "graph.ttl"), format=ox.RdfFormat.TURTLE)
        before, now = rows(store, BEFORE[name]), rows(store, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
        assert now, f"{name} finds nothing in {folder}: the comparison would prove nothing"
        assert sorted(now) == sorted(before)
        # the same order, up to ties of the ORDER BY (park, company): the first two columns
        assert [row[:2] for row in now] == [row[:2] for row in before]
