"""Stage 2: the spaCy pipeline. Documents in, extractions out.

`build_nlp()` makes a blank `zh` Language from `kg/extract/config.cfg`, with our
character tokenizer (`kg.char_tokenizer.v1`) and three registered components:

- `kg_sentences` sets sentence starts (`doc.sents`),
- `kg_entities` sets `doc.ents` (labels: the entity types of `kg.schema`),
  `doc.spans["kg_nested"]` (company names inside a project's
  name), `doc.spans["kg_name_regions"]` (label Region: the region a park's or a
  project's name opens with, 莒南县 in 莒南县某某不锈钢项目, 澧县 in 常德市澧县高新区),
  `doc.spans["kg_member_programs"]` (programs of projects, kinds counted) and `doc._.kg_aliases`,
- `kg_relations` sets `doc._.kg_relations`, a list of `kg.extract.relations.Relation`. Its
  `nested` mentions are `kg_nested` and `kg_name_regions` together: a pattern of shape
  `name_in_name` with tail `Region` reads where a park or a project is from its name's opening
  region. A region of `kg_name_regions` is no entity of the graph unless a relation reaches it
  (`to_extraction`): inside a name it is optional (guidelines). Nor is a program of `kg_member_programs` (a
  program of projects, 省重点项目, or one counted, 省级企业技术中心22家) unless a relation selects something into it:
  without one the text counts holders of a kind (5个项目列入省重点项目) and names no list's members.

`extract()` runs documents through the pipeline and turns each Doc into a plain,
picklable `Extraction` for the resolution stage.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import EntityFinder
from kg.extract.relations import RelationFinder
from kg.extract.relations.learned import LearnedRelations
from kg.extract.rules import Rules, load_rules
from kg.extract.text import sentence_spans
from kg.ingest.read import MAX_DOCUMENT_CHARS, Document
from kg.model import Extraction, Fact, Mention, NamedMention
from kg.timing import StageTimes

CONFIG = Path(__file__).with_name("config.cfg")

for _name in ("kg_relations", "kg_aliases"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

TEXT_KEY = "kg_text"  # doc.user_data key of the document's text
SENTENCES_KEY = "kg_sentences"  # doc.user_data key of its sentences' (start, end) characters
TOKEN_STARTS_KEY = "kg_token_starts"  # doc.user_data key of its tokens' first characters
ENTITIES_KEY = "kg_entity_offsets"  # doc.user_data key of its entities' (start, end, label)


@spacy.registry.tokenizers("kg.char_tokenizer.v1")
def create_char_tokenizer() -> Callable[[Language], "CharTokenizer"]:
    return lambda nlp: CharTokenizer(nlp.vocab)


class CharTokenizer:
    """The tokens of spaCy's blank `zh` tokenizer (segmenter "char"), found in one pass.

    One token per character; a single space after a character is its trailing
    white space, and any other run of white space is a token. spaCy aligns its
    characters with the text by slicing the rest of the text once per character,
    which grows with the square of a document's length (a 400,000-character
    report took 1.9 s, against 0.02 s for 25,000 characters).
    """

    WHITE_SPACE = re.compile(r"\s+")

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self.orths = WordIds(vocab)

    def __call__(self, text: str) -> Doc:
        try:
            doc = Doc(self.vocab, *self.tokens(text))
        except KeyError:  # the vocabulary's strings were loaded anew since the ids were kept
            self.orths = WordIds(self.vocab)
            doc = Doc(self.vocab, *self.tokens(text))
        doc.user_data[TEXT_KEY] = text  # the text the tokens join to, kept for doc_text
        return doc

    def tokens(self, text: str) -> tuple[list[int], list[bool]]:
        """The ids of the words and their spaces by the class's rule: every character's id at once, then a step
        per run of white space (not a step per character)."""
        ids = self.orths.of_characters(text)
        words: list[int] = []
        spaces: list[bool] = []
        position = 0
        for white in self.WHITE_SPACE.finditer(text):
            start, end = white.span()
            words += ids[position:start]
            spaces += [False] * (start - position)
            if text[start] == " " and words:  # white space after a character: a single space is that character's
                spaces[-1] = True
                start += 1
            if start < end:
                words.append(self.orths[text[start:end]])
                spaces.append(False)
            position = end
        words += ids[position:]
        spaces += [False] * (len(text) - position)
        return words, spaces

    # nothing to save: the tokenizer has no settings or data of its own
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "CharTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "CharTokenizer":
        return self


class WordIds(dict):
    """word → its id in the vocabulary's strings, added on first sight. Doc takes the ids: given the words, it hashes
    each one (a character here) to find its lexeme, which took most of the tokenizer's time."""

    def __init__(self, vocab) -> None:
        super().__init__()
        self.strings = vocab.strings
        # the ids of the characters of the Basic Multilingual Plane seen so far, by code point (0: not seen), and one
        # more place that stays 0 for every character beyond it
        self.table = numpy.zeros(WIDE + 1, dtype="uint64")

    def __missing__(self, word: str) -> int:
        orth = self[word] = self.strings.add(word)
        return orth

    def of_characters(self, text: str) -> list[int]:
        """The id of each of the text's characters, looked up in the table at once (not a step per character)."""
        codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="uint32")
        ids = self.table[numpy.minimum(codes, WIDE)]
        unseen = numpy.flatnonzero(ids == 0)
        if len(unseen):
            ids[unseen] = numpy.array([self.character_id(code) for code in codes[unseen].tolist()], dtype="uint64")
        return ids.tolist()

    def character_id(self, code: int) -> int:
        orth = self[chr(code)]
        if code < WIDE:
            self.table[code] = orth
        return orth


