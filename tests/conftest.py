"""Shared fixtures: the development corpus beside the project, and a built graph of it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold"


def _require(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing; CI must have ../shared beside the project")
        pytest.skip(f"{path} not found: the development corpus lives in ../shared beside the project")
    return path


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return _require(CORPUS)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return _require(GOLD)


@pytest.fixture(scope="session")
def nlp():
    from kg.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def corpus_build(corpus_dir: Path, tmp_path_factory) -> Path:
    """The output folder of `kg build ../shared/corpus` (built once per test session)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("corpus_build")
    build([corpus_dir], out, warn=lambda message: None)
    return out


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory) -> Path:
    """The output folder of `kg build` on the bundled demo corpus."""
    from kg.build import DEMO_CORPUS, build

    out = tmp_path_factory.mktemp("demo_build")
    build([DEMO_CORPUS], out, warn=lambda message: None)
    return out
