"""`kg eval --errors` says where the errors are: each one carries its family, and a summary counts them."""
from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main


def _gold(folder: Path, document: str, entities: list[tuple[str, str, list[str]]], relations=()) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{Path(document).stem}.json").write_text(json.dumps({
        "document": document,
        "entities": [{"id": i, "type": t, "names": names, "optional": False} for i, t, names in entities],
        "relations": [{"head": h, "relation": r, "tail": t, "optional": False} for h, r, t in relations],
    }, ensure_ascii=False), encoding="utf-8")


def test_errors_are_grouped_by_family(tmp_path: Path, capsys):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("宜宾凯翼汽车有限公司入选四川省瞪羚企业。\n"
                                 "翠屏晨越电气等企业落户宜宾临港经开区，园区今年新增企业12家。\n", encoding="utf-8")
    _gold(tmp_path / "gold", "a.txt", [
        ("e1", "Company", ["宜宾凯翼汽车有限公司"]),
        ("e2", "Program", ["四川省瞪羚企业"]),
        ("e3", "Company", ["晨越电气"]),  # the rules take 翠屏晨越电气 whole: a boundary error
        ("e4", "IndustrialPark", ["宜宾临港经开区"]),
        ("e5", "Region", ["宜宾"]),  # named in no sentence on its own: a missed name
    ], [("e1", "selectedAs", "e2"), ("e1", "locatedIn", "e4")])  # the second is in no one sentence
    assert main(["eval", "--errors", "--gold", str(tmp_path / "gold"), str(texts)]) == 0
    out = capsys.readouterr().out
    assert "FN Company [boundary]: ['晨越电气']" in out
    assert "FP Company [boundary]: ['翠屏晨越电气']" in out
    assert "FN Region [missed name]: ['宜宾']" in out
    assert "FN locatedIn [cross-sentence]: ['宜宾凯翼汽车有限公司'] -> ['宜宾临港经开区']" in out
    summary = next(line for line in out.splitlines() if line.startswith("errors by family: "))
    assert "boundary" in summary and "cross-sentence" in summary
