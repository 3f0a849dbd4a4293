"""Shared fixtures: the development corpus beside the project, and a built graph of it.

The shared folder (corpus/, eval/) is ../shared beside the project, or wherever
the environment variable KG_SHARED points.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import require

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED") or ROOT.parent / "shared").resolve()
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"
SCORE_SCRIPT = SHARED / "eval" / "score.py"


def require_shared(path: Path) -> Path:
    """`path` in the shared folder; the test skips (fails in CI) when it is missing."""
    where = ("the folder KG_SHARED names" if os.environ.get("KG_SHARED")
             else "../shared beside the project (or set KG_SHARED)")
    require(path.exists(), f"{path} not found: the development corpus and evaluation live in {where}")
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return require_shared(CORPUS)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return require_shared(GOLD)


@pytest.fixture(scope="session")
def score_script() -> Path:
    """The evaluation's own scorer (../shared/eval/score.py), which kg eval must agree with."""
    return require_shared(SCORE_SCRIPT)


@pytest.fixture(scope="session")
def nlp():
    """The rules' pipeline: the tests that use it are of the rules, so the learned additions to them are left out
    (tests/test_learned_relations.py tests those; the builds and the quality tests run the whole pipeline)."""
    from kg.extract.nlp import build_nlp

    return build_nlp(learned=False)


@pytest.fixture(scope="session")
def corpus_build(corpus_dir: Path, tmp_path_factory) -> Path:
    """The output folder of `kg build ../shared/corpus` (built once per test session)."""
    from kg.run.build import build

    out = tmp_path_factory.mktemp("corpus_build")
    build([corpus_dir], out, warn=lambda message: None)
    return out


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory) -> Path:
    """The output folder of `kg build` on the bundled demo corpus."""
    from kg.run.build import DEMO_CORPUS, build

    out = tmp_path_factory.mktemp("demo_build")
    build([DEMO_CORPUS], out, warn=lambda message: None)
    return out
