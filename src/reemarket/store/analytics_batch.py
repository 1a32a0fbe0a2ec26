"""Batch analytics over the whole ``observations`` table, in DuckDB SQL.

:func:`changes_table` gives, for every observation of every series, the change over each
window as of that observation's date; :func:`averages_table` the trading-day average of
every series over every month, quarter and year. The definitions, and the checks on the
request, are :mod:`reemarket.analytics.batch`'s.

How the changes stay fast: the base of a window is "the last observation on or before a
target date". For each distinct date the target is found once, in the small table of all
dates, together with its offset in that list. A series that quotes every date of the list
between its first and last date (the usual case) is *dense*: its base is the row that
many places back, read with ``lag`` in one sorted window pass. The other series take
their bases with an ASOF join. Both give the same answer.

Both write their result to the temporary table ``into`` (one row per observation or
period, with a series id ``sid``) and the series to ``into_series`` (``sid`` and the
keys), like a categorical column, and return a relation joining the two. It stays valid
whatever runs on the connection next, until the same ``into`` is computed again. Work
tables are ``_an_cal`` (trading days), ``_an_series``, ``_an_obs`` and ``_an_dates``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import duckdb

from reemarket.domain.periods import Granularity
from reemarket.errors import InputError
from reemarket.store.observations import ORIGIN_RANK_SQL

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

#: The SQL of each window's target date, by window name, given the observation date
#: ``date``; ``prev`` (the previous trading day) is looked up in the calendar instead.
_TARGET_SQL: dict[str, str] = {
    "week": "date - 7",
    "month": "CAST(date - INTERVAL 1 MONTH AS DATE)",
    "quarter": "CAST(date - INTERVAL 3 MONTH AS DATE)",
    "year": "CAST(date - INTERVAL 1 YEAR AS DATE)",
    "mtd": "CAST(date_trunc('month', date) AS DATE) - 1",
    "qtd": "CAST(date_trunc('quarter', date) AS DATE) - 1",
    "ytd": "CAST(date_trunc('year', date) AS DATE) - 1",
}

_PERIOD_SQL: dict[Granularity, tuple[str, str]] = {
    Granularity.MONTH: ("month", "strftime(date, '%Y-%m')"),
    Granularity.QUARTER: ("quarter", "CAST(year(date) AS VARCHAR) || '-Q' || quarter(date)"),
    Granularity.YEAR: ("year", "CAST(year(date) AS VARCHAR)"),
}
#: The granularities :func:`averages_table` computes.
PERIODS: tuple[Granularity, ...] = tuple(_PERIOD_SQL)


def series_keys(per_source: bool) -> list[str]:
    """Return the columns that name one series: product, market (source), unit."""
    return ["product", "market", "source", "unit"] if per_source else ["product", "market", "unit"]


def _where(products: Sequence[str] | None) -> str:
    if not products:
        return ""
    names = ", ".join("'" + p.replace("'", "''") + "'" for p in products)
    return f"WHERE product IN ({names})"


def _base_sql(per_source: bool, products: Sequence[str] | None) -> str:
    where = _where(products)
    if per_source:
        return f"SELECT product, market, source, unit, date, mid FROM observations {where}"
    return (
        f"SELECT product, market, unit, date, mid FROM observations {where} QUALIFY row_number()"
        f" OVER (PARTITION BY product, market, unit, date ORDER BY {ORIGIN_RANK_SQL}, source) = 1"
    )


def register_calendar(conn: duckdb.DuckDBPyConnection, days: Sequence[date]) -> None:
    """Create the temporary table ``_an_cal(date)`` of a calendar's trading days."""
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE _an_cal AS SELECT unnest(CAST(? AS DATE[])) AS date", [days]
    )


def _register_observations(
    conn: duckdb.DuckDBPyConnection,
    keys: list[str],
    per_source: bool,
    products: Sequence[str] | None,
) -> None:
    """Create ``_an_series(sid, keys...)`` and ``_an_obs(sid, date, mid)``.

    The series id is a hash of the keys, so the observations need no join to get it;
    should two series ever hash alike, the ids are numbered instead.
    """
    k = ", ".join(keys)
    base = _base_sql(per_source, products)
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE _an_series AS SELECT hash({k}) AS sid, {k}"
        f" FROM (SELECT DISTINCT {k} FROM observations {_where(products)})"
    )
    row = conn.execute("SELECT count(*) = count(DISTINCT sid) FROM _an_series").fetchone()
    if row and row[0]:
        conn.execute(
            f"CREATE OR REPLACE TEMP TABLE _an_obs AS SELECT hash({k}) AS sid, date, mid"
            f" FROM ({base})"
        )
        return
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE _an_series AS SELECT row_number() OVER (ORDER BY {k})"
        f" AS sid, {k} FROM (SELECT DISTINCT {k} FROM observations {_where(products)})"
    )
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE _an_obs AS SELECT s.sid, o.date, o.mid"
        f" FROM ({base}) o JOIN _an_series s USING ({k})"
    )


