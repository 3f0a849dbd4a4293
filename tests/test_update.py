"""`kg build --update DIR NEW…` adds documents to an earlier build.

The contract: the files it writes are byte for byte those of a full build of
the earlier and the new documents (in that order) into the earlier build's
folder. So every earlier node keeps its IRI, and a new name of an earlier
entity is merged into its node; when the new documents show that two earlier
nodes are one, the merged node keeps the IRI of one of them.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import assert_same_files
from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from kg.cli import main
from kg.export.formats import FORMATS
from kg.export.rdf import KG
from kg.run.build import DEMO_CORPUS, build

DEMO = sorted(DEMO_CORPUS.glob("*.txt"))


BOTH = [FORMATS["turtle"], FORMATS["ntriples"]]


def _quiet(message: str) -> None:
    pass


def _names(folder: Path) -> dict[str, set[str]]:
    """IRI -> all names of each entity in the folder's graph."""
    graph = Graph().parse(folder / "graph.ttl")
    entities = {node for cls in ("Company", "IndustrialPark", "Project", "Program", "Region")
                for node in graph.subjects(RDF.type, KG[cls])}
    return {str(node): {str(name) for p in (RDFS.label, SKOS.altLabel) for name in graph.objects(node, p)}
            for node in entities}


def _earlier_build(paths: list[Path], tmp_path: Path) -> tuple[Path, Path]:
    """The folder to update, and a copy of it to build in full."""
    updated, rebuilt = tmp_path / "updated", tmp_path / "rebuilt"
    build(paths, updated, warn=_quiet, formats=BOTH)
    shutil.copytree(updated, rebuilt)
    return updated, rebuilt


def test_update_writes_what_a_full_build_over_the_earlier_output_writes(corpus_dir, tmp_path):
    updated, rebuilt = _earlier_build(DEMO[:3], tmp_path)
    before = _names(updated)
    result = build(DEMO[3:] + [corpus_dir], updated, warn=_quiet, formats=BOTH, update=True)
    build(DEMO + [corpus_dir], rebuilt, warn=_quiet, formats=BOTH)
    assert_same_files(updated, rebuilt)
    after = _names(updated)
    assert all(iri in after and names <= after[iri] for iri, names in before.items())
    assert result.documents == 2 + len(list(corpus_dir.rglob("*.txt")))
    assert result.graph_documents == 3 + result.documents


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_update_that_shows_two_earlier_nodes_are_one_merges_them_under_one_earlier_iri(tmp_path):
    texts = tmp_path / "texts"
    full = _write(texts, "a.txt", "苏州瑞泰新材料科技有限公司被评为江苏省瞪羚企业。\n")
    short = _write(texts, "b.txt", "瑞泰新材入选国家级专精特新“小巨人”企业名单。\n")
    alias = _write(texts, "c.txt", "苏州瑞泰新材料科技有限公司（以下简称“瑞泰新材”）在苏州工业园区开工。\n")
    updated, rebuilt = _earlier_build([full, short], tmp_path)
    companies = {iri: names for iri, names in _names(updated).items() if "/company/" in iri}
    assert sorted(map(sorted, companies.values())) == [["瑞泰新材"], ["苏州瑞泰新材料科技有限公司"]]

    build([alias], updated, warn=_quiet, formats=BOTH, update=True, workers=2)
    build([full, short, alias], rebuilt, warn=_quiet, formats=BOTH)
    assert_same_files(updated, rebuilt)
    merged = {iri: names for iri, names in _names(updated).items() if "/company/" in iri}
    assert list(merged.values()) == [{"瑞泰新材", "苏州瑞泰新材料科技有限公司"}]
    [kept] = merged
    assert kept in companies
    [retired] = set(companies) - {kept}
    graph = Graph().parse(updated / "graph.ttl")
    assert not any(URIRef(retired) in triple for triple in graph)


def test_a_copied_build_folder_can_be_updated(tmp_path):
    build(DEMO[:3], tmp_path / "built", warn=_quiet)
    shutil.copytree(tmp_path / "built", tmp_path / "copy", copy_function=shutil.copy)  # new file times
    for folder in ("built", "copy"):
        build(DEMO[3:], tmp_path / folder, warn=_quiet, update=True)
    assert (tmp_path / "built" / "graph.ttl").read_bytes() == (tmp_path / "copy" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("case, message", [
    ("document already in the graph", "is already in"),
    ("other settings", "was built with --min-confidence 0.0, not 0.5"),
    ("graph changed since", "the graph files or .kg/ changed since they were written"),
    ("no earlier build", "no build to update"),
])
def test_update_refuses_what_it_cannot_add_and_changes_nothing(case, message, tmp_path, capsys):
    folder = tmp_path / "out"
    if case != "no earlier build":
        build(DEMO[:3], folder, warn=_quiet)
    if case == "graph changed since":
        with open(folder / "graph.ttl", "a", encoding="utf-8") as graph:
            graph.write("# edited by hand\n")
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    options = ["--min-confidence", "0.5"] if case == "other settings" else []
    new = DEMO[2] if case == "document already in the graph" else DEMO[3]
    assert main(["build", "--update", str(folder), str(new), *options]) == 1
    assert message in capsys.readouterr().err
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
