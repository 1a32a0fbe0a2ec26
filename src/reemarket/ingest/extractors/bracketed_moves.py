"""Moves in brackets after a quoted level: "fell 8,000 yuan/t (-1.4%)", "X on Thursday (-1.6% w/w)".

:func:`bracketed_price_pct` reads a bracketed percent right after a price figure;
:func:`bracketed_moves` the signed moves in a level's bracket after its date.
"""

from __future__ import annotations

import re

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.figure_words import in_parens_after, in_parentheses, signed
from reemarket.ingest.extractors.level_moves import PRICE_LEVELS
from reemarket.ingest.extractors.state import Draft
from reemarket.ingest.numbers import Quantity


def bracketed_price_pct(view: SentenceView, q: Quantity, base: Draft) -> list[Draft]:
    """A bracketed percent after a price figure, over the figure's own span.

    "fell 8,000 yuan/t (-1.4%)" is the change in percent; "averaged 487,600 yuan/t (+21.5%
    y/y)" the average's year-on-year change.
    """
    if base.metric == "change":
        value = q.value if q.signed else (abs(q.value) if base.value >= 0 else -abs(q.value))
        metric = "change_pct"
    elif base.metric == "average" and cmp_of(view, q, base.period) == "yoy":
        value, metric = q.value, "average_yoy_pct"
    elif base.metric in PRICE_LEVELS and _BRACKET_MOVE_TAIL.match(view.text, q.end):
        return _bracketed_level_move(view, q, base)
    else:
        return []
    return [base.derive(metric, value, "%", q)]


#: What may follow a level's bracketed move before the bracket closes: a comparison word
#: alone ("(-2.4% d/d)", "(+0.8% w/w)", "(1.1% week on week)", "(-3%)").
_BRACKET_CMP = (
    r"\s*(?:[dwmqy]/[dwmqy]|[dwmqy]-?o-?[dwmqy]|(?:day|week|month|quarter|year)[- ]on[- ]"
    r"(?:day|week|month|quarter|year)|on\s+the\s+(?:day|week|month|year))?"
)
#: ... or more such moves after it in the same bracket: "(-1.6% w/w; +3% y/y)".
_BRACKET_MOVE_TAIL = re.compile(
    _BRACKET_CMP + r"(?:\s*[;,]\s*[+\-−–]\s*\d[\d.]*\s*%" + _BRACKET_CMP + r")*\s*\)",
    re.I,
)
#: Between two signed moves in one bracket.
_BRACKET_NEXT = re.compile(_BRACKET_CMP + r"\s*[;,]\s*", re.I)


def _dated_bracket(view: SentenceView, level: Quantity, first: Quantity) -> bool:
    """Whether ``first`` opens a bracket after ``level``, only a date of it between them.

    "12,000 yuan/t (-1.6%)", "12,000 yuan/t on Thursday (-1.6% w/w)", "from 12,200 yuan/t
    last week (-1.6%)".
    """
    if in_parens_after(view, first, level):
        return True
    gap = view.text[level.end : first.start].rstrip()
    if not gap.endswith(("(", "（")):
        return False
    dated = [d for d in view.dates if level.end <= d.start and d.end <= first.start]
    if len(dated) != 1:
        return False
    rest = view.text[level.end : dated[0].start] + view.text[dated[0].end : first.start]
    return _DATE_GAP.fullmatch(rest) is not None


#: What may stand around a level's date before its bracket: "on", "at", a comma.
_DATE_GAP = re.compile(r"\s*,?\s*(?:on|at|as\s+of)?\s*,?\s*[(（]\s*", re.I)


def bracketed_moves(view: SentenceView, i: int, done: dict[int, list[Draft]]) -> list[Draft] | None:
    """Signed moves in a level's bracket after its date, or after a first move there.

    "12,000 yuan/t on Thursday (-1.6% w/w; +3% y/y)": each a move of the sentence's quote of
    that product (a base level's bracket, "down from X last week (-1.6%)", is the quote's
    move too, over its span). None when figure ``i`` is not one.
    """
    q = view.qtys[i]
    if not q.signed or not in_parentheses(view, q):
        return None
    j = i - 1
    while j >= 0 and view.qtys[j].dimension == "percent" and view.qtys[j].signed:
        j -= 1
    if (
        j < 0
        or view.qtys[j].dimension == "percent"
        or not done.get(j)
        or (j == i - 1 and in_parens_after(view, q, view.qtys[j]))
    ):
        return None  # (a bracket right after the level: the rule of bracketed percents)
    first = view.qtys[j + 1]
    if first is not q and not _BRACKET_NEXT.fullmatch(view.text, view.qtys[i - 1].end, q.start):
        return None
    level = done[j][0]
    if (
        level.kind != "price"
        or level.metric not in PRICE_LEVELS
        or not _dated_bracket(view, view.qtys[j], first)
        or not _BRACKET_MOVE_TAIL.match(view.text, q.end)
    ):
        return None
    main = next(
        (
            d
            for k in sorted(done)
            for d in done[k]
            if d.kind == "price" and d.metric in PRICE_LEVELS and d.subject == level.subject
        ),
        level,
    )  # the sentence's quote, not a base level the bracket follows
    return _bracketed_level_move(view, q, main)


def _bracketed_level_move(view: SentenceView, q: Quantity, base: Draft) -> list[Draft]:
    """A move in brackets after a quoted level: the level's change in percent.

    "Lanthanum oxide softened to 4,100 yuan/t (-2.4% d/d)": signed by its own sign, else by
    the move word before the level ("firmed to 46,000 yuan/t (1.1%)"); none, no fact.
    """
    sign = 0 if q.signed else view.sign_near(q)
    if not q.signed and sign == 0:
        return []
    value = q.value if q.signed else signed(q.value, q, sign)
    cmp = cmp_of(view, q, base.period)
    return [base.derive("change_pct", value, "%", q, cmp=cmp)]
