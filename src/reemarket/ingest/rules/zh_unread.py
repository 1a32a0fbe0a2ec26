"""Figures of Chinese text that FACTS.md gives no fact for, named in warnings, not read.

A move within one trading session ("日内上涨5万元/吨") is no change from one day to another;
a week's trade ("上周我国稀土出口量为1200吨") has no period form in the golds (trade is told
by month, or months from January). Each is said (a ``zh_...`` warning) rather than dropped
in silence.
"""

from __future__ import annotations

from reemarket.ingest.rules.zh_text import compile_pattern

#: A move said of one session ("日内上涨5万元/吨", "盘中一度下跌2%"); a level it reached
#: ("盘中升至", "盘中一度跌至") is the extreme rule's
_INTRADAY_MOVE = compile_pattern(
    r"{INTRADAY}\s*(?:一度)?\s*(?:{UP}|{DOWN})(?<![至到])\s*(?:{PCT}|{Q})"
)


def intraday_moves(norm: str) -> list[str]:
    """Named warnings for the moves within one session in a matching-form text.

    Such a move runs from the session's open (or any point of it) to a point of the same
    day, not from one day's price to another's, so it is no change fact (FACTS.md: a change
    runs from its period's first day to its last); it is said instead of silently dropped.
    """
    if "日内" not in norm and "盘" not in norm:
        return []
    return [
        f"zh_intraday_move: {m.group()!r} is a move within one session, not a day's change"
        for m in _INTRADAY_MOVE.finditer(norm)
    ]


#: A week's import or export figure: "上周我国稀土出口量为1200吨", "本周进口氧化镨钕350吨"
_WEEK_TRADE = compile_pattern(
    r"(?:{LAST_WEEK}|{THIS_WEEK}|近一周|一周内)[^。;；!?！？]{0,24}?(?:{EXPORTS}|{IMPORTS})"
    r"[^。;；!?！？\d]{0,10}?{NUM}\s*[万亿]?\s*(?:吨|公吨|公斤|千克|美元|元)(?!\s*/)"
)


def week_trade(norm: str, text: str, read: list[str]) -> list[str]:
    """Named warnings for the week's trade figures of a text that no trade fact was read from.

    ``norm`` is the matching form of ``text``; ``read`` the sentences trade facts came from.
    Trade facts are a month's or the months' from January (as every gold has them); a week's
    figure has no period form there, so one left unread is said rather than dropped.
    """
    if "周" not in norm:
        return []
    return [
        f"zh_trade_week: {text[m.start() : m.end()]!r} is a week's trade, not read"
        for m in _WEEK_TRADE.finditer(norm)
        if not any(text[m.start() : m.end()] in sentence for sentence in read)
    ]