WIDE = 0x10000  # the first code point beyond the Basic Multilingual Plane


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once: spaCy joins it token by token (one per character here) at every access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each of `doc.sents`, found once: spaCy makes the spans anew at every access
    (the relations read them, then the extraction record)."""
    offsets = doc.user_data.get(SENTENCES_KEY)
    if offsets is None:
        offsets = doc.user_data[SENTENCES_KEY] = [(s.start_char, s.end_char) for s in doc.sents]
    return offsets


def entity_offsets(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label_) of each of `doc.ents`, found once: spaCy makes the spans anew at every access
    (the relations, the learned relations and the extraction record read them). `set_entities` forgets them."""
    offsets = doc.user_data.get(ENTITIES_KEY)
    if offsets is None:
        offsets = doc.user_data[ENTITIES_KEY] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return offsets


def token_starts_of(doc: Doc) -> numpy.ndarray:
    """Each token's first character, found once: the sentences and the entities read them (spaCy's to_array takes a
    quarter of the tokenizer's time). Found anew for a Doc whose tokens were changed since (merged, split)."""
    starts = doc.user_data.get(TOKEN_STARTS_KEY)
    if starts is None or len(starts) != len(doc):
        starts = doc.user_data[TOKEN_STARTS_KEY] = doc.to_array(IDX).astype("int64")
    return starts


@lru_cache(maxsize=8)
def _rules(rules_dirs: tuple[str, ...]) -> Rules:
    return load_rules([Path(d) for d in rules_dirs])


@Language.factory("kg_sentences")
def make_sentence_setter(nlp: Language, name: str) -> "SentenceSetter":
    return SentenceSetter()


