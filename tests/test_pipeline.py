"""The spaCy pipeline's own pieces: its tokenizer, and documents of any length."""
from __future__ import annotations

import spacy

import kg.ingest.read
from kg.ingest.read import Source, read_sources


def test_tokens_are_those_of_spacys_chinese_character_tokenizer(nlp):
    blank = spacy.blank("zh")  # segmenter "char"
    for text in ["", " ", "  题图 \n\n昨日， 杭州海辰储能科技有限公司 落户\t萧山区。\r\n",
                 "宁波\u3000东方电缆 \xa0股份有限公司  \n \n", "A 股 上市 ，涨幅 3.5 % 。 ", "\n\n\t"]:
        ours, spacys = nlp.make_doc(text), blank.make_doc(text)
        assert [(t.text, t.whitespace_, t.idx) for t in ours] == [(t.text, t.whitespace_, t.idx) for t in spacys]


def test_a_document_longer_than_spacys_limit_for_its_models_is_read_whole(nlp):
    sentence = "宁波东方电缆股份有限公司落户江北区。"
    text = sentence * (1_000_000 // len(sentence) + 1)  # spaCy refuses texts over 1,000,000 characters by default
    doc = nlp(text)
    starts = [i * len(sentence) for i in range(len(text) // len(sentence))]  # 55,556 sentences
    assert [(e.label_, e.start_char) for e in doc.ents] == [
        (label, start + offset) for start in starts for label, offset in (("Company", 0), ("Region", 14))]
    assert doc.ents[-1].text == "江北区" and doc.ents[-1].end_char == len(text) - 1
    relations = doc._.kg_relations
    assert {(text[r.head.start:r.head.end], r.relation, text[r.tail.start:r.tail.end]) for r in relations} == {
        ("宁波东方电缆股份有限公司", "locatedIn", "江北区")}
    assert sorted(r.head.start for r in relations) == starts  # one in every sentence, to the last


def test_a_document_over_the_length_limit_is_skipped_with_its_file_named(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.ingest.read, "MAX_DOCUMENT_CHARS", 20)
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text("宁波东方电缆落户江北区。", encoding="utf-8")
    long.write_text("宁波东方电缆股份有限公司落户江北区。" * 2, encoding="utf-8")
    warnings, skipped = [], []
    documents = list(read_sources([Source(short, "short.txt"), Source(long, "long.txt")], warnings.append,
                                  strict=False, skipped=skipped))
    assert [d.id for d in documents] == ["short.txt"] and skipped == [str(long)]
    assert f"{long}: 36 characters, more than the 20 read as one document; split it into several files" in warnings[0]
