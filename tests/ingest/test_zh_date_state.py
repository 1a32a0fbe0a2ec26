"""Date state of Chinese prose: a year carried from an earlier sentence must not go stale.

Examples are written for these tests (no corpus sentence); each gives the facts it must.
"""

from __future__ import annotations

from datetime import date

from reemarket.ingest.rules.zh import extract_zh


def _facts(text: str, published: str) -> set[tuple[str, str, str, float]]:
    res = extract_zh(
        text, document_id="t", doc="t", published=date.fromisoformat(published), year=None,
        version="t",
    )
    return {(f.subject, f.metric, f.period, round(f.value, 2)) for f in res.facts}


def test_a_year_named_for_an_old_total_does_not_date_a_later_quote() -> None:
    got = _facts(
        "去年全年产量为8万吨；2021年则为6万吨。\n"
        "行情方面，截至3月4日，氧化镨报40.1万-40.6万元/吨。",
        "2024-03-05",
    )
    assert ("pr_oxide", "price_low", "2024-03-04", 401000.0) in got
    assert ("pr_oxide", "price_high", "2024-03-04", 406000.0) in got


def test_last_years_days_keep_the_year_of_a_recent_review() -> None:
    got = _facts("2023年12月氧化铽走弱。12月29日，氧化铽报820万元/吨。", "2024-01-08")
    assert ("tb_oxide", "price", "2023-12-29", 8200000.0) in got
