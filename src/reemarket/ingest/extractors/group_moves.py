"""The "They/Both" step: percent moves of a sentence led by a pronoun for goods named just before.

:func:`remember_group` keeps the goods of a figure-less sentence; :func:`group_moves` gives
the next sentence's moves to them ("They rose 2% and 1% respectively").
"""

from __future__ import annotations

import re

from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors import prices
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.date_binding import bind_period
from reemarket.ingest.extractors.figure_words import modal_move, signed
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.lexicon import find_companies, find_products


def remember_group(text: str, st: DocState, paragraph: int, light: bool) -> None:
    """Keep the goods a figure-less sentence names, two or more, for a "They ..." after it.

    Any other sentence forgets them: the pronoun must follow right after.
    """
    st.topic_group = None
    if not light:
        return
    ids: list[str] = []
    for p in find_products(text):
        if p.id not in prices.GROUPS and p.id not in ids:
            ids.append(p.id)
    if len(ids) >= 2 and not find_companies(text):  # ("Lynas and MP sell ...": they, too)
        st.topic_group = (paragraph, tuple(ids))


#: A sentence led by a plural pronoun for the goods named just before: "They rose 2% and 1%
#: respectively", "Both were up 7.3% on the week", "The two oxides each added 1%".
_THEY_LEAD = re.compile(
    r"\s*(?:they|both(?:\s+of\s+them)?|the\s+two(?:\s+(?:oxides|metals|products|grades))?"
    r"|the\s+pair)\b(?!\s+(?:said|say|saw|see|expect|told|think|thought)\b)",
    re.I,
)


#: What a "They" sentence may count other than the goods' price.
_NOT_PRICE_WORDS = re.compile(
    r"\b(?:output|production|produc\w*|sales|sold|exports?|imports?|shipments?|capacity|demand"
    r"|revenues?|profits?|margins?|shares?|stakes?|orders?|inventor\w+|stocks?|volumes?|tonnes?"
    r"|tons?)\b",
    re.I,
)
#: A figure's gap to a period's extreme or mean, not a move: "They are 30% below last year's
#: peak", "now 4% above their March lows".
_GAP_TO_EXTREME = re.compile(
    r"\s*(?:above|below|under|over|off|short\s+of)\s+[^.;,]{0,30}?\b(?:lows?|highs?|peaks?"
    r"|averages?|means?|tops?|bottoms?|records?|troughs?)\b",
    re.I,
)


def group_moves(view: SentenceView, st: DocState, out: list[Draft]) -> None:
    """Percent moves of a sentence led by "They" or "Both": each move of the goods named just before.

    "Dysprosium and terbium oxides led the market. They rose 2% and 1% respectively." pairs
    the figures with the goods in order; one figure, or several without "respectively",
    is each one's ("Both were up 1% w/w and 5% y/y").
    """
    group = st.topic_group
    if group is None or group[0] != view.paragraph or view.products or view.companies:
        return
    if not _THEY_LEAD.match(view.text) or _NOT_PRICE_WORDS.search(view.text):
        return  # ("They raised output 5%": the makers, not the goods)
    figs = [
        q
        for q in view.qtys
        if q.dimension == "percent"
        and not any(d.q is q for d in out)
        and view.sign_near(q)
        and not _GAP_TO_EXTREME.match(view.text, q.end)
    ]
    ids = group[1]
    if not figs:
        return
    if "respectively" in view.low:
        if len(figs) != len(ids):
            return
        pairs = list(zip(figs, ids, strict=True))
    else:
        pairs = [(q, pid) for q in figs for pid in ids]
    market = st.last_price_market if st.last_price_market in prices.MARKETS else "china"
    for q, pid in pairs:
        if prices.outlook_move(view, q) or modal_move(view, q):
            trace.veto("outlook", (q.start, q.end), "price")
            continue
        period, dm = bind_period(view, q, st, price=True)
        value = signed(q.value, q, view.sign_near(q))
        cmp = cmp_of(view, q, period)
        out.append(
            Draft(
                "price", market, pid, "change_pct", period, value, "%", q, date_mention=dm, cmp=cmp
            )
        )
