"""Relation rules, one cue or structure at a time, on sentences we wrote."""
from __future__ import annotations

from helpers import relations


def test_selected_as_for_each_member_of_a_list(nlp):
    found = relations(nlp, "蓝海机电、恒瑞线缆、金鹰重工等12家企业入选省级制造业领军企业。")
    assert {(c, "selectedAs", "省级制造业领军企业") for c in ("蓝海机电", "恒瑞线缆", "金鹰重工")} <= found


def test_selected_as_in_clauses_of_one_sentence(nlp):
    text = "凯迪电子入选第五批专精特新“小巨人”企业名单，云途科技获评湖北省瞪羚企业。"
    found = relations(nlp, text)
    assert ("凯迪电子", "selectedAs", "第五批专精特新“小巨人”企业名单") in found
    assert ("云途科技", "selectedAs", "湖北省瞪羚企业") in found
    assert ("凯迪电子", "selectedAs", "湖北省瞪羚企业") not in found


def test_selected_as_through_an_anaphor(nlp):
    text = "杭州海辰储能科技有限公司成立于2017年。该公司先后荣获“国家高新技术企业”等称号。"
    assert ("杭州海辰储能科技有限公司", "selectedAs", "国家高新技术企业") in relations(nlp, text)


def test_selected_as_with_a_copula(nlp):
    text = "星海新材是一家专注薄膜材料的国家级专精特新“小巨人”企业。"
    assert any(r[1] == "selectedAs" and r[2] == "国家级专精特新“小巨人”企业" for r in relations(nlp, text))


def test_a_region_selected_as_a_pilot(nlp):
    found = relations(nlp, "绍兴市入选第二批国家产融合作试点城市。")
    assert ("绍兴市", "selectedAs", "第二批国家产融合作试点城市") in found


def test_located_in_after_wei_yu_de(nlp):
    found = relations(nlp, "位于武汉东湖新技术开发区的光谷星辰科技有限公司扩建厂房。")
    assert ("光谷星辰科技有限公司", "locatedIn", "武汉东湖新技术开发区") in found


def test_located_in_for_a_park_and_its_bracketed_park(nlp):
    text = "位于西部（成都）科学城新津片区（天府工业园）的蓉欧科技有限公司迎来喜事。"
    found = relations(nlp, text)
    assert ("蓉欧科技有限公司", "locatedIn", "西部（成都）科学城新津片区") in found
    assert ("蓉欧科技有限公司", "locatedIn", "天府工业园") in found


def test_located_in_when_a_project_starts_in_a_park(nlp):
    text = "10月8日，年产10万吨锂电池正极材料项目在鄂州临空经济区开工。"
    assert ("年产10万吨锂电池正极材料项目", "locatedIn", "鄂州临空经济区") in relations(nlp, text)


def test_located_in_for_a_list_that_settles_somewhere(nlp):
    found = relations(nlp, "银河光电、华星新材等企业纷纷“落户”昆山。")
    assert {("银河光电", "locatedIn", "昆山"), ("华星新材", "locatedIn", "昆山")} <= found


def test_located_in_for_a_park_directly_before_a_project(nlp):
    text = "在省级十强榜单中，泾河工业园秦川动力年产3万台电机项目位列第一。"
    assert ("秦川动力年产3万台电机项目", "locatedIn", "泾河工业园") in relations(nlp, text)


def test_park_inside_a_park(nlp):
    text = "南沙还在广州南沙产业园的“园中园”——广州智能网联汽车产业园上下足功夫。"
    assert ("广州智能网联汽车产业园", "locatedIn", "广州南沙产业园") in relations(nlp, text)


def test_developed_by_when_the_company_names_the_project(nlp):
    found = relations(nlp, "恒瑞线缆年产5万吨特种电缆项目顺利投产。")
    assert ("恒瑞线缆年产5万吨特种电缆项目", "developedBy", "恒瑞线缆") in found


def test_developed_by_when_the_full_name_stands_before_the_project(nlp):
    # the project's name opens with its developer's full name (as GUIDELINES' gold writes it)
    found = relations(nlp, "江苏恒力化纤股份有限公司功能性纤维项目正在加紧建设。")
    assert ("江苏恒力化纤股份有限公司功能性纤维项目", "developedBy", "江苏恒力化纤股份有限公司") in found


