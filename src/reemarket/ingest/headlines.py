"""A headline's market: a figure in the title line takes the market the body gives it.

Headlines drop the basis ("Down 4.1% on the week at $1.85/kg: lanthanum oxide lags"), so a
dollar quote or a percentage move there reads as the Chinese domestic market by default.
When the body quotes the same product outside China in one market only (its fob China
or cif Rotterdam assessment), the headline's figure is that market's; a repeat of a body
fact then disappears with the other repeats.
"""

from __future__ import annotations

from dataclasses import replace

from reemarket.domain.facts import Fact


def title_end(text: str) -> int:
    """Where the document's first non-blank line ends (0 for an empty text)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def headline_markets(facts: list[Fact], end: int) -> list[Fact]:
    """Give the title line's default-market price facts the one market the body names."""
    body: dict[str, set[str]] = {}
    for f in facts:
        if (
            f.kind == "price"
            and f.span_start >= end
            and not f.unit.startswith("CNY")
            and f.unit != "%"
        ):
            body.setdefault(f.subject, set()).add(f.entity)
    out: list[Fact] = []
    for f in facts:
        markets = body.get(f.subject, set())
        if (
            f.kind == "price"
            and f.span_end <= end
            and f.entity == "china"
            and not f.unit.startswith("CNY")
            and len(markets) == 1
            and "china" not in markets
        ):
            f = replace(f, entity=next(iter(markets)))
        out.append(f)
    return _restated_moves(out, end)


#: The price metrics a title may restate from the body: moves and the levels they reach.
_RESTATED = ("change", "change_pct", "price", "price_low", "price_high")


def _restated_moves(facts: list[Fact], end: int) -> list[Fact]:
    """A title's move or level that the body tells too is the body's: its market and span.

    "Terbium Oxide Up 1.5%" over a body's "terbium oxide gained 1.5% on the day" (told of
    the day before publication) is that move, not another one ending on publication day;
    "NdPr oxide slips 1.5% to $58,900/t" over the body's fob China "$58,900 per tonne" is
    that quote.
    """
    body: dict[tuple[str, str, float, str], list[Fact]] = {}
    for f in facts:
        if f.kind == "price" and f.span_start >= end and f.metric in _RESTATED:
            body.setdefault((f.subject, f.metric, f.value, f.unit), []).append(f)
    out: list[Fact] = []
    for f in facts:
        told = body.get((f.subject, f.metric, f.value, f.unit), [])
        if f.kind == "price" and f.span_end <= end and len(told) == 1:
            t = told[0]
            f = replace(f, entity=t.entity).with_period(t.period, t.period_start, t.period_end)
        out.append(f)
    return out
