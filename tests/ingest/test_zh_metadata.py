"""Publication dates in the headers of Chinese documents."""

from __future__ import annotations

from datetime import date

import pytest

from reemarket.ingest.metadata import from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("稀土价格企稳 2024年3月5日\n\n氧化镨钕报40万元/吨。", date(2024, 3, 5)),
        (
            "稀土日评\n发布时间：２０２４－０５－１４ ０９:３０\n\n氧化镝报160万元/吨。",
            date(2024, 5, 14),
        ),
        (
            "稀土周报\n第12期\n上海\n编辑部\n本周综述\n发布日期: 2024/6/7\n\n氧化铽报600万元/吨。",
            date(2024, 6, 7),
        ),
        ("北方稀土挂牌价\n发布时间:2021年7月\n\n金属镨钕每吨上调4.8万元。", None),
        ("稀土日评\n2024年2月30日\n\n氧化镝报160万元/吨。", None),
        (
            "稀土周报\n第12期\n上海\n编辑部\n本周综述\n2023年12月1日以来, 氧化铽累计上涨5%。",
            None,
        ),
    ],
    ids=["title-line", "labelled-fullwidth", "labelled-late", "month-only", "no-such-day", "body"],
)
def test_a_chinese_header_date_is_the_publication_date(text: str, expected: date | None) -> None:
    meta = from_text(text)
    assert meta.published == expected
    if expected is not None:
        assert meta.year == expected.year
        assert meta.date_source == "text"


@pytest.mark.parametrize(
    ("text", "chinese"),
    [
        ("氧化钬价格47.5万元/吨。", True),  # a short quote line
        ("| 品名 | 价格(元/吨) |\n|---|---|\n| 氧化钕 | 45.2万 |\n", True),  # a small table
        ("Shares of 北方稀土 rose 3% on Friday.", False),  # an English line naming a company
        ("Rare earth close: prices firm.\n- 氧化铽 Tb oxide：690-695万元/吨\n", False),
    ],
)
def test_a_short_text_is_chinese_by_its_share_of_cjk(text: str, chinese: bool) -> None:
    from reemarket.ingest.rules.zh_text import is_chinese

    assert is_chinese(text) is chinese
