"""`kg build` on good and bad input: clear errors naming the file, nothing half-written."""
from __future__ import annotations

import shutil

import pytest
from rdflib import RDF, RDFS, Graph, Literal

from kg.cli import main
from kg.export.rdf import KG
from kg.run.build import DEMO_CORPUS


def test_a_folder_of_unreadable_files_fails_naming_them_and_writes_nothing(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "-o", str(out), "--workers", "2"]) == 1
    err = capsys.readouterr().err
    assert f"{corpus / 'empty.txt'}: empty file" in err and f"{corpus / 'binary.txt'}: binary file" in err
    assert "no document could be read" in err
    assert not out.exists()


def test_strict_build_stops_at_a_bad_file_and_leaves_the_earlier_output_as_it_was(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(DEMO_CORPUS), "-o", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO_CORPUS, corpus)
    (corpus / "02b_binary.txt").write_bytes(b"\x00")
    assert main(["build", str(corpus), "-o", str(out), "--strict", "--workers", "2"]) == 1
    assert f"{corpus / '02b_binary.txt'}: binary file" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_document_of_one_sentence_builds(tmp_path):
    text = tmp_path / "one.txt"
    text.write_text("瑞泰新材入选国家级专精特新“小巨人”企业名单。\n", encoding="utf-8")
    assert main(["build", str(text), "-o", str(tmp_path / "out")]) == 0
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert Literal("瑞泰新材", lang="zh") in set(graph.objects(None, RDFS.label))
    assert len(list(graph.subjects(RDF.type, KG.Sentence))) == 1


def test_ntriples_are_written_on_request_and_removed_when_no_longer_asked_for(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--format", "turtle,ntriples"]) == 0
    assert len(Graph().parse(out / "graph.nt", format="nt")) == len(Graph().parse(out / "graph.ttl"))
    assert main(["build", str(DEMO_CORPUS), "-o", str(out)]) == 0
    assert not (out / "graph.nt").exists()


def test_workers_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["build", "--workers", "0"])
    assert exit.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err
