"""Every row of the date phrasing table reads its examples as the period it lists."""

from __future__ import annotations

from datetime import date

import pytest

from reemarket.ingest import date_scan, dates
from reemarket.ingest.date_phrasings import PHRASINGS

CASES = [
    (f"{row.kind}#{i}", row.kind, text, period)
    for row in PHRASINGS
    for i, (text, period) in enumerate(row.examples)
]


@pytest.mark.parametrize(("name", "kind", "text", "period"), CASES, ids=[c[0] for c in CASES])
def test_phrasing_example_resolves_to_its_period(
    name: str, kind: str, text: str, period: str
) -> None:
    found = dates.find_dates(text, dates.DocDates(date(2024, 7, 5), None))
    assert found, name
    first = found[0]
    assert first.kind == kind, (name, [(m.kind, m.text) for m in found])
    assert (str(first.period) if first.period is not None else "") == period, name


def test_every_phrasing_has_an_example_and_a_unique_kind() -> None:
    kinds = [row.kind for row in PHRASINGS]
    assert len(kinds) == len(set(kinds))
    assert [row.kind for row in PHRASINGS if not row.examples] == []
    assert [k for k, _ in date_scan.PATTERNS] == kinds  # the scanner reads this table, in order
