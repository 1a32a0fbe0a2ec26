"""SQL of sheet repairs: what a repair policy does to each row with a problem.

Reads ``__problems`` (rid, line, code, reason) and ``__typed`` of an import; makes
``__repairs`` (one row per row with a problem: its codes, the action taken, the note
kept on the row) and the view ``__fixed``: every typed row with its repaired mid, its
note, and whether it is written.
"""

from __future__ import annotations

import duckdb

from reemarket.errors import RowProblem

#: Problems a row may be kept with under the ``flag`` policy (the row is usable as read).
FLAGGABLE = ("mid_outside_range", "range_glitch", "non_trading_day", "weekend_repeat",
             "implausible_price")  # fmt: skip
#: The words by which a ``non_trading_day`` problem says the row repeats the previous one
#: (its wording, ``sheets.validate.REASONS``, must keep them; a test holds it to that).
REPEAT_WORDS = "repeats the previous row"
_REPEAT = (
    f"(code = 'weekend_repeat' OR (code = 'non_trading_day' AND reason LIKE '%{REPEAT_WORDS}%'))"
)


def plan_repairs(conn: duckdb.DuckDBPyConnection, policies: frozenset[str]) -> None:
    """Create ``__repairs`` and ``__fixed`` for the policies (``mid``, ``weekend``, ``flag``)."""
    mid, weekend, flag = ("mid" in policies), ("weekend" in policies), ("flag" in policies)
    flaggable = ", ".join(f"'{c}'" for c in FLAGGABLE)
    conn.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE __repairs AS
        WITH per AS (
            SELECT rid, list(DISTINCT code ORDER BY code) AS codes, bool_and({_REPEAT}) AS repeat_only
            FROM __problems GROUP BY rid
        ), acted AS (
            SELECT rid, codes, {weekend} AND repeat_only AS dropped,
                   {mid} AND list_contains(codes, 'mid_outside_range') AS fix_mid,
                   list_filter(codes, lambda c: NOT ({mid} AND c = 'mid_outside_range')) AS rest
            FROM per
        )
        SELECT rid, codes, dropped, fix_mid, rest,
               NOT dropped AND (len(rest) = 0 OR ({flag}
                   AND len(list_filter(rest, lambda c: c NOT IN ({flaggable}))) = 0)) AS kept,
               nullif(array_to_string(
                   list_concat(CASE WHEN fix_mid THEN ['mid_outside_range:mid_recomputed']
                                    ELSE [] END,
                               list_transform(rest, lambda c: c || ':flagged')), ','), '') AS note
        FROM acted
        """
    )
    conn.execute(
        """
        CREATE OR REPLACE TEMP VIEW __fixed AS
        SELECT t.* REPLACE (CASE WHEN r.fix_mid THEN round((t.low + t.high) / 2, 6)
                                 ELSE t.mid END AS mid),
               CASE WHEN r.kept THEN r.note END AS repairs,
               (r.rid IS NULL OR r.kept) AS good
        FROM __typed t LEFT JOIN __repairs r USING (rid)
        """
    )


def repair_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows dropped, rows whose mid was recomputed, rows kept flagged, rows rejected."""
    row = conn.execute(
        """
        SELECT count(*) FILTER (dropped), count(*) FILTER (kept AND fix_mid),
               count(*) FILTER (kept AND len(rest) > 0), count(*) FILTER (NOT dropped AND NOT kept)
        FROM __repairs
        """
    ).fetchall()[0]
    return {"dropped": int(row[0]), "mid_recomputed": int(row[1]), "flagged": int(row[2]),
            "rejected": int(row[3])}  # fmt: skip


def problem_summary(
    conn: duckdb.DuckDBPyConnection, first: int
) -> list[tuple[str, int, int, list[int]]]:
    """Per reason code: problems, distinct rows, and the first ``first`` lines."""
    rows = conn.execute(
        f"""
        SELECT code, count(*), count(DISTINCT rid), list(line ORDER BY line)[1:{first}]
        FROM __problems GROUP BY code ORDER BY count(*) DESC, code
        """
    ).fetchall()
    return [(str(c), int(n), int(r), [int(x) for x in lines]) for c, n, r, lines in rows]


def rejected_problems(conn: duckdb.DuckDBPyConnection) -> list[RowProblem]:
    """The problems of the rows no repair saved, in line order."""
    rows = conn.execute(
        "SELECT p.line, p.code, p.reason FROM __problems p JOIN __repairs r USING (rid)"
        " WHERE NOT r.dropped AND NOT r.kept ORDER BY p.line, p.code"
    ).fetchall()
    return [RowProblem(int(line), str(code), str(reason)) for line, code, reason in rows]
