"""The segmenter (kg/extract/segmenter.py): jieba.posseg's words and tags with HMM=False, from a cached dictionary."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from kg.extract.segmenter import Segmenter, WordDictionary, jieba_dictionary_path, open_dictionary

# our own strings: names, verbs before names, letters, digits, decimals, white space, punctuation, symbols
TEXTS = [
    "", "有", "和", "A", "5G", "3.5", "  ", "\n", "\r\n", "，", "%", "-",
    "成都市已有全友家私有限公司等企业入选。",
    "常州市武进区和滨江经济开发区联合举办招商推介会",
    "近年来南宁高新区持续加大招商力度",
    "宏达集团签下宏达新能源电池材料（一期）项目",
    "年产12.5万吨PVC-U管材项目 总投资3.2亿元，C&A#1号线",
    "ABC科技有限公司与xyz公司 签约\n新建 110 千伏输变电工程",
    "全长 2.6km 的G15 沈海高速+复线：100%完工",
    "ＡＢＣ全角字母１２３和 emoji😀以及〇一二",
    "四川和邦生物科技股份有限公司_二期.项目",
]
ADDED = [("越城区", "ns"), ("滨江经济开发区", "n"), ("有限公司", "n"), ("家私", "n"), ("PVC-U管材", "n"),
         ("宏达新能源", "n"), ("签下", "v"), ("有", "v"), ("新建", "v")]


@pytest.fixture(scope="module")
def jieba_tagger():
    """jieba's own tagger on a tokenizer of its own, with the words of ADDED."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for word, tag in ADDED:
        tokenizer.add_word(word, tag=tag)
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    tagger.makesure_userdict_loaded()
    return tagger


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    segmenter = Segmenter()
    for word, tag in ADDED:
        segmenter.add_word(word, tag)
    return segmenter


def _jieba_cut(tagger, text: str) -> list[tuple[str, str]]:
    return [(pair.word, pair.flag) for pair in tagger.cut(text, HMM=False)]


@pytest.mark.parametrize("text", TEXTS)
def test_words_and_tags_are_jiebas(segmenter, jieba_tagger, text):
    assert segmenter.cut(text) == _jieba_cut(jieba_tagger, text)


def test_without_added_words_too():
    tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    plain = Segmenter()
    for text in TEXTS:
        assert plain.cut(text) == _jieba_cut(tagger, text)
    assert plain.total == tagger.tokenizer.total
    assert jieba_dictionary_path() == Path(jieba.__file__).parent / "dict.txt"  # jieba's dictionary is the source


def test_added_words_have_jiebas_frequencies_and_total(segmenter, jieba_tagger):
    tokenizer = jieba_tagger.tokenizer
    assert segmenter.total == tokenizer.total
    for word, _ in ADDED:
        assert segmenter.freq(word) == tokenizer.FREQ[word]
    for word in ("越城", "越", "滨江经济", "有限", "不是一个词"):  # beginnings of words count 0; others are absent
        assert segmenter.freq(word) == tokenizer.FREQ.get(word)


def test_tags(segmenter):
    assert segmenter.tag("越城区") == "ns"
    assert segmenter.tag("和") == "c"
    assert segmenter.tag("有") == "v"  # added with a tag: jieba's own (v) kept
    assert segmenter.tag("不是一个词") is None


def test_words_added_at_once_are_remembered_for_the_next_process(tmp_path):
    dictionary = open_dictionary(_small_dictionary(tmp_path), tmp_path / "cache")
    words = [("新区", "n"), ("滨江新区", "ns"), ("签下", "v")]
    first = Segmenter(dictionary)
    first.add_words(words)
    remembered = list(dictionary.folder.glob("added-*.json"))
    assert len(remembered) == 1
    assert json.loads(remembered[0].read_text()) == [first.freq(word) for word, _ in words]
    second = Segmenter(dictionary)
    second.add_words(words)  # read, not computed
    assert (second.total, second.cut("滨江新区签下项目")) == (first.total, first.cut("滨江新区签下项目"))
    remembered[0].write_text("[1, 2]")  # not what was written: computed again
    third = Segmenter(dictionary)
    third.add_words(words)
    assert third.total == first.total


