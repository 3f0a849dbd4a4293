"""Reading files: encodings, bad files, newspaper line breaks."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.read import InputError, find_sources, normalise, read_document
from kg.ingest.repair import named_line

TEXT = "苏州工业园区今年新增专精特新企业12家，其中3家入选国家级专精特新“小巨人”企业。\n"


def test_utf8_with_bom(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == TEXT and doc.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_chinese_legacy_encodings_are_decoded(tmp_path: Path, encoding: str):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode(encoding))
    doc = read_document(path)
    assert doc.text == TEXT and doc.encoding == "gb18030"


def test_binary_file_is_refused_by_name(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="image.txt: binary"):
        read_document(path)


@pytest.mark.parametrize("content", [b"", b"  \n\n \t\n"])
def test_empty_file_is_refused_by_name(tmp_path: Path, content: bytes):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="empty.txt: empty file"):
        read_document(path)


def test_folder_sources_are_named_by_their_path_inside_the_folder(tmp_path: Path):
    (tmp_path / "news" / "2024").mkdir(parents=True)
    (tmp_path / "news" / "2024" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "news" / "notes.md").write_text(TEXT, encoding="utf-8")
    ids = [s.id for s in find_sources(tmp_path / "news")]
    assert ids == ["news/2024/a.txt", "news/b.txt"]


def test_folder_without_files_we_read_is_an_error(tmp_path: Path):
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    with pytest.raises(InputError, match=r"no files kg reads \(.docx, .htm, .html, .pdf, .txt\)"):
        find_sources(tmp_path)


def test_missing_path_is_an_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_sources(tmp_path / "nope")


def test_a_line_broken_inside_a_sentence_is_rejoined():
    text = "无锡众能光储年产3GW钙钛矿太阳能电池组件西南基地项目在白沙工业\n园开工，这是全市最大的项目。\n"
    assert "白沙工业园开工" in normalise(text)


def test_a_pdf_body_line_with_a_space_between_words_is_rejoined():
    text = ("园区发展积厚成势。推动黄泥川 智能制造产业园建设，华邦化学研发生产基地、宗益科\n"
            "技机场目视助航设备研发生产基地等项目建成投产，新增规上企业12家。\n"
            "常州高新区：重大项目量质并举 产业转型提速\n"
            "全区新开工项目45个，其中亿元以上项目20个。（记者 王某 通讯员 李某）\n"
            "第二段开始。\n")
    out = normalise(text)
    assert "宗益科技机场" in out
    assert "提速\n全区" in out and "李某）\n第二段" in out  # a title with a colon, a closing byline: not body lines


def test_a_line_opened_by_a_decimal_goes_on_with_the_line_before():
    text = ("报告显示，2023 年凯岚经开区预计完成地区生产总值 992 亿元，一般公共预算收入\n"
            "53.5 亿元，规模以上工业总产值 1860 亿元，固定资产投资 341 亿元，限上贸易销售\n"
            "1. 凯岚新材料有限公司\n")
    out = normalise(text)
    assert "收入53.5 亿元" in out and "销售\n1. 凯岚" in out  # (an item's number is no decimal)


def test_a_line_of_credits_stays_apart_and_a_measured_decimal_goes_on():
    text = ("凯岚新区重点项目建设情况通报\n\n本报记者 王某 实习生 李某，通讯员 张某\n"
            "江西博瑞新材料有限公司年产5万吨隔膜项目近日投产，这是全市最大的新材料项目。凯岚玻璃公司投资建设年产超宽幅\n"
            "0.6米超宽幅光伏玻璃项目，预计年内开工建设并投产，产值可达十亿元以上规模。\n1.1 产业项目进展\n")
    out = normalise(text)
    assert "张某\n江西博瑞" in out and "超宽幅0.6米" in out and "\n1.1 产业项目进展" in out


def test_titles_captions_and_finished_sentences_keep_their_line_breaks():
    text = ("冲刺攻坚决战决胜 奋力交出高分答卷\n"
            "泾河工业园全景图 通讯员 张某某 摄\n"
            "秦川动力今年产值增长两成，订单排到明年。\n"
            "第二段开始。\n")
    out = normalise(text)
    assert out.count("\n") == 4


def test_a_long_headline_and_a_byline_keep_their_own_lines():
    text = ("临沂3家企业入选第五批国家级专精特新小巨人企业名单\n"
            "来源：临沂日报　2023-07-20\n"
            "近日，工信部公布了第五批名单，临沂市3家企业上榜，分别是A公司、B公司和C公司。\n")
    assert normalise(text).split("\n")[:3] == [
        "临沂3家企业入选第五批国家级专精特新小巨人企业名单", "来源：临沂日报 2023-07-20",
        "近日，工信部公布了第五批名单，临沂市3家企业上榜，分别是A公司、B公司和C公司。"]


def test_a_reports_title_block_and_its_section_headings_keep_their_lines():
    text = ("关于凯岚区 2024 年上半年国民经济和社会\n发展计划执行情况的报告\n"
            "——2024 年 8 月 28 日在区十八届人大常委会第二十次会议上\n凯岚区发展和改革委员会\n各位代表：\n"
            "受区政府委托，现向区人大常委会报告我区 2024 年上半年国民经济\n和社会发展计划执行情况，请予审议。\n"
            "一、2024 年上半年国民经济和社会发展计划执行情况\n"
            "上半年，凯岚区坚持稳中求进，推动经济运行持续向好、质量效益不断\n提升。全区地区生产总值增长 4.7%。\n"
            "——生态工业加快转型，产业集聚水平提升。我区博远药业等 4 个项目\n顺利竣工。\n")
    assert normalise(text).split("\n")[:8] == [
        "关于凯岚区 2024 年上半年国民经济和社会发展计划执行情况的报告",
        "——2024 年 8 月 28 日在区十八届人大常委会第二十次会议上", "凯岚区发展和改革委员会", "各位代表：",
        "受区政府委托，现向区人大常委会报告我区 2024 年上半年国民经济和社会发展计划执行情况，请予审议。",
        "一、2024 年上半年国民经济和社会发展计划执行情况",
        "上半年，凯岚区坚持稳中求进，推动经济运行持续向好、质量效益不断提升。全区地区生产总值增长 4.7%。",
        "——生态工业加快转型，产业集聚水平提升。我区博远药业等 4 个项目顺利竣工。"]


def test_only_the_opening_lines_end_at_a_titles_word_or_a_dash():
    body = "凯岚区坚持稳中求进，推动经济运行持续向好、质量\n效益不断提升，全区地区生产总值增长百分之五。\n"
    text = ("凯岚市国民经济和社会发展第十四个五年规划\n和二〇三五年远景目标纲要\n"
            "——2025 年 1 月 10 日在凯岚区第十八届人民\n代表大会第五次会议上\n凯岚市人民政府\n" + body * 3 +
            "　　按照管委会的统一部署现将凯岚经开区上半年工作\n情况报告如下：今年以来，经开区坚持项目为王。\n"
            "——坚持创新驱动发展推动科技创新和产业创新深度融\n合加快培育发展新质生产力。\n" + body)
    assert normalise(text).split("\n")[:3] == [
        "凯岚市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "——2025 年 1 月 10 日在凯岚区第十八届人民代表大会第五次会议上", "凯岚市人民政府"]
    lines = normalise(text).split("\n")
    assert "——坚持创新驱动发展推动科技创新和产业创新深度融合加快培育发展新质生产力。" in lines
    assert any(line.endswith("情况报告如下：今年以来，经开区坚持项目为王。") for line in lines)


def test_an_indented_line_opens_a_paragraph_and_a_meeting_in_brackets_keeps_its_line():
    body = "凯岚区坚持稳中求进，推动经济运行持续向好、质量\n效益不断提升，全区地区生产总值增长百分之五。\n"
    text = ("凯岚县2024年政府工作报告\n（2024 年 1 月 9 日在凯岚县第十八届人民代表大会第三次会议上）\n"
            "县长 刘某\n" + body * 2 + "一、2024 年国民经济和社会发展计划执行情况\n"
            "　　过去一年，全县上下坚持稳中求进，经济运行持续向好，质量效\n益不断提升。\n")
    lines = normalise(text).split("\n")
    assert lines[:3] == ["凯岚县2024年政府工作报告", "（2024 年 1 月 9 日在凯岚县第十八届人民代表大会第三次会议上）", "县长 刘某"]
    assert "一、2024 年国民经济和社会发展计划执行情况" in lines


def test_a_numbered_item_broken_inside_a_word_is_no_heading():
    body = "凯岚区坚持稳中求进，推动经济运行持续向好、质量\n效益不断提升，全区地区生产总值增长百分之五。\n"
    text = (body * 3 + "今年全区共谋划储备重大项目 3 个，主要包括：\n"
            "一、凯岚新能源年产 20 万吨高纯多晶\n硅料项目，计划投资 80 亿元；\n"
            "二、博远高端装备产业园标准化厂房\n二期项目，总投资 8 亿元；\n" + body)
    lines = normalise(text).split("\n")
    assert "一、凯岚新能源年产 20 万吨高纯多晶硅料项目，计划投资 80 亿元；" in lines
    assert "二、博远高端装备产业园标准化厂房二期项目，总投资 8 亿元；" in lines


def test_a_closing_byline_is_not_joined_to_the_last_paragraph():
    text = "近日，全省重点项目观摩会在市高新区召开，十个项目集中开工（完）\n责任编辑：王某\n"
    assert normalise(text).endswith("（完）\n责任编辑：王某\n")


def test_a_two_line_heading_is_not_joined_to_what_follows_a_blank_line():
    text = ("引江济淮工程江淮沟通段全线贯通\n约500万人受益\n\n"
            "引江济淮工程项目现场 记者 王某 摄\n")
    out = normalise(text)
    assert "受益\n" in out and "\n引江济淮工程项目现场" in out


@pytest.mark.parametrize("text", [
    "凯岚股份：博远公司拟赴安徽含山建设年产5000吨镁铝合金新材料项目\n\n10月27日，凯岚股份董事会审议通过议案，同意全资子公司投资建设该项目。\n",
    "凯岚股份：博远公司拟赴安徽含山建设年产5000吨镁铝合金新材料项目\n10月27日，凯岚股份董事会审议通过议案，同意全资子公司"
    "博远公司在安徽省马鞍山市含山县投资建设年产5000吨镁、铝合金新材料开发应用项目。\n",
])
def test_a_headline_with_a_colon_is_a_line_of_its_own(text: str):
    assert normalise(text).split("\n")[0] == "凯岚股份：博远公司拟赴安徽含山建设年产5000吨镁铝合金新材料项目"


@pytest.mark.parametrize("text, joined", [
    ("记者从兰州市统计局获悉：今年一季度兰州市地区生产总值\n同比增长6.1%，高于全省平均水平0.3个百分点，经济运行呈现稳中有进的良好态势。\n",
     "记者从兰州市统计局获悉：今年一季度兰州市地区生产总值同比增长6.1%"),
    ("会议强调：要全力以赴抓好重点项目建设和招商\n\n引资工作。\n", "会议强调：要全力以赴抓好重点项目建设和招商引资工作。"),
])
def test_a_first_line_with_a_sentence_s_colon_is_no_headline(text: str, joined: str):
    assert normalise(text).startswith(joined)


def test_a_sentence_broken_across_a_blank_line_is_rejoined():
    text = "我区着力打造先进制造业新高地，夯实经济\n\n“最强底盘”。\n"
    assert "夯实经济“最强底盘”。" in normalise(text)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_projects_name_and_its_place_in_brackets_keep_their_line_with_a_comma_inside(gap: str):
    """A list's lines, each a project's name and its place's note, do not run together across blank lines or none,
    though a name holds a 、 (a line with one reads as a sentence's broken line otherwise)."""
    lines = ["凯岚市晨越纺织有限公司8万锭环锭纺、200台喷气织机项目（凯岚市）",
             "博远科技有限公司汽车发动机缸体缸盖精密加工项目（晨越县）", "凯岚热能综合利用项目（高新区）"]
    text = "项目清单如下。\n\n" + gap.join(lines) + "\n"
    assert [line for line in normalise(text).split("\n") if line][1:] == lines


def test_a_papers_dateline_is_a_line_of_its_own_after_a_two_line_headline():
    text = ("全国第三批专精特新“小巨人”企业名单公示\n凯岚12家企业入选\n凯岚日报　2021年7月20日　第002版：要闻\n\n"
            "本报讯（记者 张明）工信部近日公示了第三批专精特新“小巨人”企业名单，我市12家企业榜上有名。\n")
    assert normalise(text).split("\n")[:2] == ["全国第三批专精特新“小巨人”企业名单公示凯岚12家企业入选",
                                                 "凯岚日报 2021年7月20日 第002版：要闻"]


def test_a_sites_dateline_and_a_line_pointing_below_keep_their_lines():
    text = ("祝贺！凯岚这8家企业入选国家龙头企业\n\n凯岚新闻网 2019-12-11 08:57:54 来源：凯岚新闻联播\n\n"
            "近日，农业农村部公布了第六批农业产业化国家重点龙头企业名单。\n\n一起来看看↓\n\n"
            "第六批农业产业化国家重点龙头企业名单（凯岚）\n\n●博远茶业有限公司\n")
    lines = [line for line in normalise(text).split("\n") if line]
    assert lines[1:3] == ["凯岚新闻网 2019-12-11 08:57:54 来源：凯岚新闻联播", "近日，农业农村部公布了第六批农业产业化国家重点龙头企业名单。"]
    assert lines[3:5] == ["一起来看看↓", "第六批农业产业化国家重点龙头企业名单（凯岚）"]


def test_a_sentence_citing_a_paper_and_a_phase_in_brackets_go_on_on_the_next_line():
    """据某日报 2021年3月5日报道，… is a sentence, no dateline; a phase's note in brackets (（一期）) is no place's."""
    cited = "据凯岚日报 2021年3月5日报道，凯岚纺织有限公司投资建设的年产\n1.2万吨高档面料项目正式投产。\n"
    assert "投资建设的年产1.2万吨高档面料项目正式投产。" in normalise(cited)
    assert not named_line("总投资50亿元的凯岚新材料年产20万吨磷酸铁锂正极材料项目（一期）")
    assert named_line("凯岚纺织有限公司6万锭紧密纺、300台大圆织布机项目（宜城市）")


def test_the_items_of_a_numbered_list_keep_their_lines():
    text = "增补名单如下：\n1. 湖南凯岚特种防护用品有限公司\n2. 湖南博远亦康医疗用品有限公司\n3. 湖南申和科技股份有限公司\n"
    assert normalise(text).split("\n")[1:4] == [
        "1. 湖南凯岚特种防护用品有限公司", "2. 湖南博远亦康医疗用品有限公司", "3. 湖南申和科技股份有限公司"]


def test_items_after_a_colon_that_open_with_a_firm_s_legal_name_keep_their_lines(tmp_path: Path):
    """Read as a file is (normalised, then repaired): neither the joining of wrapped lines nor the layout's repair makes
    one sentence of the items, nor joins the last to the paragraph after the blank line."""
    items = ["上海凯岚环保科技有限公司计划投资电镀园中园项目，总投资4亿元",
             "上海博远科技有限公司拟投资1.5亿元建设废旧动力锂电池回收再利用项目，企业已实地考察新区及产业园，并提交了项目建议书",
             "晨越环境有限公司拟投资10亿元建设电镀产业园项目，企业考察后计划成立合资公司运营电镀产业项目，合资协议正在起草"]
    body = ("今年以来，新区高站位谋划、高标准推进产业园各项工作，园区建设稳妥有序，已成为新区项目建设的一大亮点和新的经济增长点，"
            "产业园已签约入园项目2个，计划总投资4.7亿元。\n"
            "新区相关部门抽调招商精锐力量，围绕报废汽车、电器电子产品和工矿设备的拆解综合利用以及表面处理等方向开展产业研究，"
            "目前已洽谈重点招商线索项目12个，总投资约52亿元。其中：\n")
    path = tmp_path / "a.txt"
    for gap in ("\n\n", "\n"):  # (a paragraph after the last item, past a blank line or not)
        path.write_text("兰州新区某产业园加快建设\n\n" + body + "\n".join(items) + gap + "8月，产业园迎来第一批入驻项目。\n",
                        encoding="utf-8")
        lines = read_document(path).text.split("\n")
        assert all(item in lines for item in items)
        assert "8月，产业园迎来第一批入驻项目。" in lines


@pytest.mark.parametrize("lines, joined", [
    # a line whose clause goes on (…，由) before a firm's name: one item
    (["今年以来全市重点项目建设进展顺利，一批重大产业项目陆续开工建设，",
      "为全年经济平稳增长提供了有力支撑。主要项目如下：",
      "甘肃凯岚新材料有限公司拟投资12亿元建设年产20万吨磷酸铁项目，由",
      "甘肃博远建设工程有限公司负责承建，计划年内建成投产。"],
     "甘肃凯岚新材料有限公司拟投资12亿元建设年产20万吨磷酸铁项目，由甘肃博远建设工程有限公司负责承建，计划年内建成投产。"),
    # a PDF's lines, every one as wide as a full line: the wrapped line goes on, whatever name opens the next
    (["今年以来全市重点项目建设进展顺利，一批重大产业项目陆续开工建设",
      "，为全年经济平稳增长提供了有力支撑。具体情况如下：",
      "青海凯岚阳光发电有限公司联合中国能源建设集团有限公司共同建设光",
      "青海博远电力设计院有限公司承担设计任务，项目总投资八十亿元整。"],
     "青海凯岚阳光发电有限公司联合中国能源建设集团有限公司共同建设光青海博远电力设计院有限公司承担设计任务，项目总投资八十亿元整。"),
])
def test_a_wrapped_line_before_a_firm_s_name_still_goes_on(tmp_path: Path, lines: list[str], joined: str):
    path = tmp_path / "a.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert joined in read_document(path).text


def test_a_byline_between_a_headline_and_a_paragraph_of_the_same_width_keeps_them_apart(tmp_path: Path):
    item = "1. 凯岚晨越环保科技有限公司\n"
    text = ("菏泽10家企业入围2020年度山东省瞪羚、独角兽企业名单\n来源：大众网·海报新闻  2020-12-04\n"
            "山东省工业和信息化厅公示了名单，菏泽市有10家企业榜上有名。菏泽入围企业名单如下：\n" + item * 8 + "下一步，菏泽将持续培育。\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert document.text.startswith("菏泽10家企业入围2020年度山东省瞪羚、独角兽企业名单\n来源：大众网·海报新闻2020-12-04\n山东省")


@pytest.mark.parametrize("text,joined", [
    # a date, 的 and 、 in the short line's open sentence: its run goes on (the headline and the paragraph stay apart)
    ("凯岚县召开三级干部大会\n\n会议指出，过去一年凯岚县坚持项目为王、工业强县，主要经济指标运行在合理区间。\n\n"
     "2022 年，凯岚县的博远钢\n构、晨越食品等一批本地企业陆续建设新项目、实施技术改造，带动了大量就业。\n", "博远钢构、晨越食品"),
    # an opener (其中，) or a place (在某区，) before the clause mark
    ("凯岚县重点项目集中开工\n\n10 月 26 日，凯岚县举行重点项目集中开工仪式。\n其中，博远联兴迁\n建项目计划总投资 1.8 亿元，占地 60 亩。\n",
     "博远联兴迁建项目"),
    ("凯岚高新区项目建设提速\n\n今年以来，凯岚高新区重点项目建设全面提速，一批项目相继投产。\n在凯岚高新区，华星\n光电第8.5代液晶面板项目已实现量产，"
     "年产值超过百亿元。\n", "华星光电第8.5代"),
])
def test_a_short_line_broken_inside_a_sentences_run_goes_on_with_the_next(text: str, joined: str):
    out = normalise(text)
    assert joined in out and out.startswith(text.split("\n")[0] + "\n\n")


def test_the_short_lines_of_a_narrow_column_are_left_to_the_repair():
    text = ("标题\n\n凯岚水资源配置工程是重\n庆市历史上投资最大、涉及面最\n广、受益人口最多的民生水\n利工程，主要由东干线组成。\n")
    assert normalise(text).count("\n") == text.count("\n")


def test_headings_credits_and_rows_with_a_comma_keep_their_lines():
    text = ("凯岚县工作报告\n\n聚焦招大引强，项目建设提速\n凯岚长鑫存储技术有限公司二期项目落户本县，总投资150亿元。\n"
            "本报记者 刘洋，通讯员 张敏\n博远集团年产50万吨EVA项目近日在石化产业基地开工建设，总投资100亿元。\n")
    out = normalise(text)
    assert "提速\n凯岚长鑫" in out and "张敏\n博远集团" in out


def test_the_last_item_of_a_numbered_list_keeps_its_line_before_a_sentence_about_the_items(tmp_path: Path):
    items = ["1. 浙江凯岚湾区股份有限公司村级抱团项目", "2. 凯岚市博远家纺有限公司新建厂房项目",
             "3. 凯岚市临杭新区建设投资有限公司新建新月路项目"]
    body = ("1月29日，凯岚市“走项目送服务增效率”专项行动项目集中开工仪式在晨越镇举行，会场设在一处新建厂房前，\n"
            "参加仪式的有市领导、各镇街道负责人和项目单位代表，开工的项目共有三个，现将名单公布如下：\n")
    path = tmp_path / "a.txt"
    path.write_text("凯岚3个项目集中开工\n\n" + body + "\n".join(items) + "\n上述项目合计投资12.2亿元，用地270余亩，均位于晨越镇。\n",
                    encoding="utf-8")
    lines = read_document(path).text.split("\n")
    assert items[-1] in lines and "上述项目合计投资12.2亿元，用地270余亩，均位于晨越镇。" in lines
