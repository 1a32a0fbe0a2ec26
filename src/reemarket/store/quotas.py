"""SQL of quota facts: every quota figure extracted from a document, with its sentence."""

from __future__ import annotations

from dataclasses import dataclass

from reemarket.store.db import Store


@dataclass(frozen=True)
class QuotaFact:
    """A quota figure stated in a document."""

    fact_id: int
    subject: str
    period: str
    value: float
    unit: str
    yoy_pct: float | None
    sentence: str
    document: str
    publisher: str | None


def quota_facts(store: Store) -> list[QuotaFact]:
    """Every extracted quota (metric ``quota``) with its year-on-year change where stated."""
    rows = store.conn.execute(
        """
        SELECT f.id, f.subject, f.period, f.value, f.unit,
               (SELECT y.value FROM facts y WHERE y.document_id = f.document_id
                  AND y.kind = 'quota' AND y.metric = 'quota_yoy_pct' AND y.subject = f.subject
                  AND y.period = f.period AND y.sentence = f.sentence LIMIT 1),
               f.sentence, d.name, d.publisher
        FROM facts f JOIN documents d ON d.id = f.document_id
        WHERE f.kind = 'quota' AND f.metric = 'quota'
        ORDER BY f.period, f.subject, f.id
        """
    ).fetchall()
    return [
        QuotaFact(
            fact_id=int(r[0]),
            subject=str(r[1]),
            period=str(r[2]),
            value=float(r[3]),
            unit=str(r[4]),
            yoy_pct=None if r[5] is None else float(r[5]),
            sentence=str(r[6]),
            document=str(r[7]),
            publisher=None if r[8] is None else str(r[8]),
        )
        for r in rows
    ]
