"""Local worker processes and a Dask cluster build byte for byte what one process builds.

Each build says which processes extracted its documents (BuildResult.workers,
host:pid, also printed by `kg build --workers/--scheduler`), so these tests see
that the work really went to other processes, not only that the output is the same.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import assert_same_files

import kg
import kg.run.distributed
from kg.cli import main
from kg.export.formats import FORMATS
from kg.run.build import DEMO_CORPUS, BuildResult, build
from kg.run.local import worker_name


@pytest.fixture(scope="module")
def dask_cluster():
    """A local Dask cluster of two worker processes for this module: its address and its workers' names."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster.scheduler_address, set_as_default=False) as client:
            workers = set(client.run(worker_name).values())
        yield cluster.scheduler_address, workers


def _source(corpus: str, request) -> Path:
    return DEMO_CORPUS if corpus == "demo" else request.getfixturevalue("corpus_dir")


def _build(source: Path, out: Path, warnings: list[str] | None = None, **options) -> BuildResult:
    warn = warnings.append if warnings is not None else (lambda message: None)
    return build([source], out, warn=warn, formats=[FORMATS["turtle"], FORMATS["ntriples"]], **options)


@pytest.mark.parametrize("corpus", ["demo", "development"])
def test_two_local_workers_write_the_same_bytes_as_one(corpus, request, tmp_path):
    source = _source(corpus, request)
    one = _build(source, tmp_path / "one")
    two = _build(source, tmp_path / "two", workers=2)
    assert one.workers == [worker_name()]
    assert len(set(two.workers)) == 2 and worker_name() not in two.workers, two.workers
    assert_same_files(tmp_path / "one", tmp_path / "two")


@pytest.mark.parametrize("corpus", ["demo", "development"])
def test_a_dask_cluster_of_two_workers_writes_the_same_bytes_as_one_machine(corpus, request, dask_cluster,
                                                                             tmp_path):
    address, cluster_workers = dask_cluster
    source = _source(corpus, request)
    _build(source, tmp_path / "local")
    dask = _build(source, tmp_path / "dask", scheduler=address)
    assert dask.workers and set(dask.workers) <= cluster_workers, (dask.workers, cluster_workers)
    assert_same_files(tmp_path / "local", tmp_path / "dask")


def test_workers_report_unreadable_files_in_order_and_skip_them(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO_CORPUS, corpus)
    (corpus / "00_empty.txt").write_bytes(b"")
    (corpus / "03b_binary.txt").write_bytes(b"\x00\x01\x02")
    one, two = [], []
    _build(corpus, tmp_path / "one", one)
    _build(corpus, tmp_path / "two", two, workers=2)
    assert one == two == [f"skipped {corpus / '00_empty.txt'}: empty file",
                          f"skipped {corpus / '03b_binary.txt'}: binary file (contains NUL bytes), not text"]
    assert_same_files(tmp_path / "one", tmp_path / "two")


def test_dask_workers_read_relative_paths_given_in_another_folder(dask_cluster, tmp_path, monkeypatch):
    shutil.copytree(DEMO_CORPUS, tmp_path / "texts")
    monkeypatch.chdir(tmp_path)  # the workers stay in the folder they started in
    warnings: list[str] = []
    _build(Path("texts"), tmp_path / "dask", warnings, scheduler=dask_cluster[0])
    assert warnings == []
    _build(Path("texts"), tmp_path / "local")
    assert_same_files(tmp_path / "local", tmp_path / "dask")


def test_kg_build_scheduler_runs_on_the_clusters_workers_and_says_which(dask_cluster, tmp_path, capsys):
    address, cluster_workers = dask_cluster
    out = tmp_path / "out"
    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--scheduler", address]) == 0
    printed = capsys.readouterr().out
    [line] = [line for line in printed.splitlines() if line.startswith("extracted by ")]
    named = set(line.split(": ", 1)[1].split(", "))
    assert named <= cluster_workers and line.startswith(f"extracted by {len(named)} worker process(es): ")
    assert f"wrote {out / 'graph.ttl'}" in printed and f"wrote {out / 'graph.html'}" in printed


def test_kg_build_workers_says_which_processes_ran(tmp_path, capsys):
    assert main(["build", str(DEMO_CORPUS), "-o", str(tmp_path / "out"), "--workers", "2"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("extracted by ")]
    named = line.split(": ", 1)[1].split(", ")
    assert line.startswith("extracted by 2 worker process(es): ") and worker_name() not in named, line


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_a_clear_error_and_nothing_is_written(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(kg.run.distributed, "CONNECT_TIMEOUT", "1s")
    address = f"tcp://127.0.0.1:{_unused_port()}"
    out = tmp_path / "out"
    assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--scheduler", address]) == 1
    assert f"cannot reach the Dask scheduler at {address}" in capsys.readouterr().err
    assert not out.exists()


def test_workers_running_another_version_of_kg_are_refused(tmp_path, capsys):
    """A worker that imports a changed copy of kg: the build names it and writes nothing."""
    from distributed import Client, LocalCluster

    other = tmp_path / "other"
    shutil.copytree(Path(kg.__file__).parent, other / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    with open(other / "kg" / "extract" / "relations.py", "a", encoding="utf-8") as code:
        code.write("\n# a later version\n")
    env = {**os.environ, "PYTHONPATH": str(other)}
    with LocalCluster(n_workers=0, processes=True, dashboard_address=":0") as cluster:
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", cluster.scheduler_address,
                                   "--nthreads", "1", "--no-nanny", "--no-dashboard"],
                                  env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with Client(cluster.scheduler_address, set_as_default=False) as client:
                client.wait_for_workers(1, timeout=120)
                [address] = client.scheduler_info()["workers"]
                [module] = client.run(lambda: __import__("kg").__file__).values()
            assert module == str(other / "kg" / "__init__.py")
            out = tmp_path / "out"
            assert main(["build", str(DEMO_CORPUS), "-o", str(out), "--scheduler", cluster.scheduler_address]) == 1
            err = capsys.readouterr().err
            assert f"workers {address} run another version of kg or other rules" in err
            assert not out.exists()
        finally:
            worker.terminate()
            worker.wait(30)


# kg with Dask not installed: `import distributed` (and `import dask`) fail as they do without the cluster extra
WITHOUT_DASK = ("import sys; sys.modules['distributed'] = sys.modules['dask'] = None; "
                "from kg.cli import main; sys.exit(main(sys.argv[1:]))")


def test_without_dask_a_build_runs_and_scheduler_names_the_extra(tmp_path: Path):
    built = subprocess.run([sys.executable, "-c", WITHOUT_DASK, "build", str(DEMO_CORPUS), "-o", str(tmp_path / "out")],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0 and "built 5 document(s)" in built.stdout, built.stderr
    refused = subprocess.run([sys.executable, "-c", WITHOUT_DASK, "build", str(DEMO_CORPUS), "-o", str(tmp_path / "b"),
                              "--scheduler", "tcp://127.0.0.1:9"], capture_output=True, text=True, timeout=300)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr, refused.stderr
    assert "--scheduler needs Dask" in refused.stderr and "[cluster]" in refused.stderr, refused.stderr
    assert not (tmp_path / "b" / "graph.ttl").exists()
