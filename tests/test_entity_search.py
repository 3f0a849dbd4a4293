"""The entity stage's text machinery: word-list regexes, leftmost-longest search, span bookkeeping."""
from __future__ import annotations

import pickle
import random
import re

import pytest

from kg.extract.search import (ONE_BY_ONE_LIMIT, ClauseOpening, RareScan, alternation, compile_rare, compile_scan,
                               first_characters, gated, leftmost_longest)
from kg.extract.entities.spans import Spans


def _plain_alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def test_the_trie_alternation_matches_as_a_longest_first_alternation():
    words = ["公司", "公园", "有限公司", "股份有限公司", "集团", "集团有限公司", "园", "工业园", "工业园区"]
    text = "某某集团有限公司在工业园区设立分公司，股份有限公司与公园、园区、集团。"
    assert re.findall(alternation(words), text) == re.findall(_plain_alternation(words), text)
    assert re.fullmatch(alternation(["a.b"]), "a.b") and not re.fullmatch(alternation(["a.b"]), "axb")


# found one by one, and by the regex (many words); 90 first characters: the trie's groups of 64 branches
@pytest.mark.parametrize("count, alphabet", [(5, "江津白沙工业园区重庆"), (ONE_BY_ONE_LIMIT + 1, "江津白沙工业园区重庆"),
                                             (400, "".join(chr(0x4E00 + i) for i in range(90)))])
def test_leftmost_longest_finds_what_the_alternation_finds(count, alphabet):
    rng = random.Random(count)
    words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(count)}
    text = "".join(rng.choice(alphabet + "，。") for _ in range(2000))
    expected = [(m.start(), m.end(), m.group()) for m in re.finditer(_plain_alternation(words), text)]
    assert len(expected) > 20
    assert leftmost_longest(text, words) == expected
    assert [(m.start(), m.end(), m.group()) for m in re.finditer(alternation(words), text)] == expected


@pytest.mark.parametrize("pattern, first", [
    (r"(?:计划|拟)?(?:总)?投资\d+亿元", set("计拟总投")),
    (r"(?:\d+|[一二两]+)\s*[余多]?家", {"DIGIT", "一", "二", "两"}),
    (r"[。！？]+”*|\n+", set("。！？\n")),
    (r"(?m)^[ \t]*(?:来源|作者)", set(" \t来作")),
    # a lookahead says what the next character is (这两家企业 or 双方 after the branch that only looks ahead)
    (r"(?=某)[a-c]x", {"某"}),
    (r"(?:这|(?=双方))(?:企业|公司|双方)", {"这", "双"}),
    (r"(?<=某)[a-c]x", set("abc")),
])
def test_first_characters_are_those_a_match_can_begin_with(pattern, first):
    assert first_characters(pattern) == first


@pytest.mark.parametrize("pattern", [r"\w+公司", r"[^，]+等", r".期", r"(?:甲|乙?)?", r"(?i)ab", r"[一-龥]项目",
                                     r"(?:约|近)?(?=\d)", r"(?:y|(?=b))", r"(?:(?=xa)|a)+"])  # (empty after a lookahead)
def test_first_characters_are_unknown_when_any_character_or_none_could_begin(pattern):
    assert first_characters(pattern) is None


@pytest.mark.parametrize("pattern, pieces", [
    (r"(?:计划|拟|将)?(?:总)?投资(?:约|超)?\d+(?:\.\d+)?\s*[亿万]?元[，,]?\s*(?:在|于)",
     ["计划", "拟", "总", "投资12亿元在", "投资约3.5 亿元，于", "投资", "12", "元", "在", "某"]),
    (r"(?:\d+|[一二三四五六七八九十两]+)\s*[余多]?(?:家|个)(?:企业|项目)",
     ["两", "十", "3", " ", "余", "家", "个", "企业", "项目", "某"]),
    (r"(?m)^[ \t]*(?:来源|作者)[：:]", ["\n", " ", "来源", "作者", "：", "某"]),
    (r"[。！？；]+[”’）)]*|\n+", ["。", "！", "”", "）", "\n", "某", "甲"]),
])
def test_a_scan_finds_what_the_plain_regex_finds(pattern, pieces):
    rng = random.Random(pattern)
    text = "".join(rng.choice(pieces) for _ in range(5000))
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert len(expected) > 20
    assert [m.span() for m in compile_scan(pattern).finditer(text)] == expected


