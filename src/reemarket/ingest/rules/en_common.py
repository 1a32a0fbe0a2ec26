"""What every English rule module shares, and the records of the grammar every family uses.

The cue-word class tuples and :func:`no_facts` that the rule modules' records use, and the
records of the date finder and of the period bases a comparison cue names. ``en.py``
registers them with the other families, in their order.
"""

from __future__ import annotations

from reemarket.ingest import dates
from reemarket.ingest.extractors import comparison
from reemarket.ingest.rules import Example, Rule

UPDOWN = ("direction.up", "direction.down")
"""The direction cue classes."""
CMP = ("comparison.yoy", "comparison.mom", "comparison.qoq", "comparison.wow")
"""The comparison-period cue classes."""


def no_facts(text: str) -> Example:
    """An example that must give no fact."""
    return Example(text, ())


RULES: list[Rule] = [
    Rule(
        "date",
        "date",
        "en",
        "a row of ingest/dates.py's phrasing table",
        dates.find_dates,
        (
            Example(
                "Samarium oxide was quoted at 15,000 yuan/t on 2 July.",
                (("price", "sm_oxide", "price", "2024-07-02", 15000, "CNY/t"),),
            ),
            # a bare day of the month is the latest such day not after the report
            Example(
                "Europium oxide closed at 185 yuan/kg on the 28th.",
                (("price", "eu_oxide", "price", "2024-06-28", 185, "CNY/kg"),),
            ),
            Example(
                "Gadolinium oxide was offered at 160,000 yuan/t on the 2nd.",
                (("price", "gd_oxide", "price", "2024-07-02", 160000, "CNY/t"),),
            ),
        ),
        cues=(),
    ),
    Rule(
        "period_base",
        "period base",
        "en",
        "{CUE:direction} {QTY} {CUE:comparison}|from {DATE}",
        comparison.cmp_of,
        (
            Example(
                "Neodymium oxide prices rose 2% compared with last Friday.",
                (("price", "nd_oxide", "change_pct", "2024-06-28/2024-07-05", 2, "%"),),
            ),
            Example(
                "NdPr oxide prices rose 5,000 yuan/t from the previous trading day.",
                (("price", "prnd_oxide", "change", "2024-07-04/2024-07-05", 5000, "CNY/t"),),
            ),
        ),
        cues=CMP,
    ),
]
