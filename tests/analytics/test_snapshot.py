"""The market snapshot over a real DuckDB file loaded from real sheet files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from reemarket.domain.money import china_vat_on
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import InputError, NotFoundError
from reemarket.services.fx import bundled_rates, import_fx
from reemarket.services.prices import import_prices
from reemarket.services.snapshot import get_snapshot, publisher_of
from reemarket.store.db import Store, open_store
from reemarket.store.fx import set_preference

START = dt.date(2024, 1, 1)
LAST = dt.date(2025, 3, 14)
TRADING = get_calendar("sse")


def _price(day: dt.date) -> float:
    """A made-up but plausible Nd oxide mid: rises 100 yuan a day from 400,000."""
    return 400_000.0 + 100.0 * (day - START).days


def _write_sheet(path: Path, rows: list[dict[str, object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["date", "product", "market", "low", "high", "mid", "unit",
                                     "basis", "source"])  # fmt: skip
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Store:
    weekdays = TRADING.trading_days(START, LAST)
    rows: list[dict[str, object]] = [
        {"date": d, "product": "nd_oxide", "market": "china", "low": _price(d) - 1000,
         "high": _price(d) + 1000, "mid": _price(d), "unit": "CNY/t", "basis": "incl_vat",
         "source": "Shanghai Metals Market (SMM), daily sheet"}
        for d in weekdays
    ]  # fmt: skip
    # A second source with fewer and higher quotes: never blended into the default series.
    rows += [
        {"date": d, "product": "nd_oxide", "market": "china", "low": "", "high": "",
         "mid": _price(d) + 50_000, "unit": "CNY/t", "basis": "incl_vat",
         "source": "Reuters, report 7.txt"}
        for d in weekdays[-30:]
    ]  # fmt: skip
    # A stale series: last quote in 2024-06, far more than 92 days before the as-of date.
    rows += [
        {"date": d, "product": "ce_oxide", "market": "china", "low": 7000, "high": 7200,
         "mid": 7100, "unit": "CNY/t", "basis": "incl_vat", "source": "Old sheet"}
        for d in weekdays if d < dt.date(2024, 6, 1)
    ]  # fmt: skip
    sheet = _write_sheet(tmp_path / "prices.csv", rows)
    s = open_store(tmp_path / "snap.duckdb")
    import_prices(s, sheet)
    return s


def test_latest_price_changes_and_range_come_from_one_source(store: Store) -> None:
    snap = get_snapshot(store, today=dt.date(2026, 1, 1))
    assert snap.as_of == LAST
    (nd,) = snap.items  # the stale Ce series is left out
    assert nd.publisher == "Shanghai Metals Market"
    assert nd.source.startswith("Shanghai Metals Market")
    assert nd.date == LAST
    assert nd.mid == pytest.approx(_price(LAST))
    changes = {c.window: c for c in nd.changes}
    expected = {
        "d/d": dt.date(2025, 3, 13),
        "w/w": dt.date(2025, 3, 7),
        "m/m": dt.date(2025, 2, 14),
        "y/y": dt.date(2024, 3, 14),
        "ytd": dt.date(2024, 12, 31),
    }
    for window, base_day in expected.items():
        assert changes[window].base_date == base_day, window
        assert changes[window].pct == pytest.approx((_price(LAST) / _price(base_day) - 1) * 100), (
            window
        )
    first_52w = TRADING.trading_days(LAST - dt.timedelta(days=363), LAST)[0]
    assert nd.low_52w == pytest.approx(_price(first_52w) - 1000)
    assert nd.low_52w_date == first_52w
    assert nd.high_52w == pytest.approx(_price(LAST) + 1000)
    assert nd.high_52w_date == LAST


def test_preferred_source_is_used(store: Store) -> None:
    with store.transaction() as tx:
        set_preference(tx, "nd_oxide", "china", "Reuters, report 7.txt")
    (nd,) = get_snapshot(store).items
    assert nd.publisher == "Reuters"
    assert nd.mid == pytest.approx(_price(LAST) + 50_000)
    assert nd.observations == 30


def test_conversion_shows_the_monthly_fx_and_the_vat_in_force(store: Store) -> None:
    (nd,) = get_snapshot(store, currency="USD", basis="excl_vat").items
    rate = bundled_rates()[("USD/CNY", dt.date(2025, 3, 1))]
    assert nd.fx is not None
    assert (nd.fx.pair, nd.fx.kind, nd.fx.rate, nd.fx.date) == (
        "USD/CNY", "monthly", rate, dt.date(2025, 3, 1))  # fmt: skip
    assert "Federal Reserve" in nd.fx.source
    assert nd.vat_rate == 0.13
    assert (nd.unit, nd.basis) == ("USD/kg", "excl_vat")
    assert nd.mid == pytest.approx(_price(LAST) / rate / 1000 / 1.13)


def test_a_stored_daily_rate_wins_over_the_monthly_average(store: Store, tmp_path: Path) -> None:
    rates = tmp_path / "fx.csv"
    rates.write_text("date,pair,rate\n2025-03-13,USD/CNY,7.25\n", encoding="utf-8")
    result = import_fx(store, rates)
    assert (result.inserted, result.unchanged) == (1, 0)
    assert import_fx(store, rates).unchanged == 1  # idempotent
    (nd,) = get_snapshot(store, currency="USD").items
    assert nd.fx is not None
    assert (nd.fx.kind, nd.fx.date, nd.fx.rate) == ("daily", dt.date(2025, 3, 13), 7.25)
    assert nd.mid == pytest.approx(_price(LAST) / 7.25 / 1000)
    assert nd.vat_rate is None
    assert nd.basis == "incl_vat"


def test_a_bad_rate_file_names_the_line_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    rates = tmp_path / "fx.csv"
    rates.write_text("date,pair,rate\n2025-03-12,USD/CNY,7.2\n2025-03-13,USD/CNY,0.139\n",
                     encoding="utf-8")  # fmt: skip
    with pytest.raises(InputError, match=r"line 3: .*CNY per USD.*use 7\.19"):
        import_fx(store, rates)
    (nd,) = get_snapshot(store, currency="USD").items
    assert nd.fx is not None
    assert nd.fx.kind == "monthly"


def test_as_of_market_and_age_filters(store: Store) -> None:
    snap = get_snapshot(store, as_of=dt.date(2024, 5, 31))
    assert {i.product for i in snap.items} == {"nd_oxide", "ce_oxide"}
    assert all(i.date <= dt.date(2024, 5, 31) for i in snap.items)
    everything = get_snapshot(store, max_age_days=None)
    assert {i.product for i in everything.items} == {"nd_oxide", "ce_oxide"}
    assert get_snapshot(store, market="fob_china").items == []
    with pytest.raises(InputError):
        get_snapshot(store, basis="gross")
    with pytest.raises(InputError):
        get_snapshot(store, currency="t")


def test_an_empty_database_has_no_snapshot(tmp_path: Path) -> None:
    with open_store(tmp_path / "empty.duckdb") as s, pytest.raises(NotFoundError):
        get_snapshot(s)


def test_vat_rate_in_force_and_publisher_names() -> None:
    assert china_vat_on(dt.date(2018, 4, 30)) == 0.17
    assert china_vat_on(dt.date(2018, 5, 1)) == 0.16
    assert china_vat_on(dt.date(2019, 4, 1)) == 0.13
    assert publisher_of("Xinglu Chemical, report 31_x.txt (figures from https://x)") == (
        "Xinglu Chemical"
    )
    assert publisher_of("KOMIS (Korea Mineral Information Service) 99%min") == "KOMIS"
    assert publisher_of("china_daily_oxide_prices_2013_2024 (GitHub YiYaWu-233, x.csv)") == (
        "GitHub YiYaWu-233"
    )
    assert publisher_of("03_note.txt", "Fastmarkets") == "Fastmarkets"


def test_sources_compared_and_preferred(store: Store) -> None:
    from reemarket.services.analytics import get_window_changes
    from reemarket.services.series_sources import compare_sources, list_sources, prefer_source

    listed = list_sources(store, "nd_oxide", "china")
    assert [(s.source.split(",")[0], s.default) for s in listed] == [
        ("Shanghai Metals Market (SMM)", True), ("Reuters", False)]  # fmt: skip
    c = compare_sources(store, "Nd oxide", listed[1].source, listed[0].source, threshold_pct=11.3)
    assert c.common == 30
    assert c.days_a == 30
    assert c.mean_gap == pytest.approx(50_000.0)
    assert c.max_gap == pytest.approx(50_000.0)
    pcts = [50_000.0 / _price(d) * 100 for d, _, _ in c.rows]
    assert c.mean_gap_pct == pytest.approx(sum(pcts) / len(pcts))
    assert c.days_over == sum(1 for p in pcts if p > 11.3)
    assert 0 < c.days_over < 30
    # The week change reads one source: the default sheet, never Reuters' higher quote.
    week = get_window_changes(store, "nd_oxide").changes[1]
    assert week.window == "week"
    assert week.end == pytest.approx(_price(LAST))
    prefer_source(store, "nd_oxide", "china", listed[1].source)
    week = get_window_changes(store, "nd_oxide").changes[1]
    assert week.end == pytest.approx(_price(LAST) + 50_000)
    with pytest.raises(NotFoundError, match="has no source"):
        prefer_source(store, "nd_oxide", "china", "Nobody")
    with pytest.raises(InputError, match="two different sources"):
        compare_sources(store, "nd_oxide", "x", "x")


def test_snapshot_rows_carry_their_recent_quotes_for_a_sparkline(store: Store) -> None:
    """The sparkline: the default source's mids of the 91 days to the latest quote, oldest
    first; the second source's higher quotes are not blended in."""
    assert all(i.spark == [] for i in get_snapshot(store, as_of=LAST).items)  # only when asked
    (item,) = [
        i for i in get_snapshot(store, as_of=LAST, sparklines=True).items if i.product == "nd_oxide"
    ]
    days = [d for d in TRADING.trading_days(START, LAST) if (LAST - d).days <= 91]
    assert item.spark == [_price(d) for d in days]
    usd = get_snapshot(store, as_of=LAST, currency="USD", sparklines=True).items[0]
    assert len(usd.spark) == len(days)
    assert usd.spark[-1] == pytest.approx(usd.mid)  # the latest quote's factor throughout
