"""Name starts by a word segmenter (kg/extract/entities/boundaries.py, the kg_entities option segment_boundaries):
the words before a name that cannot begin one are cut; names that open with such characters stay whole."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg.extract.entities import EntityFinder
from kg.extract.nlp import CONFIG, build_nlp
from kg.extract.rules import load_rules
from kg.schema import COMPANY, PARK, PROJECT

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def finder() -> EntityFinder:
    return EntityFinder(load_rules(), segment_boundaries=True)


def _names(finder: EntityFinder, text: str) -> dict[str, str]:
    return {text[m.start:m.end]: m.label for m in finder.find(text).mentions}


@pytest.mark.parametrize("text, name, label", [
    # a conjunction, a verb, a time word before the name
    ("这批企业中，既有湖南博瑞新材料有限公司，也有长沙德泽机械有限公司。", "湖南博瑞新材料有限公司", COMPANY),
    ("近年来南宁高新区持续加大招商力度。", "南宁高新区", PARK),
    ("常州市武进区和滨江经济开发区联合举办招商推介会。", "滨江经济开发区", PARK),
    # a verb after a place name: the place stays a place, the name starts after the verb
    ("苏州市已有恒力精密机械有限公司等企业入选。", "恒力精密机械有限公司", COMPANY),
    ("宝应县新建汽车零部件精密铸造项目年内投产。", "汽车零部件精密铸造项目", PROJECT),
    # a company, and the verb whose object is the project: both stay out of the project's name
    ("会上，宏达集团签下宏达新能源电池材料（一期）项目。", "宏达新能源电池材料（一期）项目", PROJECT),
    ("会上，安徽瑞丰精密机械有限公司签署汽车零部件精密铸造项目。", "汽车零部件精密铸造项目", PROJECT),
    # a company founded by others, and a second post (董事长兼…)
    ("凯岚实业将与博远科技共同出资成立福建晨越科技有限公司。", "福建晨越科技有限公司", COMPANY),
    ("晨越锂业是深交所上市企业博远锂能集团股份有限公司的全资子公司。", "博远锂能集团股份有限公司", COMPANY),
    ("在主会场亮相的，是凯岚集团子公司博远路桥年产5万吨正极材料项目。", "博远路桥年产5万吨正极材料项目", PROJECT),
    ("公司计划在凯岚经济合作区分三期建设柠檬全产业链项目。", "柠檬全产业链项目", PROJECT),
    ("园区及时协调解决凯岚炭素、博远合金等项目建设中的难题。", "凯岚炭素", PROJECT),
    ("其中，凯岚国际投资55亿元的宁远安防产业示范生产基地项目签约。", "宁远安防产业示范生产基地项目", PROJECT),
    ("6家企业获得认定，分别是凯岚水务（天津）有限公司、日丰企业（天津）有限公司。", "日丰企业（天津）有限公司", COMPANY),
    ("山西凯岚铝业有限公司董事长兼山西博远铝材有限公司董事长出席仪式。", "山西博远铝材有限公司", COMPANY),
])
def test_words_that_cannot_begin_a_name_are_cut(finder, text, name, label):
    names = _names(finder, text)
    assert names.get(name) == label, names
    assert not [n for n in names if n != name and n.endswith(name)], f"a longer name kept: {names}"


def test_a_company_cut_off_a_project_stays_a_company(finder):
    names = _names(finder, "会上，安徽瑞丰精密机械有限公司签署汽车零部件精密铸造项目。")
    assert names == {"安徽瑞丰精密机械有限公司": COMPANY, "汽车零部件精密铸造项目": PROJECT}


@pytest.mark.parametrize("text, name", [
    # brand names the segmenter splits into one-character verbs or prepositions (合泰, 泰开, 同顺)
    ("广东合泰电子科技有限公司是一家高新技术企业。", "广东合泰电子科技有限公司"),
    ("山东泰开高压开关有限公司入选单项冠军名单。", "山东泰开高压开关有限公司"),
    ("四川和邦生物科技股份有限公司位于乐山市。", "四川和邦生物科技股份有限公司"),
    ("马来西亚同顺有限公司在园区设立工厂。", "马来西亚同顺有限公司"),
    # words tagged as verbs or time words that open names (联合, 未来, 复合)
    ("福建联合动力设备制造有限公司获评绿色工厂。", "福建联合动力设备制造有限公司"),
    ("宁波未来科技城管委会发布公告。", "宁波未来科技城"),
    ("复合调味品先进技术生产项目顺利投产。", "复合调味品先进技术生产项目"),
    # verbs describing what a project is
    ("阳泉市采煤沉陷区综合治理工程顺利推进。", "阳泉市采煤沉陷区综合治理工程"),
    # a county's name that is also a verb, after its province; a verb before an industry word and a suffix alone
    ("甘肃合作畜牧产业发展有限公司获评龙头企业。", "甘肃合作畜牧产业发展有限公司"),
    ("会上，振兴石油集团与园区签约。", "振兴石油集团"),
])
def test_names_that_open_with_such_characters_stay_whole(finder, text, name):
    assert name in _names(finder, text)


@pytest.mark.parametrize("opening, label, expected", [
    ("有中铁二十局集团市政工程有限公司", COMPANY, "中铁二十局集团市政工程有限公司"),
    ("浙江省绍兴市越城区和滨海新区", PARK, "滨海新区"),
    ("目前恒瑞工业园", PARK, "恒瑞工业园"),
    ("拉长开发区", PARK, "拉长开发区"),  # no bare suffix is left
    ("德感工业园", PARK, "德感工业园"),
    ("万达集团签下万达文旅项目", COMPANY, "万达集团签下万达文旅项目"),  # the company-verb cut is for projects
    ("万达集团签下万达文旅项目", PROJECT, "万达文旅项目"),
    ("中铁建工集团有限公司迁移至兰州新区项目", PROJECT, "中铁建工集团有限公司迁移至兰州新区项目"),  # the move is the project
    ("和平区", "Region", "和平区"),  # regions are never cut
])
def test_start_of_one_candidate(finder, opening, label, expected):
    assert opening[finder.boundaries.start(opening, 0, len(opening), label):] == expected


def test_the_option_is_in_the_pipeline_config_and_can_be_turned_off():
    config = spacy.util.load_config(CONFIG)
    configured = config["components"]["kg_entities"]["segment_boundaries"]
    assert (build_nlp().get_pipe("kg_entities").finder.boundaries is not None) == configured
    config["components"]["kg_entities"]["segment_boundaries"] = False
    off = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    assert off.get_pipe("kg_entities").finder.boundaries is None


GOLD_FOLDERS = [ROOT / "tests" / "heldout" / "gold", ROOT / "tests" / "challenge" / "dev" / "gold",
                ROOT / "tests" / "challenge" / "fresh" / "gold"]  # never the locked test half


def _cut_gold_names(finder: EntityFinder, folders: list[Path]) -> dict[str, str]:
    """The gold names (and their other forms) the segmenter would cut: name -> what is left of it."""
    cut = {}
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
                for name in entity["names"]:
                    start = finder.boundaries.start(name, 0, len(name), entity["type"])
                    if start:
                        cut[name] = name[start:]
    return cut


def test_no_gold_name_of_ours_loses_its_start(finder):
    # the gold gives this project both with and without the verb that opens it
    assert set(_cut_gold_names(finder, GOLD_FOLDERS)) <= {"新建中药饮片加工生产基地项目"}


def test_no_gold_name_of_the_development_corpus_loses_its_start(finder, gold_dir):
    assert _cut_gold_names(finder, [gold_dir]) == {}


@pytest.mark.parametrize("text, name", [
    ("新疆大成钢结构有限公司成立于2010年。", "新疆大成钢结构有限公司"),  # 大成 is a verb of the dictionary and the brand here
    ("成都市已有全友家私有限公司等企业入驻。", "全友家私有限公司"),
])
def test_a_verb_after_a_place_is_cut_unless_only_common_nouns_follow(finder, text, name):
    assert _names(finder, text).get(name) == COMPANY
