"""Commands that do not extract start without importing spaCy (seconds of the start-up of each command)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# runs a command in a fresh interpreter and prints its exit status and whether spaCy was imported
PROBE = """
import json, sys
from kg.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "spacy": "spacy" in sys.modules, "pipeline": "kg.extract.nlp" in sys.modules}))
"""


def _probe(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("argv", [
    ("query", "{graph}", "ASK { ?s ?p ?o }"),
    ("query", "{graph}", "--saved", "companies-per-park"),
    ("queries",),
    ("validate", "{graph}"),
    ("query", "{graph}", "not sparql"),  # an error too is reported without spaCy
])
def test_commands_that_do_not_extract_do_not_import_spacy(argv: tuple[str, ...], demo_build: Path):
    result = _probe(*(arg.replace("{graph}", str(demo_build)) for arg in argv))
    assert not result["spacy"] and not result["pipeline"], f"kg {' '.join(argv)} imported spaCy"
    assert result["status"] == (1 if "not sparql" in argv else 0)


def test_serve_build_eval_and_check_modules_import_without_spacy():
    done = subprocess.run([sys.executable, "-c", "import sys, kg.query.serve, kg.run.build, kg.cli, kg.evaluate, "
                           "kg.query.validate, kg.export.analyze; print('spacy' in sys.modules)"],
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr


def test_build_still_extracts(tmp_path: Path):
    result = _probe("build", "-o", str(tmp_path / "out"), "--quiet")
    assert result["status"] == 0 and result["spacy"]