def test_developed_by_with_an_investment_cue(nlp):
    text = "由成都芯辰半导体有限公司投资建设的12英寸功率芯片生产线项目预计明年投产。"
    assert ("12英寸功率芯片生产线项目", "developedBy", "成都芯辰半导体有限公司") in relations(nlp, text)


def test_developed_by_across_an_alias_bracket(nlp):
    text = "苏州瑞泰新材料科技有限公司（以下简称“瑞泰新材”）年产5万吨复合材料项目开工。"
    assert ("年产5万吨复合材料项目", "developedBy", "苏州瑞泰新材料科技有限公司") in relations(nlp, text)


def test_no_relation_between_unrelated_clauses(nlp):
    text = "苏州工业园区今年产值增长8%，华星新材发布了新产品。"
    assert not any(r[1] == "locatedIn" for r in relations(nlp, text))


def test_a_place_counting_companies_is_not_the_subject(nlp):
    found = relations(nlp, "东莞12家企业获评国家级绿色工厂。")
    assert not any(r[1] == "selectedAs" and r[0] == "东莞" for r in found)


def test_anaphor_at_the_start_of_a_clause(nlp):
    text = "恒铄精密模具有限公司通过余热回收改造节约标准煤，该公司此前已被认定为国家高新技术企业。"
    assert ("恒铄精密模具有限公司", "selectedAs", "国家高新技术企业") in relations(nlp, text)


def test_possessive_qi_before_a_project(nlp):
    text = "寿光晟禾新材料有限公司今年初搬迁至央子片区，其年产5万吨电解液添加剂项目同步建成投产。"
    assert ("年产5万吨电解液添加剂项目", "developedBy", "寿光晟禾新材料有限公司") in relations(nlp, text)


def test_alias_bracket_before_an_investment_cue(nlp):
    text = "山东鲁沃新材料科技有限公司（以下简称“鲁沃新材”）投资建设的年产20万吨高性能聚酰胺项目投产。"
    found = relations(nlp, text)
    assert ("年产20万吨高性能聚酰胺项目", "developedBy", "山东鲁沃新材料科技有限公司") in found


def test_a_place_frame_at_the_start_of_a_sentence(nlp):
    text = "在航空港区北部，豫显光电新型显示模组项目主体结构已封顶。"
    assert ("豫显光电新型显示模组项目", "locatedIn", "航空港区") in relations(nlp, text)


def test_a_park_in_a_region_joined_by_de(nlp):
    text = "锦和医疗、青禾生物则扎根双流区的成都天府国际生物城，深耕医疗器械领域。"
    found = relations(nlp, text)
    assert ("成都天府国际生物城", "locatedIn", "双流区") in found
    assert ("锦和医疗", "locatedIn", "成都天府国际生物城") in found


def test_a_park_after_a_region_and_a_position_word(nlp):
    found = relations(nlp, "位于潍坊市北部沿海的潍坊滨海化工产业园，被认定为山东省首批化工园区。")
    assert ("潍坊滨海化工产业园", "locatedIn", "潍坊市") in found


def test_at_with_a_time_word_between(nlp):
    text = "由武汉曜芯光电科技有限公司投资建设的光模块产业化基地项目当天在光谷未来科技城开工。"
    found = relations(nlp, text)
    assert ("光模块产业化基地项目", "locatedIn", "光谷未来科技城") in found
    assert ("光模块产业化基地项目", "developedBy", "武汉曜芯光电科技有限公司") in found


def test_a_place_frame_carries_to_the_next_sentence_of_its_paragraph(nlp):
    text = "而在泾河工业园，新能源产业正成为新的增长点。走进西安秦岭储能科技有限公司，生产线满负荷运转。\n下一段另起话题，长安星箭科技有限公司发布新品。"
    found = relations(nlp, text)
    assert ("西安秦岭储能科技有限公司", "locatedIn", "泾河工业园") in found
    assert ("长安星箭科技有限公司", "locatedIn", "泾河工业园") not in found


