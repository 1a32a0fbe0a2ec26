"""Chinese bad input: mixed languages, full-width forms, GBK/Big5 bytes, odd tables, glosses, units."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reemarket.domain.facts import Fact
from reemarket.ingest.loaders import load_document
from reemarket.ingest.pipeline import extract_text
from reemarket.ingest.rules.zh_text import UnitError, normalise, parse_quantity

DAY = date(2024, 7, 5)


def _facts(text: str) -> list[tuple[str, str, str, float, str]]:
    ex = extract_text(text, doc="t.txt", published=DAY)
    return sorted((f.subject, f.metric, f.period, f.value, f.unit) for f in ex.facts)


def _all(text: str) -> list[Fact]:
    return extract_text(text, doc="t.txt", published=DAY).facts


def test_mixed_language_document_gives_both_languages_facts() -> None:
    text = (
        "Daily rare earth note, July 5, 2024\n\n"
        "Dysprosium oxide was assessed at 1,700-1,720 yuan/kg on July 5, 2024.\n\n"
        "另据国内报价，氧化铽报580万元/吨。\n"
    )
    got = _facts(text)
    assert ("tb_oxide", "price", "2024-07-05", 5800000.0, "CNY/t") in got
    assert any(s == "dy_oxide" for s, *_ in got)


def test_full_width_digits_and_punctuation_read_as_ascii() -> None:
    text = "氧化镨钕较上一交易日下调５０００元／吨至４０．２５万元／吨，成交清淡。"
    assert normalise(text).count("5000") == 1
    got = _facts(text)
    assert ("prnd_oxide", "price", "2024-07-05", 402500.0, "CNY/t") in got
    assert ("prnd_oxide", "change", "2024-07-04/2024-07-05", -5000.0, "CNY/t") in got
    f = next(f for f in _all(text) if f.metric == "price")
    assert "４０．２５" in f.sentence  # evidence keeps the original characters


def test_a_file_keeps_its_full_width_forms_through_loading(tmp_path: Path) -> None:
    """The loader's repairs must not narrow ４０．２５ or ，: the evidence quotes the file."""
    text = "2024年7月5日，氧化镨钕较上一交易日下调５０００元／吨至４０．２５万元／吨，成交清淡。\n"
    (tmp_path / "w.txt").write_text(text, encoding="utf-8")
    loaded = load_document(tmp_path / "w.txt").text
    assert loaded == text
    price = next(f for f in _all(loaded) if f.metric == "price")
    assert price.value == 402500.0
    assert price.sentence in text


def test_gbk_and_big5_files_decode(tmp_path: Path) -> None:
    simple = "氧化镨钕报价较上一交易日下调5000元/吨至40.25万元/吨。\n"
    trad = "氧化鐠釹報價較上一交易日下調5000元/噸至40.25萬元/噸。\n"
    (tmp_path / "g.txt").write_bytes(simple.encode("gbk"))
    (tmp_path / "b.txt").write_bytes(trad.encode("big5"))
    assert load_document(tmp_path / "g.txt").text == simple
    assert load_document(tmp_path / "b.txt").text == trad
    for name in ("g.txt", "b.txt"):
        got = _facts(load_document(tmp_path / name).text)
        assert ("prnd_oxide", "price", "2024-07-05", 402500.0, "CNY/t") in got, name


def test_table_columns_in_any_order() -> None:
    text = (
        "2024年7月5日稀土价格\n\n"
        "涨跌(元/吨) | 均价(元/吨) | 价格区间(元/吨) | 产品\n"
        "-3000 | 403000 | 400000-406000 | 氧化镨钕\n"
        "持平 | 4000 | 3800-4200 | 氧化镧\n"
    )
    got = _facts(text)
    assert ("prnd_oxide", "change", "2024-07-04/2024-07-05", -3000.0, "CNY/t") in got
    assert ("prnd_oxide", "price_low", "2024-07-05", 400000.0, "CNY/t") in got
    assert ("prnd_oxide", "price_high", "2024-07-05", 406000.0, "CNY/t") in got
    assert ("la_oxide", "change", "2024-07-04/2024-07-05", 0.0, "CNY/t") in got


def test_pinyin_gloss_inside_a_number_is_ignored() -> None:
    text = "北方稀土2023年全年销售稀土氧化物13.5萬(wàn)噸, 同比增長5%。"
    got = _facts(text)
    assert ("re_oxides", "sales", "2023", 135000.0, "t") in got


def test_wan_yuan_per_tonne_is_never_yuan_per_tonne() -> None:
    assert parse_quantity("55.3万元/吨") == (553000.0, "CNY/t")
    assert parse_quantity("55.3 万元/吨") == (553000.0, "CNY/t")
    assert parse_quantity("1500万元/吨") == (15000000.0, "CNY/t")
    got = _facts("氧化铽报价1500-1520万元/吨。")
    assert ("tb_oxide", "price_low", "2024-07-05", 15000000.0, "CNY/t") in got
    assert ("tb_oxide", "price_high", "2024-07-05", 15200000.0, "CNY/t") in got
    assert all(v >= 15000000.0 for _s, _m, _p, v, _u in got)
    table = "品种 | 报价(万元/吨)\n氧化铽 | 570\n"
    assert ("tb_oxide", "price", "2024-07-05", 5700000.0, "CNY/t") in _facts(table)


