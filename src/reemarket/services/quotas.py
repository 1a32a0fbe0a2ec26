"""China's mining and smelting-separation quotas by year and batch.

Two kinds of rows, kept apart: the full-year totals of the bundled reference table
(``data/reference/china_quotas.csv``, each naming its sources) and every quota figure
stated in an ingested document, with whether it states the year's total or one batch
(:func:`reemarket.domain.quotas.quota_scope`) and the sentence it came from.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from reemarket.domain.quotas import quota_scope
from reemarket.model.reference import load_reference
from reemarket.store.db import Store
from reemarket.store.quotas import quota_facts


class QuotaRow(BaseModel):
    """One quota figure."""

    year: str = Field(description="The year (or period) the quota is for.")
    quota: str = Field(description="mining or smelting_separation.")
    scope: str = Field(description="year (full-year total), batch, or unstated.")
    batch: int | None = Field(description="The batch number, when stated.")
    label: str = Field(description="'full year', 'batch 1', ... as shown.")
    tonnes: float = Field(description="The quota, t REO.")
    yoy_pct: float | None = Field(description="Change on the year before, percent, if stated.")
    origin: str = Field(description="reference (bundled table) or document.")
    source: str = Field(description="Reference sources, or the document's name.")
    sentence: str | None = Field(description="The sentence a document states it in.")
    fact_id: int | None = Field(description="The fact's id, for a document figure.")


def list_quotas(store: Store, *, year: int | None = None) -> list[QuotaRow]:
    """Every quota figure: reference full-year totals, then document figures, by year."""
    out: list[QuotaRow] = []
    for q in load_reference().quotas.values():
        totals = (("mining", q.mining_t), ("smelting_separation", q.separation_t))
        for kind, tonnes in totals:
            if tonnes is not None:
                out.append(QuotaRow(year=str(q.year), quota=kind, scope="year", batch=None,
                                    label="full year", tonnes=tonnes, yoy_pct=None,
                                    origin="reference", source=q.source.split(" | ")[0],
                                    sentence=None, fact_id=None))  # fmt: skip
    for f in quota_facts(store):
        scope = quota_scope(f.sentence)
        out.append(QuotaRow(year=f.period or "unstated", quota=f.subject, scope=scope.scope,
                            batch=scope.batch, label=scope.label(), tonnes=f.value,
                            yoy_pct=f.yoy_pct, origin="document",
                            source=f.publisher or f.document, sentence=f.sentence,
                            fact_id=f.fact_id))  # fmt: skip
    if year is not None:
        out = [r for r in out if r.year.startswith(str(year))]
    return sorted(out, key=lambda r: (r.year, r.quota, r.origin != "reference", r.batch or 0))
