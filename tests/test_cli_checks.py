"""Arguments and inputs that would give misleading results are refused or warned about."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.run.build import DEMO_CORPUS


@pytest.mark.parametrize("value", ["80", "-0.1", "1.5", "nan", "high"])
@pytest.mark.parametrize("command", ["build", "eval"])
def test_min_confidence_outside_0_to_1_is_refused(command: str, value: str, tmp_path: Path, capsys):
    argv = [command, str(DEMO_CORPUS), "--min-confidence", value]
    argv += ["-o", str(tmp_path / "out")] if command == "build" else ["--gold", str(tmp_path)]
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert f"{value!r} is not a confidence: give a number from 0 to 1" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_eval_names_gold_files_that_do_not_match_the_texts(gold_dir: Path, corpus_dir: Path, tmp_path: Path,
                                                          capsys):
    texts, gold = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold.mkdir()
    golds = sorted(gold_dir.glob("*.json"))
    for path in golds[:2]:  # gold for two documents, of which only the first is among the texts
        shutil.copy(path, gold)
    first, second = (path.with_suffix(".txt").name for path in golds[:2])
    shutil.copy(corpus_dir / first, texts)
    shutil.copy(DEMO_CORPUS / "01_suzhou_materials.txt", texts)  # a text with no gold
    assert main(["eval", "--gold", str(gold), str(texts)]) == 0
    err = capsys.readouterr().err
    assert f"1 gold file(s) in {gold} are for documents not among the texts" in err and second in err
    assert "1 text(s) have no gold file" in err and "01_suzhou_materials.txt" in err
    assert first not in err


def test_eval_with_matching_gold_warns_of_nothing(gold_dir: Path, corpus_dir: Path, tmp_path: Path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    path = sorted(gold_dir.glob("*.json"))[0]
    shutil.copy(path, gold)
    assert main(["eval", "--gold", str(gold), str(corpus_dir / path.with_suffix(".txt").name)]) == 0
    assert "gold" not in capsys.readouterr().err
