"""The learned additions to the relation rules (kg/extract/relations/learned.py) and their training (kg/learn.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.nlp import build_nlp
from kg.extract.relations.learned import FEATURES_VERSION, MODEL, Document, LearnedRelations
from kg.extract.rules import RulesError
from kg.learn import TRAINING_SETS, default_sets, main, train
from kg.model import Mention, Relation

HELD_OUT = {"test", "fresh130", "fresh131", "fresh132", "fresh133"}
TEXT = "凯岚科技落户博远工业园。晨越集团在博远市签约。"
FIRM, PARK = Mention(0, 4, "Company", ""), Mention(6, 11, "IndustrialPark", "")
GROUP, CITY = Mention(12, 16, "Company", ""), Mention(17, 20, "Region", "")
SENTENCES = [(0, 12), (12, 23)]


def model(weights: dict[str, float], bias: float = -2.0, add_from: float = 0.8) -> LearnedRelations:
    return LearnedRelations({"features_version": FEATURES_VERSION, "weights": weights, "bias": bias,
                             "add_from": add_from, "confidence": 0.62})


def names(relations: list[Relation]) -> set[tuple[str, str, str, str]]:
    return {(TEXT[r.head.start:r.head.end], r.relation, TEXT[r.tail.start:r.tail.end], r.rule) for r in relations}


def pairs(candidates) -> set[tuple[str, str, str]]:
    return {(TEXT[c.head.start:c.head.end], c.relation, TEXT[c.tail.start:c.tail.end]) for c in candidates}


def test_candidates_are_the_pairs_of_one_sentence_a_relation_may_join():
    document = Document(TEXT, SENTENCES, [FIRM, PARK, GROUP, CITY], [])
    assert pairs(document.candidates()) == {("凯岚科技", "locatedIn", "博远工业园"), ("晨越集团", "locatedIn", "博远市")}


def test_a_pair_a_rule_relates_is_no_candidate():
    ruled = Relation(GROUP, "locatedIn", CITY, 1, 0.7, "locatedIn.cue")
    assert pairs(Document(TEXT, SENTENCES, [FIRM, PARK, GROUP, CITY], [ruled]).candidates()) == {
        ("凯岚科技", "locatedIn", "博远工业园")}


def test_a_pair_named_in_two_sentences_is_read_where_it_stands_nearest():
    text = "凯岚科技和多家企业代表参加了在博远工业园举行的推介会。凯岚科技落户博远工业园。"
    firm, park = Mention(0, 4, "Company", ""), Mention(15, 20, "IndustrialPark", "")
    firm2, park2 = Mention(27, 31, "Company", ""), Mention(33, 38, "IndustrialPark", "")
    assert text[park.start:park.end] == text[park2.start:park2.end] == "博远工业园"
    [candidate] = Document(text, [(0, 27), (27, 39)], [firm, park, firm2, park2], []).candidates()
    assert candidate.sentence == 1 and candidate.head == firm2


def test_pairs_far_apart_are_left_to_the_rules():
    text = "凯岚科技" + "，".join(["今年产值增长明显"] * 10) + "，博远工业园发展迅速。"
    far = Mention(len(text) - 10, len(text) - 5, "IndustrialPark", "")
    assert text[far.start:far.end] == "博远工业园"
    assert Document(text, [(0, len(text))], [FIRM, far], []).candidates() == []


def test_features_name_the_words_between_the_order_and_the_nearest_place():
    document = Document(TEXT, SENTENCES, [FIRM, PARK, GROUP, CITY], [])
    candidate = next(c for c in document.candidates() if c.head == FIRM)
    features = document.features(candidate)
    assert {"rel=locatedIn", "body", "locatedIn:gapw=落户HT", "locatedIn:order=HT",
            "locatedIn:nearest_tail", "locatedIn:tend1=园", "locatedIn:head_no_other"} <= set(features)


def test_a_first_line_without_a_sentence_s_end_is_a_headline():
    text = "凯岚科技落户博远工业园\n晨越集团在博远市签约。"
    document = Document(text, [(0, 11), (12, 23)], [FIRM, PARK, GROUP, CITY], [])
    headline = next(c for c in document.candidates() if c.head == FIRM)
    assert "headline" in document.features(headline)


def test_a_pair_is_added_from_the_threshold_with_the_model_s_confidence():
    found = model({"locatedIn:gapw=落户HT": 5.0}).added(TEXT, SENTENCES, [FIRM, PARK, GROUP, CITY], [])
    assert names(found) == {("凯岚科技", "locatedIn", "博远工业园", "learned.locatedIn")}
    assert found[0].confidence == 0.62


def test_nothing_is_added_below_the_threshold():
    assert model({}, bias=-9.0).added(TEXT, SENTENCES, [FIRM, PARK, GROUP, CITY], []) == []


def test_a_model_of_other_features_is_refused():
    with pytest.raises(RulesError, match="features version"):
        LearnedRelations({"features_version": FEATURES_VERSION + 1, "weights": {}, "bias": 0, "add_from": 1,
                          "confidence": 0.5})


@pytest.mark.parametrize("content, problem", [
    ("{", "not a model"), ("[]", "not a model"), ('{"features_version": 3, "weights": [], "bias": null}', "not a model"),
])
def test_a_file_that_is_no_model_is_named(tmp_path, content, problem):
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError, match=f"model.json: {problem}"):
        LearnedRelations.load(path)


def test_a_missing_model_says_where_it_comes_from(tmp_path):
    with pytest.raises(RulesError, match="python -m kg.learn"):
        LearnedRelations.load(tmp_path / "missing.json")


def test_the_pipeline_adds_after_the_rules_and_can_leave_it_out():
    assert build_nlp().pipe_names[-2:] == ["kg_relations", "kg_learned_relations"]
    assert "kg_learned_relations" not in build_nlp(learned=False).pipe_names


def test_the_shipped_model_is_trained_on_the_training_sets_and_none_held_out():
    shipped = json.loads(MODEL.read_text(encoding="utf-8"))
    trained_on = set(shipped["trained_on"])
    assert trained_on == {folder.name for folder in default_sets()}
    assert not trained_on & HELD_OUT
    assert all((TRAINING_SETS.parent / name / "gold").is_dir() for name in trained_on)


def write_set(folder: Path, texts: dict[str, tuple[str, list, list]]) -> Path:
    (folder / "texts").mkdir(parents=True)
    (folder / "gold").mkdir()
    for stem, (text, entities, relations) in texts.items():
        (folder / "texts" / f"{stem}.txt").write_text(text, encoding="utf-8")
        gold = {"document": f"{stem}.txt",
                "entities": [{"id": f"e{i}", "type": t, "names": [n], "optional": False}
                             for i, (t, n) in enumerate(entities, 1)],
                "relations": [{"head": f"e{h}", "relation": r, "tail": f"e{t}", "optional": False}
                              for h, r, t in relations]}
        (folder / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_training_gives_the_same_model_twice(tmp_path):
    folder = write_set(tmp_path / "mine", {
        "a": ("凯岚科技有限公司的新厂房在博远经济开发区内拔地而起。晨越科技有限公司入选省级专精特新中小企业。",
              [("Company", "凯岚科技有限公司"), ("IndustrialPark", "博远经济开发区"), ("Company", "晨越科技有限公司"),
               ("Program", "省级专精特新中小企业")],
              [(1, "locatedIn", 2), (3, "selectedAs", 4)]),
        "b": ("远航材料有限公司在博远经济开发区投资建设新厂。",
              [("Company", "远航材料有限公司"), ("IndustrialPark", "博远经济开发区")], [(1, "locatedIn", 2)]),
        "c": ("宁波市代表团考察了远航材料有限公司，双方签订合作协议。",
              [("Region", "宁波市"), ("Company", "远航材料有限公司")], []),
    })
    first, second = train([folder]), train([folder])
    assert first == second and first["add_from"] > 1  # (one set: no halves to choose a threshold by, nothing added)
    assert first["trained_on"] == ["mine"] and first["positives"] >= 1 and first["candidates"] > first["positives"]
    assert first["weights"]


def test_training_needs_related_and_unrelated_pairs(tmp_path):
    folder = write_set(tmp_path / "mine", {"a": ("凯岚科技有限公司落户博远经济开发区。", [
        ("Company", "凯岚科技有限公司"), ("IndustrialPark", "博远经济开发区")], [(1, "locatedIn", 2)])})
    with pytest.raises(ValueError, match="related and unrelated"):
        train([folder])


def test_a_model_of_ones_own_sets_needs_its_own_file(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main([str(tmp_path)])
    assert "--out" in capsys.readouterr().err