@pytest.mark.parametrize("pattern", [r"签(?:下|署|订)", r"(?:产业园|企业|全(?:县|市))内?", r"[和及与](?=公司)"])
def test_a_pattern_the_engine_skips_through_on_its_own_gets_no_lookahead(pattern):
    assert compile_scan(pattern).pattern == pattern  # (it would only make the engine try every position)


@pytest.mark.parametrize("pattern, pieces", [
    (r"(?:计划|拟|将)?(?:总)?投资(约|超)?(\d+)(?:\.\d+)?\s*[亿万]?元[，,]?\s*(?:在|于)",
     ["计划", "拟", "总", "投资12亿元在", "投资约3.5 亿元，于", "投资", "12", "元", "在", "某"]),
    (r"(?m)^[ \t]*(?P<field>来源|作者)[：:]", ["\n", " ", "来源", "作者", "：", "某"]),
    (r"(?<![新老])(?:总)?厂(?:区|房)?", ["新", "老", "总", "厂", "区", "房", "某"]),
    (r"(?x) (?:计划)? 投资 (\d+) 元  # a sum", ["计划", "投资", "12", "元", "某"]),
    (r"(?:这|上述)(?:\d家)?(?:企业|公司)|(?=双方)双方", ["这", "上述", "3家", "企业", "公司", "双方", "双", "某"]),
])
def test_a_rare_scan_finds_what_the_plain_regex_finds(pattern, pieces):
    rng = random.Random(pattern)
    text = "".join(rng.choice(pieces) for _ in range(5000))
    scan = compile_rare(pattern)
    assert isinstance(scan, RareScan)
    for pos, endpos in ((0, len(text)), (7, 2000)):
        expected = [(m.span(), m.groups()) for m in re.compile(pattern).finditer(text, pos, endpos)]
        assert len(expected) > 5
        assert [(m.span(), m.groups()) for m in scan.finditer(text, pos, endpos)] == expected
    assert scan.search(text, 100).span() == re.compile(pattern).search(text, 100).span()
    assert scan.pattern == scan.regex.pattern and scan.match is not None  # the rest is the regex's own
    copied = pickle.loads(pickle.dumps(scan))
    assert [m.span() for m in copied.finditer(text)] == [m.span() for m in scan.finditer(text)]


def test_a_gated_part_matches_as_the_part_does():
    part = r"(?:先后|共同)?(?:投产|签约)"
    text = "甲乙先后投产，丙共同签约，丁投产了"
    assert [m.span() for m in re.finditer(f"[甲丙丁]+{gated(part)}", text)] == \
        [m.span() for m in re.finditer(f"[甲丙丁]+(?:{part})", text)]


def test_a_clause_opening_matches_as_the_lookbehind_does():
    body = r"([^\W\d_]{2,4}?)(?:将|已)?(?:投产|签约)"
    lookbehind = re.compile(rf"(?:^|(?<=[，。\n]))" + body, re.M)
    opening = ClauseOpening("，。", body)
    rng = random.Random(3)
    text = "".join(rng.choice(["甲", "乙", "丙", "将", "已", "投产", "签约", "，", "。", "\n", "1"]) for _ in range(5000))
    expected = [m.span(1) for m in lookbehind.finditer(text)]
    assert len(expected) > 20
    assert [m.span(1) for m in opening.finditer(text)] == expected
    assert [m.span(1) for m in opening.finditer("甲乙投产，丙丁将签约")] == [(0, 2), (5, 7)]


def test_spans_answer_by_position():
    spans = Spans()
    spans.add(10, 14, "Company", "test")
    spans.add(2, 5, "Region", "test")
    spans.add(12, 20, "Project", "test")  # overlaps: refused
    assert [(m.start, m.end) for m in spans] == [(2, 5), (10, 14)]
    assert spans.overlaps(4, 6) and not spans.overlaps(5, 10) and spans.overlaps(13, 30)
    assert spans.covers(10) and not spans.covers(14) and spans.label_at(3) == "Region"
    assert spans.ends_at(14) and spans.starts_at(2) and not spans.starts_at(3)
    assert spans.last_before(10).start == 2 and spans.last_end_before(20) == 14 and spans.last_before(4) is None
    first = spans.at(3)
    spans.remove(first)
    assert [(m.start, m.end) for m in spans] == [(10, 14)]
    with pytest.raises(ValueError):
        spans.remove(first)