def _small_dictionary(folder: Path) -> Path:
    path = folder / "dict.txt"
    path.write_text("滨江 20 ns\n新区 30 n\n滨江新 2 nz\n签 10 v\n下 50 f\n项目 100 n\n签 12 v\n", encoding="utf-8")
    return path


def test_the_cache_is_built_once_and_read_after(tmp_path):
    path = _small_dictionary(tmp_path)
    built = open_dictionary(path, tmp_path / "cache")
    assert built.folder is not None and (built.folder / "meta.json").exists()
    read = open_dictionary(path, tmp_path / "cache")
    assert _contents(read) == _contents(built)
    assert read.total == 20 + 30 + 2 + 10 + 50 + 100 + 12  # a word listed twice counts twice, as in jieba
    assert Segmenter(read).freq("签") == 12 and Segmenter(read).tag("滨江新") == "nz"


def test_a_damaged_cache_is_built_again(tmp_path):
    path = _small_dictionary(tmp_path)
    built = open_dictionary(path, tmp_path / "cache")
    marisa = built.folder / "words.marisa"
    marisa.write_bytes(marisa.read_bytes()[:10])
    rebuilt = open_dictionary(path, tmp_path / "cache")
    assert _contents(rebuilt) == _contents(built)
    assert _contents(open_dictionary(path, tmp_path / "cache")) == _contents(built)
    (built.folder / "meta.json").write_text("{")
    assert _contents(open_dictionary(path, tmp_path / "cache")) == _contents(built)


def test_a_new_dictionary_gets_a_cache_of_its_own(tmp_path):
    path = _small_dictionary(tmp_path)
    old = open_dictionary(path, tmp_path / "cache")
    path.write_text(path.read_text(encoding="utf-8") + "滨江新区 5 ns\n", encoding="utf-8")
    new = open_dictionary(path, tmp_path / "cache")
    assert new.folder != old.folder and "滨江新区" in new.words


def test_a_cache_folder_that_cannot_be_written_leaves_the_dictionary_in_memory(tmp_path):
    (tmp_path / "file").write_text("")
    dictionary = open_dictionary(_small_dictionary(tmp_path), tmp_path / "file" / "cache")  # not a folder
    assert dictionary.folder is None
    segmenter = Segmenter(dictionary)
    segmenter.add_words([("滨江新区", "ns")])
    assert segmenter.cut("滨江新区签项目") == [("滨江新区", "ns"), ("签", "v"), ("项目", "n")]


def test_an_invalid_dictionary_line_is_named(tmp_path):
    path = tmp_path / "dict.txt"
    path.write_text("滨江 20 ns\n新区 n\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"dict.txt at line 2: '新区 n'"):
        open_dictionary(path, tmp_path / "cache")


def test_processes_building_the_cache_at_once_agree(tmp_path):
    path = _small_dictionary(tmp_path)
    code = ("import sys; from pathlib import Path; from kg.extract.segmenter import Segmenter, open_dictionary; "
            "s = Segmenter(open_dictionary(Path(sys.argv[1]), Path(sys.argv[2]))); print(s.total, s.cut('滨江新区签下项目'))")
    processes = [subprocess.Popen([sys.executable, "-c", code, str(path), str(tmp_path / "cache")], stdout=subprocess.PIPE,
                                  text=True) for _ in range(3)]
    results = {process.communicate()[0] for process in processes}
    assert [process.returncode for process in processes] == [0, 0, 0]
    assert len(results) == 1
    folders = list((tmp_path / "cache" / "segmenter").iterdir())
    assert [folder.name.startswith("dict-") for folder in folders] == [True]  # no temporary folder left behind
    segmenter = Segmenter(open_dictionary(path, tmp_path / "cache"))
    assert results == {f"{segmenter.total} {segmenter.cut('滨江新区签下项目')}\n"}


def _contents(dictionary: WordDictionary) -> tuple:
    keys = sorted(dictionary.words.keys())
    return (tuple((key, int(dictionary.freqs[dictionary.words[key]]), dictionary.tag_names[dictionary.tags[dictionary.words[key]]])
                  for key in keys), dictionary.total, dictionary.longest)


def test_building_the_pipeline_does_not_import_jieba():
    code = "import sys; from kg.extract.nlp import build_nlp; build_nlp(); print('jieba' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
