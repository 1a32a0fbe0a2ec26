"""Percent moves read off a price figure before them in the sentence.

:func:`pct_after_level` ("at 436,000 yuan/t, down 0.9% week-on-week"), :func:`gapped_pct`
(", and Pr oxide's 17.9% lower") and :func:`pct_after_dated_base` ("US$71.40/kg vs US$72.10/kg
on Monday (-1.0%)").
"""

from __future__ import annotations

import re

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import WORKDAY
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.figure_words import signed, stock_between
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.lexicon import OTHER_COMMODITY

PRICE_LEVELS = ("price", "price_low", "price_high")
_LEVELS_OR_AVERAGE = (*PRICE_LEVELS, "average")
#: The move a percent after a level is told by: the past and -ing forms of en.toml's
#: direction lemmas ("rose", "slipping"), or one as a noun ("a decline of", "a gain of").
_MOVE_VERBS = "|".join(
    vocab.lemma_list("direction", "up", "VBD,VBG")
    + vocab.lemma_list("direction", "down", "VBD,VBG")
)
_MOVE_NOUNS = "|".join(
    vocab.lemma_list("direction", "up", "VB") + vocab.lemma_list("direction", "down", "VB")
)
_MOVE_BEFORE = re.compile(
    rf"\b(?:up|down|gain|{_MOVE_VERBS}|(?:a|an)\s+(?:{_MOVE_NOUNS})\s+of)"
    r"(?:\s+by)?(?:\s+(?:about|around|roughly|approximately|some|nearly|almost))?\s*$",
    re.I,
)


#: What makes a percent after a level no move of it: "2% of ...", "5% to ...", unless a span
#: follows ("on the week", "on the previous session") or the range's mid-point ("up 3% on
#: mid-point": the move measured on it).
_PCT_OF = re.compile(
    r"\s*(?:of|to|in|on)\b(?!\s+the\s+(?:(?:previous|prior|last)\s+(?:trading\s+|working\s+)?)?"
    r"(?:day|week|month|quarter|year|session)\b)(?!\s+(?:the\s+)?mid-?points?\b)"
)


#: A direction after a percent that names the move's base: "1.2% above the previous trading
#: day", "0.8% lower than last Friday", "2% down on the week"; not a gap to a period's
#: average or extreme ("8% above last month's average", "12% below last year's peak").
_MOVE_AFTER = re.compile(
    r"\s*(?:above|below|higher|lower|up|down)(?:\s+than)?\s+(?:on\s+|from\s+)?(?:the\s+|a\s+)?"
    rf"(?:previous|prior|preceding|last|week|day|session|{WORKDAY})\b"
    r"(?![\w\s'’-]{0,25}\b(?:average|mean|peak|high|low|top|bottom|record)s?\b)",
    re.I,
)


def pct_after_level(
    view: SentenceView, i: int, done: dict[int, list[Draft]], st: DocState
) -> list[Draft]:
    """A percent move right after a quoted level is that product's change.

    "at 436,000-439,000 yuan/mt, down 0.9% week-on-week"; "..., a slide of roughly 1.6% WoW";
    after a period average, only a year-on-year move (the average's change).
    """
    q = view.qtys[i]
    base: Draft | None = None
    for j in range(i - 1, -1, -1):
        if view.qtys[j].dimension == "percent":
            return []
        if done.get(j) and _BASE_BEFORE.search(view.text, max(0, view.qtys[j].start - 30),
                                                view.qtys[j].start):  # fmt: skip
            continue  # "a 2.4% drop from Wednesday's $59.04/kg, and 5.4% lower w/w": not its move
        if done.get(j):
            base = done[j][0]
            if base.kind != "price" or base.metric not in _LEVELS_OR_AVERAGE:
                return []
            break
    if base is None or base.period is None:
        return []
    gap = view.text[base.q.end : q.start]
    if len(gap) > 90 or ";" in gap:
        return []
    if not _MOVE_BEFORE.search(gap) and not _MOVE_AFTER.match(view.text, q.end):
        return []
    if any(base.q.end <= p.start < q.start for p in view.products):
        return []
    if _other_goods_between(view, base.q.end, q.start):
        trace.veto("other_commodity", (q.start, q.end), "price")
        return []  # "Ce oxide dipped to X, while copper fell 1%": copper's move, not cerium's
    if stock_between(view, base.q.end, q.start):
        trace.veto("share_move", (q.start, q.end), "price")
        return []  # "NdPr oxide rose to X, while Lynas shares fell 3%": the stock's move
    if any(base.q.end <= d.start < q.start and d.kind == "today" for d in view.dates):
        return []  # "on June 6, 2023 it traded at X, so today's level is down 27%": today's move
    if _PCT_OF.match(view.text, q.end):
        return []  # "2% of ...", not "a 2.7 pct weekly gain" nor "down 0.7% on the previous session"
    sign = view.sign_near(q)
    if sign == 0:
        return []

    value = signed(q.value, q, sign)
    cmp = cmp_of(view, q, base.period)
    if base.metric == "average":  # "averaging 389,200 yuan/t in 2024, 18.4% lower than 2023"
        return [base.derive("average_yoy_pct", value, "%", q)] if cmp == "yoy" else []
    return [base.derive("change_pct", value, "%", q, cmp=cmp)]