def test_unreadable_unit_is_a_named_warning_not_a_guess() -> None:
    with pytest.raises(UnitError, match="unit cannot be read"):
        parse_quantity("12.5万元/桶")
    ex = extract_text("品种 | 报价\n氧化铽 | 570\n氧化镝 | 160\n", doc="t.txt", published=DAY)
    assert ex.facts == []
    assert any("zh_table_unit_missing" in w for w in ex.warnings)


def test_vetoes_leave_reason_codes() -> None:
    from reemarket.ingest.rules.zh import explain

    text = "预计下月氧化镨钕报45万元/吨。如果氧化镝报200万元/吨, 磁材厂将减产。"
    out = explain(text, "氧化镨钕报45万元", published=DAY)
    assert [e.veto for e in out[0].events] == ["outlook"]
    out = explain(text, "如果", published=DAY)
    assert [e.veto for e in out[0].events] == ["hypothetical"]
    assert _facts(text) == []


def test_chinese_numerals_before_a_unit_are_read_and_evidence_keeps_them() -> None:
    text = (
        "稀土日报\n\n氧化钆价格为十六点五万元/吨。\n氧化铕报价为一百九十八元/公斤。\n"
        "2024年稀土开采总量控制指标为二十七万吨。\n"
    )
    facts = _all(text)
    got = sorted((f.subject, f.metric, f.value, f.unit) for f in facts)
    assert ("eu_oxide", "price", 198.0, "CNY/kg") in got
    assert ("gd_oxide", "price", 165000.0, "CNY/t") in got
    assert ("mining", "quota", 270000.0, "t") in got
    assert any("十六点五万元/吨" in f.sentence for f in facts)


def test_a_numeral_longer_in_digits_is_named_not_misread() -> None:
    # "十" is 10: two digits cannot stand in one character's place, so it is said, not guessed
    ex = extract_text("今年氧化钇出口超过十万吨，创历史新高。\n", doc="t.txt", published=DAY)
    assert ex.facts == []
    assert any("zh_numeral_unread" in w and "'十'" in w for w in ex.warnings)
    # a numeral split by 万 ("三万五千") is one number: neither half is read alone
    assert _facts("第二批指标为三万五千吨。\n") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("今日氧化镨钕均价为38.5 万元 / 吨。", 385000.0, "CNY/t"),
        ("氧化镝报价 1,720 元 / 公斤。", 1720.0, "CNY/kg"),
        ("氧化镝报价165万元每吨。", 1650000.0, "CNY/t"),
        ("氧化铽报价6950元每公斤。", 6950.0, "CNY/kg"),
        ("氧化镨钕报价41.2万/吨。", 412000.0, "CNY/t"),
        ("氧化镝报价1720/公斤。", 1720.0, "CNY/kg"),
    ],
)
def test_a_per_unit_spelt_apart_keeps_its_scale(text: str, value: float, unit: str) -> None:
    # 万元 / 吨, 万元每吨 and 万/吨 are all 万元/吨: never read as 元/吨
    got = [(f.metric, f.value, f.unit) for f in _all(text)]
    assert got == [("price", value, unit)]


def test_per_unit_spellings_keep_offsets_and_leave_unit_first_prices() -> None:
    for text in (
        "报价36.25 万元 / 吨",
        "报价178万元每吨",
        "报价为每吨46万元",
        "售价46万元，每吨运费",
    ):
        assert len(normalise(text)) == len(text)
    assert normalise("报价36.25 万元 / 吨").endswith("万  元/吨")
    assert normalise("报价178万元每吨").endswith("万元/吨")
    # a price with its unit first, or a 每吨 starting another clause, is left as written
    assert normalise("报价为每吨46万元") == "报价为每吨46万元"
    assert normalise("45万元每吨人民币5元").endswith("元每吨人民币5元")
    assert parse_quantity("16.5万/吨") == (165000.0, "CNY/t")


def test_a_move_within_one_session_is_named_not_read_as_a_change() -> None:
    # a session's move runs within one day: no change from one day to another (FACTS.md)
    for text in ("氧化铽日内上涨8万元/吨。", "氧化镨钕午盘回落1.5%。", "北方稀土盘中一度上涨4%。"):
        ex = extract_text(text, doc="t.txt", published=DAY)
        assert ex.facts == []
        assert any("zh_intraday_move" in w for w in ex.warnings)
    # a level the session touched is the extreme rule's, not a move
    ex = extract_text("氧化镨钕盘中一度跌至43万元/吨。", doc="t.txt", published=DAY)
    assert not any("zh_intraday_move" in w for w in ex.warnings)


def test_a_week_of_trade_left_unread_is_named() -> None:
    # trade facts are a month's or the months' from January: a week's figure has no form
    ex = extract_text("上周全国氧化镝出口量约为85吨。\n", doc="t.txt", published=DAY)
    assert ex.facts == []
    assert any("zh_trade_week" in w and "85吨" in w for w in ex.warnings)
    # a month's trade beside a week's price word is no week's trade
    ex = extract_text("6月稀土进口量为1.1万吨, 上周报价持稳。\n", doc="t.txt", published=DAY)
    assert not any("zh_trade_week" in w for w in ex.warnings)


def test_a_numeral_inside_a_word_with_yuan_is_no_figure() -> None:
    # 三元材料 is ternary cathode material: its 元 is no currency and 三 no amount
    assert normalise("三元材料价格上涨，氧化钴报价为二十三万元/吨。") == (
        "三元材料价格上涨,氧化钴报价为023万元/吨。"
    )