def test_located_in_for_a_company_inside_a_place_chain_and_the_one_after_it(nlp):
    text = "记者在位于合川高新区玉龙集团的重庆宏锐汽车零部件有限公司车间看到，工人们正加紧生产。"
    found = relations(nlp, text)
    assert {("玉龙集团", "locatedIn", "合川高新区"), ("重庆宏锐汽车零部件有限公司", "locatedIn", "合川高新区")} <= found


def test_a_published_list_and_the_members_named_after_it(nlp):
    text = ("工业和信息化部公布第六批专精特新“小巨人”企业名单，苏州工业园区的澄锐精密、纳灏半导体等9家企业榜上有名。"
            "启源科技、博拓传感也名列其中。")
    found = relations(nlp, text)
    for company in ("澄锐精密", "纳灏半导体", "启源科技", "博拓传感"):
        assert (company, "selectedAs", "第六批专精特新“小巨人”企业名单") in found


def test_a_back_cue_picks_the_nearest_program_of_the_subjects_kind(nlp):
    text = ("全市12家企业获评国家级绿色工厂，1家园区入选国家级绿色工业园区。"
            "区内的朗晖光电、铂川电池3家企业上榜。")
    found = relations(nlp, text)
    assert ("朗晖光电", "selectedAs", "国家级绿色工厂") in found
    assert ("朗晖光电", "selectedAs", "国家级绿色工业园区") not in found


def test_inside_the_park_named_last(nlp):
    text = "从区域看，松山湖高新区表现抢眼，区内的朗晖光电、铂川电池3家企业上榜。"
    found = relations(nlp, text)
    assert {("朗晖光电", "locatedIn", "松山湖高新区"), ("铂川电池", "locatedIn", "松山湖高新区")} <= found


def test_a_region_is_never_located_in_another(nlp):
    found = relations(nlp, "宁波市北仑区的甬港物流、四明精密等企业入选浙江省“雄鹰行动”培育企业名单。")
    assert ("甬港物流", "locatedIn", "宁波市北仑区") in found  # the district, named with its city
    assert not [t for t in found if t[0] in ("北仑区", "宁波市北仑区", "宁波市")]


def _on_names(text: str, names: list[tuple[str, str]]) -> set[tuple[str, str, str]]:
    """The relation stage alone, on the names (first occurrences) the entity stage should find."""
    from kg.extract.relations import RelationFinder
    from kg.extract.rules import load_rules
    from kg.extract.text import sentence_spans
    from kg.model import Mention

    mentions = sorted(Mention(text.index(n), text.index(n) + len(n), label, "") for n, label in names)
    return {(text[r.head.start:r.head.end], r.relation, text[r.tail.start:r.tail.end])
            for r in RelationFinder(load_rules()).find(text, sentence_spans(text), mentions, [])}


def test_developers_after_a_descriptor_and_with_aliases():
    text = "此次开工的滨江数智园项目，由滨江区属国企杭州凯岚投资集团有限公司（以下简称“凯岚集团”）和浙江博远城市投资控股有限公司合作开发。"
    found = _on_names(text, [("滨江数智园项目", "Project"), ("杭州凯岚投资集团有限公司", "Company"),
                             ("凯岚集团", "Company"), ("浙江博远城市投资控股有限公司", "Company")])
    assert ("滨江数智园项目", "developedBy", "杭州凯岚投资集团有限公司") in found
    assert ("滨江数智园项目", "developedBy", "浙江博远城市投资控股有限公司") in found


def test_the_owner_of_a_project_and_a_certification_passed():
    text = "年产10GWh储能电池项目业主为浙江凯岚新能源科技有限公司。该公司顺利通过国家级绿色工厂认定。"
    found = _on_names(text, [("年产10GWh储能电池项目", "Project"), ("浙江凯岚新能源科技有限公司", "Company"),
                             ("国家级绿色工厂", "Program")])
    assert ("年产10GWh储能电池项目", "developedBy", "浙江凯岚新能源科技有限公司") in found
    assert ("浙江凯岚新能源科技有限公司", "selectedAs", "国家级绿色工厂") in found
