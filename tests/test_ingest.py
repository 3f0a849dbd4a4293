"""Real inputs: web pages, PDFs and Word files; Big5 and Traditional Chinese; control characters;
text laid out by a PDF, repaired for extraction while sentences are cited as the file has them."""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.ingest.read import InputError, find_sources, normalise, read_document
from kg.ingest.repair import repair
from kg.run.build import build, collect_sources, extract_all

# fictional names; the sentences are ours
PDF_LINES = [
    "近日，珠海市 2025 年重点项目集中开工。唐家湾 110 千伏输变电工程位于珠海高新",
    "技术产业开发区，由广东电网有限责任公司投资建设，总投资 3.2 亿元，计划于年内",
    "建成投产。珠海格力电器股份有限公司位于珠海高新技术产业开发区，入选国家级专精",
    "特新“小巨人”企业名单。该公司计划在珠海高新技术产业开发区建设格力智能装备产业园",
    "项目，预计 2026 年建成投产。",
]
TRADITIONAL = "臺灣積體電路製造股份有限公司位於新竹科學園區，入選國家級專精特新「小巨人」企業名單。\n"
CLEAN = "苏州纳微科技股份有限公司位于苏州工业园区，入选国家级专精特新“小巨人”企业名单。\n"


def make_pdf(path: Path, lines: list[str]) -> Path:
    """A PDF whose text layer holds `lines` (reportlab's built-in Chinese font: no font file needed)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path))
    page.setFont("STSong-Light", 11)
    for i, line in enumerate(lines):
        page.drawString(40, 800 - 16 * i, line)
    page.showPage()
    page.save()
    return path


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("园区简报", 1)
    document.add_paragraph(CLEAN.strip())
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "企业", "所在园区"
    table.cell(1, 0).text, table.cell(1, 1).text = "苏州敏芯微电子技术股份有限公司", "苏州工业园区"
    document.save(str(path))
    return path


def news_page() -> str:
    links = "".join(f"<li><a href='/c{i}'>{t}</a></li>" for i, t in enumerate(["首页", "园区概况", "招商引资", "联系我们"]))
    related = "".join(f"<li><a href='/n{i}'>园区召开第{i}次安全生产工作会议</a></li>" for i in range(1, 6))
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>入选名单_新闻中心</title></head>
<body><header><div>某某高新区管委会</div><nav><ul>{links}</ul></nav></header>
<div class="main"><article><h1>十家企业入选“小巨人”名单</h1>
<p>近日，工业和信息化部公布了第六批专精特新“小巨人”企业名单，合肥芯碁微电子装备股份有限公司位于合肥高新技术产业开发区，入选该名单。</p>
<p>该公司主要从事直写光刻设备的研发和生产，产品广泛应用于集成电路、新型显示等领域，近年来研发投入持续增长。</p>
<p>园区将继续加大对企业的支持力度，推动更多企业走专业化、精细化、特色化、新颖化发展之路。</p></article>
<aside><h3>相关新闻</h3><ul>{related}</ul></aside></div>
<footer><p>版权所有：某某管理委员会</p><p>备案号：皖ICP备00000000号 联系电话：0551-00000000</p></footer></body></html>"""


# ---------------------------------------------------------------- formats

def test_pdf_text_layer_is_read_and_repaired(tmp_path: Path):
    document = read_document(make_pdf(tmp_path / "report.pdf", PDF_LINES))
    assert document.encoding == "pdf"
    assert "唐家湾110千伏输变电工程位于珠海高新技术产业开发区，由广东电网有限责任公司投资建设" in document.text
    assert "格力智能装备产业园项目" in document.text  # the line break inside the name is gone
    start = document.text.index("唐家湾")
    end = document.text.index("。", start) + 1
    assert document.cite(start, end) == ("唐家湾 110 千伏输变电工程位于珠海高新技术产业开发区，由广东电网有限责任公司"
                                         "投资建设，总投资 3.2 亿元，计划于年内建成投产。")