def check_name(into: str) -> None:
    """Refuse a result table name that is not a plain SQL name (InputError)."""
    if not _NAME.fullmatch(into):
        raise InputError(f"not a table name: {into!r} (letters, digits and _)")


def _with_keys(
    conn: duckdb.DuckDBPyConnection, into: str, keys: list[str]
) -> duckdb.DuckDBPyRelation:
    """Return the result table ``into`` with its series keys in place of the series id."""
    cols = ", ".join("s." + c for c in keys)
    return conn.sql(
        f"SELECT {cols}, r.* EXCLUDE (sid) FROM {into} r JOIN {into}_series s USING (sid)"
    )


def _drop_work(conn: duckdb.DuckDBPyConnection) -> None:
    for name in ("_an_obs", "_an_dates"):
        conn.execute(f"DROP TABLE IF EXISTS {name}")


def changes_table(
    conn: duckdb.DuckDBPyConnection,
    days: Sequence[date],
    windows: Sequence[str],
    *,
    span: tuple[date, date],
    max_base_age: int,
    per_source: bool,
    products: Sequence[str] | None,
    into: str,
) -> duckdb.DuckDBPyRelation:
    """Return every observation with its change over each named window as of its date.

    ``days`` are the calendar's trading days and ``span`` its first and last day (``prev``
    is the trading day before, for dates within the span); a base more than
    ``max_base_age`` days before its target counts as none. Columns: the series keys,
    ``date``, ``mid`` and for each window ``w``: ``w_base_date``, ``w_base``,
    ``w_change``, ``w_pct``. Stored in the temporary tables ``into`` and ``into_series``.
    """
    check_name(into)
    keys = series_keys(per_source)
    names = list(windows)
    first, last = span
    register_calendar(conn, days)
    _register_observations(conn, keys, per_source, products)
    targets = []
    for name in names:
        if name == "prev":
            targets.append(
                f"CASE WHEN g.date BETWEEN DATE '{first}' AND DATE '{last}' THEN"
                " (SELECT max(c.date) FROM _an_cal c WHERE c.date < g.date) END AS t_prev"
            )
        else:
            targets.append(f"{_TARGET_SQL[name]} AS t_{name}")
    joins = " ".join(f"ASOF LEFT JOIN g AS g_{n} ON g_{n}.date <= p.t_{n}" for n in names)
    dims = ", ".join(
        f"p.t_{n}, g_{n}.date AS td_{n}, CAST(p.gi - g_{n}.gi AS BIGINT) AS off_{n}" for n in names
    )
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _an_dates AS
        WITH g AS (SELECT date, row_number() OVER (ORDER BY date) AS gi
                   FROM (SELECT DISTINCT date FROM _an_obs)),
        p AS (SELECT g.date, g.gi, {", ".join(targets)} FROM g)
        SELECT p.date, p.gi, {dims} FROM p {joins}
        """
    )
    lags = ", ".join(f"d.td_{n}, lag(o.mid, d.off_{n}) OVER s AS lm_{n}" for n in names)
    dense_cols = ", ".join(
        f"CASE WHEN td_{n} >= first_date THEN td_{n} END AS bd_{n},"
        f" CASE WHEN td_{n} >= first_date THEN lm_{n} END AS bm_{n}"
        for n in names
    )
    asof = " ".join(
        f"ASOF LEFT JOIN gappy AS o_{n} ON o_{n}.sid = g.sid AND o_{n}.date <= g.t_{n}"
        for n in names
    )
    gappy_cols = ", ".join(f"o_{n}.date AS bd_{n}, o_{n}.mid AS bm_{n}" for n in names)
    fresh = {n: f"d.t_{n} - bd_{n} <= {int(max_base_age)}" for n in names}
    outs = ", ".join(
        f"CASE WHEN {fresh[n]} THEN bd_{n} END AS {n}_base_date,"
        f" CASE WHEN {fresh[n]} THEN bm_{n} END AS {n}_base,"
        f" CASE WHEN {fresh[n]} THEN r.mid - bm_{n} END AS {n}_change,"
        f" CASE WHEN {fresh[n]} THEN (r.mid - bm_{n}) / nullif(bm_{n}, 0) * 100 END AS {n}_pct"
        for n in names
    )
    try:
        conn.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE {into} AS
            WITH x AS (SELECT sid, min(date) AS first_date, max(date) AS last_date, count(*) AS n
                       FROM _an_obs GROUP BY sid),
            st AS (SELECT x.sid, x.first_date, a.gi - z.gi + 1 = x.n AS dense
                   FROM x JOIN _an_dates a ON a.date = x.last_date
                   JOIN _an_dates z ON z.date = x.first_date),
            w AS (SELECT o.sid, o.date, o.mid, st.first_date, {lags}
                  FROM _an_obs o JOIN st USING (sid) JOIN _an_dates d USING (date)
                  WHERE st.dense
                  WINDOW s AS (PARTITION BY o.sid ORDER BY o.date)),
            gappy AS MATERIALIZED (
                SELECT o.* FROM _an_obs o JOIN st USING (sid) WHERE NOT st.dense),
            g AS (SELECT o.*, {", ".join("d.t_" + n for n in names)}
                  FROM gappy o JOIN _an_dates d USING (date)),
            r AS (SELECT sid, date, mid, {dense_cols} FROM w
                  UNION ALL
                  SELECT g.sid, g.date, g.mid, {gappy_cols} FROM g {asof})
            SELECT r.sid, r.date, r.mid, {outs} FROM r JOIN _an_dates d USING (date)
            """
        )
        conn.execute(f"CREATE OR REPLACE TEMP TABLE {into}_series AS SELECT * FROM _an_series")
    finally:
        _drop_work(conn)
    return _with_keys(conn, into, keys)


