"""Chinese holders carried from what came before: an output's, a capacity's, a joint move's."""

from __future__ import annotations

from datetime import date

from reemarket.ingest.pipeline import extract_text

# A magnet-industry piece: a company named in the lead, then the country's output by survey,
# then companies' capacities in one sentence (each wording written for this test).
_PIECE = (
    "磁材行业观察：宁波韵升上半年营收稳健\n2025年3月20日\n\n"
    "据行业协会统计，2024年全国稀土永磁材料总产量为30.7万吨，同比增长7.5%；"
    "2023年该产量为28.6万吨。其中，钐钴永磁产量为2900吨。\n"
    "宁波韵升现有毛坯产能2.1万吨/年，其包头二期1.2万吨/年项目正在建设中；"
    "中科三环现有产能3万吨/年。\n"
)


def _facts(text: str, kind: str) -> set[tuple[object, ...]]:
    ex = extract_text(text, doc="piece.txt", published=date(2025, 3, 20))
    return {
        (f.entity, f.subject, f.metric, f.period, f.value, f.status)
        for f in ex.facts
        if f.kind == kind
    }


def test_output_of_the_country_stays_the_countrys_in_its_paragraph() -> None:
    assert _facts(_PIECE, "production") == {
        ("china", "re_permanent_magnet", "production", "2024", 307000.0, None),
        ("china", "re_permanent_magnet", "production_yoy_pct", "2024", 7.5, None),
        ("china", "re_permanent_magnet", "production", "2023", 286000.0, None),
        ("china", "smco_magnet", "production", "2024", 2900.0, None),
    }


def test_capacity_without_product_takes_the_capacity_before_and_its_own_holder() -> None:
    assert _facts(_PIECE, "capacity") == {
        ("ningbo_yunsheng", "ndfeb_blank", "capacity", "", 21000.0, "operating"),
        ("ningbo_yunsheng", "ndfeb_blank", "capacity", "", 12000.0, "under_construction"),
        ("zhong_ke_san_huan", "ndfeb_blank", "capacity", "", 30000.0, "operating"),
    }


def test_a_company_output_paragraph_keeps_the_company() -> None:
    text = (
        "宁波韵升2024年年报摘要\n\n"
        "2024年宁波韵升钕铁硼毛坯产量为1.2万吨，同比增长9%。其中，钐钴磁材产量为300吨。\n"
    )
    got = {(e, s, v) for e, s, m, _, v, _ in _facts(text, "production") if m == "production"}
    assert got == {
        ("ningbo_yunsheng", "ndfeb_blank", 12000.0),
        ("ningbo_yunsheng", "smco_magnet", 300.0),
    }