def test_pdf_facts_name_without_spaces_and_cite_the_original_sentence(tmp_path: Path, nlp):
    from kg.extract.nlp import extract

    make_pdf(tmp_path / "report.pdf", PDF_LINES)
    [extraction] = extract(nlp, [read_document(tmp_path / "report.pdf")])
    names = {m.name for m in extraction.mentions}
    assert "唐家湾110千伏输变电工程" in names
    assert not any(" " in name or "\n" in name for name in names)
    facts = {(f.head[1], f.relation, f.tail[1]): f for f in extraction.facts}
    fact = facts["唐家湾110千伏输变电工程", "locatedIn", "珠海高新技术产业开发区"]
    assert extraction.sentences[fact.sentence].startswith("唐家湾 110 千伏输变电工程位于珠海高新技术产业开发区，")
    assert ("珠海格力电器股份有限公司", "selectedAs", "国家级专精特新“小巨人”企业名单") in facts


def test_pdf_without_text_layer_is_refused_by_name(tmp_path: Path):
    with pytest.raises(InputError, match=r"scan.pdf: PDF without a text layer"):
        read_document(make_pdf(tmp_path / "scan.pdf", []))


def test_damaged_pdf_and_docx_are_refused_by_name(tmp_path: Path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InputError, match=r"bad.pdf: not a readable PDF"):
        read_document(tmp_path / "bad.pdf")
    with pytest.raises(InputError, match=r"bad.docx: not a readable Word"):
        read_document(tmp_path / "bad.docx")


def test_docx_paragraphs_and_tables_are_read(tmp_path: Path):
    document = read_document(make_docx(tmp_path / "brief.docx"))
    assert document.encoding == "docx"
    lines = document.text.splitlines()
    assert lines[0] == "园区简报" and CLEAN.strip() in lines
    assert "苏州敏芯微电子技术股份有限公司\t苏州工业园区" in lines


@pytest.mark.parametrize("charset", ["utf-8", "gb18030"])
def test_html_main_text_without_navigation_or_footer(tmp_path: Path, charset: str):
    page = news_page().replace('charset="utf-8"', f'charset="{charset}"')
    (tmp_path / "news.html").write_bytes(page.encode(charset))
    text = read_document(tmp_path / "news.html").text
    assert "合肥芯碁微电子装备股份有限公司位于合肥高新技术产业开发区" in text
    for boilerplate in ("招商引资", "安全生产工作会议", "版权所有", "备案号"):
        assert boilerplate not in text