def averages_table(
    conn: duckdb.DuckDBPyConnection,
    days: Sequence[date],
    granularities: Sequence[Granularity],
    *,
    per_source: bool,
    products: Sequence[str] | None,
    into: str,
) -> duckdb.DuckDBPyRelation:
    """Return the trading-day average of every series over every period of each granularity.

    Granularities are among :data:`PERIODS`; only observations on ``days`` count.
    Columns: the series keys, ``granularity``, ``period`` (exchange format), ``start``,
    ``mean``, ``days_used``, ``trading_days``, ``first_date``, ``last_date``. Stored in
    the temporary tables ``into`` and ``into_series``.
    """
    check_name(into)
    keys = series_keys(per_source)
    # One pass over the observations gives month totals; quarters and years add them up.
    parts, counts = [], []
    for g in granularities:
        gran = Granularity(g)
        trunc = _PERIOD_SQL[gran][0]
        parts.append(
            f"SELECT sid, '{gran.value}' AS granularity,"
            f" CAST(date_trunc('{trunc}', start) AS DATE) AS start, sum(total) AS total,"
            " sum(days_used) AS days_used, min(first_date) AS first_date,"
            " max(last_date) AS last_date FROM m GROUP BY ALL"
        )
        counts.append(
            f"SELECT '{gran.value}' AS granularity, CAST(date_trunc('{trunc}', date) AS DATE)"
            " AS start, count(*) AS trading_days FROM _an_cal GROUP BY ALL"
        )
    labels = " ".join(
        f"WHEN '{g.value}' THEN {_PERIOD_SQL[g][1].replace('date', 'a.start')}"
        for g in map(Granularity, granularities)
    )
    register_calendar(conn, days)
    _register_observations(conn, keys, per_source, products)
    try:
        conn.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE {into} AS
            WITH m AS MATERIALIZED (
                SELECT sid, CAST(date_trunc('month', date) AS DATE) AS start, sum(mid) AS total,
                       count(*) AS days_used, min(date) AS first_date, max(date) AS last_date
                FROM _an_obs WHERE date IN (SELECT date FROM _an_cal) GROUP BY ALL),
            a AS ({" UNION ALL ".join(parts)}),
            n AS ({" UNION ALL ".join(counts)})
            SELECT a.sid, a.granularity, CASE a.granularity {labels} END AS period, a.start,
                   a.total / a.days_used AS mean, a.days_used, n.trading_days, a.first_date,
                   a.last_date
            FROM a JOIN n USING (granularity, start)
            """
        )
        conn.execute(f"CREATE OR REPLACE TEMP TABLE {into}_series AS SELECT * FROM _an_series")
    finally:
        _drop_work(conn)
    return _with_keys(conn, into, keys)
