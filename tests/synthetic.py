"""A synthetic resolved graph the size of a corpus of hundreds of documents (thousands of nodes).

Deterministic for a given size. Used by the large-page browser test and by
benchmarks/large_page.py, so big files never need to be committed.
"""
from __future__ import annotations

import random

from kg.model import Entity, ResolvedGraph, Statement

BASE = "https://example.org/synthetic/"
SYLLABLES = "华新海润恒泰宏远达丰鑫盛明辉瑞祥联创安卓科金银嘉凯博信德源晨星"


def _name(rng: random.Random, length: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(length))


def synthetic_graph(companies: int = 2000, documents: int = 400, seed: int = 5) -> ResolvedGraph:
    """Companies in parks and regions, selected as programs, developing projects; every fact backed by a sentence."""
    rng = random.Random(seed)
    regions = [(f"{_name(rng)}区{i}", "Region") for i in range(max(companies // 10, 5))]
    parks = [(f"{_name(rng)}工业园{i}", "IndustrialPark") for i in range(max(companies // 13, 5))]
    programs = [(f"{_name(rng)}省专精特新企业第{i}批", "Program") for i in range(max(companies // 20, 3))]
    firms = [(f"{_name(rng, 3)}科技有限公司{i}", "Company") for i in range(companies)]
    projects = [(f"{_name(rng)}年产{i}万吨新材料项目", "Project") for i in range(companies // 3)]

    entities: dict[str, Entity] = {}
    for index, (name, label) in enumerate(regions + parks + programs + firms + projects):
        aliases = [name[:4] + name.rsplit("公司", 1)[-1]] if label == "Company" else []
        entities[name] = Entity(iri=f"{BASE}{label.lower()}/{index}", label=label, name=name, aliases=aliases,
                                mentions=[])
    sentences: dict[tuple[str, int], str] = {}
    statements: list[Statement] = []
    position: dict[str, int] = {}

    def state(head: str, relation: str, tail: str, text: str) -> None:
        document = f"doc_{rng.randrange(documents):03d}.txt"
        index = position.get(document, 0)
        position[document] = index + 1
        sentences[(document, index)] = text
        for name in (head, tail):
            entities[name].mentions.append((document, index))
        statements.append(Statement(entities[head].iri, relation, entities[tail].iri, document, index,
                                    round(rng.uniform(0.6, 1.0), 2), f"{relation}.synthetic"))

    for park, _ in parks:
        region = rng.choice(regions)[0]
        state(park, "locatedIn", region, f"{park}位于{region}。")
    for firm, _ in firms:
        place = rng.choice(parks if rng.random() < 0.8 else regions)[0]
        state(firm, "locatedIn", place, f"{firm}落户{place}。")
        if rng.random() < 0.4:
            program = rng.choice(programs)[0]
            state(firm, "selectedAs", program, f"{firm}入选{program}。")
    for project, _ in projects:
        firm, park = rng.choice(firms)[0], rng.choice(parks)[0]
        state(project, "developedBy", firm, f"{firm}投资建设的{project}在{park}开工。")
        state(project, "locatedIn", park, f"{firm}投资建设的{project}在{park}开工。")
    return ResolvedGraph(entities=sorted(entities.values(), key=lambda e: e.iri), statements=statements,
                         sentences=sentences, documents=sorted(position))
