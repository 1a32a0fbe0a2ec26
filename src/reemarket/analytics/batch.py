"""Batch analytics over the whole ``observations`` table (the SQL: ``store/analytics_batch``).

:func:`batch_changes` gives, for every observation of every series, the change over each
requested standard window as of that observation's date (the definitions of
:mod:`reemarket.analytics.changes`). :func:`batch_averages` gives the trading-day average
of every series over every month, quarter and year (:mod:`reemarket.analytics.averages`).
Both compute in the store in one pass over the table and leave their result in
temporary tables (see :mod:`reemarket.store.analytics_batch`).
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

from reemarket.analytics.changes import MAX_BASE_AGE_DAYS, Window
from reemarket.domain.periods import Granularity
from reemarket.domain.trading_calendar import TradingCalendar
from reemarket.errors import InputError
from reemarket.store.analytics_batch import PERIODS, averages_table, changes_table, check_name


def batch_changes(
    conn: duckdb.DuckDBPyConnection,
    trading: TradingCalendar,
    windows: Sequence[Window] = (Window.MONTH, Window.QUARTER, Window.YEAR),
    *,
    per_source: bool = False,
    products: Sequence[str] | None = None,
    into: str = "analytics_changes",
) -> duckdb.DuckDBPyRelation:
    """Return every observation with its change over each window as of its date.

    Columns: the series keys, ``date``, ``mid`` and for each window ``w``: ``w_base_date``,
    ``w_base``, ``w_change``, ``w_pct`` (NULL where the series has no base). With
    ``per_source`` every source is its own series; otherwise one observation per date is
    kept as in :func:`reemarket.analytics.series.load_series`. The result is stored in the
    temporary tables ``into`` and ``into_series``.
    """
    check_name(into)
    if not windows:
        raise InputError("name at least one window")
    names = [Window(w).value for w in windows]
    days = trading.trading_days(trading.first, trading.last)
    return changes_table(conn, days, names, span=(trading.first, trading.last),
                         max_base_age=MAX_BASE_AGE_DAYS, per_source=per_source,
                         products=products, into=into)  # fmt: skip


def batch_averages(
    conn: duckdb.DuckDBPyConnection,
    trading: TradingCalendar,
    granularities: Sequence[Granularity] = (
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.YEAR,
    ),
    *,
    per_source: bool = False,
    products: Sequence[str] | None = None,
    into: str = "analytics_averages",
) -> duckdb.DuckDBPyRelation:
    """Return the trading-day average of every series over every period of each granularity.

    Columns: the series keys, ``granularity``, ``period`` (exchange format), ``start``,
    ``mean``, ``days_used``, ``trading_days``, ``first_date``, ``last_date``. Only
    observations on the calendar's trading days count. The result is stored in the
    temporary tables ``into`` and ``into_series``.
    """
    check_name(into)
    grans = [Granularity(g) for g in granularities]
    for gran in grans:
        if gran not in PERIODS:
            raise InputError(f"batch averages are by month, quarter or year, not {gran}")
    days = trading.trading_days(trading.first, trading.last)
    return averages_table(conn, days, grans, per_source=per_source, products=products,
                          into=into)  # fmt: skip
