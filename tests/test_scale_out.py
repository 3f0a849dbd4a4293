"""Local worker processes and a Dask cluster build byte for byte what one process builds."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.build import DEMO_CORPUS, build
from kg.formats import FORMATS

OUTPUTS = ("graph.ttl", "graph.nt", "graph.html")


@pytest.fixture(scope="module")
def dask_scheduler():
    """A local Dask cluster of two worker processes, for the length of this module."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _source(corpus: str, request) -> Path:
    return DEMO_CORPUS if corpus == "demo" else request.getfixturevalue("corpus_dir")


def _build(source: Path, out: Path, **options) -> list[str]:
    warnings: list[str] = []
    build([source], out, warn=warnings.append, formats=[FORMATS["turtle"], FORMATS["ntriples"]], **options)
    return warnings


def _assert_same_files(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.mark.parametrize("corpus", ["demo", "development"])
def test_two_local_workers_write_the_same_bytes_as_one(corpus, request, tmp_path):
    source = _source(corpus, request)
    _build(source, tmp_path / "one")
    _build(source, tmp_path / "two", workers=2)
    _assert_same_files(tmp_path / "one", tmp_path / "two")


@pytest.mark.parametrize("corpus", ["demo", "development"])
def test_a_dask_cluster_of_two_workers_writes_the_same_bytes_as_one_machine(corpus, request, dask_scheduler,
                                                                             tmp_path):
    source = _source(corpus, request)
    _build(source, tmp_path / "local")
    _build(source, tmp_path / "dask", scheduler=dask_scheduler)
    _assert_same_files(tmp_path / "local", tmp_path / "dask")


def test_workers_report_unreadable_files_in_order_and_skip_them(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO_CORPUS, corpus)
    (corpus / "00_empty.txt").write_bytes(b"")
    (corpus / "03b_binary.txt").write_bytes(b"\x00\x01\x02")
    one = _build(corpus, tmp_path / "one")
    two = _build(corpus, tmp_path / "two", workers=2)
    assert one == two == [f"skipped {corpus / '00_empty.txt'}: empty file",
                          f"skipped {corpus / '03b_binary.txt'}: binary file (contains NUL bytes), not text"]
    _assert_same_files(tmp_path / "one", tmp_path / "two")


def test_dask_workers_read_relative_paths_given_in_another_folder(dask_scheduler, tmp_path, monkeypatch):
    shutil.copytree(DEMO_CORPUS, tmp_path / "texts")
    monkeypatch.chdir(tmp_path)  # the workers stay in the folder they started in
    assert _build(Path("texts"), tmp_path / "dask", scheduler=dask_scheduler) == []
    _build(Path("texts"), tmp_path / "local")
    _assert_same_files(tmp_path / "local", tmp_path / "dask")