class SentenceSetter:
    """Sentence starts from punctuation and line breaks (kg.extract.text)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # set in one array (Token.is_sent_start scans the whole Doc at every assignment), every token
        # either a start (1) or not (-1): with no known non-start, spaCy would find a one-sentence
        # document unsegmented and refuse doc.sents
        starts = numpy.full(len(doc), -1, dtype="int64")
        spans = sentence_spans(doc_text(doc))
        # a sentence opens with a character that is a token of its own: its token found by a binary search over
        # the tokens' starts, not by making a Span (spaCy's char_span is asked only about any other start)
        token_starts = numpy.append(token_starts_of(doc), len(doc_text(doc)) + 1)
        sentence_starts = numpy.array([start for start, _ in spans], dtype="int64")
        tokens = numpy.searchsorted(token_starts, sentence_starts)
        own = token_starts[tokens] == sentence_starts
        starts[tokens[own]] = 1
        for i in numpy.flatnonzero(~own).tolist():
            span = doc.char_span(*spans[i], alignment_mode="expand")
            if span is not None and len(span):
                starts[span.start] = 1
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))
        return doc


@Language.factory("kg_entities", default_config={"rules_dirs": [], "segment_boundaries": True})
def make_entity_recognizer(nlp: Language, name: str, rules_dirs: list[str],
                           segment_boundaries: bool) -> "EntityRecognizer":
    return EntityRecognizer(_rules(tuple(rules_dirs)), segment_boundaries)


class EntityRecognizer:
    """Rule-based entities for the five types (kg.extract.entities)."""

    def __init__(self, rules: Rules, segment_boundaries: bool = False):
        self.finder = EntityFinder(rules, segment_boundaries)

    def __call__(self, doc: Doc) -> Doc:
        found = self.finder.find(doc_text(doc))
        set_entities(doc, found.mentions)
        doc.spans["kg_nested"] = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
                                  for m in found.nested]
        doc.spans["kg_name_regions"] = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
                                         for m in found.name_regions]
        doc.spans["kg_member_programs"] = [doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
                                           for m in found.member_programs]
        doc._.kg_aliases = found.aliases
        return doc


IOB_BEGIN, IOB_INSIDE, IOB_OUTSIDE = 3, 1, 2  # spaCy's codes of ENT_IOB


def set_entities(doc: Doc, mentions: Sequence[Mention]) -> None:
    """`doc.ents` from sorted, non-overlapping mentions that start and end on non-space characters.

    The same as assigning `doc.char_span(..., alignment_mode="expand")` spans, in
    two token arrays computed without a step per mention: making a Span object
    for each of thousands of mentions takes a quarter of the tokenizer's time.
    """
    token_starts = token_starts_of(doc)
    first = numpy.searchsorted(token_starts, [m.start for m in mentions], side="right") - 1
    after = numpy.searchsorted(token_starts, [m.end for m in mentions], side="left")
    labels = sorted({m.label for m in mentions})
    type_ids = numpy.array([0] + [doc.vocab.strings.add(label) for label in labels], dtype="uint64")
    number = {label: i for i, label in enumerate(labels, start=1)}  # 0: no entity
    numbers = numpy.array([number[m.label] for m in mentions], dtype="int64")
    # each span as +1 (and its type's number) at its first token and -1 after its last:
    # running sums mark its tokens (bincount adds up at once what numpy.add.at adds one by one)
    size = len(doc) + 1
    inside = numpy.bincount(first, minlength=size) - numpy.bincount(after, minlength=size)
    type_numbers = (numpy.bincount(first, weights=numbers, minlength=size)
                    - numpy.bincount(after, weights=numbers, minlength=size)).astype("int64")
    iob = numpy.where(numpy.cumsum(inside)[:-1] > 0, IOB_INSIDE, IOB_OUTSIDE).astype("uint64")
    iob[first] = IOB_BEGIN
    doc.user_data.pop(ENTITIES_KEY, None)
    doc.from_array([ENT_IOB, ENT_TYPE], numpy.stack([iob, type_ids[numpy.cumsum(type_numbers)[:-1]]], axis=1))


@Language.factory("kg_relations", default_config={"rules_dirs": []})
def make_relation_extractor(nlp: Language, name: str, rules_dirs: list[str]) -> "RelationExtractor":
    return RelationExtractor(_rules(tuple(rules_dirs)))


class RelationExtractor:
    """locatedIn, selectedAs and developedBy, sentence by sentence (kg.extract.relations)."""

    def __init__(self, rules: Rules):
        self.finder = RelationFinder(rules)

    def __call__(self, doc: Doc) -> Doc:
        mentions = [Mention(start, end, label, "") for start, end, label in entity_offsets(doc)]
        nested = [Mention(s.start_char, s.end_char, s.label_, "") for s in doc.spans.get("kg_nested", [])]
        nested += [Mention(s.start_char, s.end_char, s.label_, "") for s in doc.spans.get("kg_name_regions", [])]
        sentences = sentence_offsets(doc)
        doc._.kg_relations = self.finder.find(doc_text(doc), sentences, mentions, nested)
        return doc


@Language.factory("kg_learned_relations", default_config={"model": ""})
def make_learned_relations(nlp: Language, name: str, model: str) -> "LearnedRelationAdder":
    return LearnedRelationAdder(LearnedRelations.load(Path(model)) if model else LearnedRelations.load())


def mentions_of(doc: Doc) -> list[Mention]:
    """The entity spans and the names nested in them, as the relations read them."""
    mentions = [Mention(start, end, label, "") for start, end, label in entity_offsets(doc)]
    return mentions + [Mention(s.start_char, s.end_char, s.label_, "") for s in doc.spans.get("kg_nested", [])]


class LearnedRelationAdder:
    """The rules' relations and those a learned model adds to them (kg.extract.relations.learned)."""

    def __init__(self, model: LearnedRelations):
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        relations = list(doc._.kg_relations or [])
        doc._.kg_relations = relations + self.model.added(doc_text(doc), sentence_offsets(doc), mentions_of(doc), relations)
        return doc


