"""Sentence-wide passes run after every figure was read (:func:`run_sentence_passes`).

Flat output changes, the "They/Both" moves, moves between levels (``price_passes``),
listings and purchases, and the subject kept for the next sentence.
"""

from __future__ import annotations

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors import listings, price_passes, prices, production
from reemarket.ingest.extractors.date_binding import bind_period
from reemarket.ingest.extractors.price_changes import group_moves
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.numbers import Quantity


def run_sentence_passes(view: SentenceView, st: DocState, out: list[Draft]) -> list[Draft]:
    """Sentence-wide rules: flat output changes, moves between levels, change spans."""
    for metric, cmp, pos in production.flat_changes(view, st):
        prod = view.nearest_before(view.products, pos)
        if prod is None:
            continue
        fake = Quantity(pos, pos, 0.0, None, "%")
        period, dm = bind_period(view, fake, st, price=False)
        out.append(
            Draft(
                "production",
                production.entity_for(view, fake, st),
                prod.id,
                f"{metric}_{cmp}_pct",
                period,
                0.0,
                "%",
                fake,
                date_mention=dm,
            )
        )
    group_moves(view, st, out)
    price_passes.run(view, out, st)
    listings.listed(view, out, st)
    listings.purchased(view, out, st)
    prices.remember_subject(out, st)
    return out
