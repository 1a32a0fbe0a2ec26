"""The series cache of the analytics service: whole series read once, stale after any write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reemarket.services.analytics import get_series
from reemarket.store.db import Store

Add = Callable[..., None]


def test_a_write_makes_the_cached_series_stale(store: Store, add: Add) -> None:
    add(store, "nd_oxide", [(date(2025, 3, 3), 550_000.0)])
    first = get_series(store, "nd_oxide")
    assert [p.date for p in first.points] == [date(2025, 3, 3)]
    add(store, "nd_oxide", [(date(2025, 3, 4), 552_000.0)])  # a committed transaction
    again = get_series(store, "nd_oxide")
    assert [p.date for p in again.points] == [date(2025, 3, 3), date(2025, 3, 4)]
    window = get_series(store, "nd_oxide", start=date(2025, 3, 4))
    assert [p.mid for p in window.points] == [552_000.0]