def build_nlp(rules_dirs: Sequence[Path] = (), learned: bool = True) -> Language:
    """The pipeline of kg/extract/config.cfg, with extra rule folders if given; without the learned additions to the
    relation rules when not `learned`."""
    config = spacy.util.load_config(CONFIG)
    dirs = [str(Path(d).resolve()) for d in rules_dirs]
    config["components"]["kg_entities"]["rules_dirs"] = dirs
    config["components"]["kg_relations"]["rules_dirs"] = dirs
    if not learned:
        config["nlp"]["pipeline"] = [c for c in config["nlp"]["pipeline"] if c != "kg_learned_relations"]
        del config["components"]["kg_learned_relations"]
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    # spaCy's limit (1,000,000) is for its parser and NER models, which need 1 GB per 100,000
    # characters; our components' time and memory are linear in a document's length
    nlp.max_length = MAX_DOCUMENT_CHARS
    return nlp


# ---------------------------------------------------------------- extraction records

def to_extraction(document_id: str, doc: Doc, cite: Callable[[int, int], str] | None = None,
                  written: Callable[[int, int], str | None] | None = None) -> Extraction:
    """`cite(start, end)` gives a sentence's text as the file has it (kg.ingest.read.Document.cite); by default, as read.
    `written(start, end)` a name as the file writes it where that differs (Document.written)."""
    text = doc_text(doc)
    sentences = sentence_offsets(doc)
    starts = [start for start, _ in sentences]

    def sentence_of(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    # text slices, not Span.text: spaCy joins that token by token
    mentions = [NamedMention(label, text[start:end], sentence_of(start)) for start, end, label in entity_offsets(doc)]
    mentions += [NamedMention(s.label_, text[s.start_char:s.end_char], sentence_of(s.start_char))
                 for s in doc.spans.get("kg_nested", [])]
    facts = tuple(
        Fact((r.head.label, text[r.head.start:r.head.end]), r.relation, (r.tail.label, text[r.tail.start:r.tail.end]),
             r.sentence, r.confidence, r.rule)
        for r in doc._.kg_relations or ()
    )
    reached = {end for f in facts for end in (f.head, f.tail)}
    if doc.spans.get("kg_name_regions"):  # a region inside a name is an entity only when a relation reaches it
        named = {(m.label, m.name) for m in mentions}
        mentions += [NamedMention(s.label_, text[s.start_char:s.end_char], sentence_of(s.start_char))
                     for s in doc.spans["kg_name_regions"]
                     if (s.label_, text[s.start_char:s.end_char]) in reached - named]
    if doc.spans.get("kg_member_programs"):  # a program of projects, or counted, is an entity only with a member
        unreached = {(s.label_, text[s.start_char:s.end_char]) for s in doc.spans["kg_member_programs"]} - reached
        mentions = [m for m in mentions if (m.label, m.name) not in unreached]
    kept = {(m.label, m.name) for m in mentions}
    forms = {(label, text[start:end], form) for start, end, label in _named_spans(doc)
             if (label, text[start:end]) in kept and (form := written(start, end))} if written else set()
    forms |= _aliases_as_written(forms, doc._.kg_aliases or ())
    return Extraction(
        document=document_id,
        sentences=tuple(cite(start, end) if cite else text[start:end].strip() for start, end in sentences),
        mentions=tuple(mentions),
        facts=facts,
        aliases=tuple(doc._.kg_aliases or ()),
        written=tuple(sorted(forms)),
    )


def _named_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of the entities, the names nested in them and the regions opening names."""
    inner = [*doc.spans.get("kg_nested", []), *doc.spans.get("kg_name_regions", [])]
    return entity_offsets(doc) + [(s.start_char, s.end_char, s.label_) for s in inner]


def _aliases_as_written(forms: set[tuple[str, str, str]], aliases) -> set[tuple[str, str, str]]:
    """格力電器 of 格力電器（桂林）: an alias inside a name the file writes otherwise is written as that name writes it."""
    written = {(label, name): form for label, name, form in forms}
    out = set()
    for label, name, alias in aliases:
        for whole, part in ((name, alias), (alias, name)):
            if (form := written.get((label, whole))) and part in whole and part != whole:
                at = whole.index(part)
                out.add((label, part, form[at:at + len(part)]))
    return {(label, name, form) for label, name, form in out if form != name}


def extract(nlp: Language, documents: Iterable[Document], times: StageTimes | None = None) -> Iterator[Extraction]:
    """Run documents through the pipeline, one Extraction per document, in order.

    The components are called one by one (what `nlp.pipe` does for components
    without a batch method) so that each one's time can be measured.
    """
    times = times if times is not None else StageTimes()
    for document in documents:
        with times.stage("tokenizer"):
            doc = nlp.make_doc(document.text)
        for name, component in nlp.pipeline:
            with times.stage(name):
                doc = component(doc)
        with times.stage("records"):
            as_read = (document.cite, document.written) if document.repaired else ()
            extraction = to_extraction(document.id, doc, *as_read)
        yield extraction
