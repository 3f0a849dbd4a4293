"""The README's "Adding an entity type", followed on a copy of kg: three files change, no Python, and a build
finds, validates, draws, analyses and scores the new type."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import kg

CLASS = '''
kg:University a owl:Class ;
    rdfs:subClassOf kg:Entity ;
    kg:iriPath "university" ; kg:colour "#76b7b2" ; kg:nodeShape "hexagon" ; kg:listOrder 6 ;
    rdfs:label "高校"@zh , "University"@en ;
    rdfs:comment "A university or college."@en .
'''
RULES = "type: University\nsuffixes: [大学, 学院]\nnot_before: [生, 路]\n"
TEXT = "重庆大学与江津区签约共建智能制造研究院。四川工商学院的毕业生多在双福工业园就业。\n"


def _add_university(package: Path) -> list[Path]:
    """The three files of the recipe, changed in the copy."""
    ontology, shapes = package / "ontology" / "kg.ttl", package / "ontology" / "shapes.ttl"
    ontology.write_text(ontology.read_text(encoding="utf-8") + CLASS, encoding="utf-8")
    text = shapes.read_text(encoding="utf-8")
    text = text.replace("kg:Program , kg:Region ;", "kg:Program , kg:Region , kg:University ;")
    text = text.replace("kg:Program kg:Region )", "kg:Program kg:Region kg:University )")
    text = text.replace("[ sh:class kg:Program ] [ sh:class kg:Region ] )",
                        "[ sh:class kg:Program ] [ sh:class kg:Region ] [ sh:class kg:University ] )")
    shapes.write_text(text, encoding="utf-8")
    rules = package / "extract" / "rules" / "types" / "university.yaml"
    rules.write_text(RULES, encoding="utf-8")
    return [ontology, shapes, rules]


def test_a_new_entity_type_takes_three_files(tmp_path: Path):
    copy = tmp_path / "copy"
    shutil.copytree(Path(kg.__file__).parent, copy / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    changed = _add_university(copy / "kg")
    before = {p.relative_to(Path(kg.__file__).parent).as_posix() for p in Path(kg.__file__).parent.rglob("*")
              if "__pycache__" not in p.parts and p.is_file()}
    assert {p.relative_to(copy / "kg").as_posix() for p in changed} - before == {"extract/rules/types/university.yaml"}
    (tmp_path / "news.txt").write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(copy)}
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path / "news.txt"), "-o", str(tmp_path / "out"),
                           "--quiet"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr  # the build validates the graph against the changed shapes
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert re.search(r"university:\w+ a kg:University ;\s+rdfs:label \"重庆大学\"@zh", turtle)
    assert '"四川工商学院"@zh' in turtle and '"四川工商学院的毕业生"' not in turtle
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert {"type": "University", "zh": "高校", "en": "University", "colour": "#76b7b2", "shape": "hexagon",
            "count": 2} in data["types"]
    names = subprocess.run([sys.executable, "-m", "kg.cli", "query", str(tmp_path / "out"), "--saved", "names",
                            "--format", "csv"], env=env, capture_output=True, text=True, timeout=120)
    assert "University,重庆大学" in names.stdout.replace(" ", "")
