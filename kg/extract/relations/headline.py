"""What a report is about, as its headline names it: the place (or the list) that the things the text names and
relates nowhere else belong to (scope `last`, read once per document after every other pattern)."""
from __future__ import annotations

import re
from typing import Iterable

from kg.extract.relations.sentence import PLACES, Shape
from kg.extract.text import clause_start, count_value, headline_span, sentence_end
from kg.model import Mention, Relation
from kg.schema import COMPANY, DEVELOPED_BY, REGION


PLACE_SUBJECT_REACH = 16  # how far after the place the headline's program may start (获评贵州省促进…)
AGENT_REACH = 40  # characters before a firm read for what it builds (这是一个专业性工业园区，由A和B共同投资开发)
COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)\s*[家户个]")  # a count of the members a sentence states


class HeadlineTopic(Shape):
    """盐城经开区打造新能源汽车产业高地 (headline) … 华人运通、摩比斯等企业相继落地: a report whose headline (a first line
    of the shape `headline`, with more after it) names one thing of the tail's types (of the first type in the
    pattern's `order` that it names, and one name of it) is about that thing. What the text names of the head's types
    that no other pattern relates so, in a sentence that names nothing else of the tail's types, is related to it: a
    guess from the document's shape, with the pattern's (low) confidence. Left alone: a short name whose full name
    (or a full name whose short name) is related already, a company that develops a project (`skip_developers`: an
    investor, often from elsewhere), one named as an owner or employer (`not_followed_by`: 某集团的上下游企业,
    某集团董事长), one named anywhere as a parent (`parent_of`: 永兴特钢子公司在宜丰投建…) or listed as a firm's
    holding (`holdings`: 某公司共有参股公司21家，其中包括A、B), one the headline says builds at its place
    (`builds_there_before`/`_after`: 东方雨虹拟投资20亿元在科左后旗建设…, an investor; `invests_after`: A、B分别投资…), what is
    still in talks (`talks_after`: A、B等项目正在对接洽谈), a firm's
    clients and partners (`client_after`,
    `served_before`/`_after`: A、B都是该公司的合作伙伴, 为A、B等整车企业配套), one named after a country abroad (`from_abroad`:
    芬兰某某公司), the partners of the place's deal (`partner_before`:
    还和A、B等企业签约; and every firm when the headline names the place after such a word: A、B两家湘企与某县签约).
    No guess at all when the text names more of them than the headline counts (`headline_count`: 济源1家企业入选…);
    none for what the sentence takes away (`withdrawn`: 被撤销某称号的共2家，即A和B, until a word of selecting after
    it: `withdrawn_until`); when the
    topic is followed by what it is itself (`topic_not_followed_by`: 某边合区入选…), is a program for places
    (`place_tail`), a province (`not_topic`: 辽宁省表彰…, where a list comes from) or a region that commends
    (`giver_after`: 绍兴通报表扬…; not a park, 某高新区表彰…), or a place before the cue is the
    one selected (`place_subject`). A group named on its own (`group_alone`: 金鹰集团旗下…, 伊利集团在我县追加投资…) is an investor or a parent from elsewhere; the groups a
    place has drawn in are listed (吸引A集团、B集团落户; an item of a numbered list, `list_item`) or selected (某集团被列为…)."""
    scope = "last"
    options = ("headline", "order", "skip_developers", "not_followed_by", "topic_not_followed_by", "headline_count",
               "partner_before", "place_tail", "group_alone", "list_item", "place_subject", "not_topic", "giver_after", "withdrawn",
               "withdrawn_until", "parent_of", "holdings", "after_stated", "from_elsewhere", "from_abroad",
               "builds_there_before", "builds_there_after", "invests_after", "talks_after", "client_after", "owned_above", "served_before", "served_after",
               "agent_before", "agent_after")
    word_lists = ("place_tails",)

    def __init__(self, pattern, others):
        super().__init__(pattern, others)
        self.headline = pattern.regex("headline")
        self.not_followed_by = pattern.regex("not_followed_by") if "not_followed_by" in pattern.values else None
        self.parent_of = pattern.regex("parent_of") if "parent_of" in pattern.values else None
        self.holdings = pattern.regex("holdings") if "holdings" in pattern.values else None
        self.from_abroad = pattern.regex("from_abroad") if "from_abroad" in pattern.values else None
        # A、B都是该公司的合作伙伴, 为A、B等整车企业配套: a firm's clients and partners
        self.client_after = pattern.regex("client_after", "(?!)")
        self.invests_after = pattern.regex("invests_after", "(?!)")  # A、B和C分别投资15亿元、12亿元和10亿元: investors
        self.talks_after = pattern.regex("talks_after", "(?!)")  # A、B等项目正在对接洽谈: not there yet
        self.owned_above = pattern.regex("owned_above", "(?!)")  # 分属A、B等省属重点企业: owned by a province or the state
        self.served_before, self.served_after = pattern.regex("served_before", "(?!)"), pattern.regex("served_after", "(?!)")
        # 这是一个…园区，由A和B共同投资开发: the firms that build or run what the text describes, of anywhere
        self.agent_before, self.agent_after = pattern.regex("agent_before", "(?!)"), pattern.regex("agent_after", "(?!)")
        # 东方雨虹拟投资20亿元在科左后旗建设… (headline): an investor in the topic, from elsewhere
        self.builds_there_before = pattern.regex("builds_there_before", "(?!)")
        self.builds_there_after = pattern.regex("builds_there_after", "(?!)")
        # 娄底经开区等纳入…计划: a member of what the headline announces is no place of the rest
        self.topic_not_followed_by = (pattern.regex("topic_not_followed_by")
                                      if "topic_not_followed_by" in pattern.values else None)
        # 济源1家企业入选… (headline): the text names more firms than the headline counts, and which are the place's
        # it does not say
        self.headline_count = pattern.regex("headline_count") if "headline_count" in pattern.values else None
        # 还和A、B等企业签下合作协议: partners of the place's deal, not firms of the place
        self.partner_before = pattern.regex("partner_before") if "partner_before" in pattern.values else None
        # 博乐边合区入选自治区绿色工业园区 (headline): a program for places is none of the firms' the text names
        self.place_tail = pattern.regex("place_tail") if "place_tail" in pattern.values else None
        self.group_alone = pattern.regex("group_alone") if "group_alone" in pattern.values else None
        self.list_item = pattern.regex("list_item") if "list_item" in pattern.values else None
        # 某经开区获评某省先进单位 (headline): the place before the cue is the one selected
        self.place_subject = pattern.regex("place_subject") if "place_subject" in pattern.values else None
        self.not_topic = pattern.regex("not_topic") if "not_topic" in pattern.values else None  # 辽宁省表彰…
        self.giver_after = pattern.regex("giver_after") if "giver_after" in pattern.values else None  # 绍兴通报表扬…
        # 被撤销某某称号的共2家，即A和B: what the sentence takes away from its members
        self.withdrawn = pattern.regex("withdrawn") if "withdrawn" in pattern.values else None
        # …取消1家企业资格，新认定A、B: a word of selecting after the withdrawal gives the members it names
        self.withdrawn_until = pattern.regex("withdrawn_until") if "withdrawn_until" in pattern.values else None

    def find_last(self, text: str, mentions: list[Mention], nested: list[Mention], found: list[Relation],
                  sentence_of, named_in_names: list[Relation] = ()) -> list[Relation]:
        """`named_in_names`: the places things' names open with (桐柏县某某项目); under a headline's region, which may hold
        them, such a thing is placed by its name, no guess (not under a park's headline: 南阳高新区…, 卧龙区某某项目 is in
        the park)."""
        p = self.pattern
        topic = self._topic(text, mentions)
        if topic is None:
            return []
        topic_name = text[topic.start:topic.end]
        if self.place_tail is not None and self.place_tail.search(topic_name):
            return []
        if self.not_topic is not None and self.not_topic.search(topic_name):
            return []
        if self.giver_after is not None and topic.label == REGION and self.giver_after.match(text, topic.end):
            return []  # (绍兴通报表扬…: a place that commends gives the list; not 某高新区表彰…)
        if self.place_subject is not None and any(
                m.label in PLACES and m.end <= topic.start <= m.end + PLACE_SUBJECT_REACH
                and self.place_subject.match(text, m.end, topic.start) for m in mentions):
            return []
        placed = list(found) + (list(named_in_names) if topic.label == REGION else [])
        related = Related((r.head.label, text[r.head.start:r.head.end]) for r in placed if r.relation == p.relation)
        if p.value("skip_developers", False):
            related.update((r.tail.label, text[r.tail.start:r.tail.end]) for r in found if r.relation == DEVELOPED_BY)
        from_elsewhere = set(p.value("from_elsewhere", [])) if self.gazetteer is not None else set()
        others = {sentence_of(m.start) for m in mentions
                  if m.label in p.tail and m.rule != "anaphor" and text[m.start:m.end] != topic_name}
        out = []
        partners = self._partners(text, mentions)
        heads = {r.head for r in found}  # (a group some pattern relates, 某集团被列为…, is no group named in passing)
        # 盐津铺子、神力胶业两家湘企与修水县签约 (headline): the firms are the place's partners, from elsewhere
        firms_are_partners = self.partner_before is not None and self.partner_before.search(
            text, max(0, topic.start - 2), topic.start) is not None
        # 大庄园、元盛等一批龙头企业相继落户… before A等31家企业被确定为P: what the text says before it names the topic
        # again and states its members is background
        stated = [sentence_of(r.head.start) for r in found if r.relation == p.relation and r.tail.label == topic.label
                  and text[r.tail.start:r.tail.end] == topic_name and r.head.label in p.head
                  and COUNTED.search(text, r.head.end, r.tail.start)]  # (A等31家企业被确定为P: the members counted)
        named = [sentence_of(m.start) for m in mentions if m.start > topic.end and text[m.start:m.end] == topic_name]
        first_stated = min(stated) if stated and named and p.value("after_stated", False) else -1
        first_named = min(named, default=-1)
        not_guessed = {text[m.start:m.end] for m in mentions if self._builds_there(text, m, topic)
                       or (m.label == COMPANY and self.invests_after.match(text, m.end)) or self.talks_after.match(text, m.end)}
        parents = {text[m.start:m.end] for m in mentions if m.label == COMPANY and self.parent_of is not None
                   and self.parent_of.match(text, m.end)}
        # 某公司共有参股公司21家，其中包括A、B: the firms a company holds, listed after it, are of anywhere
        holdings = {sentence_of(h.end() - 1): h.end() for h in self.holdings.finditer(text)} if self.holdings else {}
        for m in mentions:
            name = text[m.start:m.end]
            if m.label not in p.head or m.rule == "anaphor" or name == topic_name or sentence_of(m.start) in others \
                    or name in parents or holdings.get(sentence_of(m.start), m.end) <= m.start \
                    or related.holds(m.label, name) or self._owner_or_employer(text, m) or m in partners \
                    or (m.label == COMPANY and (self._trade_partner(text, m) or self._owned_above(text, m, topic_name))) \
                    or (m not in heads and self._group_alone(text, m)) or (firms_are_partners and m.label == COMPANY) \
                    or self._withdrawn(text, m) or sentence_of(m.start) < min(first_stated, first_named) \
                    or name in not_guessed \
                    or (m.label in from_elsewhere and self.gazetteer.apart(name, topic_name, written_out=True)) \
                    or (m.label == COMPANY and self.from_abroad is not None and self.from_abroad.match(name)
                        and not self.gazetteer.region_re.search(name)):  # (not 德国某某（长沙）有限公司: a subsidiary here)
                continue
            related.update([(m.label, name)])
            out.append(p.relation_of(m, topic, sentence_of(m.start)))
        return [] if self._more_than_counted(text, out) else out

    def _more_than_counted(self, text: str, guesses: list[Relation]) -> bool:
        if self.headline_count is None:
            return False
        lead, line_end = headline_span(text)
        counted = self.headline_count.search(text, lead, line_end)
        value = count_value(counted.group(1)) if counted else None
        # (家 counts firms: the projects the text names besides are not among them)
        return value is not None and len({text[r.head.start:r.head.end] for r in guesses if r.head.label == COMPANY}) > value

    def _partners(self, text: str, mentions: list[Mention]) -> set[Mention]:
        """The members of lists (A、B、C) that a word of partnership opens (和A、B等企业签约)."""
        if self.partner_before is None:
            return set()
        partners: set[Mention] = set()
        opened = False
        for previous, m in zip([None, *mentions], mentions):
            if previous is None or text[previous.end:m.start] != "、":
                word = self.partner_before.search(text, max(0, m.start - 2), m.start)
                # (A、B和C: 和 joins the list's last member, it opens no list of partners)
                opened = word is not None and (previous is None or previous.end < word.start()
                                               or previous.label != m.label)
            if opened:
                partners.add(m)
        return partners

    def _group_alone(self, text: str, m: Mention) -> bool:
        if self.group_alone is None or not self.group_alone.search(text, m.start, m.end):
            return False
        line_start = text.rfind("\n", 0, m.start) + 1
        listed = "、" in (text[m.start - 1:m.start], text[m.end:m.end + 1]) or (
            self.list_item is not None and self.list_item.fullmatch(text, line_start, m.start) is not None)
        return not listed

    def _withdrawn(self, text: str, m: Mention) -> bool:
        if self.withdrawn is None:
            return False
        sentence_start = max(text.rfind(end, 0, m.start) for end in "。；\n") + 1
        withdrawals = list(self.withdrawn.finditer(text, sentence_start, m.start))
        if not withdrawals:  # A等18家企业…，被取消资格: the withdrawal after the members, in their sentence, done to them
            after = self.withdrawn.search(text, m.end, sentence_end(text, m.end))
            return after is not None and text[after.start() - 1:after.start()] == "被" and not (
                self.withdrawn_until is not None and self.withdrawn_until.search(text, m.end, after.start()))
        return not (self.withdrawn_until is not None and self.withdrawn_until.search(
            text, withdrawals[-1].end(), m.start))

    def _builds_there(self, text: str, m: Mention, topic: Mention) -> bool:
        """东方雨虹拟投资20亿元在科左后旗建设… (headline): a firm that builds at the topic, an investor from elsewhere."""
        return m.label == COMPANY and m.end <= topic.start and self.builds_there_before.fullmatch(
            text, m.end, topic.start) is not None and self.builds_there_after.match(text, topic.end) is not None

    def _owned_above(self, text: str, m: Mention, topic_name: str) -> bool:
        """分属A、B等省属重点企业: a firm a province or the state owns, of anywhere (not 国网宁远县供电公司: the place's branch;
        nor one the sentence says builds in the place)."""
        return self.owned_above.match(text, m.end) is not None and topic_name not in text[m.start:m.end] and \
            f"在{topic_name}" not in text[m.end:sentence_end(text, m.end)]  # (均为省属国有企业，将在宁远县投资建设…: there too)

    def _owner_or_employer(self, text: str, m: Mention) -> bool:
        return self.not_followed_by is not None and self.not_followed_by.match(text, m.end) is not None

    def _trade_partner(self, text: str, m: Mention) -> bool:
        """A、B都是该公司的合作伙伴, 主要为A、B等整车企业配套, 由A和B共同投资开发: a firm's partner, client or customer, or
        the builder of what the text describes, of anywhere."""
        if self.client_after.match(text, m.end):
            return True
        before = clause_start(text, 0, m.start)
        return self.served_before.search(text, before, m.start) is not None and self.served_after.match(text, m.end) is not None \
            or self.agent_before.search(text, max(0, m.start - AGENT_REACH), m.start) is not None \
            and self.agent_after.match(text, m.end) is not None  # (这是一个…园区，由A: the park in the clause before)

    def _topic(self, text: str, mentions: list[Mention]) -> Mention | None:
        lead, line_end = headline_span(text)
        if line_end == len(text.rstrip()) or not self.headline.fullmatch(text, lead, line_end):
            return None  # one line, or a first line that is a sentence: no headline
        titled = [m for m in mentions if lead <= m.start and m.end <= line_end and m.rule != "anaphor"]
        for label in self.pattern.value("order", sorted(self.pattern.tail)):
            names = {text[m.start:m.end]: m for m in titled if m.label == label}
            if names:
                topic = next(iter(names.values())) if len(names) == 1 else None
                if topic is not None and self.topic_not_followed_by is not None and \
                        self.topic_not_followed_by.match(text, topic.end):
                    return None
                return topic
        return None


class Related:
    """The names related already, by type, and `holds`: whether a name, or a longer or shorter name of that type
    (长安星箭 of 长安星箭科技有限公司), is among them. Only the names that share characters with it are tried (a long
    report relates thousands)."""

    def __init__(self, names: Iterable[tuple[str, str]] = ()) -> None:
        self.names: set[tuple[str, str]] = set()
        self.holding: dict[tuple[str, str], list[str]] = {}  # (type, character) -> the names holding it
        self.opening: dict[tuple[str, str], list[str]] = {}  # (type, character) -> the names opening with it
        self.update(names)

    def update(self, names: Iterable[tuple[str, str]]) -> None:
        for label, name in names:
            if (label, name) not in self.names:
                self.names.add((label, name))
                for character in set(name):
                    self.holding.setdefault((label, character), []).append(name)
                self.opening.setdefault((label, name[0]), []).append(name)

    def holds(self, label: str, name: str) -> bool:
        # a name holding this one holds each of its characters; one held in it opens with one of them
        characters = set(name)
        holding = min((self.holding.get((label, c), ()) for c in characters), key=len)
        return any(name in other for other in holding) or any(
            other in name for c in characters for other in self.opening.get((label, c), ()))
