"""The query page of `kg serve` (/query): an editor, the saved queries to pick from, results as a table.

One self-contained HTML file (its style and script inline, no library, nothing
fetched from elsewhere) that sends the query to the server's own /sparql
endpoint and shows SPARQL JSON results as a table (CONSTRUCT results as Turtle).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from kg.query.saved import saved_queries

TEMPLATES = Path(__file__).parent / "templates"
FIRST_QUERY = """SELECT ?name ?type WHERE {
  ?entity a ?type ; rdfs:label ?name .
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
}
ORDER BY ?type ?name
LIMIT 100
"""


def render_query_page(title: str, prefixes: Mapping[str, str], has_graph_page: bool) -> bytes:
    """The page, with the saved queries (kg/query/saved/*.rq) and the predeclared `prefixes` built in."""
    saved = [{"name": q.name, "question": q.question, "text": q.text} for q in saved_queries().values()]
    data = {"saved": saved, "prefixes": dict(prefixes)}
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    page = env.get_template("query.html").render(
        title=title,
        saved=saved,
        initial=FIRST_QUERY,
        prefix_names=", ".join(f"{name}:" for name in sorted(prefixes)),
        has_graph_page=has_graph_page,
        data=Markup(json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")),
    )
    return page.encode("utf-8")
