"""The entity stage's rule data: its own cue lists (never the relation rules'), and entity types
declared by a rules file alone (kg/extract/entities/suffix_types.py)."""
from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest

from kg import schema
from kg.extract.entities import EntityFinder
from kg.extract.nlp import build_nlp
from kg.extract.rules import RulesError, load_rules

ROOT = Path(__file__).resolve().parent.parent
LISTS = ["蓝海机电、恒瑞线缆集聚高新区。", "园区内，蓝海机电、恒瑞线缆集聚发展。"]


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _findings(finder: EntityFinder, texts: list[str]) -> list:
    return [finder.find(text) for text in texts]


def _with_cue(data, cue: str):
    """A copy of the relation rules with `cue` added to every list of cues in them."""
    if isinstance(data, dict):
        return {key: value + [cue] if key.endswith("cues") and isinstance(value, list) else _with_cue(value, cue)
                for key, value in data.items()}
    if isinstance(data, list):
        return [_with_cue(item, cue) for item in data]
    return copy.deepcopy(data)


def test_relation_cues_do_not_change_the_entities(rules):
    texts = LISTS + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "kg" / "demo").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "heldout" / "texts").glob("*.txt"))]
    assert len(texts) > 10
    expected = _findings(EntityFinder(rules), texts)
    assert any(f.mentions for f in expected)
    for relations in (_with_cue(rules.relations, "集聚"), {}):
        assert _findings(EntityFinder(dataclasses.replace(rules, relations=relations)), texts) == expected


def test_the_entity_rules_own_location_cues_find_companies_in_a_list(rules):
    assert all(not EntityFinder(rules).find(text).mentions for text in LISTS)
    extended = dataclasses.replace(rules, company={**rules.company, "location_cues": [*rules.company["location_cues"], "集聚"]})
    finder = EntityFinder(extended)
    for text in LISTS:
        found = {(text[m.start:m.end], m.label) for m in finder.find(text).mentions}
        assert found == {("蓝海机电", "Company"), ("恒瑞线缆", "Company")}


# ---------------------------------------------------------------- a type declared by a rules file
UNIVERSITY = """# Universities (type University in ontology/kg.ttl): a stem before 大学 or 学院.
type: University
suffixes: [大学, 学院]
not_before: [生, 路]
not_names: [老年大学]
"""


@pytest.fixture
def university(monkeypatch):
    """The type University in the schema, as if kg.ttl declared it."""
    monkeypatch.setitem(schema.ENTITY_TYPES, "University",
                        schema.EntityType("University", "高校", "University", "university", "#76b7b2", "hexagon"))


def _rules_folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / name
    (folder / "types").mkdir(parents=True)
    (folder / "types" / "university.yaml").write_text(text, encoding="utf-8")
    return folder


def _found(finder: EntityFinder, text: str) -> set[tuple[str, str]]:
    return {(text[m.start:m.end], m.label) for m in finder.find(text).mentions}


def test_a_type_declared_by_a_rules_file_is_found_by_its_suffixes(tmp_path, university):
    finder = EntityFinder(load_rules([_rules_folder(tmp_path, "rules", UNIVERSITY)]))
    text = "近日，重庆大学与重庆胜禹新材料有限公司签约。四川工商学院的大学生参观了白沙工业园。"
    assert _found(finder, text) == {("重庆大学", "University"), ("重庆胜禹新材料有限公司", "Company"),
                                    ("四川工商学院", "University"), ("白沙工业园", "IndustrialPark")}


def test_a_declared_type_keeps_out_of_names_the_other_recognisers_found(tmp_path, university):
    finder = EntityFinder(load_rules([_rules_folder(tmp_path, "rules", UNIVERSITY)]))
    assert _found(finder, "重庆大学出版社有限公司发布新书。") == {("重庆大学出版社有限公司", "Company")}
    assert _found(finder, "学院路上，老年大学开学了。") == set()  # not_before, not_names


def test_a_declared_type_has_other_names_and_becomes_doc_ents(tmp_path, university):
    folder = _rules_folder(tmp_path, "rules", UNIVERSITY)
    text = "西南政法大学（以下简称“西政”）今年扩招。西政新校区开工。"
    found = EntityFinder(load_rules([folder])).find(text)
    assert ("University", "西南政法大学", "西政") in found.aliases
    assert [text[m.start:m.end] for m in found.mentions if m.label == "University"] == ["西南政法大学", "西政", "西政"]
    doc = build_nlp([folder])(text)
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("西南政法大学", "University"), ("西政", "University")]


def test_a_second_rules_folder_extends_a_declared_type(tmp_path, university):
    first = _rules_folder(tmp_path, "first", UNIVERSITY)
    second = _rules_folder(tmp_path, "second", "type: University\nsuffixes: [职业技术学院, 大学]\nmax_stem: 6\n")
    rules = load_rules([first, second])
    assert rules.types["University"]["suffixes"] == ["大学", "学院", "职业技术学院"]
    assert rules.types["University"]["max_stem"] == 6
    assert load_rules().types == {}  # ours declare no such type


@pytest.mark.parametrize("text, message", [
    ("type: Hospital\nsuffixes: [医院]\n", "type 'Hospital' is not an entity type of kg.ttl"),
    ("type: Company\nsuffixes: [公司]\n", "type 'Company' has recognisers of its own: its rules are in company.yaml"),
    ("suffixes: [大学]\n", "'type' missing"),
    ("type: University\nsuffixes: []\n", "'suffixes' must be a non-empty list of words"),
    ("type: University\nsuffixes: [大学]\nmax_stme: 6\n", "unknown rule 'max_stme'"),
    ("type: University\nsuffixes: 大学\n", "rule 'suffixes' must be a list"),
])
def test_a_bad_type_file_is_an_error_naming_it(tmp_path, university, text, message):
    folder = _rules_folder(tmp_path, "rules", text)
    with pytest.raises(RulesError, match=message) as error:
        load_rules([folder])
    assert str(folder / "types" / "university.yaml") in str(error.value)


def test_a_rules_folder_adds_a_division_s_short_name(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "region.yaml").write_text("abbreviations: [[莫旗, 莫力达瓦达斡尔族自治旗]]\n", encoding="utf-8")
    text = "莫旗和科右前旗的企业代表参会。"
    assert ("莫旗", "Region") not in _found(EntityFinder(load_rules()), text)
    found = _found(EntityFinder(load_rules([folder])), text)
    assert {("莫旗", "Region"), ("科右前旗", "Region")} <= found


def test_the_gazetteer_finds_the_names_its_regexes_find(rules):
    from kg.extract.gazetteer import Gazetteer
    gazetteer = Gazetteer(rules)
    text = "江苏省苏州市吴江区与重庆江津、涪陵，𠀀山西大同和县城、太原、大同，湖北宜昌\ud800市。南"
    for scan in (gazetteer.region_scan, gazetteer.ambiguous_scan):
        assert scan.fits  # (found by the names' first two characters)
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.regex.finditer(text)]
        assert list(scan.finditer(text)) and not list(scan.finditer("")) and not list(scan.finditer("南"))
