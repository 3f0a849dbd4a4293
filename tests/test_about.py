"""A document's title and date, as the page names it (kg.ingest.about)."""
from __future__ import annotations

from kg.ingest.about import about
from kg.model import About


def test_a_headline_and_a_full_date_near_the_top():
    assert about(["苏州工业园区新材料产业再添新项目", "2024年11月8日 来源：苏州日报", "正文。"]) == \
        About("苏州工业园区新材料产业再添新项目", "2024-11-08")
    assert about(["江津区工业经济稳步回升", "发布时间：2023-05-09 10:00"]) == About("江津区工业经济稳步回升", "2023-05-09")


def test_a_dateline_gives_the_month_and_day_as_written():
    assert about(["合肥新能源汽车产业集群加速成势", "本报讯 3月12日，合肥经济技术开发区……"]) == \
        About("合肥新能源汽车产业集群加速成势", "3月12日")


def test_no_title_when_the_text_opens_with_a_sentence_and_no_date_when_there_is_none():
    assert about(["冬日的帅乡大地，跳动着工业发展的强劲脉搏。", "项目总投资12亿元。"]) == About("", "")
    assert about([]) == About("", "")
    assert about(["2024年13月40日"]).date == ""  # not a date