def _other_goods_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether another commodity (not inside a company's name) is named between two places."""
    return any(
        not any(c.start <= m.start() < c.end for c in view.companies)
        for m in OTHER_COMMODITY.finditer(view.text, start, end)
    )


#: A base level's lead: "from Wednesday's", "than the", "against" right before the figure.
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:[A-Z]?[a-z]+['’]s\s+)?(?:about\s+|around\s+)?(?:US\$|\$|€|¥|CNY\s*|RMB\s*)?$",
)
#: Between a level and the base level it is set against: "US$53.00/kg vs US$53.59/kg".
_VERSUS = re.compile(r"\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s+", re.I)


#: A gapped clause naming another product and its percent only: ", and Pr oxide's 30.3%
#: lower", ", while Nd oxide's was 2.1% higher".
_GAPPED_LEAD = re.compile(r",\s*(?:and|while|whereas)\s+(?:the\s+|that\s+(?:of|for)\s+)?$", re.I)
_GAPPED_LINK = re.compile(r"(?:['’]s)?\s+(?:was\s+|were\s+|stood\s+)?$", re.I)
_GAPPED_TAIL = re.compile(
    r"\s*(?P<dir>lower|higher|down|up|weaker|stronger|less|more)?\s*(?:[.;)]|$)", re.I
)
_GAPPED_DOWN = frozenset(("lower", "down", "weaker", "less"))


def gapped_pct(view: SentenceView, i: int, done: dict[int, list[Draft]]) -> list[Draft]:
    """A percent in a gapped clause after a price percent: the same move of another product.

    "March's average for Nd oxide was 18.4% below March 2023, and Pr oxide's 17.9%
    lower": Pr oxide's October average, 30.3% below the year before (the first clause's
    metric and period); the direction word, if any, gives its sign.
    """
    q = view.qtys[i]
    before = done.get(i - 1) if i else None
    if not before or len(before) != 1:
        return []
    base = before[0]
    if base.kind != "price" or base.metric not in ("average_yoy_pct", "change_pct"):
        return []
    prod = view.nearest_before(view.products, q.start)
    prev = view.qtys[i - 1]
    if prod is None or prod.start < prev.end or prod.id == base.subject:
        return []
    if not _GAPPED_LEAD.search(view.text, prev.end, prod.start):
        return []  # (the first clause may go on after its figure: "18.4% below March 2023")
    if not _GAPPED_LINK.fullmatch(view.text, prod.end, q.start):
        return []
    tail = _GAPPED_TAIL.match(view.text, q.end)
    if tail is None:
        return []
    word = (tail.group("dir") or "").lower()
    sign = -1 if word in _GAPPED_DOWN else 1 if word else (-1 if base.value < 0 else 1)
    twin = base.derive(base.metric, sign * abs(q.value), "%", q)
    twin.subject = prod.id
    return [twin]


def pct_after_dated_base(view: SentenceView, i: int, done: dict[int, list[Draft]]) -> list[Draft]:
    """A signed bracketed percent after a dated base level: the move from that day.

    "Ho oxide US$71.40/kg vs US$72.10/kg on Monday (-1.0%)": the percent is the change from
    Monday's level to the one before "vs", over the span between their two days.
    """
    q = view.qtys[i]
    if not q.signed or i < 2 or not done.get(i - 1) or not done.get(i - 2):
        return []
    prev, lead = view.qtys[i - 1], view.qtys[i - 2]
    gap = view.text[prev.end : q.start]
    if len(gap) > 40 or not gap.rstrip().endswith("(") or ")" in gap:
        return []
    if not any(prev.end <= d.start < q.start for d in view.dates):
        return []  # the base's own day is named between it and the bracket
    if not _VERSUS.fullmatch(view.text, lead.end, prev.start):
        return []
    base, main = done[i - 1][0], done[i - 2][0]
    if not all(
        d.kind == "price"
        and d.metric in PRICE_LEVELS
        and d.period is not None
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
        for d in (base, main)
    ):
        return []
    if (base.subject, base.entity) != (main.subject, main.entity):
        return []
    before, after = base.period, main.period
    if before is None or after is None or before.start >= after.start:
        return []
    span = Period.span(before, after)
    return [Draft("price", main.entity, main.subject, "change_pct", span, q.value, "%", q)]