def test_folder_reads_every_kind_and_names_the_files_it_does_not(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_pdf(folder / "a.pdf", PDF_LINES)
    make_docx(folder / "b.docx")
    (folder / "c.htm").write_text(news_page(), encoding="utf-8")
    (folder / "d.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "notes.md").write_text("# notes", encoding="utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / ".hidden").write_text("x", encoding="utf-8")
    warnings: list[str] = []
    sources = collect_sources([folder], warnings.append, strict=False)
    assert [s.id for s in sources] == ["in/a.pdf", "in/b.docx", "in/c.htm", "in/d.txt"]
    assert any("not read:" in w and "notes.md" in w for w in warnings)
    assert any("not read:" in w and "old.doc" in w for w in warnings)
    assert "2 file(s) not read (named above)" in warnings
    assert not any(".hidden" in w for w in warnings)
    extractions = extract_all([folder], warn=warnings.append)
    assert len(extractions) == 4 and all(ex.mentions for ex in extractions)


# ---------------------------------------------------------------- encodings and scripts

def test_big5_is_detected_and_traditional_is_read_as_simplified(tmp_path: Path, nlp):
    from kg.extract.nlp import extract

    path = tmp_path / "trad.txt"
    path.write_bytes((TRADITIONAL * 3).encode("big5"))
    document = read_document(path)
    assert document.encoding == "big5"
    assert document.text.startswith("台湾积体电路制造股份有限公司位于新竹科学园区")
    assert any("Traditional Chinese" in note for note in document.notes)
    [extraction] = extract(nlp, [document])
    assert ("Company", "台湾积体电路制造股份有限公司") in {(m.label, m.name) for m in extraction.mentions}
    assert extraction.sentences[0] == TRADITIONAL.strip()  # cited as written


def test_utf8_traditional_text_is_converted_and_simplified_text_is_not(tmp_path: Path):
    (tmp_path / "t.txt").write_text(TRADITIONAL, encoding="utf-8")
    (tmp_path / "s.txt").write_text(CLEAN + "著名的乾坤，干部，头发，皇后。\n", encoding="utf-8")
    assert read_document(tmp_path / "t.txt").text.startswith("台湾积体电路")
    simplified = read_document(tmp_path / "s.txt")
    assert simplified.repaired is None and not simplified.notes


def test_a_traditional_file_keeps_its_names_as_written_beside_the_simplified(tmp_path: Path):
    from rdflib import Graph, Literal
    from rdflib.namespace import SKOS

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "t.txt").write_text("據悉，雙鴨山龍煤航天煤化有限公司年產30萬噸甲醇項目\n在雙鴨山市經濟開發區開工。\n" + TRADITIONAL
                                  + "總投資100億元的凱嵐電器（桂林）智能製造生產基地項目成功簽約。\n", encoding="utf-8")
    build([folder], tmp_path / "out", warn=lambda message: None, validate=True)
    later = tmp_path / "later"
    later.mkdir()
    (later / "s.txt").write_text("台湾积体电路制造股份有限公司位于新竹科学园区。\n", encoding="utf-8")
    build([later], tmp_path / "out", warn=lambda message: None, validate=True, update=True)  # kept by the state
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")

    def alt_labels(pref: str) -> set[str]:
        [node] = graph.subjects(SKOS.prefLabel, Literal(pref, lang="zh"))
        return {str(o) for o in graph.objects(node, SKOS.altLabel)}

    assert "臺灣積體電路製造股份有限公司" in alt_labels("台湾积体电路制造股份有限公司")  # one node for both files
    assert "雙鴨山市經濟開發區" in alt_labels("双鸭山市经济开发区")  # across the line break the file has
    assert alt_labels("新竹科学园区") == {"新竹科學園區"}
    [arm] = graph.subjects(SKOS.altLabel, Literal("凯岚电器", lang="zh"))  # an alias inside a name, written as it is
    assert {"凱嵐電器", "凱嵐電器（桂林）"} <= {str(o) for o in graph.objects(arm, SKOS.altLabel)}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_byte_order_mark_is_decoded(tmp_path: Path, encoding: str):
    path = tmp_path / "notepad.txt"
    path.write_bytes(("\ufeff" + CLEAN).encode(encoding))  # Notepad's "Unicode": little-endian
    document = read_document(path)
    assert document.text == CLEAN and document.encoding == "utf-16"
    assert document.notes == (f"{path}: not UTF-8; decoded as UTF-16",)


def test_gb18030_text_is_still_gb18030(tmp_path: Path):
    (tmp_path / "g.txt").write_bytes((CLEAN * 3).encode("gb18030"))
    assert read_document(tmp_path / "g.txt").encoding == "gb18030"


# ---------------------------------------------------------------- control characters and file names

def test_control_characters_anywhere_are_removed_and_told(tmp_path: Path):
    path = tmp_path / "nul.txt"
    body = CLEAN * 200  # more than 8 KiB before the NUL
    assert len(body.encode("utf-8")) > 8192
    path.write_bytes((body + "华为技术有限公司\x00位于深圳市。\x1b\x7f\n").encode("utf-8"))
    document = read_document(path)
    assert "\x00" not in document.text and "\x1b" not in document.text and "\x7f" not in document.text
    assert "华为技术有限公司位于深圳市。" in document.text
    assert document.notes == (f"{path}: 3 control character(s) (such as NUL) removed",)


def test_mostly_control_characters_is_binary(tmp_path: Path):
    path = tmp_path / "blob.txt"
    path.write_bytes(CLEAN.encode("utf-8") * 400 + bytes(range(1, 32)) * 400)
    with pytest.raises(InputError, match="blob.txt: binary file"):
        read_document(path)


def test_nul_after_8_kib_gives_well_formed_xml_results(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nul.txt").write_bytes(
        (CLEAN * 200 + "华为技术有限公司\x00位于深圳市\x0c高新区。\n").encode("utf-8"))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    kg = [sys.executable, "-m", "kg.cli"]
    run = subprocess.run([*kg, "build", str(tmp_path / "in"), "-o", str(tmp_path / "out")],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "control character(s) (such as NUL) removed" in run.stderr
    query = "SELECT ?s ?text WHERE { ?s kg:text ?text }"
    run = subprocess.run([*kg, "query", str(tmp_path / "out"), query, "--format", "xml"],
                         capture_output=True, env=env)
    assert run.returncode == 0, run.stderr
    root = ET.fromstring(run.stdout)  # well-formed
    texts = [e.text for e in root.iter("{http://www.w3.org/2005/sparql-results#}literal")]
    assert "华为技术有限公司位于深圳市" in texts


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_file_name_not_utf8_builds_under_a_readable_name(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xd6\xd0\xce\xc4.txt")  # 中文.txt in GBK, as an archive from Windows leaves it
    (folder / name).write_text(CLEAN, encoding="utf-8")
    assert [s.id for s in find_sources(folder)] == ["in/\\xd6\\xd0\\xce\\xc4.txt"]
    result = build([folder], tmp_path / "out", warn=lambda message: None, validate=True)
    assert result.documents == 1
    assert '"in/\\\\xd6\\\\xd0\\\\xce\\\\xc4.txt"' in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_control_characters_in_a_file_name_are_escaped(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a\x01b\x0c.txt").write_text(CLEAN, encoding="utf-8")
    assert [s.id for s in find_sources(folder)] == ["in/a\\x01b\\x0c.txt"]


# ---------------------------------------------------------------- the repair stage

def test_repair_removes_layout_spaces_and_keeps_offsets():
    text = "项目位于 2 号地块，总投资 3.5 亿元。\n政 府 工 作 报 告\n"
    repaired = repair(text)
    assert repaired.text == "项目位于2号地块，总投资3.5亿元。\n政府工作报告\n"
    for offset, char in enumerate(repaired.text):
        assert text[repaired.source_offset(offset)] == char
    assert repaired.cite(0, repaired.text.index("。") + 1) == "项目位于 2 号地块，总投资 3.5 亿元。"


def test_half_width_clause_marks_beside_chinese_are_read_full_width_and_cited_as_written(tmp_path: Path, nlp):
    from kg.extract.nlp import extract

    text = "在公主岭经开区,凯岚集团移动式秸秆造粒机等项目正在推进;年产1,000吨,3:30开工。"
    repaired = repair(text)
    assert repaired.text == "在公主岭经开区，凯岚集团移动式秸秆造粒机等项目正在推进；年产1,000吨，3:30开工。"
    assert repaired.cite(0, len(repaired.text)) == text
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    [extraction] = extract(nlp, [read_document(tmp_path / "news.txt")])
    facts = {(f.head[1], f.relation, f.tail[1]): f for f in extraction.facts}
    fact = facts["凯岚集团移动式秸秆造粒机", "locatedIn", "公主岭经开区"]
    assert extraction.sentences[fact.sentence].startswith("在公主岭经开区,凯岚集团")


def test_repair_joins_full_lines_that_do_not_end_a_sentence():
    text = ("今年全市共有一百二十个重点项目集中开工，其中新华\n"
            "电子产业园项目总投资最多，达到三十亿元，位于高新\n"
            "技术产业开发区。全年计划完成投资八百亿元以上。\n"
            "一、主要工作\n"
            "（一）加快项目建设。\n")
    repaired = repair(text)
    assert "新华电子产业园项目" in repaired.text and "高新技术产业开发区" in repaired.text
    assert "一、主要工作\n（一）加快项目建设。" in repaired.text  # short lines and list items stay


@pytest.mark.parametrize("text, repaired", [
    ("一期建设 60 万吨 PVC 、 60 万吨烧碱，开工率为 63% ，累计。", "一期建设60万吨PVC、60万吨烧碱，开工率为63%，累计。"),
    ("凯岚化工公司烧碱- PVC -水泥循环经济产业链项目", "凯岚化工公司烧碱-PVC-水泥循环经济产业链项目"),
    ("博远材料股份有限公司 11 万吨 / 年聚乙烯醇项目", "博远材料股份有限公司11万吨/年聚乙烯醇项目"),
    ("凯岚集团股份有限公司 10 GWh 储能电池项目", "凯岚集团股份有限公司10GWh储能电池项目"),  # a number and its Latin unit
    ("年产 300 MW 组件，", "年产300MW组件，"),
    ("位于半岛的福建凯岚实业 有限公司年增 130 万吨", "位于半岛的福建凯岚实业有限公司年增130万吨"),  # before a legal form
    ("博远电子 晨越新材料股份有限公司", "博远电子 晨越新材料股份有限公司"),  # (two names a space parts)
])
def test_repair_removes_spaces_beside_punctuation_and_joiners(text: str, repaired: str):
    assert repair(text).text == repaired


def test_repair_joins_a_short_line_broken_inside_a_word_that_ends_names():
    text = "今年全县共有十一个重大项目。\n\n内蒙古凯岚硅业有\n限公司年产 3000 吨多晶硅项目已投产；\n下一步加快建设。\n"
    assert "内蒙古凯岚硅业有限公司年产3000吨多晶硅项目" in repair(text).text


def test_repair_joins_the_last_word_of_a_name_alone_on_its_line():
    text = ("根据省政府办公厅的部署，省小企业发展促进局印发了申报工作的通知，各地报送了申报资料。\n"
            "我局对申报资料进行了审核评审，并经局党组会议研究，拟确定以下县（开发区）为示范县。\n"
            "对拟确定名单有异议的单位或个人，可在公示期内通过电话或书面材料向我局反映问题。\n"
            "名单如下：\n1. 清徐县\n2. 凯岚高新技术产业\n开发区\n现予公示，接受社会监督。\n")
    assert "2. 凯岚高新技术产业开发区\n现予公示" in repair(text).text


def test_names_one_a_line_without_numbers_stay_on_their_lines():
    text = "此次新获认定的3家分别是：\n凯岚医疗系统股份有限公司技术中心\n博远化工研究院有限公司技术中心\n晨越实业总公司技术中心\n"
    assert "技术中心\n博远化工研究院有限公司技术中心\n晨越" in normalise(text)
    text = ("近日，国家发展改革委、科技部等部门联合下发通知，辽宁省在这一批中新增4家国家企业技术中心，名单公布后引起关注。\n"
            "此次新获认定的4家分别是：\n凯岚医疗系统股份有限公司技术中心\n博远化工研究院有限公司技术中心\n"
            "沈阳晨越机器人自动化股份有限公司技术中心\n辽宁凯岚重工集团技术中心\n\n"
            "国家企业技术中心由国家发展改革委、科技部等五个部门共同认定并定期考评，是我国目前规格最高的技术创新平台之一。\n")
    assert "自动化股份有限公司技术中心\n辽宁凯岚重工集团技术中心\n" in repair(normalise(text)).text  # (the widest is no full line)


def test_names_one_a_line_under_a_section_heading_wider_than_them_stay_on_their_lines():
    # (the lines of names make the usual width narrow: the heading reads as a full line, and was joined to them)
    names = "\n".join(f"{place}人民政府" for place in ("凯岚市", "博远区", "晨越市", "申和市"))
    towns = "\n".join(f"凯岚市{town}镇" for town in ("苏溪", "赤岸", "古山", "横店", "孝顺", "白云"))
    text = (f"经过综合考核，现将考核评价结果通报如下：\n\n一、工业经济综合目标责任制考核先进单位\n{names}\n\n"
            f"二、十强工业强镇（乡、街道）\n{towns}\n")
    repaired = repair(normalise(text)).text
    assert f"先进单位\n{names}\n" in repaired
    assert f"街道）\n{towns}\n" in repaired
    # (an item's number before the line: the item's rest is still joined to it)
    assert "6. 凯岚（河南）生物科技研究院有限公司\n7." in repair(normalise(
        "名单如下：\n5. 博远智能装备有限公司\n6. 凯岚（河南）生物科技研\n究院有限公司\n7. 晨越新材料有限公司\n")).text


def test_a_list_s_title_on_its_line_is_not_joined_to_the_table_under_it():
    text = "附件：第三批省级现代农业产业园拟认定名单（节选）\n序号 地市 园区名称\n1 芜湖市 凯岚现代农业产业园\n"
    assert "名单（节选）\n序号 地市 园区名称\n" in normalise(text)


def test_a_headline_as_wide_as_a_list_s_items_is_not_joined_to_the_much_wider_paragraph_under_it():
    text = ("凯岚区9家小微企业园入选浙江省第一批小微企业园名单\n"
            "浙江省促进中小企业发展工作领导小组办公室日前公布了2019年第一批小微企业园认定名单，凯岚区的9家小微企业园通过认定。名单如下：\n"
            "1. 凯岚区智能制造产业园（东孝）\n2. 博远科技孵化园（曹宅）\n3. 晨越小微企业园（孝顺）\n")
    assert "小微企业园名单\n浙江省促进" in repair(text).text


def test_a_narrow_column_paragraph_over_shorter_list_items_is_still_joined():
    text = ("本报讯 近日，凯岚县经济开发\n区与湖南博远新材料科技有限公\n司签约年产3万吨碳纤维复合材\n料项目，总投资5亿元。\n"
            + "".join(f"{i}.凯岚精密机械公司\n" for i in range(1, 25)))
    assert "凯岚县经济开发区与湖南博远新材料科技有限公司签约年产3万吨碳纤维复合材料项目" in repair(text).text


def test_repair_joins_a_line_that_opens_with_a_company_s_legal_form():
    text = ("近日，县投资促进局组织考察组赴外地开展精准招商，先后走访了多家陶瓷企业并召开座谈会。\n"
            "考察组实地察看了企业的生产工艺和流程，并就企业拟在本县投资建设的项目进行深入洽谈。\n"
            "考察组先后来到凯岚陶瓷和萍乡博远陶瓷\n有限公司计划在陆良投资建设该项目。\n"
            "下一步，双方将保持密切联系，加快推进项目前期工作，争取项目早日签约落地、开工建设。\n")
    assert "萍乡博远陶瓷有限公司计划" in repair(text).text


def test_a_numbered_company_before_a_new_paragraph_keeps_its_line(tmp_path: Path):
    path = tmp_path / "list.txt"
    path.write_text("凯岚县5家企业入选省级瞪羚企业\n来源：凯岚日报  2025-08-26\n\n名单如下：\n1. 湖北凯岚科技有限公司\n2. 湖北博远医药科技有限公司\n"
                    "3. 湖北晨越环保新材料科技有限公司\n加上这3家，凯岚县的省级瞪羚企业已累计达到16家。\n", encoding="utf-8")
    assert "3. 湖北晨越环保新材料科技有限公司\n加上这3家" in read_document(path).text


@pytest.mark.parametrize("text", [
    "二、今年共签约重点项目32项\n目前已开工12个，其余正在推进前期工作。\n三、园区建设持续推进，一批项目落地见效。\n",
    "一、工业经济\n稳中有进\n二、项目建设\n加快推进\n",
])
def test_repair_keeps_short_lines_that_share_only_a_character_of_a_name_word_or_are_headings(text: str):
    assert repair(text).text == text


def test_a_numbered_item_that_goes_on_after_a_company_is_rejoined(tmp_path: Path):
    path = tmp_path / "items.txt"
    path.write_text("凯岚县重点项目进展\n来源：凯岚日报  2025-08-26\n\n1. 年产10万吨正极材料项目，总投资20亿元，由湖南凯岚新材料科技有限公司\n"
                    "投资建设，目前主体厂房已封顶。\n2. 博远物流园项目，总投资5亿元，已完成场地平整。\n", encoding="utf-8")
    assert "由湖南凯岚新材料科技有限公司投资建设" in read_document(path).text


def test_repair_keeps_a_minus_before_a_number():
    assert repair("气温 -5 度以下").text == "气温 -5度以下"


def test_repair_joins_a_line_between_two_items_of_a_numbered_list_to_the_item_before():
    text = ("名单如下：\n5. 河南凯岚水泵集团有限公司\n6. 博远（河南）生物科技研\n究院有限公司\n"
            "7. 河南晨越供应链管理有限公司\n8. 河南凯博数智科技有限公司\n")
    assert "6. 博远（河南）生物科技研究院有限公司\n7." in repair(text).text


def test_repair_joins_a_legal_name_broken_before_its_last_words():
    text = ("太旗马铃薯深加工项目开工\n来源：某某日报\n据介绍，由北京凯岚恒业农业技术\n"
            "开发有限公司投资建设的太旗马铃薯深加工项目，是锡林郭勒盟重点招商引资项目。\n该项目总投资3亿元。\n")
    assert "由北京凯岚恒业农业技术开发有限公司投资建设" in repair(text).text
    listed = "入选企业名单：\n凯岚科技有限公司\n博远电子有限公司\n晨越机械有限公司\n"
    assert repair(listed).text == listed  # names one a line stay a list


def test_repair_keeps_labels_and_names_one_a_line():
    text = "获奖企业名单公布\n获奖企业\n一等奖\n华为技术有限公司\n二等奖\n中兴通讯股份有限公司\n三等奖\n凯岚电子有限公司\n"
    assert repair(text).text == text


def test_repair_keeps_the_rows_of_a_table_apart():
    text = ("序号  产业集聚区名称  主要产业\n1  南京凯岚机电产业集聚区  机电设备\n2  无锡博远新材料产业园  化工新材料\n"
            "3  泰州晨越新型装饰材料\n产业集聚区  装饰材料\n4  泰兴凯博乐器产业集聚区  乐器\n")
    repaired = repair(text).text
    assert "1  南京凯岚机电产业集聚区  机电设备\n2  无锡博远新材料产业园  化工新材料\n" in repaired
    assert "3  泰州晨越新型装饰材料产业集聚区  装饰材料\n4  " in repaired


@pytest.mark.parametrize("text", [
    CLEAN,
    "冲刺攻坚 奋力交出答卷\n苏州工业园区今年新增企业12家。\n",  # a title's space between two phrases
    "iPhone 15 Pro 发布\n",  # Latin beside Latin keeps its spaces
])
def test_repair_leaves_clean_text_alone(text: str):
    assert repair(text).changed == (text.startswith("iPhone"))
    assert repair(text).text == text.replace(" 发布", "发布")


def test_corpus_graph_is_unchanged_by_the_repair_stage(corpus_dir: Path, tmp_path: Path, monkeypatch):
    from kg.ingest import read
    from kg.ingest.repair import Repaired

    build([corpus_dir], tmp_path / "repaired", warn=lambda message: None, validate=False)
    monkeypatch.setattr(read, "repair", lambda text, pdf=False: Repaired(text, text))
    build([corpus_dir], tmp_path / "as_read", warn=lambda message: None, validate=False)
    assert (tmp_path / "repaired" / "graph.ttl").read_bytes() == (tmp_path / "as_read" / "graph.ttl").read_bytes()


def test_a_table_pasted_with_rules_is_read_by_its_cells_and_cited_as_written(tmp_path: Path):
    from kg.run.build import extract_all

    rows = ["序号 | 区(市)县 | 企业名称 |", "1 | 凯岚高新区 | 凯岚博远机器有限公司 |", "2|晨越经开区|凯岚晨越电子有限公司"]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "list.txt").write_text("2023年第三批凯岚市专精特新中小企业公示名单\n名单如下：\n" + "\n".join(rows) + "\n"
                                     "凯岚新闻 | 2023年 第5期\n", encoding="utf-8")
    [extraction] = extract_all([folder], warn=lambda message: None)
    facts = {(f.head[1], f.relation, f.tail[1]) for f in extraction.facts}
    program = "2023年第三批凯岚市专精特新中小企业"
    assert {("凯岚博远机器有限公司", "selectedAs", program), ("凯岚晨越电子有限公司", "selectedAs", program),
            ("凯岚博远机器有限公司", "locatedIn", "凯岚高新区"), ("凯岚晨越电子有限公司", "locatedIn", "晨越经开区")} <= facts
    assert not any(head.endswith("区") and relation == "selectedAs" for head, relation, _ in facts)
    assert rows[1] in extraction.sentences and rows[2] in extraction.sentences
    assert repair("凯岚新闻 | 2023年 第5期\n").text == "凯岚新闻 | 2023年 第5期\n"  # one rule: no table


def test_a_heading_right_above_a_ruled_table_stays_a_line_of_its_own():
    text = ("江津区第三批市级专精特新企业名单\n| 序号 | 企业名称 | 序号 | 企业名称 |\n| --- | --- | --- | --- |\n"
            "| 1 | 重庆恒达机械有限公司 | 2 | 重庆凯岚电子有限公司 |\n")
    repaired = repair(normalise(text))
    assert repaired.text.startswith("江津区第三批市级专精特新企业名单\n")  # (not joined to the header: the list is named)
    assert "有限公司 \t 2 \t 重庆凯岚" in repaired.text  # the number in its own cell, not glued to the next name
    assert len(repaired.text) == len(normalise(text))


def test_repair_keeps_lines_headed_alike_apart():
    text = ("第六批省级示范县公示名单按市（州）排列如下：\n成都市：龙泉驿区\n自贡市：贡井区、自流井区\n"
            "眉山市：东坡区、洪雅县、仁寿县\n资阳市：雁江区\n阿坝州：黑水县、汶川县、金川县\n甘孜州：泸定县\n")
    assert repair(text).text == text


def test_a_space_inside_a_word_that_ends_names_is_the_layouts():
    assert "凯岚集团新型材料" in repair("凯岚集 团新型材料、博远新材等建材项目落户本县。").text


def test_a_space_before_a_word_that_only_begins_with_a_names_last_character_stays():
    assert repair("凯岚工业园 区委副书记出席。人才聚集 团队壮大。").text == "凯岚工业园 区委副书记出席。人才聚集 团队壮大。"


def test_a_space_inside_a_groups_word_before_its_verb_is_the_layouts():
    assert repair("博远集 团委托凯岚设计院编制规划。").text == "博远集团委托凯岚设计院编制规划。"
