"""A Chinese headline that restates the body gives no second, rounder fact."""

from __future__ import annotations

from datetime import date

from reemarket.ingest.rules.zh import extract_zh

_DOC = (
    "海关: 2023年稀土出口5.2万吨 宁波韵升年产1万吨磁材项目在建\n"
    "2024年1月20日\n\n"
    "海关数据显示, 2023年全年出口稀土52306.5吨, 同比增长7.3%。\n"
    "宁波韵升在建年产10000吨高性能钕铁硼永磁材料项目。\n"
)


def _facts(text: str) -> set[tuple[str, str, str, float]]:
    res = extract_zh(
        text, document_id="d", doc="d", published=date(2024, 1, 20), year=None, version="t"
    )
    return {(f.subject, f.metric, f.period, f.value) for f in res.facts}


def test_the_body_wins_over_its_headline() -> None:
    assert _facts(_DOC) == {
        ("rare_earths", "exports", "2023", 52306.5),
        ("rare_earths", "exports_yoy_pct", "2023", 7.3),
        ("ndfeb_magnet", "capacity", "", 10000.0),
    }


def test_a_headline_alone_keeps_its_figure() -> None:
    head = _DOC.split("\n", 1)[0] + "\n"
    assert ("rare_earths", "exports", "2023", 52000.0) in _facts(head)


def test_an_undated_headline_quote_is_the_bodys_dated_one() -> None:
    doc = (
        "氧化镝报价站上每公斤1700元\n"
        "2024年1月20日\n\n"
        "氧化镝1月19日报每公斤1712元, 较前一日上涨12元。\n"
    )
    got = _facts(doc)
    assert ("dy_oxide", "price", "2024-01-19", 1712.0) in got
    assert not any(f[2] == "2024-01-20" for f in got)
