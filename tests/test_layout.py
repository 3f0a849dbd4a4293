"""The layout the README's "How it works" describes: stages that import only the stages before them, small modules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
SHARED = {"kg.schema", "kg.model", "kg.timing", "kg.console", "kg.staging"}  # what every stage may use
# stage -> the stages it may import (besides SHARED): data flows ingest → extract → resolve → export,
# `run` drives them all, and `query` reads built graphs without reaching back into extraction
ALLOWED = {
    "ingest": {"ingest"},
    "extract": {"ingest", "extract"},
    "resolve": {"ingest", "resolve"},
    "export": {"ingest", "resolve", "export"},
    "query": {"ingest", "resolve", "export", "query"},
    "run": {"ingest", "extract", "resolve", "export", "query", "run"},
}
MAX_LINES = 500


def _modules() -> list[Path]:
    return sorted(path for path in KG.rglob("*.py") if "__pycache__" not in path.parts)


def _imports(path: Path) -> set[str]:
    """The kg modules a module imports, at run time (not those imported for type checkers only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name == "kg" or name.startswith("kg.")}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(KG)))
def test_a_stage_imports_only_the_stages_before_it(path: Path):
    parts = path.relative_to(KG).parts
    if len(parts) == 1:
        return  # cli.py, evaluate.py and the shared modules sit above the stages
    stage = parts[0]
    for module in _imports(path) - SHARED:
        assert module.split(".")[1] in ALLOWED[stage], f"kg/{'/'.join(parts)} ({stage}) imports {module}"


def test_the_shared_modules_import_no_stage():
    for name in SHARED:
        path = KG / f"{name.split('.')[1]}.py"
        assert _imports(path) <= SHARED, f"{path.name} imports {_imports(path) - SHARED}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(KG)))
def test_no_module_is_over_500_lines(path: Path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"kg/{path.relative_to(KG)} has {lines} lines"


@pytest.mark.parametrize("stage, other", [("entities", "relations"), ("relations", "entities")])
def test_the_entity_and_relation_stages_share_no_code_but_kg_extract_s_own(stage: str, other: str):
    """No stage reads another's rules or code: shared text machinery lives in kg/extract/*.py."""
    for path in sorted((KG / "extract" / stage).rglob("*.py")):
        assert not any(m.startswith(f"kg.extract.{other}") for m in _imports(path)), f"{path.name} imports {other}"
