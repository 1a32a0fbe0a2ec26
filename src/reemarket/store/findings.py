"""Queries of the audit: the facts and observations the rules check, and stored findings."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reemarket.store.db import Store, fetch_one, retrying

_CLAIMS = """
SELECT f.id, f.document_id, d.name, f.kind, f.entity, f.subject, f.metric, f.period,
       f.period_start, f.period_end, f.value, f.value_high, f.unit, f.sentence, f.bound
FROM facts f JOIN documents d ON d.id = f.document_id
WHERE f.resolved {extra}
ORDER BY f.id
"""


def claim_rows(store: Store, document_id: str | None = None) -> list[tuple[Any, ...]]:
    """Resolved facts (all, or one document's) in id order, as the audit's Claim fields."""
    extra, params = ("AND f.document_id = ?", [document_id]) if document_id else ("", [])
    return store.conn.execute(_CLAIMS.format(extra=extra), params).fetchall()


def document_id(store: Store, doc: str) -> str | None:
    """The id of the document whose id or name is ``doc``, if there is one."""
    row = fetch_one(store.conn, "SELECT id FROM documents WHERE id = ? OR name = ?", [doc, doc])
    return None if row is None else str(row[0])


_MOVES = """
WITH s AS (
  SELECT product, market, source, date, mid, fact_id,
         lag(date) OVER w AS prev_date, lag(mid) OVER w AS prev_mid, lag(fact_id) OVER w AS prev_fact
  FROM observations
  WINDOW w AS (PARTITION BY product, market, source ORDER BY date)
)
SELECT product, market, source, prev_date, prev_mid, date, mid, prev_fact, fact_id
FROM s
WHERE prev_date IS NOT NULL AND date - prev_date <= 7 AND prev_mid > 0
  AND abs(mid / prev_mid - 1) > coalesce((SELECT t FROM __jump_t WHERE p = product), ?)
ORDER BY product, market, source, date
"""

_EXPLAINED = """
SELECT DISTINCT f.subject, f.period_end FROM facts f
WHERE f.kind = 'price' AND f.metric IN ('change', 'change_pct') AND f.period_end IS NOT NULL
"""


def price_jumps(
    store: Store, default: float, per_product: dict[str, float]
) -> tuple[set[tuple[Any, Any]], list[tuple[Any, ...]]]:
    """Day-on-day moves beyond their product's threshold (``default`` for the others).

    Returns the (product, day) pairs a stated change explains, and the moves:
    (product, market, source, day before, mid before, day, mid, fact before, fact).
    """
    conn = store.conn
    conn.execute(
        "CREATE OR REPLACE TEMP TABLE __jump_t AS SELECT unnest(?::VARCHAR[]) AS p,"
        " unnest(?::DOUBLE[]) AS t",
        [list(per_product), list(per_product.values())],
    )
    try:
        explained = {(s, d) for s, d in conn.execute(_EXPLAINED).fetchall()}
        moves = conn.execute(_MOVES, [default]).fetchall()
    finally:
        conn.execute("DROP TABLE IF EXISTS __jump_t")
    return explained, moves


_DISAGREE = """
SELECT a.product, a.market, a.date, a.source, a.mid, b.source, b.mid, a.unit, a.fact_id, b.fact_id
FROM observations a JOIN observations b
  ON a.product = b.product AND a.market = b.market AND a.date = b.date AND a.unit = b.unit
 AND a.source < b.source
WHERE abs(a.mid - b.mid) > ? * greatest(abs(a.mid), abs(b.mid))
ORDER BY a.product, a.market, a.date
"""


def disagreeing_observations(store: Store, tolerance: float) -> list[tuple[Any, ...]]:
    """Same-day observations of two sources whose mids differ by more than ``tolerance``.

    Rows: (product, market, day, source a, mid a, source b, mid b, unit, fact a, fact b).
    """
    return store.conn.execute(_DISAGREE, [tolerance]).fetchall()


@dataclass(frozen=True)
class NewFinding:
    """A finding to store."""

    code: str
    severity: str
    document_id: str | None
    fact_ids: Sequence[int]
    message: str
    detail: dict[str, Any]


@retrying
def replace_findings(
    store: Store,
    document_id: str | None,
    params: dict[str, Any],
    summary: dict[str, Any],
    findings: Sequence[NewFinding],
) -> int:
    """Store an audit run's findings in one transaction; return the run id.

    The old findings (all, or one document's) are dropped first.
    """
    with store.transaction() as tx:
        if document_id is None:
            tx.execute("DELETE FROM findings")
        else:
            tx.execute("DELETE FROM findings WHERE document_id = ?", [document_id])
        row = fetch_one(
            tx,
            "INSERT INTO runs (kind, params, summary) VALUES ('audit', ?, ?) RETURNING id",
            [json.dumps(params), json.dumps(summary)],
        )
        assert row is not None
        run_id = int(str(row[0]))
        for f in findings:
            tx.execute(
                "INSERT INTO findings (run_id, code, severity, document_id, fact_ids, message,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    run_id,
                    f.code,
                    f.severity,
                    f.document_id,
                    list(f.fact_ids),
                    f.message,
                    json.dumps(f.detail, default=str),
                ],
            )
    return run_id


def finding_rows(
    store: Store,
    *,
    run_id: int | None = None,
    doc: str | None = None,
    code: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple[Any, ...]]:
    """Stored findings in id order, filtered and paged in SQL.

    Rows: (id, code, severity, document name, fact ids, message, sentences of the facts).
    """
    where, params = _where(run_id, doc, code)
    sql = (
        "SELECT f.id, f.code, f.severity, d.name, f.fact_ids, f.message,"
        " (SELECT list(x.sentence ORDER BY x.id) FROM facts x WHERE list_contains(f.fact_ids, x.id))"
        " FROM findings f LEFT JOIN documents d ON d.id = f.document_id"
        f" WHERE {where} ORDER BY f.id"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    return store.conn.execute(sql, params).fetchall()


def count_findings(
    store: Store, *, run_id: int | None = None, doc: str | None = None, code: str | None = None
) -> int:
    """How many stored findings :func:`finding_rows` lists with the same filters."""
    where, params = _where(run_id, doc, code)
    row = store.conn.execute(
        "SELECT count(*) FROM findings f LEFT JOIN documents d ON d.id = f.document_id"
        f" WHERE {where}",
        params,
    ).fetchone()
    return int(row[0]) if row else 0


def _where(run_id: int | None, doc: str | None, code: str | None) -> tuple[str, list[Any]]:
    """The findings filter as SQL over ``findings f`` joined to ``documents d``, and its values."""
    where, params = ["TRUE"], []
    for clause, value in (
        ("f.run_id = ?", run_id),
        ("(d.name = ? OR d.id = ?)", doc),
        ("f.code = ?", code),
    ):
        if value is not None:
            where.append(clause)
            params.extend([value] * clause.count("?"))
    return " AND ".join(where), params


def finding_detail(store: Store, finding_id: int) -> str | None:
    """The stored JSON detail of one finding (None if absent)."""
    rows = store.conn.execute("SELECT detail FROM findings WHERE id = ?", [finding_id]).fetchall()
    return str(rows[0][0]) if rows and rows[0][0] else None
