"""Prices: quotes, ranges, period averages, changes and percentage changes.

Grammar covered (see docs/extraction.md): "<product> ... was/stands at/quoted at
<price>", "<price> on <date>", "<low>-<high> <unit>", "averaged <price> over the
quarter", "up/down <amount> from <date>", "an increase of <amount>", "lost <amount>",
"<product> up <pct>", "with a monthly increase of <pct>", "up <pct> WoW", table rows
"<product>  <low>~<high> (<unit>)  <+/-change>".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.products import catalog
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import DOWN, UP, SentenceView
from reemarket.ingest.date_base import EARLIER_ASSESSMENT_WORDS
from reemarket.ingest.dates import DateMention, month_close, trading_week
from reemarket.ingest.extractors.comparison import cmp_of, comparison_base, shift_year
from reemarket.ingest.extractors.date_binding import (
    RUNNING_SINCE,
    base_date,
    bind_coarse,
    bind_period,
    day_span,
    postfix_date,
    prev_trading,
    ref_after,
    sentence_anchor,
)
from reemarket.ingest.extractors.figure_words import (
    bound_of,
    if_consequence,
    in_parentheses,
    inverted_condition,
    signed,
)
from reemarket.ingest.extractors.financial import fiscal_span
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.extractors.subjects import company_for, subject_before
from reemarket.ingest.fastre import Folded
from reemarket.ingest.lexicon import (
    LEAD_WITHIN,
    OTHER_COMMODITY,
    Mention,
    find_markets,
    find_products,
    product_leads,
)
from reemarket.ingest.numbers import Quantity, written_scale
from reemarket.ingest.startwords import Prechecked

_CHANGE_LEAD = re.compile(
    r"(?:\b(?:up|down|rose|rise|fell|fall|increased|decreased|gained|lost|dropped|declined|"
    r"gave up|gave back|giving back|gives back|handed back|shed|added|climbed|slid|slipped|edged (?:up|down|higher|lower)|jumped|"
    r"plunged|surged|eased|softened|firmed|advanced|retreated|rebounded|tumbled|inched (?:up|down)|"
    r"lowered|lifted|raised|marked (?:up|down)|trimmed|cut|hiked|shedding|losing|gaining|adding|"
    r"rising|falling|climbing|slipping|dropping|easing|"
    # more move verbs of the direction words: "off CNY 3,500/t", "dipped 40 yuan/kg"
    r"off|dipped|slumped|sank|weakened|strengthened|soared|spiked|rallied|declining|"
    r"retreating|softening|firming|jumping|advancing|"
    # a headline's present tense: "Neodymium oxide jumps $4.84/kg", "Tb oxide adds 50 yuan/kg"
    r"(?:jumps|rises|falls|gains|loses|climbs|drops|slips|slides|eases|dips|adds|sheds|surges|"
    r"soars|plunges|tumbles|rebounds|firms|softens|declines|advances|retreats|"
    r"edges\s+(?:up|down|higher|lower))|"
    # "a week-on-week decline of": the adjective may be hyphenated
    r"(?:an?|the|its|with an?)\s+(?:[\w-]+\s+)?(?:increase|decrease|rise|fall|drop|"
    r"decline|gain|loss|jump|change)\s+of|by"
    # "taking its slide since March 3 to X", "bringing the gain this year to X": a running move
    r"|(?:taking|bringing|pushing|putting)\s+(?:its|the)\s+(?:\w+\s+)?(?:decline|loss|drop|"
    r"fall|slide|gain|rise|increase|advance)(?:\s+since\s+[^,;]{1,25}?|\s+(?:so\s+far\s+)?"
    r"this\s+(?:week|month|year))?\s+to)\s*(?:about|around|nearly|approximately|roughly|"
    r"some|over|more than|a further)?\s*)$",
    re.IGNORECASE,
)
_LEVEL_LEAD = re.compile(
    r"\b(?:to|at|from|of|was|were|is|are)\s*(?:about|around|approximately)?\s*$", re.I
)
_CONTRACT_WORDS = ("floor", "threshold", "guarante", "contract", "ceiling", "support the price")
_CONTRACT = re.compile(
    r"\b(?:floor|threshold|guarantee[ds]?|contract|ceiling|support the price)\b", re.I
)
_CHANGE_TAIL = re.compile(
    # "a 14¢ rise on the mid-point", "a $2/kg gain over the week": the amount of a move noun
    r"\s*(?:(?:/\s*(?:kg|t|mt|tonne)\s*)?(?:rise|gain|increase|drop|fall|decline|jump|dip|slide|"
    r"loss|advance|climb|decrease)\s+(?:on|over|from|since|against|in|at|for|week|day|month)\b"
    r"|(?:higher|lower)\s+(?:at|on)\s+(?:both|either|each)\s+ends?\b"  # "a cent lower at both ends"
    r"|(?:higher|lower|more|less)\s+(?:(?:at|on)\s+(?:both|either|each)\s+ends?\s+)?"
    r"(?:than|from|on|compared)\b"
    r"|(?:higher|lower)\s+(?:[wdmy]/[wdmy]|wow|dod|mom|yoy|(?:week|day|month|year)[- ]on[- ]"
    r"(?:week|day|month|year))\b|(?:above|below)\s+"
    r"(?:the\s+)?(?:previous|prior|last|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?\b|yesterday|"
    r"a\s+(?:day|week|month|year)\s+(?:ago|earlier)))",
    re.I,
)
_CHANGE_LEAD_F = Folded(_CHANGE_LEAD)
_CHANGE_TAIL_F = Folded(_CHANGE_TAIL)
#: A level followed by the one it moved from: "2,850-2,950, up from 2,700-2,800".
_UP_FROM = re.compile(r",\s*(?:up|down|higher|lower|rising|falling)\s+from\s*$", re.I)
_FROM = re.compile(r"\bfrom\s*(?:about|around|approximately|roughly)?\s*$", re.I)
_GROUPS = {"rare_earths", "re_oxides", "re_salts", "re_metals", "total_reo", "magnetic_materials"}
_HYPOTHETICAL = re.compile(
    r"\b(?:could|(?-i:may)|might|would|will|expected to|forecasts? to|likely to|projected to|"
    # the words between may be quoted: 'could "easily" reach'
    r"set to|poised to|predicts?|forecasts?|sees|expects?)\b"
    r"(?:\s+[\"“”']?(?!at\b|to\b|from\b)\w+[\"“”']?){0,3}\s+"
    r"(?:reach|hit|top|exceed|rise to|climb to|fall to|drop to|average|be|remain at|surpass|"
    r"sit|stay|hold|hover|trade|stand|settle|remain|test|retest|breach|touch|revisit|approach|"
    r"find\s+(?:support|a\s+(?:floor|bottom)|resistance)|bottom\s+out|meet\s+resistance|"
    r"(?:slide|slip|fall|drop|sink|climb|rise|head|move|edge|push)\s+(?:back\s+)?towards?|"
    r"(?:recover|rebound|return|bounce|fall|drop|slip|slide|sink|climb|rise|rally|ease|"
    r"soften|firm|go|come|get)\s+(?:back\s+)?(?:up\s+|down\s+)?to)\s*"
    r"[\"“”']?\s*(?:comfortably\s+|well\s+|firmly\s+)?"
    r"(?:about|around|above|below|over|under|near|beyond|as much as|as high as|as low as)?\s*$",
    re.I,
)
#: A move as the subject of a modal after the level: "a recovery in NdPr to US$70/kg would
#: lift earnings", "any fall below $50/kg could force cuts", "a return to 500,000 yuan/t would".
_HYPO_MOVE = re.compile(
    r"\b(?:a|an|any|another)\s+(?:[\w-]+\s+)?(?:recovery|rebound|return|rise|fall|drop|slide|"
    r"move|increase|decline|jump|rally|slump|climb|break|breakout|push|spike|dip)\s+"
    r"(?:in\s+[^,;]{0,40}?\s+)?"
    r"(?:to|toward|towards|back\s+to|above|below|beyond|under|over)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_MODAL_AFTER = re.compile(
    r"[^,;.]{0,25}?\b(?:would|could|might|will|should|(?-i:may))\s+[a-z]", re.I
)
_OUTLOOK = re.compile(
    r"\b(?:" + vocab.alternation("forecast", "outlook") + r")\b"
    r"[^.;]{0,60}?(?:\bto\s+[a-z]+\b|\b[a-z]+ing\s+(?:toward|towards|to|above|below|near)\b|"
    r"\b(?:room|scope|potential)\s+for\b|\b[a-z]+ing\s+(?:about\s+|around\s+)?$)"
    r"[^.;]{0,40}$",
    re.I,
)
#: A level inside a condition: "If Pr-Nd oxide holds above X in Q4, ...", "should prices
#: stay at X", "unless terbium drops below X".
_CONDITION = Prechecked(
    re.compile(
        r"\b(?:if|unless|should|provided(?:\s+that)?|"
        r"assuming|as\s+long\s+as|so\s+long\s+as|in\s+case)\b[^.;,]{0,70}$",
        re.I,
    )
)
#: A level deals or business crossed: "few lots changed hands over RMB480,000/t", "little business
#: done under X" (a threshold, not a transacted price).
_DEALS_BEYOND = Prechecked(
    re.compile(
        r"\b(?:deals?|transactions?|trades?|trading|business|purchases?|buying|selling|sales)\s+"
        r"(?:(?:done|concluded|struck|heard|reported|closed)\s+)?(?:at\s+)?"
        r"(?:above|below|over|under|beyond|(?:more|less|higher|lower)\s+than)\s*$",
        re.I,
    )
)
#: A level told only by a bound: "compared with less than CNY 400,000 a year earlier",
#: "from more than $90/kg", "was at least 7,000 yuan/kg" (no quote; a change "fell more than
#: 5,000 yuan/t" has no level word before its bound).
_BOUNDED_LEVEL = Prechecked(
    re.compile(
        r"\b(?:compared\s+(?:with|to)|against|versus|from|at|was|were|is|are|to|of)\s+"
        r"(?:(?:less|more)\s+than|at\s+least|at\s+most|upwards\s+of)\s*"
        r"(?:US\$|A\$|\$|€|RMB|CNY|USD)?\s*$",
        re.I,
    )
)
#: A low or high told only by a bound: "up from lows below US$55/kg", "after highs above X".
_EXTREME_BEYOND = Prechecked(
    re.compile(
        r"(?:\b(?:lows?|troughs?|highs?|peaks?)\s+(?:of\s+)?(?:below|under|above|over|beyond)"
        # "at under RMB400k/t the market sits near cost": a level bounded, not quoted
        r"|\bat\s+(?:under|below|over|above)"
        # "Pr-Nd oxide climbs above 560,000 yuan/t": a line crossed, not the level reached
        r"|\b(?:climb(?:s|ed)?|rise[sn]?|rose|jump(?:s|ed)?|push(?:es|ed)?|break(?:s)?|broke|"
        r"fall(?:s|en)?|fell|drop(?:s|ped)?|slip(?:s|ped)?|sink(?:s)?|sank|slide[sd]?|slid)\s+"
        r"(?:back\s+)?(?:above|below|over|under|past|beyond|through))\s*"
        r"(?:US\$|A\$|\$|€|RMB|CNY)?\s*$",
        re.I,
    )
)
#: A level only crossed or exceeded, told by a bound after a move or a trade: "lifted it
#: through $90/kg", "broke past 500,000 yuan", "was changing hands well above 500,000 yuan".
_CROSSED = Prechecked(
    re.compile(
        r"(?:(?:\b(?:lifted|pushed|sent|took|drove|carried|pulled|dragged)\s+(?:[\w-]+\s+){1,3}?"
        r"|\b(?:broke|broken|punched|sliced|cut|climbed|fell|dropped|rose)\s+)(?:through|past)"
        r"|\b(?:chang(?:ing|ed)\s+hands|trad(?:ing|ed))\s+(?:well|comfortably|far|just|slightly)"
        r"\s+(?:above|below|over|under)"
        r")\s*(?:US\$|A\$|\$|€|RMB|CNY)?\s*$",
        re.I,
    )
)
#: A forecast as a noun: "our 2025 price forecast to X", "a base case of X", "we forecast a
#: 2026 average of X"; a broker's price deck or model assumption ("our deck assumes X from
#: FY27", "we model X long term", "our price assumption of X").
_FORECAST_FIGURE = Prechecked(
    re.compile(
        r"\b(?:forecasts?|forecasting|projections?|base[\s-]+case|predict(?:s|ed|ion)?|"
        r"(?:price\s+)?decks?|assumes|(?:price\s+)?assumptions?|we\s+model|modell?ed|"
        r"forward\s+(?:curves?|indications?|prices?|quotes?)"
        r"|(?:financial|valuation|economic)\s+model|long[\s-]+term\s+(?:[\w-]+\s+){0,3}?price)\b"
        r"[^.;]{0,60}$",
        re.I,
    )
)
#: A price move told in the past tense between a forecast word and the figure, leading to the
#: figure: the figure is the move's ("Despite forecasts of a dip, X climbed to ..."), not the forecast's.
_PAST_MOVE = re.compile(
    r"(?<!\bhave\s)(?<!\bhas\s)\b(?:rose|fell|climbed|gained|added|dropped|declined|slipped|slid|"
    r"dipped|eased|edged\s+(?:up|down|higher|lower)|firmed|softened|weakened|strengthened|"
    r"rallied|jumped|surged|soared|tumbled|plunged|increased|decreased|rebounded|recovered|"
    r"closed|ended|finished|settled|traded)\b[^,;.]{0,30}$",
    re.I,
)
#: A customs unit value, exports' value over their weight: "the mean customs value of the
#: magnets sent abroad came to about US$41/kg", "the cargoes worked out at a unit value of
#: $33 per kg" (FACTS.md: customs unit values are not market prices).
_UNIT_VALUE = re.compile(
    r"\b(?:(?:declared|customs|implied|implying|unit)\s+(?:\w+\s+){0,3}?(?:prices?|values?)|"
    r"(?:average\s+)?(?:export|import|shipment)\s+(?:unit\s+)?values?|"
    r"average\s+(?:export|import)\s+prices?)\b[^.;]{0,40}$|"
    # the value of the goods shipped: "the average value of the magnets exported in May was"
    r"\b(?:average|mean)\s+values?\s+of\s+[^.;]{0,30}?\b(?:shipped|exported|imported|"
    r"shipments|exports|imports)\b[^.;]{0,30}$|"
    r"\b(?:worth|valued\s+at|at)\s+an\s+average\s+(?:value\s+)?(?:of\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
#: "rose to X, beating forecasts": a forecast the price is measured against, not a forecast level
_BEAT_BEFORE = re.compile(
    r"\b(?:" + vocab.alternation("forecast", "beat") + r"|than|above|"
    r"below|ahead\s+of|short\s+of|against|versus|in\s+line\s+with|contrary\s+to)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
_TRADE_WORDS = Prechecked(
    re.compile(r"\b(?:export|import|shipment|shipped|customs|declared)", re.I)
)


#: The words between a product and a group named in an appositive after it: "Cerium oxide,
#: the most abundant rare earth, was flat", "Dy oxide, a heavy rare earth, ...".
_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:the|a|an|one\s+of\s+the)\b[^,;.]{0,40}$", re.I)


#: A concentrate graded in rare earth oxide: "concentrate (REO 50%, dry)" is rare earth concentrate.
_CONCENTRATE_BEFORE = re.compile(r"\bconcentrates?\s*$", re.I)


#: What may stand between a product and the bracketed grade after it: nothing, or where it
#: comes from ("ore from Myanmar (REO 92%)", "monazite ex Madagascar (REO 55%)").
_BASIS_GAP = re.compile(r"\s{0,3}|\s+(?:from|ex|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*")


def _past_basis(view: SentenceView, group: Mention) -> Mention:
    """The product a bracketed basis ("(REO 50%, dry basis)") qualifies, else the group itself.

    "The Q4 price for concentrate (REO 50%, dry) was set at X", "pay X (dry basis, REO 50%)
    for rare earth concentrate": the group names the grade, the product is beside it.
    """
    open_at = view.text.rfind("(", 0, group.start)
    if open_at < 0 or view.text.find(")", group.end) < 0 or ")" in view.text[open_at : group.start]:
        return group
    close = view.text.find(")", group.end)
    if _CONCENTRATE_BEFORE.search(view.text, max(0, open_at - 16), open_at):
        return Mention(
            group.start, group.end, "product", "re_concentrate"
        )  # "concentrate (REO 50%)"
    before = view.nearest_before(view.products, open_at)
    if (
        before is not None
        and before.id not in _GROUPS
        and _BASIS_GAP.fullmatch(view.text, before.end, open_at) is not None
    ):
        return before  # "ore (REO 92%)", "ore from Myanmar (REO 92%)"
    after = view.first_after(view.products, close, close + 40)
    if after is not None and after.id not in _GROUPS:
        return after
    return group


def _appositive_owner(view: SentenceView, group: Mention) -> Mention:
    """The product a group word describes in an appositive, else the group itself."""
    before = view.nearest_before(view.products, group.start)
    if (
        before is not None
        and before.id not in _GROUPS
        and _APPOSITIVE_GAP.fullmatch(view.text, before.end, group.start)
        and re.match(r"[^,;.]{0,30},", view.text[group.end :])
    ):
        return before
    return group


def _unit_value(view: SentenceView, q: Quantity) -> bool:
    """Whether a per-mass figure is a customs unit value rather than a market price."""
    if _TRADE_WORDS.search(view.text) is None:
        return False
    return _UNIT_VALUE.search(view.text, max(0, q.start - 90), q.start) is not None


#: A buyer's bid or a seller's floor: "buyers' bids sat near X", "unwilling to sell below X".
_BID = Prechecked(re.compile(r"\b(?:bids?|bidding)\b[^.;]{0,40}$", re.I))
_REFUSAL = re.compile(
    r"\b(?:unwilling|reluctant|refus\w*|rather|would\s+not|wouldn't|won't|will\s+not|"
    r"not\s+willing|declin\w*\s+to|holding\s+out)\b",
    re.I,
)
_SELL_BELOW = re.compile(
    r"\b(?:sell|selling|part\s+with|let\s+go|offload|release|pay|paying|buy|buying)\b"
    r"[^.;,]{0,40}?\b(?:below|under|above|over|beyond|(?:less|more)\s+than)\s*$",
    re.I,
)
_REFUSAL_F = Folded(_REFUSAL)
_SELL_BELOW_F = Folded(_SELL_BELOW)
_OTHER_COMMODITY_F = Folded(OTHER_COMMODITY)
#: A level a forecaster puts on a coming day: "see Pr-Nd oxide at X by the end of August".
_SEES_AT = re.compile(
    r"\b(?:" + vocab.alternation("forecast", "outlook") + r")\b"
    r"[^.;]{0,60}\bat\s*(?:about|around)?\s*$",
    re.I,
)
#: A level a move heads for ("rising towards $110/kg", "to climb toward"): with "by <date>"
#: after it, a path the writer sees, not a quote.
_TOWARDS = Prechecked(
    re.compile(
        r"\b(?:[a-z]+ing|to\s+[a-z]+)\s+(?:back\s+)?towards?\s*(?:about\s+|around\s+)?"
        r"(?:US\$|A\$|\$|€|RMB|CNY)?\s*$",
        re.I,
    )
)
_BY_DATE = re.compile(
    r"[^.;]{0,25}?\b(?:by|before)\s+(?:the\s+)?(?:end|middle|close|start|year|month|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|20\d\d)",
    re.I,
)


#: A move someone expects: "traders see a 5% gain", "expect a further 20,000 yuan/t rise",
#: "expect terbium oxide to climb another 4%", "is expected to add 3%"; or, with a coming
#: time after it, "see prices gaining 5% by the end of the month".
_EXPECTED_MOVE = re.compile(
    r"\b(?:" + vocab.alternation("forecast", "expect") + r")\b(?:"
    r"\s+(?:[\w-]+\s+){0,3}?(?:an?|another)\s+(?:further\s+|fresh\s+|modest\s+|small\s+|"
    r"slight\s+|sharp\s+|steep\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?"
    r"|[^.;]{0,60}?\bto\s+(?:\w+\s+)?(?:rise|gain|climb|add|fall|drop|lose|shed|slip|slide|ease|"
    r"firm|increase|decrease|decline|jump|rally|rebound|recover|advance|retreat|go\s+up|"
    r"go\s+down|edge\s+(?:up|down|higher|lower)|move|be\s+(?:up|down))\b[^.;]{0,30}"
    r"|(?P<ing>[^.;]{0,60}?\b[a-z]+ing\s+(?:another\s+|a\s+further\s+)?(?:by\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?)"
    r")(?:US\$|A\$|\$|€|RMB|CNY)?$",
    re.I,
)
#: A coming time after an expected move: "by the end of the month", "next week", "in the
#: coming weeks", "later this month".
_COMING = re.compile(
    r"[^.;]{0,40}?\b(?:(?:by|before)\s+(?:the\s+)?(?:end|middle|close|start|year|month|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|20\d\d)|"
    r"next\s+(?:week|month|quarter|year)|in\s+the\s+(?:coming|next)\s+|later\s+this\s+|"
    r"over\s+the\s+(?:coming|next)\s+)",
    re.I,
)


def outlook_move(view: SentenceView, q: Quantity) -> bool:
    """Whether a move is one someone expects, not one that happened ("traders see a 5% gain").

    A past-tense move between the forecast word and the figure keeps it a fact ("expected to
    fall, prices instead rose 5%"), and so does a forecast the move beats ("beating forecasts,
    rising 5%").
    """
    if not _modal(view) or _CURRENT.search(view.text, max(0, q.start - 40), q.start):
        return False  # "expect a 10% rise from the current 545,000 yuan/t": that level is today's
    m = _EXPECTED_MOVE.search(view.text, max(0, q.start - 110), q.start)
    if m is None:
        return False
    if _PAST_MOVE.search(view.text, m.start(), q.start) or _BEAT_BEFORE.search(
        view.text, max(0, m.start() - 20), m.start()
    ):
        return False
    return not m.group("ing") or bool(_COMING.match(view.text, q.end))


#: Goods said to be unobtainable under a level: "hard to find below US$88/kg", "scarce under".
_SCARCE_BELOW = re.compile(
    r"(?:\b(?:hard|difficult|impossible|tough)\s+to\s+(?:find|source|get|secure|buy)"
    r"|\b(?:scarce|unavailable|not\s+available))\b[^.;]{0,20}?\b(?:below|under|beneath)"
    r"\s*(?:US\$|\$|€|RMB|CNY)?\s*$",
    re.I,
)


def _reservation(view: SentenceView, q: Quantity) -> bool:
    """A bid, a seller's refusal price or a floor under which goods are not found."""
    before = view.text[max(0, q.start - 80) : q.start]
    if _BID.search(before) or _SCARCE_BELOW.search(before):
        return True
    refusal, hay = _REFUSAL_F.pick(view.text, view.low)
    if refusal.search(hay, 0, q.start) is None:
        return False
    sell, hay = _SELL_BELOW_F.pick(view.text, view.low)
    return sell.search(hay[max(0, q.start - 80) : q.start]) is not None


_MODAL_HINT = re.compile(
    r"could|may|might|would|will|expect|forecast|likely|project|set to|predict|see|anticipat"
)


def _modal(view: SentenceView) -> bool:
    """Whether the sentence has a modal or forecast word at all (checked once per sentence)."""
    found = view.memo.get(("modal",))
    if found is None:
        found = view.memo[("modal",)] = _MODAL_HINT.search(view.low) is not None
    return bool(found)


_MOVE_WORD = re.compile(
    rf"\b(?:by|{UP}|{DOWN}|gain|increase|decrease|climb|drop|declin|slid|jump|soften(?:ed)?)\b",
    re.I,
)
_PLAUSIBLE = {
    "CNY/t": (500.0, 1e8),
    "CNY/kg": (0.5, 1e5),
    "USD/kg": (0.05, 1e4),
    "USD/t": (50.0, 1e7),
    "AUD/kg": (0.05, 2e4),
    "EUR/kg": (0.05, 1e4),
}


#: The market id of a delivered basis the vocabulary has no market for ("CIF Asia").
UNLISTED = "unlisted"


def market_of(view: SentenceView, q: Quantity, default: str | None = None) -> str:
    """The market a price belongs to: named in the sentence, else ``default``, else China.

    ``default`` is the market of the heading over a bullet list. A basis written right after the figure ("$850-900/kg cif Rotterdam") is the figure's own
    and wins over a region named earlier ("In Europe, ...").
    """
    markets = [
        m for m in view.markets if m.start < q.end or not _PARTICIPANT.match(view.text, m.end)
    ]
    _a, b = view.clause_of(q.start)
    right = next((m for m in markets if q.end <= m.start < b), None)
    if right is not None and not view.text[q.end : right.start].strip(" ,"):
        return right.id
    before = next((m for m in reversed(markets) if m.end <= q.start), None)
    if before is not None:
        return before.id
    after = right
    return after.id if after is not None else (default or "china")


#: A market word after the figure naming who trades, not where the price is: "... lost $2/kg
#: as European buyers held back" (before the figure, "European buyers paid X" keeps it).
_PARTICIPANT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:buyers?|consumers?|sellers?|traders?|end[\s-]users?|customers?|"
    r"makers?|manufacturers?|automakers?|carmakers?|importers?|exporters?|users?|clients?|"
    r"producers?|smelters?|refiners?|suppliers?|participants?|purchasers?)\b",
    re.I,
)


#: The words between a base level and the day dating it: "$111.25 recorded on", "$70/kg
#: seen on", "480,000 yuan/t quoted at".
_LEVEL_DATED = re.compile(
    r"\s*(?:/\s*(?:kg|t|mt|tonne)\s+)?(?:recorded|seen|set|posted|quoted|assessed|registered"
    r"|reached|fetched|logged)\s+(?:on|at)\s+",
    re.I,
)
_MARKETS = ("fob_china", "cif_rotterdam", "europe", "china")
#: A level said to be the current one: "from the current 545,000 yuan/t", "the current
#: level of about $60/kg", "today's 7,000 yuan/kg", "from present levels around X".
_CURRENT = re.compile(
    r"\b(?:the\s+|its\s+)?(?:current|present|prevailing|today['’]s)\s+"
    r"(?:(?:spot\s+)?(?:price|quote|level|rate)s?\s+(?:of\s+|at\s+|around\s+|near\s+)?)?"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|near\s+)?(?:US\$|A\$|\$|€|RMB|CNY|Rmb|Yn)?\s*$",
    re.I,
)
#: A level said to hold to the end of the week: "to X and held there for the rest of the week".
_HELD_ON = re.compile(
    r"\s*,?\s*and\s+(?:then\s+)?(?:held|stayed|remained|sat)\s+(?:there|at\s+that\s+level|"
    r"unchanged|steady|put)\s+(?:for\s+the\s+rest\s+of|through|until|to)\s+the\s+(?:week|session)",
    re.I,
)
#: The words between an average and the period it is of: "US$48/kg average of the".
_AVERAGE_OF = re.compile(
    r"\s*(?:average|mean|avg\.?)\s+(?:of|for|in|over|during)\s+(?:the\s+)?", re.I
)
#: A period's average named before its figure: "its 2025 average of X", "the Q3 mean, X".
_PERIOD_AVERAGE = re.compile(
    r"(?:['’]s)?\s+(?:average|mean)(?:\s+price)?(?:\s+of|,)?\s+(?:about\s+|around\s+)?", re.I
)
_BASE_LEAD = re.compile(
    r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to)|from)\s+(?:the\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
#: A base day's level told in a "when" clause: "since Aug. 12, when it stood at", "than on
#: Feb. 8, the last session before the break, when it was quoted at".
_WHEN_AT = Prechecked(
    re.compile(
        r",?\s*when\s+(?:it|they|the\s+(?:price|prices|assessment|quote|index|benchmark)|prices?)"
        r"\s+(?:(?:was|were|had\s+been)\s+)?(?:stood|stand|quoted|assessed|traded|trading|sat|"
        r"hovered|changed\s+hands|closed|ended|priced|offered|valued|averaged)?\s*(?:at|around|near)?\s*"
        r"(?:about\s+|around\s+|roughly\s+)?$",
        re.I,
    )
)
#: A sentence set in China's own market, or quoting yuan: its dollar figure is no export quote.
_HOME_MARKET = re.compile(r"\b(?:china|chinese|domestic|yuan|rmb|cny)\b|元", re.I)


def _unit(q: Quantity, st: DocState) -> str:
    unit = q.unit
    if unit.startswith("$"):
        unit = st.dollar + unit[1:]
    return unit


def _same_currency_before(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """Whether the price before a bracketed amount is in its currency ("¥452k/t (¥443k ...)").

    Such a bracket holds another level of the same quote (last week's), not a conversion.
    """
    before = [o for o in view.qtys if o.end <= q.start and o.dimension == "price"]
    return bool(before) and _unit(before[-1], st).split("/")[0] == _unit(q, st)


def _inferred_unit(view: SentenceView, q: Quantity, st: DocState, product: str) -> str | None:
    """A bare money amount in a price sentence takes the per-mass unit of its neighbours."""
    cur = _unit(q, st)
    for other in view.qtys:
        if other is not q and other.dimension == "price":
            u = _unit(other, st)
            if u.split("/")[0] == cur:
                return u
    if cur == "CNY":
        p = catalog().find(product)
        return p.quote_unit if p else "CNY/t"
    return f"{cur}/kg" if cur in ("USD", "EUR", "AUD") else None


def is_change(view: SentenceView, q: Quantity) -> bool:
    """Whether the number is an amount of change rather than a level."""
    if q.signed:
        return True  # "+5,000 yuan/t": a level is never written with a sign
    lead, lead_hay = _CHANGE_LEAD_F.pick(view.text, view.low)
    if lead.search(lead_hay[max(0, q.start - 45) : q.start]):
        return True
    tail, tail_hay = _CHANGE_TAIL_F.pick(view.text, view.low)
    if tail.match(tail_hay, q.end):
        return True  # "5,000 yuan/mt higher than last week"
    before = sorted((o for o in view.qtys if o.end <= q.start), key=lambda o: o.end)
    if not before or before[-1].dimension != q.dimension or not _gapped(view, before[-1].end, q):
        return False
    # "Tb oxide added 150 yuan/kg and Dy oxide 40 yuan/kg": the verb serves both
    prev = before[-1]
    if prev.signed or lead.search(lead_hay[max(0, prev.start - 45) : prev.start]):
        return True
    # "A rose 10 yuan/kg to 1,710 yuan/kg and B 20 yuan/kg to 7,020 yuan/kg": the pair
    # repeats the first clause's change-then-level shape
    if len(before) < 2 or not _TO_AFTER.match(view.text, q.end):
        return False
    first = before[-2]
    return (
        first.dimension == q.dimension
        and _TO_BEFORE.search(view.text, first.end, prev.start) is not None
        and (first.signed or lead.search(lead_hay[max(0, first.start - 45) : first.start]))
        is not None
    )


def _gapped(view: SentenceView, start: int, q: Quantity) -> bool:
    """Whether the text from ``start`` to ``q`` is only "and" and a product name ("and Dy oxide")."""
    for p in view.products:
        if start < p.start and p.end <= q.start:
            return (
                _GAPPED.fullmatch(view.text, start, p.start) is not None
                and _GAPPED_TAIL.fullmatch(view.text, p.end, q.start) is not None
            )
    return False


_REALISED = re.compile(
    r"\b(?:reali[sz]ed|achieved|average\s+selling)\b[^;]{0,130}$|\bselling\s+prices?\b[^.;]{0,40}$",
    re.I,
)


_MARKET_PRICE = re.compile(r"\b(?:market|spot|benchmark|index)\s+prices?\b", re.I)


def _realised(
    view: SentenceView, q: Quantity, st: DocState, product: str, unit: str
) -> list[Draft] | None:
    """A producer's realised selling price: the company's average over its reporting period.

    "Its realised NdPr oxide price came to $63.40/kg in the quarter, against
    $51.10/kg a year before": entity the company, metric average, the period the report
    is about; the year-earlier figure the same period a year before.
    """
    said = _REALISED.search(view.text[: q.start])
    if said is None or _MARKET_PRICE.search(view.text, said.start(), q.start):
        return None  # "... and the benchmark NdPr price over the quarter was ...": the market's, not its own
    company = company_for(view, q, st, fallback_main=True) or st.doc_company
    if company is None:
        return None
    period, dm = bind_coarse(view, q, st)
    if comparison_base(view, q) is not None:
        main = next((o for o in view.qtys if o.end <= q.start and o.dimension == q.dimension), None)
        main_period = (bind_coarse(view, main, st)[0] if main else None) or st.report_period
        if comparison_base(view, q) == "year_ago":
            period, dm = shift_year(main_period), None
        elif dm is None:
            return []  # a base of unknown period
    elif period is None or period.granularity is Granularity.DAY:
        period, dm = st.report_period, None
    if period is None:
        return []
    metric = "average" if period.granularity is not Granularity.DAY or period.is_span else "price"
    return [Draft("price", company, product, metric, period, q.value, unit, q, date_mention=dm)]


_PERIOD_AVG = re.compile(
    r"\b(?:(?P<m>monthly|month's|month-to-date)|(?P<q>quarterly|quarter's)|(?P<y>annual|yearly|year's)"
    r"|(?P<w>weekly|week's))\s+(?:average|mean)\b|"
    r"\baverage\s+for\s+the\s+(?:(?P<m2>month)|(?P<q2>quarter)|(?P<y2>year)|(?P<w2>week))\b",
    re.I,
)
#: A base right after an average: "against 369,200 yuan/t the week before", "from X a month
#: earlier": the same kind of average over the period before.
_PERIOD_BEFORE = re.compile(
    r"\s*(?:in\s+|during\s+|over\s+|for\s+)?(?:the\s+)?(?:"
    r"(?P<w>(?:week|previous\s+week|prior\s+week)\s+(?:before|earlier)|a\s+week\s+(?:earlier|ago|before)|"
    r"(?:previous|prior|preceding|last)\s+week)|"
    r"(?P<m>(?:month|previous\s+month|prior\s+month)\s+(?:before|earlier)|"
    r"a\s+month\s+(?:earlier|ago|before)|(?:previous|prior|preceding|last)\s+month))\b",
    re.I,
)


def _average_before(view: SentenceView, q: Quantity, period: Period) -> Period | None:
    """The average period a base after the figure names ("... the week before")."""
    m = _PERIOD_BEFORE.match(view.text, q.end)
    if m is None:
        return None
    if m.group("w"):
        return trading_week(period.start, back=1)
    if period.granularity is Granularity.MONTH and not period.is_span:
        y, mo = (
            (period.start.year, period.start.month - 1)
            if period.start.month > 1
            else (
                period.start.year - 1,
                12,
            )
        )
        return Period.month(y, mo)
    return None


def _average_period(view: SentenceView, q: Quantity, st: DocState) -> tuple[Period, None] | None:
    """The period of "the monthly average was X" with no date: the month, quarter or year named last."""
    m = _PERIOD_AVG.search(view.text, max(0, q.start - _AVERAGE_REACH - 10), q.start)
    if m is None:
        return None
    ctx = st.dates
    if m.group("w") or m.group("w2"):
        anchor = st.para_day or (Period.day(ctx.published) if ctx.published else None)
        if anchor is None:
            return None
        if not st.weekly_report:  # a daily note's "weekly average": Monday to its day
            return trading_week(anchor.start, cap=anchor.start), None
        first = anchor.start
        for _ in range(4):  # a weekly report's "weekly average": its five sessions
            first = prev_trading(first)
        return Period.span(Period.day(first), Period.day(anchor.start)), None
    found = (
        ctx.last_month
        if m.group("m") or m.group("m2")
        else ctx.last_quarter
        if m.group("q") or m.group("q2")
        else ctx.last_year
    )
    return (found, None) if found is not None else None


#: A product named by "for" right after its level: "it was 1,700 yuan/kg for dysprosium
#: oxide", "Quotes: 444,000 yuan/t for Pr-Nd oxide, 1,700 yuan/kg for ...".
_FOR_GAP = re.compile(r"\s*,?\s*for\s+(?:the\s+|spot\s+|domestic\s+){0,2}", re.I)


def _for_product(view: SentenceView, q: Quantity) -> Mention | None:
    """The product a "X for Y" level names after itself, or None."""
    if " for " not in view.low:
        return None
    nxt = view.first_after(view.products, q.end, view.clause_of(q.start)[1])
    if nxt is not None and _FOR_GAP.fullmatch(view.text, q.end, nxt.start):
        return nxt
    return None


def price_product(view: SentenceView, q: Quantity, st: DocState) -> Mention | None:
    """The product a price figure is about.

    The one "for" names right after the level wins ("it was 1,700 yuan/kg for dysprosium
    oxide"); else the nearest one before it (in its clause, then its sentence), else the
    product of the price a back-reference ("The price ...", "It ...") points to.
    """
    return (
        _for_product(view, q)
        or _head_of_relative(view, q, subject_before(view, q, view.products))
        or _back_subject(view, st, q)
    )


#: A relative clause set off by commas: ", which matters for catalysts rather than magnets,".
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;]{3,120},", re.I)


def _head_of_relative(view: SentenceView, q: Quantity, prod: Mention | None) -> Mention | None:
    """The product a relative clause describes, not one named inside that clause.

    "Cerium oxide, which goes into polishing rather than magnets, was US$1.75/kg": cerium.
    """
    if prod is None or ("which" not in view.low and "who" not in view.low):
        return prod
    for m in _RELATIVE.finditer(view.text, 0, q.start):
        if m.start() < prod.start < m.end() <= q.start:
            head = view.nearest_before(view.products, m.start())
            return head or prod
    return prod


def _about_other(view: SentenceView, q: Quantity, prod: Mention) -> bool:
    """Whether the figure is another commodity's: one is named between the product and it.

    A product named only after the figure ("Lithium carbonate was at 75,500 yuan/t and
    Pr-Nd oxide at ...", "Cobalt rose 5% to $33,000/t, and terbium oxide fell ...") is
    the next piece's subject: another commodity named before the figure in its clause owns it,
    unless "for" ties the product to the figure ("... 1,700 yuan/kg for dysprosium oxide").
    """
    other, hay = _OTHER_COMMODITY_F.pick(view.text, view.low)
    found = [
        m
        for m in other.finditer(hay, view.clause_of(q.start)[0], q.start)
        if not any(c.start <= m.start() < c.end for c in view.companies)
    ]  # "the concentrate it buys from Baotou Steel Union": a company's name, not steel
    if not found:
        return False
    if prod.start >= q.end and prod.end > 0:  # named after the figure
        return not _FOR_GAP.fullmatch(view.text, q.end, prod.start)
    return found[-1].start() > prod.start


_LISTED = re.compile(
    r"\b(?:listing|listed|list)\s+(?:[\w-]+\s+){0,2}prices?\b|\b(?:was|were|is|are)\s+listed\s+at\b"
)


#: A sentence that opens on an average with no product of its own ("The May average was").
_THE_AVERAGE = re.compile(
    # a lead-in phrase may come first: "For the first nine months, the average price was X"
    # or with no comma before "the": "Across the second quarter the average was X"
    r"\s*(?:[-*•]\s*)?(?:[A-Z][^,.;]{0,50}?(?:,\s*|\s+(?=(?:the|its)\s)))?"
    r"(?:(?:the|its)\s+(?:[\w-]+\s+){0,2})?(?:average|mean)\s+"
    # "Average for the week (Mon-Fri) worked out at X": the week's mean of the last price;
    # "The average for the second quarter was X": a period of up to three words
    r"(?:price\s+)?(?:(?:for|over|across|in|during)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:\([^)]{0,20}\)\s+)?)?"
    r"(?:was|stood|came|worked\s+out|averaged\s+out)\b",
    re.I,
)


def opens_on_average(view: SentenceView) -> bool:
    """Whether a sentence opens on an average with no product ("The May average was X")."""
    return _THE_AVERAGE.match(view.text) is not None


#: A sentence about "the price" told just before: "The price has added 9,000 yuan",
#: "Prices are 27% higher than in January", "It is up about 50%".
_BACK_REF = re.compile(
    # a leading time phrase may come first: "Since 31 December the price has risen by 2%"
    # or a week back from the last day named: "A week earlier it was X"
    r"\s*(?:(?:since|over|during|in|on|this|so\s+far|from|by|(?:a|an|one|two|three|\d+)\s+"
    r"(?:days?|weeks?|months?)\s+later|a\s+week\s+earlier"
    r")\b[^,.;]{0,35}?,?\s+(?=the\s|its\s|it\s))?"
    r"(?:the\s+(?:price|prices|quote|assessment|market|month|week|session)|prices|it|that|this|"
    r"its\s+(?:(?:weekly|monthly|daily|quarterly)\s+)?(?:price|average|mean|mid-?point|quote)"
    # its price on a market: "Its FOB China price averaged X", "its export price rose"
    r"|its\s+(?:(?:fob|cif|ddp)\s+\w+|free\s+on\s+board\s+\w+|export|domestic|spot)\s+"
    r"(?:price|average|quote))\s+"
    # an auxiliary, or a move or level verb of en.toml ("[direction] back_ref"): "The price
    # reached X", "It slumped to X", "On July 28 the price touched a two-year high of X"
    r"(?:has|have|had|is|was|were|are|" + vocab.alternation("direction", "back_ref") + r")\b",
    re.I,
)


def remember_subject(out: list[Draft], st: DocState) -> None:
    """Keep the last price's product, for a following "The May average was X"."""
    main_avg = next(
        (
            d
            for d in out
            if d.kind == "price"
            and d.metric == "average"
            and d.period is not None
            and d.date_mention is not None
            and not d.date_mention.is_ref
        ),
        None,
    )
    if main_avg is not None and main_avg.period is not None:
        st.last_average = (st.paragraph, main_avg.period)
    for d in out:
        if d.kind == "price" and "/" in d.unit:
            st.last_price_currency = d.unit.split("/")[0]
    for d in out:
        if d.kind == "price" and d.subject:
            st.last_price = (st.paragraph, d.subject)
            st.last_price_market = d.entity
            if d.unit.startswith("USD/") and d.entity in _MARKETS:
                st.last_dollar_market = (st.paragraph, d.entity)


#: A sentence opening on the price of a product: "Prices for terbium oxide ...", "The price
#: of NdPr metal ...".
_PRICES_OF_LEAD = re.compile(r"\s*(?:the\s+)?(?:spot\s+)?prices?\s+(?:of|for)\s+", re.I)


def remember_topic(text: str, st: DocState, low: str | None = None) -> None:
    """A figure-less sentence led by one product makes it the topic of a following "It ...".

    "Lanthanum oxide bucked the trend. It added 150 yuan/t ...": the pronoun is lanthanum's,
    not the product of the price before; so is one opening on "Prices of/for" ("Prices for
    terbium oxide fell on Monday. Traders put the oxide at ..."). ``low``: ``lower(text)``,
    when already made.
    """
    lead = _PRICES_OF_LEAD.match(text)
    if lead is not None:
        text = text[lead.end() :]
        low = None if low is None else low[lead.end() :]
    if not product_leads(text, low):  # most sentences: one anchored match, no scan
        return
    found = find_products(text, low)
    # a group named in an aside ("Cerium oxide, the cheapest of the light rare earths, ...")
    # leaves the one product the topic
    named = {p.id for p in found if p.id not in _GROUPS}
    if found and found[0].start <= LEAD_WITHIN and len(named) == 1 and found[0].id in named:
        st.last_price = (st.paragraph, found[0].id)
        markets = find_markets(text)
        if markets:  # "Neodymium oxide fob China edged up this week. Argus assessed it at ..."
            st.last_price_market = markets[0].id


def move_markets(view: SentenceView, drafts: list[Draft]) -> None:
    """Give a move the market of its product's level in a sentence that names no market.

    "Praseodymium oxide was quoted at $59.40-60.20 per kg on the same basis, a rise of 1.1%
    from last Friday": the level took the market of the dollar quote before it (FOB China),
    and the 1.1% is that quote's move, not a domestic one.
    """
    if view.markets:
        return
    levels: dict[str, set[str]] = {}
    for d in drafts:
        if d.kind == "price" and d.metric in ("price", "price_low", "price_high"):
            levels.setdefault(d.subject, set()).add(d.entity)
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.entity != "china":
            continue
        markets = levels.get(d.subject, set())
        if len(markets) == 1 and (market := next(iter(markets))) in _MARKETS:
            d.entity = market


def _carried_subject(st: DocState) -> str | None:
    """The product of a price in this paragraph or the one before (a list item), or None."""
    if st.last_price is None or st.paragraph - st.last_price[0] > 1:
        return None
    return st.last_price[1]


def listed(view: SentenceView, out: list[Draft], st: DocState) -> None:
    """A producer's listing prices: the producer's, for the month they are set for.

    In a sentence on listing prices, a day's quote becomes its month's listing price and a
    change runs from the month before ("the August listed price of Pr-Nd oxide, 5,000
    yuan/t above July").
    """
    if "list" not in view.low or not _LISTED.search(view.low):
        return
    if _SESSION_LISTING.search(view.low):
        return  # an exchange's listed price told by the session: a market quote of the day
    named = _listing_month(view) or st.listing_month
    st.listing_month = named
    for d in out:
        p = d.period
        if d.kind != "price" or p is None or d.metric not in ("price", "change", "change_pct"):
            continue
        named_co = view.companies[0].id if len(view.companies) == 1 else None
        company = named_co or st.doc_company or company_for(view, d.q, st, fallback_main=True)
        if company is None:
            continue
        d.entity = company  # the lister: named in the sentence, else the report's company
        if d.metric == "price":
            if named is not None and not p.is_span and p.granularity is Granularity.DAY:
                d.period = named
            elif p.granularity is Granularity.DAY and not p.is_span:
                d.period = Period.month(p.end.year, p.end.month)
        elif named is not None and (p.granularity is Granularity.DAY or not p.is_span):
            d.period = _month_step(named, None)
        elif p.granularity is Granularity.DAY or not p.is_span:
            d.period = _month_step(p, st.dates.published)


#: A listed price told as a trading session's: "The listed price of Pr-Nd oxide closed at X,
#: 1,500 yuan/t lower than the last trading day" (an exchange's board, not a monthly listing).
_SESSION_LISTING = re.compile(
    r"\blist(?:ed|ing)\s+prices?\b[^,.;]{0,40}?\b(?:closed|settled|finished|opened)\b"
    r"|\b(?:previous|last|prior)\s+trading\s+(?:day|session)\b"
)
_LISTING_AFTER = re.compile(r"(?:'s)?\s+(?:listing|listed|list)\s+prices?\b")
_LISTING_BEFORE = re.compile(r"\b(?:listing|listed|list)\s+prices?\s+(?:for|of)\s+$")


#: Feedstocks a producer buys under a contract with its supplier, priced per quarter.
_FEEDSTOCKS = frozenset({"re_concentrate"})
#: A purchase: "the concentrate it buys from X", "will pay X Rmb26,205/t", "purchased from".
_PURCHASE = re.compile(
    r"\b(?:pays?|paid|paying|buys?|bought|buying|purchas(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|"
    r"related[- ]party)\b",
    re.I,
)
#: The words before the supplier of a purchase: "from", "pay", "paid" (and a description).
_SUPPLIER_LEAD = re.compile(
    r"\b(?:from|pays?|paid|paying)\s+(?:[\w'’-]+\s+){0,5}?(?:[\w'’-]+,\s+)?$", re.I
)
_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: "up from 19,109 yuan in the third": a quarter named by its ordinal alone.
_BARE_ORDINAL = Prechecked(
    re.compile(r"[^.;\d]{0,25}?\bin\s+the\s+(first|second|third|fourth)\b(?!\s+quarter)", re.I)
)


def _ordinal_quarter(view: SentenceView, q: Quantity) -> Period | None:
    """The quarter a base names by its ordinal alone, after the sentence named one in full."""
    bare = _BARE_ORDINAL.match(view.text, q.end)
    if bare is None:
        return None
    named = next(
        (
            d.period
            for d in view.dates
            if d.period is not None
            and d.end <= q.start
            and d.period.granularity is Granularity.QUARTER
            and not d.period.is_span
        ),
        None,
    )
    if named is None:
        return None
    return Period.quarter(named.start.year, _ORDINAL_Q[bare.group(1).lower()])


def purchased(view: SentenceView, out: list[Draft], st: DocState) -> None:
    """A producer's purchase price of a feedstock: the buyer's, for the quarter it is set for.

    "China Northern Rare Earth has raised the price of the concentrate it buys from its parent
    to X for the fourth quarter, 37% more than the Y it paid in the third quarter": X (Q4) and
    Y (Q3) are the buyer's prices, the 37% runs from Q3 to Q4.
    """
    mine = [d for d in out if d.kind == "price" and d.subject in _FEEDSTOCKS]
    if not mine or not (_PURCHASE.search(view.text) or _PURCHASE.search(st.para_lead)):
        return
    suppliers = {
        c.id
        for c in view.companies
        if _SUPPLIER_LEAD.search(view.text, max(0, c.start - 60), c.start)
    }
    buyers = [c.id for c in view.companies if c.id not in suppliers]
    buyer = buyers[0] if buyers else None
    if buyer is None:
        for cand in (st.doc_company, st.main_company):
            if cand is not None and cand not in suppliers:
                buyer = cand
                break
    if buyer is None:
        return
    quarters = [
        d
        for d in view.dates
        if d.period is not None
        and d.period.granularity is Granularity.QUARTER
        and not d.period.is_span
    ]
    main = next((d.period for d in quarters if not d.is_ref), None)
    for d in mine:
        d.entity = buyer
        d.standing = False
        if d.metric not in ("price", "price_low", "price_high"):
            continue
        own = base_date(view, d.q)
        bare = _ordinal_quarter(view, d.q)
        if (
            own is not None
            and own.period is not None
            and own.period.granularity is Granularity.QUARTER
        ):
            d.period = own.period
        elif bare is not None:
            d.period = bare
        elif main is not None:
            d.period = main
    levels = sorted(
        {d.period for d in mine if d.metric.startswith("price") and d.period is not None},
        key=lambda p: p.start,
    )
    for d in mine:
        if d.metric not in ("change", "change_pct"):
            continue
        if len(levels) >= 2:
            d.period = Period.span(levels[0], levels[-1])
        elif main is not None:
            before = main.start - timedelta(days=1)
            prev = Period.quarter(before.year, (before.month - 1) // 3 + 1)
            d.period = Period.span(prev, main)


def _listing_month(view: SentenceView) -> Period | None:
    """The month a sentence's listing prices are for ("its May listing prices"), or None."""
    for dm in view.dates:
        p = dm.period
        if dm.is_ref or p is None or p.granularity is not Granularity.MONTH or p.is_span:
            continue
        if _LISTING_AFTER.match(view.low, dm.end) or _LISTING_BEFORE.search(
            view.low, max(0, dm.start - 30), dm.start
        ):
            return p
    return None


def _month_step(p: Period, published: date | None) -> Period:
    """A listing change's span: month to month.

    A single month before publication is the base ("a rise of 7.7% on July"), any other the
    month the listing is for; a span of days becomes the span of their months.
    """
    end = p.end
    if not p.is_span and published is not None and end < published.replace(day=1):
        nxt = date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return Period.span(Period.month(end.year, end.month), Period.month(nxt.year, nxt.month))
    before = date(end.year, end.month, 1) - timedelta(days=1)
    return Period.span(Period.month(before.year, before.month), Period.month(end.year, end.month))


_AGO = Prechecked(
    re.compile(
        r"[\s,]*\)?[\s,]*(?:(?:per|/)\s*(?:kg|t|mt|tonne)\s*)?(?:in\s+|over\s+)?(?:the\s+)?"
        r"(?:same\s+(?:period|month|quarter)\s+)?(?:a|one|the)\s+(?P<unit>year|quarter|month)"
        r"\s+(?:earlier|ago|before)\b",
        re.I,
    )
)


def _period_before(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """The period before the sentence's own one, for a level told "a year earlier".

    "averaged $81/kg in 2025 after $62/kg a year earlier": 2024; "$230/kg in Q2, against
    $210/kg a quarter earlier": Q1. Only for a month, quarter or year named before the figure.
    """
    m = _AGO.match(view.text, q.end)
    if m is None:
        return None
    main = next(
        (o for o in reversed(view.qtys) if o.end <= q.start and o.dimension == q.dimension), None
    )  # the level it is compared with, its period the one named for it
    p = bind_coarse(view, main, st)[0] if main is not None else None
    if p is None or p.granularity is Granularity.DAY or p.is_span:
        return None
    unit = m.group("unit").lower()
    if unit == "year":
        return shift_year(p)
    if unit == "quarter" and p.granularity is Granularity.QUARTER:
        k = (p.start.month - 1) // 3
        return Period.quarter(p.start.year - (k == 0), (k - 1) % 4 + 1)
    if unit == "month" and p.granularity is Granularity.MONTH:
        first = p.start - timedelta(days=1)
        return Period.month(first.year, first.month)
    return None


#: A sentence led by a day that tells a move and names no product: the last price's move
#: ("Friday alone brought a 3% jump from Thursday's $59.79", "On Tuesday the gain was $2").
_DAY_LED_MOVE = re.compile(
    r"\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b"
    r"[^.;]{0,40}?\b(?:" + vocab.alternation("direction", "day_moves") + r")\b",
    re.I,
)


#: The last price's product as a pronoun or form word around a move or quote: "Buying
#: carried it to X on April 30", "Starting the quarter at X, it reached Y", "by June 28 the
#: oxide had eased to X", "pushed it up to X".
_PRONOUN_OBJECT = re.compile(
    r"\b(?:carried|took|lifted|pushed|pulled|sent|drove|dragged|knocked|brought|kept|left)\s+"
    r"(?:it|them)\s+(?:up\s+|down\s+|back\s+)?(?:to|at)\b"
    r"|,\s*(?:it|the\s+(?:oxide|metal|alloy))\s+(?:then\s+)?(?:reached|rose|climbed|fell|dropped|"
    r"eased|slipped|hit|touched|peaked|ended|closed|finished|stood|traded|was)\b"
    r"|\bthe\s+(?:oxide|metal|alloy)\s+(?:has\s+|had\s+)?(?:eased|firmed|risen|fallen|rose|fell|"
    r"climbed|dropped|slipped|gained|lost)\b",
    re.I,
)


#: The last price's product as the object of an assessment: "Argus assessed it at X",
#: "traders put it at X", "sources quoted them at X", "buyers saw the oxide at X" (a pronoun
#: or the product's form word: oxide, metal, alloy).
_IT_AT = re.compile(
    r"\b(?:assessed|quoted|put|priced|pegged|valued|marked|placed|pitched|saw|heard|indicated|"
    r"estimated)\s+(?:it|them|the\s+(?:oxide|metal|alloy)s?)\s+at\b",
    re.I,
)


#: The last price's product named by its form alone: "in the first quarter the oxide averaged
#: X", "the metal was quoted at X".
_THE_FORM = re.compile(
    r"\bthe\s+(?:oxide|metal|alloy)\s+(?:has\s+|had\s+|was\s+|were\s+)?(?:averaged|traded|"
    r"stood|closed|ended|sold|fetched|quoted|assessed|changed\s+hands|held|rose|fell|climbed|"
    r"dropped|gained|lost|eased|firmed)\b",
    re.I,
)


#: A feedstock named again by its kind alone: "the price of that concentrate", "the ore".
_THE_FEEDSTOCK = re.compile(
    r"\b(?:that|the|this|its|their|such)\s+(?:ore\s+)?concentrates?\b", re.I
)


def _paragraph_feedstock(view: SentenceView, st: DocState) -> Mention | None:
    """The feedstock the paragraph's first sentence named, for "that concentrate" after it."""
    if view.products or not _THE_FEEDSTOCK.search(view.text) or not st.para_lead:
        return None
    named = [p for p in find_products(st.para_lead) if p.id in _FEEDSTOCKS]
    return Mention(0, 0, "product", named[-1].id) if named else None


def _back_subject(view: SentenceView, st: DocState, q: Quantity) -> Mention | None:
    """The product of the last price, for a sentence about "the price" with none of its own.

    Only products named before the figure ``q`` count ("Since 31 December the price has risen
    by 2%, although magnet makers held back": the magnets are not its subject).
    """
    feedstock = _paragraph_feedstock(view, st)
    if feedstock is not None:
        return feedstock  # "... buys its ore concentrate from X. ... price of that concentrate"
    if any(p.start < q.start for p in view.products) or not (
        _BACK_REF.match(view.text)
        # "Most of the advance came in the final week: the month closed at X"
        or any(_BACK_REF.match(view.text, c.end()) for c in _COLON.finditer(view.text, 0, q.start))
        or _WHEN_IT.search(view.text, 0, q.start) is not None
        or _ITS_NOUN.match(view.text) is not None
        or _LABELLED_BASE.match(view.text, 0, q.start) is not None
        or (not view.companies and _PRONOUN_OBJECT.search(view.text) is not None)
        or _DAY_LED_MOVE.match(view.text)
        or _IT_AT.search(view.text)
        or _THE_FORM.search(view.text)
    ):
        return None
    carried = _carried_subject(st)
    return Mention(0, 0, "product", carried) if carried is not None else None


#: A sentence opening on the last price's own figure set off as a noun: "Its February
#: average, US$124.14/kg, was ...", "Its month-end close of X ...".
_ITS_NOUN = re.compile(
    r"\s*its\s+(?:[\w-]+\s+){0,2}(?:average|mean|close|closing\s+price|quote|level)\s*(?:,|of)",
    re.I,
)
#: A colon or semicolon a back-referring clause may follow.
_COLON = re.compile(r"[:;]\s*")
#: "Compared with January 2025, when it averaged X": "it" is the last price's product.
_WHEN_IT = re.compile(
    r"\bwhen\s+it\s+(?:averaged|stood|was|traded|sat|closed|ended|finished)\s+(?:at\s+)?"
    r"(?:about\s+|around\s+)?(?:US\$|\$|€|¥|yuan\s*|rmb\s*)?$",
    re.I,
)
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:about|around|roughly|approximately|some)?\s*$", re.I)


def _dollar_twin(
    view: SentenceView, q: Quantity, st: DocState, tag: str | None
) -> list[Draft] | None:
    """A US-dollar level in brackets right after a yuan level: the same quote in dollars.

    "sold at 486,000 yuan ($68,200) per ton": 68,200 USD/t, same product, market and day.
    A change's conversion ("rose 5,000 yuan/t ($700)") stays a conversion.
    """
    if q.unit not in ("$", "US$", "USD") or q.scaled:
        return None
    before = [o for o in view.qtys if o.end <= q.start]
    if not before or not _BRACKET_OPEN.fullmatch(view.text, before[-1].end, q.start):
        return None
    level = before[-1]
    if level.dimension not in ("price", "money") or is_change(view, level):
        return None
    drafts = extract(view, level, st, tag) or []
    out = []
    for d in drafts:
        if d.kind != "price" or d.metric not in ("price", "price_low", "average"):
            continue
        per = d.unit.split("/", 1)[1] if d.unit.startswith("CNY/") else None
        if per is None:
            continue
        out.append(d.derive(d.metric, q.value, f"USD/{per}", q))
        if d.metric == "price_low" and q.high is not None:
            out.append(d.derive("price_high", q.high, f"USD/{per}", q))
    return out or None


#: What joins a quote to its conversion: "(about", ", or roughly", ", equivalent to around",
#: "(i.e.", "or some".
_CONVERTED = re.compile(
    r"\s*(?:\(\s*|,?\s*(?=or\b|i\.e\.|equivalent|equal|roughly|about|approximately|the\s+equivalent"
    r"|which\s+(?:works|equates|translates|is)|translating|converting))"
    r"(?:or\s+|i\.e\.\s*|the\s+equivalent\s+of\s+|which\s+(?:works\s+out|equates|translates)"
    r"\s+(?:at|to|into)\s+|which\s+is\s+|translating\s+(?:to|into)\s+|converting\s+to\s+)?"
    r"(?:(?:equivalent|equal)\s+to\s+)?"
    r"(?:about|around|roughly|approximately|some|nearly|close\s+to)?\s*"
    r"(?:(?:equivalent|equal)\s+to\s+)?(?:about|around|roughly)?\s*$",
    re.I,
)


def _yuan_conversion(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """Whether a yuan price converts the foreign-currency quote right before it.

    "$230/kg (about 1.65 million yuan/t)", "$78-80/kg, or roughly 560,000-575,000 yuan/t":
    the quote is the dollar one (its market, fob China or Europe); the yuan figure would
    otherwise pass for a domestic Chinese price. A dollar quote of the domestic market
    ("China's domestic NdPr price was $63/kg (about 455,000 yuan/t)") is the same quote as
    its yuan twin, which stays; so does a dollar figure after a yuan quote.
    """
    before = [o for o in view.qtys if o.end <= q.start]
    if not before or before[-1].dimension != "price":
        return False
    prev = before[-1]
    if _unit(prev, st).startswith("CNY"):
        return False
    gap = view.text[prev.end : q.start]
    for m in reversed(view.dates):  # "$230/kg on Thursday, the equivalent of 1,650 yuan/kg"
        if prev.end <= m.start and m.end <= q.start:
            at = m.start - prev.end
            gap = gap[:at] + gap[at + m.end - m.start :]
    gap = re.sub(r"^\s*(?:on|as\s+of|at)\s*(?=,)", "", gap, flags=re.I)
    if len(gap) > 50 or _CONVERTED.fullmatch(gap) is None or not gap.strip():
        return False
    default = st.section_market or st.basis_market
    return market_of(view, prev, default) != "china"


def extract(view: SentenceView, q: Quantity, st: DocState, tag: str | None) -> list[Draft] | None:
    """Price facts from a number with a price unit (or money in a price sentence)."""
    dim = q.dimension
    prod = price_product(view, q, st)
    if dim == "money":
        # "(¥443k last Fri)" beside "¥452k/t": a thousand written "k" is a level's own scale
        kilo = q.scaled and view.text[q.start : q.end].rstrip().endswith(("k", "K"))
        # "$62.38/kg vs $62.30 a week ago ... the export price": an amount beside a price in
        # its sentence is a level even where "export" is the nearest metric word
        beside = tag in ("exports", "imports") and any(o.dimension == "price" for o in view.qtys)
        if (
            (q.scaled and not kilo)
            or prod is None
            or (tag not in ("price", "average", "close", None) and not beside)
        ):
            return None
        if (
            in_parentheses(view, q)
            and view.text[: q.start].rstrip().endswith("(")
            and not _same_currency_before(view, q, st)
        ):
            dollars = _dollar_twin(view, q, st, tag)
            if dollars:
                return dollars  # "512,500 yuan ($71,900) per ton": the same level in dollars
            trace.veto("conversion", (q.start, q.end), "price")
            return []  # a currency conversion in brackets
        unit = _inferred_unit(view, q, st, prod.id)
        if unit is None:
            return None
    elif dim == "price":
        unit = _unit(q, st)
        if unit.startswith("CNY") and _yuan_conversion(view, q, st):
            trace.veto("conversion", (q.start, q.end), "price")
            return []  # "$230/kg (about 1.65 million yuan/t)": the dollar quote, converted
    else:
        return None
    span = (q.start, q.end)
    if unit.startswith("$"):
        trace.veto("foreign_dollar", span, "price")
        return []
    if prod is None:
        _a, b = view.clause_of(q.start)
        prod = view.first_after(view.products, q.end, b)
    if prod is not None and prod.id in _GROUPS:
        prod = _appositive_owner(view, prod)
    if prod is None:
        _a, b = view.clause_of(q.start)
        prod = view.first_after(view.products, q.end, b)
    if prod is not None and prod.id in _GROUPS:
        prod = _past_basis(view, prod)
    if prod is None and not view.products and _THE_AVERAGE.match(view.text):
        carried = _carried_subject(st)
        if carried is not None:
            prod = Mention(0, 0, "product", carried)  # "The May average was X"
    if prod is None or prod.id in _GROUPS:
        trace.veto("no_product" if prod is None else "group_subject", span, "price")
        return []
    if _about_other(view, q, prod):
        trace.veto("other_commodity", span, "price")
        return []  # "nickel futures dropped 1.8% to 121,400 yuan a ton": not ours
    if _CONDITION.search(view.text, max(0, q.start - 90), q.start) or inverted_condition(view, q):
        trace.veto("hypothetical", span, "price")
        return []  # "If Pr-Nd oxide holds above X in Q4, profit could ...": a condition
    if st.assumed_section:
        trace.veto("outlook", span, "price")
        return []  # a bullet under "Q3 budget basis (not a market price)": a planning figure
    if (
        _DEALS_BEYOND.search(view.text, max(0, q.start - 50), q.start)
        or _EXTREME_BEYOND.search(view.text, max(0, q.start - 30), q.start)
        or (
            _BOUNDED_LEVEL.search(view.text, max(0, q.start - 40), q.start)
            and not is_change(view, q)  # "a drop of more than X", "more than X higher"
        )
        or _CROSSED.search(view.text, max(0, q.start - 50), q.start)
    ):
        trace.veto("threshold", span, "price")
        return []  # "few lots changed hands over RMB480,000/t": a threshold, not a price
    if (
        (fc := _FORECAST_FIGURE.search(view.text, max(0, q.start - 80), q.start))
        and not _BEAT_BEFORE.search(view.text, max(0, fc.start() - 20), fc.start())
        and not _PAST_MOVE.search(view.text, fc.start(), q.start)
    ):
        trace.veto("outlook", span, "price")
        return []  # "we lift our 2025 average price forecast to X": a forecast
    if _unit_value(view, q):
        trace.veto("unit_value", span, "price")
        return []  # "the mean customs value of magnets shipped out came to US$41/kg"
    if _HYPO_MOVE.search(view.text, max(0, q.start - 70), q.start) and _MODAL_AFTER.match(
        view.text, q.end
    ):
        trace.veto("hypothetical", span, "price")
        return []  # "a recovery in NdPr to US$70/kg would lift earnings": a case, not a quote
    # "expect a 10% rise from the current 545,000 yuan/t": the current level is a fact
    modal = _modal(view) and not _CURRENT.search(view.text, max(0, q.start - 40), q.start)
    if modal and _HYPOTHETICAL.search(view.text[max(0, q.start - 45) : q.start]):
        trace.veto("hypothetical", span, "price")
        return []  # "could reach 10,000 yuan/kg if supply tightens": not a quote
    if modal and _OUTLOOK.search(view.text[max(0, q.start - 110) : q.start]):
        trace.veto("outlook", span, "price")
        return []  # "sees NdPr oxide trying 505,000 yuan/t": a forecast level, not a price
    if modal and _SEES_AT.search(view.text, 0, q.start) and _BY_DATE.match(view.text, q.end):
        trace.veto("outlook", span, "price")
        return []  # "traders see NdPr oxide at X by the end of the month": a target level
    if outlook_move(view, q):
        trace.veto("outlook", span, "price")
        return []  # "traders see a 20,000 yuan/t gain by the end of the month": not a move yet
    if _TOWARDS.search(view.text, max(0, q.start - 40), q.start) and _BY_DATE.match(
        view.text, q.end
    ):
        trace.veto("outlook", span, "price")
        return []  # "averaging $92/kg in 2026 and rising towards $110/kg by 2030": a path
    if _SPREAD.search(view.text, view.clause_of(q.start)[0], q.start):
        trace.veto("spread", span, "price")
        return []  # "the gap between Rotterdam and fob China prices widened to $590/kg"
    if _reservation(view, q):
        trace.veto("reservation", span, "price")
        return []  # "buyers' bids sat near X", "refused to sell below X"
    lo, hi = _PLAUSIBLE.get(unit, (0.0, float("inf")))
    if not lo <= abs(q.value) <= hi and not is_change(view, q):
        trace.veto("implausible", span, "price")
        return []
    follows = not view.products and st.last_price_market in _MARKETS
    carried = st.last_price_market if follows else None
    if (
        carried is None
        and unit.startswith("USD/")
        and not view.markets
        and not _HOME_MARKET.search(view.text)
    ):
        dollar = st.last_dollar_market
        if dollar is not None and st.paragraph - dollar[0] <= 1:
            carried = dollar[1]  # "Cerium oxide was flat at $1.12/kg" after a FOB quote
        else:  # a comment under a table of FOB quotes: the same series as the product's rows
            carried = st.table_dollar_markets.get(prod.id)
    market = market_of(view, q, st.section_market or carried or st.basis_market)
    if market == UNLISTED:
        trace.veto("unlisted_market", span, "price")
        return []  # "Dy oxide CIF Asia rose to $620-700/kg": a basis with no market id
    if unit.startswith("CNY") and market != "china":
        market = "china"  # a yuan quote is a domestic one, whatever market was named before it
    if st.section_seller and (seller := st.doc_company or st.main_company) is not None:
        market = seller  # "Our export offers (FOB Shanghai, USD):" - the publisher's own prices
    if "reali" in view.low or "achieved" in view.low or "selling price" in view.low:
        own = _realised(view, q, st, prod.id, unit)
        if own is not None:
            return own
    if any(w in view.low for w in _CONTRACT_WORDS) and (
        _CONTRACT.search(view.text[: q.start]) or _CONTRACT.search(view.text[q.end : q.end + 15])
    ):
        company = view.nearest_before(view.companies, len(view.text)) or (
            view.companies[0] if view.companies else None
        )
        if company is None:
            trace.veto("contract_price", span, "price")
            return []
        return [Draft("price", company.id, prod.id, "price", None, q.value, unit, q, standing=True)]
    if is_change(view, q):
        period, dm = bind_period(view, q, st, price=True)
        value = signed(q.value, q, view.sign_near(q))
        return [Draft("price", market, prod.id, "change", period, value, unit, q, date_mention=dm)]
    prior_day = _earlier_assessment_day(view, q) or _labelled_base_day(view, q, st)
    if prior_day is not None:  # "against $61-64/kg at the prior assessment on 11 March"
        where = market_of(view, q, st.default_market)
        return _level_drafts(where, prod.id, prior_day, q, unit)
    ellipsis = _ordinal_quarter(view, q)
    if (
        ellipsis is None
        and _FROM.search(view.text[max(0, q.start - 20) : q.start])
        and postfix_date(view, q) is None
    ):
        a, b = view.clause_of(q.start)
        earlier_level = any(
            o is not q and o.dimension in ("price", "money", "bare") and a <= o.start < q.start
            for o in view.qtys
        )
        readings = st.reading_span if not _own_days(view) else None
        if (
            earlier_level
            and (st.weekly_report or readings is not None)
            and _UP_FROM.search(view.text, a, q.start)
        ):
            day, _dm = bind_period(view, q, st, price=True)
            if day is not None and day.granularity is Granularity.DAY and not day.is_span:
                # a weekly assessment "2,850-2,950, up from 2,700-2,800": last week's range;
                # under a note "moves compare the June 1 reading with May 1": May 1's
                before = Period.day(
                    readings[0] if readings is not None else day.start - timedelta(days=7)
                )
                where = market_of(view, q, st.default_market)
                return _level_drafts(where, prod.id, before, q, unit)
        parallel = _parallel_base_day(view, q) if earlier_level else None
        if parallel is not None:  # "A fell to X from Y, while B rose to Z from W at end-October"
            where = market_of(view, q, st.default_market)
            return _level_drafts(where, prod.id, parallel, q, unit)
        found = _paragraph_base_day(view, q, st) if earlier_level else None
        if found is not None:  # "X on Friday, from Y on Thursday. Ce eased to A from B"
            base_day, base_market = found
            where = market_of(view, q, st.default_market) if view.markets else base_market
            if unit.startswith("CNY") != (base_market == "china"):
                where = market_of(view, q, st.default_market)
            return _level_drafts(where, prod.id, base_day, q, unit)
        if any(
            o is not q and o.dimension in ("price", "money") and a <= o.start < b for o in view.qtys
        ):
            trace.veto("base_level", span, "price")
            return []  # "rose from X to Y", "rose to Y from X": X is an earlier level of unknown day
    period, dm = bind_period(view, q, st, price=True)
    for d in view.dates:  # "from the July mean of 517,800 yuan/t": August's level
        if (
            d.is_ref
            and d.period is not None
            and _OWNED_BY_DATE.fullmatch(view.text, d.end, q.start)
        ):
            period, dm = d.period, d
    owned = _possessive_base_day(view, q, st)
    if owned is not None:  # "from last week's CNY 566,000/t": the level of a week before
        period, dm = owned, None
    if ellipsis is not None:  # "26,205 yuan in the fourth quarter, up from 19,109 in the third"
        period, dm = ellipsis, None
    base_dm: DateMention | None = postfix_date(view, q)
    if base_dm is not None and not (
        base_dm.is_ref and _BASE_LEAD.search(view.text, max(0, q.start - 30), q.start)
    ):
        base_dm = None
    if (
        base_dm is not None
        and base_dm.is_ref
        and base_dm.period is not None
        and _BASE_LEAD.search(view.text, max(0, q.start - 30), q.start)
    ):  # "vs USD62.47/kg in June", "up from CNY425,100 in the second quarter": the base's base_dm
        period, dm = base_dm.period, base_dm
        ago = _ago_day(view, base_dm, st)
        if ago is not None:  # "traded at X, compared with about Y a year ago": that day then
            period, dm = ago, None
    own_ago = _own_ago(view, q)
    if own_ago is not None:  # "A year ago X sold for Y", "X was Y a month earlier": then
        then = _ago_day(view, own_ago, st)
        if then is not None:
            period, dm = then, None
    for d in view.dates:  # "444,000 yuan/t (Thursday: 442,000 yuan/t)": the label's day
        if d.is_ref and d.period is not None and _LABEL_GAP.fullmatch(view.text, d.end, q.start):
            period, dm = d.period, d
    if _CURRENT.search(view.text, max(0, q.start - 40), q.start) or _since_then(view, q):
        # "from the current 545,000 yuan/t", "against today's level of X": the level stands
        # on the report's (or the sentence's) day, whatever period the sentence speaks of
        anchor = sentence_anchor(view, st)
        if anchor is not None:
            period, dm = Period.day(anchor), None
    lead = next((d for d in view.dates if d.start <= 3 and d.end < q.start), None)
    if (
        lead is not None
        and _LEAD_AGO.match(view.text, lead.end)
        and not any(d is not lead and d.period is not None for d in view.dates)
    ):  # ("A month earlier, on October 27, ...": the day named is the level's)
        ago = _ago_day(view, lead, st)
        if ago is not None:  # "A week earlier, Nd oxide had traded at X": that day's level
            period, dm = ago, None
    if _HELD_ON.match(view.text, q.end):  # "rose 300 on Tuesday to X and held there for the
        day = st.para_day or (Period.day(st.dates.published) if st.dates.published else None)
        if day is not None:  # rest of the week": the level stands at the report's day too
            period, dm = day, None
    when = _WHEN_AT.search(view.text, max(0, q.start - 70), q.start)
    if when is not None:  # "since Aug. 12, when it stood at $76.30/kg": Aug. 12's level
        named = [
            d
            for d in view.dates
            if d.period is not None and d.end <= when.start() and when.start() - d.end <= 60
        ]
        if named:
            period, dm = named[-1].period, named[-1]
    for d in view.dates:  # "the US$48/kg average of the September 2024 quarter": that quarter's
        if d.period is not None and _AVERAGE_OF.fullmatch(view.text, q.end, d.start):
            period, dm = d.period, d
        elif d.period is not None and _PERIOD_AVERAGE.fullmatch(view.text, d.end, q.start):
            period, dm = d.period, d  # "its 2025 average of US$78.60/kg": 2025's
    for d in view.dates:  # "than the $111.25 recorded on January 30": that day's level
        if d.is_ref and d.period is not None and _LEVEL_DATED.fullmatch(view.text, q.end, d.start):
            period, dm = d.period, d
    earlier = _period_before(view, q, st)
    if earlier is not None:  # "averaged $81/kg in 2025 after $62/kg a year earlier": 2024's
        period, dm = earlier, None
    words = list(_AVERAGE_WORD.finditer(view.text, max(0, q.start - _AVERAGE_REACH), q.start))
    said = words[-1] if words else None
    if said is not None and _since_then(view, q, said.end()):
        said = None  # "which averaged X last year, has since risen to Y": Y is today's level
    subject = said is not None and _AVERAGE_SUBJECT.fullmatch(view.text, said.start(), q.start)
    if said is not None and not subject and _CLOSED.search(view.text, said.end(), q.start):
        said = None  # "averaged 611,800 ... and ended the month at 604,000": the close is a day's
    avg = said is not None or (tag == "average" and not _CLOSED.search(view.text, 0, q.start))
    if (
        not avg
        and base_dm is not None
        and period is not None
        and (period.granularity is not Granularity.DAY or period.is_span)
        and _AVERAGE_WORD.search(view.text, 0, q.start)
        and not _CLOSED.search(view.text, 0, q.start)
    ):  # "The average price ... was X in the third quarter, up from Y in the second quarter"
        avg = True
    if avg and dm is not None and dm.relative == "this_week" and period is not None:
        period = trading_week(period.start, cap=period.start)  # "averaged X this week"
    if avg and _week_to(view, dm) and dm is not None and dm.period is not None:
        period = _five_sessions_to(dm.period.end)  # "in the week to December 4, X averaged Y"
    closed = _CLOSED_MONTH.search(view.text, max(0, q.start - 40), q.start)
    if closed is None and _GAPPED_AT.search(view.text, max(0, q.start - 50), q.start):
        # "Dy oxide closed the month at A and Tb oxide at B": B shares the month-end verb
        closed = _CLOSED_MONTH_ANY.search(view.text, view.clause_of(q.start)[0], q.start)
    if closed is not None and not avg and postfix_date(view, q) is None:
        # "closed the month at": its last trading day (unless a day follows the figure)
        months = [
            d.period
            for d in view.dates
            if d.end <= q.start and not d.is_ref and d.period is not None
            and d.period.granularity is Granularity.MONTH and not d.period.is_span
        ]  # fmt: skip
        month = months[-1] if months else st.dates.last_month
        if month is not None:
            period, dm = Period.day(month_close(month.start.year, month.start.month)), None
    if (
        said is not None
        and said.group(0).lower() in ("averaged", "averaging")
        and (period is None or (period.granularity is Granularity.DAY and not period.is_span))
        and _average_period(view, q, st) is None
        # "averaged X on the day", "On Thursday X averaged Y": the day's mean quote is that
        # day's price (FACTS.md), never the period of an average told before
        and not _day_average(view)
    ):
        told = _told_average(view, st)
        if told is None:
            trace.veto("average_no_period", span, "price")
            return []  # "over the five sessions, X averaged ...": a mean over no period we can name
        period, dm = told, None  # "NdPr averaged X in November. Dy oxide averaged Y": November
    metric = "price"
    if period is not None and period.granularity is not Granularity.DAY and not avg:
        end = _month_edge(view, dm)  # "500,000-510,000 yuan/t at the end of April (of Q1)"
        if end is not None and end >= period.start:
            period = Period.day(end)
        elif (
            dm is not None
            and _CLOSED_BEFORE.search(view.text, max(0, dm.start - 30), dm.start)
            and _AT_GAP.fullmatch(view.text, dm.end, q.start)
        ):  # "finished June at $2,700-3,100/kg": June's last trading day
            period = Period.day(month_close(period.end.year, period.end.month))
    if (
        not avg
        and dm is not None
        and period is not None
        and period.granularity is not Granularity.DAY
        and _VAGUE_PART.search(view.text, max(0, dm.start - 14), dm.start)
    ):
        trace.veto("base_unknown", span, "price")
        return []  # "reached the same late-April peak at X": no day the level is of
    if not avg and dm is not None and dm.kind == "sessions_to" and period is not None:
        period = Period.day(period.end)  # "slipped 1.5% over the four sessions to 2 July, to 190"
    if not avg and period is not None and _running_span_level(view, q, dm):
        # "has jumped 40% so far this year to 590,000", "climbed 8% this month to X": the
        # level the move reached now, on the report's day
        published = st.dates.published
        end = period.end if published is None else min(period.end, published)
        period = Period.day(end)
    if avg and (period is None or (period.granularity is Granularity.DAY and not period.is_span)):
        period, dm = _average_period(view, q, st) or (period, dm)
    if avg and period is not None and (period.granularity is not Granularity.DAY or period.is_span):
        metric = "average"
        holder = st.doc_company or st.main_company
        if dm is not None and holder is not None:  # "averaged US$54.1/kg over FY2025" in a
            period = fiscal_span(view, dm, period, holder, st) or period  # July-June company
        leading = dm is None or dm.end <= q.start  # not a day written after the figure
        prior = _average_before(view, q, period) if leading and earlier is None else None
        if prior is not None:  # "its weekly average ..., against 369,200 the week before"
            period = prior
    if q.high is None and metric == "price" and _midpoint(view, q):
        trace.veto("midpoint", span, "price")
        return []  # "486,000-489,000, average 487,500": the range's mid, not a quote of its own
    if q.high is not None:
        return [
            Draft("price", market, prod.id, "price_low", period, q.value, unit, q, date_mention=dm),
            Draft("price", market, prod.id, "price_high", period, q.high, unit, q, date_mention=dm),
        ]
    return [
        Draft(
            "price", market, prod.id, metric, period, q.value, unit, q, date_mention=dm, bound=None
        )
    ]


#: The words between a level and the day of the earlier assessment it was
#: ("$52-55/kg in the prior assessment on 14 October", "at the last session of March 4").
_EARLIER_ASSESSMENT_GAP = re.compile(
    r"^\s*(?:/\s*(?:kg|t|mt|tonne|ton)\s*)?,?\s*(?:in|at|on)\s+(?:the|its)\s+"
    + EARLIER_ASSESSMENT_WORDS,
    re.I,
)


#: A span of its own an average is told over, which we cannot date: "over the four sessions".
_OWN_SPAN = re.compile(
    r"\b(?:over|in|during|across|for)\s+the\s+(?:past\s+|last\s+)?(?:\w+\s+)?"
    r"(?:sessions?|days?|trading\s+days?|weeks?)\b",
    re.I,
)


#: An average told of one day or session: "averaged X on the day", "for the session".
_ON_THE_DAY = re.compile(
    r"\b(?:on|for|during|in|over|across)\s+the\s+(?:trading\s+)?(?:day|session)\b", re.I
)


def _day_average(view: SentenceView) -> bool:
    """Whether "X averaged Y" is one day's mean quote: the sentence names one day, or "on the day".

    "Pr-Nd oxide averaged 560,000 yuan/t on the day", "On Thursday terbium oxide averaged
    6,800 yuan/kg"; not "over the five sessions" (a span we cannot date).
    """
    if _ON_THE_DAY.search(view.text):
        return True
    if _OWN_SPAN.search(view.text):
        return False
    return _names_day(view)


def _told_average(view: SentenceView, st: DocState) -> Period | None:
    """The period of the average told just before, for an "X averaged Y" naming none of its own."""
    told = st.last_average
    if (
        told is None
        or st.paragraph - told[0] > 2
        or any(not d.is_ref and d.period is not None for d in view.dates)
        or _OWN_SPAN.search(view.text)
    ):
        return None
    return told[1]


#: The gap between a bracketed day label and its level: "(Thursday: 442,000 yuan/t)",
#: "(last Fri 1.75)".
_LABEL_GAP = re.compile(r"\s*:\s*|\s+")
_AGO_KINDS = ("rel_year", "rel_month", "rel_week", "fortnight")
#: What may come before a leading "a year ago" in its clause: nothing, a bullet, a conjunction.
_CLAUSE_LEAD = re.compile(r"[\s,;:*•-]*(?:(?:and|but|while|whereas|yet)\s+)?", re.I)


def _own_ago(view: SentenceView, q: Quantity) -> DateMention | None:
    """The "a year ago" a level is told of: leading its clause, or right after it.

    "A year ago Pr-Nd oxide sold for X", "A month ago, terbium oxide was at X", "Pr-Nd oxide
    was X a year earlier", "... was X two weeks ago": the level of then, not of the report's
    day. One after a comparison word ("up from X a year ago") is a base, read elsewhere; a
    leading one with another figure before the level ("A year ago X was Y; it is now Z")
    dates only the first.
    """
    a, _b = view.clause_of(q.start)
    if any(
        o.kind not in _AGO_KINDS and not o.is_ref and o.period is not None and o.start >= a
        for o in view.dates
    ):
        return None  # "A month earlier, on October 27, X was quoted at Y": the day named
    for d in view.dates:
        if d.kind not in _AGO_KINDS or not re.search(r"\bago\b|\bearlier\b", d.text, re.I):
            continue
        if d.start >= q.end:
            if d is postfix_date(view, q) and not _BASE_LEAD.search(
                view.text, max(0, q.start - 30), q.start
            ):
                return d
            continue
        between = [o for o in view.qtys if d.end <= o.start < q.start]
        if (
            d.start >= a
            and _CLAUSE_LEAD.fullmatch(view.text, a, d.start)
            # "A week earlier, X had traded at A and Y at B": B shares the verb and its time
            and (not between or _GAPPED_AT.search(view.text, between[-1].end, q.start))
        ):
            return d
    return None


def _ago_day(view: SentenceView, ago: DateMention, st: DocState) -> Period | None:
    """The day a base "a year (month, week) ago" stands for, in a sentence of day quotes."""
    if ago.kind not in _AGO_KINDS or not re.search(r"\bago\b|\bearlier\b", ago.text, re.I):
        return None
    if any(
        not d.is_ref
        and d.period is not None
        and (d.period.granularity is not Granularity.DAY or d.period.is_span)
        for d in view.dates
    ):
        return None  # "averaged X in Q3, against Y a year earlier": the quarter a year before
    anchor = sentence_anchor(view, st)
    if anchor is None:
        return None
    if ago.kind == "rel_week":
        return Period.day(anchor - timedelta(days=7))
    if ago.kind == "fortnight":
        return Period.day(anchor - timedelta(days=14))
    return Period.day(_months_before(anchor, 12 if ago.kind == "rel_year" else 1))


#: A level labelled as the previous assessment's: "EUR 83.69/kg (previous week: EUR 84.51/kg)",
#: "$61.20 (prior session $60.90)", "US$118/kg; a week ago: US$121/kg", "(last week 95.40)".
_LABELLED_BASE = re.compile(
    r"(?:^|[(\[;,]|\bvs\.?|\bversus|\bagainst)\s*(?:the\s+)?(?:(?:previous|prior|last)\s+"
    r"(?P<unit>week|day|session|close|month)|(?:a|one)\s+(?P<ago>week|day|month)\s+"
    r"(?:ago|earlier|before))(?:'s)?(?:\s+(?:price|level|quote|assessment|close))?\s*[:=]?\s*"
    r"(?:at\s+)?(?:EUR|USD|US\$|\$|€|RMB|CNY|¥|yuan)?\s*$",
    re.I,
)


def _labelled_base_day(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """The day of a level labelled as the previous week's (day's, month's) assessment."""
    m = _LABELLED_BASE.search(view.text, max(0, q.start - 40), q.start)
    if m is None:
        return None
    anchor = sentence_anchor(view, st)
    if anchor is None:
        return None
    step = (m.group("unit") or m.group("ago")).lower()
    if step == "week":
        return Period.day(anchor - timedelta(days=7))
    if step == "month":
        return Period.day(_months_before(anchor, 1))
    return Period.day(prev_trading(anchor))


def _earlier_assessment_day(view: SentenceView, q: Quantity) -> Period | None:
    """The day of the earlier assessment a level is said to be ("... at the prior assessment on 11 March")."""
    for d in view.dates:
        if d.start < q.end:
            continue
        p = d.period
        if (
            _EARLIER_ASSESSMENT_GAP.match(view.text[q.end : d.start])
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
        ):
            return p
        return None
    return None


#: The difference of two prices named before a figure ("the spread between the two oxides
#: stayed at", "the gap between Rotterdam and fob China prices widened to").
_SPREAD = Prechecked(
    re.compile(
        r"\b(?:spread|gap|differential|arbitrage)\s+(?:between|of\s+\w+\s+over)\b[^.;]{0,90}?"
        r"\b(?:at|to|of|by)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$"
        # "the export premium on NdPr oxide over Chinese domestic prices held near US$6/kg", "the
        # discount of Chinese Dy to Rotterdam narrowed to $40/kg", "a premium for NdPr over X of"
        r"|\b(?:premium|discount|spread|gap)\s+(?:on|of|for|in)\s+[^.;]{0,60}?\b(?:over|to|against|"
        r"versus|vs\.?)\s+[^.;]{0,60}?\b(?:at|to|of|by|near|around|about)\s+"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
        re.I,
    )
)


#: A company's stock named before a percentage ("shares of magnet maker X fell").
_SHARES = re.compile(r"\b(?:shares|stock|share\s+price|stock\s+price)\b", re.I)


#: A second product sharing the move verb of the first ("... and dysprosium oxide ").
_GAPPED = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
_GAPPED_TAIL = re.compile(r"(?:\s+prices?)?\s+(?:by\s+)?")
#: "... to 1,710 yuan/kg": a level after the move, in the first clause and the gapped one.
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+)?$")
_TO_AFTER = re.compile(r"\s+to\s+(?:about\s+|around\s+)?\S*\d")


_MID_WORD = re.compile(r"\b(?:average|avg|mean|mid(?:[\s-]?point)?)\b", re.I)


def _midpoint(view: SentenceView, q: Quantity) -> bool:
    """Whether ``q`` is the middle of a range just before it, called its average or mid."""
    for o in view.qtys:
        if (
            o.high is not None
            and o.end <= q.start
            and abs((o.value + o.high) / 2 - q.value) <= 0.5
            and _MID_WORD.search(view.text, o.end, q.start)
            and q.start - o.end <= 30
        ):
            return True
    return False


#: A sentence or headline that opens with the move, its product named after it ("Up 4.3% on
#: the week at $1.87/kg: lanthanum oxide ...", "Down 2% w/w, terbium oxide ...").
_FIGURE_FIRST = re.compile(rf"\W*(?:{UP}|{DOWN})\s+(?:by\s+)?(?:about\s+|around\s+)?$", re.I)


#: A move said of period averages after its figures: "... on a monthly average basis".
_AVERAGE_BASIS = re.compile(
    r"\bon\s+an?\s+(monthly|quarterly|weekly)[\s-]+(?:average|avg\.?|mean)\s+basis\b", re.I
)
_BASIS_CMP = {"monthly": "mom", "quarterly": "qoq", "weekly": "wow"}


#: A percent a price stands above or below another: "at a premium of 30%", "a 12% discount to".
_PREMIUM = re.compile(
    r"\b(?:premium|discount|spread|gap)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.I,
)
_TO_MASS = re.compile(r"[^.;,\d]{0,30}?\bto\s+(?:about\s+|around\s+|some\s+)?", re.I)
#: A percent whose direction follows it and sets it against a base: "4.3 percent cheaper than".
_PCT_THAN = re.compile(
    r"\s*(?:higher|lower|cheaper|dearer|more\s+expensive|up|down|jump|gain|rise|drop|fall|"
    r"increase|decline|slide|dip|climb|advance|loss)\s+(?:than|from|on|against|since)\b",
    re.I,
)


#: A move noun right before a percentage: "a loss of", "a gain of", "an increase of".
_MOVE_NOUN_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:loss|gain|rise|fall|drop|decline|increase|decrease|climb|slide|dip)"
    r"\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)


#: A percent that measures a level against an average: "4.1% above its 2025 average".
_OFF_AVERAGE = re.compile(
    r"\s*(?:above|below|over|under|(?:higher|lower)\s+than)\s+(?:its|the|their)\s+"
    r"[^.;,\d]{0,30}?(?:\b(?:19|20)\d\d\s+)?(?:average|mean)\b",
    re.I,
)


def _month_before(view: SentenceView, q: Quantity, period: Period | None) -> bool:
    """Whether a month named after ``q`` is the one before the span of days ``period`` is in.

    A month-to-date average set against the last full month's ("2.3% above the November
    average") compares two periods: no change of a quote.
    """
    if period is None or not period.is_span or period.granularity is not Granularity.DAY:
        return False
    first = period.start.replace(day=1)
    before = (first - timedelta(days=1)).replace(day=1)
    return any(
        d.start >= q.end
        and d.period is not None
        and d.period.granularity is Granularity.MONTH
        and not d.period.is_span
        and d.period.start == before
        for d in view.dates
    )


def extract_pct(
    view: SentenceView, q: Quantity, st: DocState, tag: str | None, cmp: str | None
) -> list[Draft] | None:
    """A percentage change of a price ("Pr-Nd oxide up 6.99%", "an increase of 0.67%")."""
    prod = price_product(view, q, st)
    first = prod is None and _FIGURE_FIRST.match(view.text, 0, q.start) is not None
    if first:
        prod = view.first_after(view.products, q.end, len(view.text))  # "Up 6.9% at $2/kg: Ce"
    if prod is not None and prod.id in _GROUPS:
        prod = _appositive_owner(view, prod)
    if prod is None or prod.id in _GROUPS or _about_other(view, q, prod):
        return None
    if any(
        o.dimension == "mass" and _TO_MASS.fullmatch(view.text, q.end, o.start) for o in view.qtys
    ):
        return None  # "Rare earth metals rose 3.4 per cent on the year to 214 tonnes": a volume
    if _PREMIUM.search(view.text, max(0, q.start - 40), q.start):
        trace.veto("spread", (q.start, q.end), "price")
        return []  # "could trade at a premium of 30% to the Chinese price": a spread
    if _OFF_AVERAGE.match(view.text, q.end) and not _AVERAGE_WORD.search(view.text, 0, q.start):
        # "is 4.1% above its 2025 average of X": a level's gap to an average, not a move (an
        # average's own "62.3% above the November 2024 average" is its change)
        trace.veto("spread", (q.start, q.end), "price")
        return []
    if _SHARES.search(view.text, view.clause_of(q.start)[0], q.start):
        trace.veto("share_move", (q.start, q.end), "price")
        return []  # "shares of magnet maker X fell 2.3%": a stock, not the product's price
    if outlook_move(view, q):
        trace.veto("outlook", (q.start, q.end), "price")
        return []  # "traders see a 5% gain by the end of the month": an expectation
    if inverted_condition(view, q) or if_consequence(view, q):
        trace.veto("hypothetical", (q.start, q.end), "price")
        return []  # "Should the ban widen, terbium prices could jump 20%": a consequence
    gap = view.text[: q.start] if first else view.text[prod.end : q.start]
    has_price_word = (
        tag in ("price", "average")
        or bool(re.search(r"\bprices?\b|\bquot", view.text[: q.start], re.I))
        or (
            # "Ce oxide: EUR 1.49/kg, a loss of 2% since December": a move noun after a level
            _MOVE_NOUN_BEFORE.search(view.text, max(0, q.start - 25), q.start) is not None
            and any(o.dimension == "price" and o.end <= q.start for o in view.qtys)
        )
    )
    if not has_price_word:
        if len(gap) > 45:
            return None
        if not _MOVE_WORD.search(gap):
            if not _PCT_THAN.match(view.text, q.end):
                return None
            base = next((d for d in view.dates if d.start >= q.end), None)
            if base is None or (
                base.period is None and base.relative not in ("week", "fortnight", "prev_day")
            ):
                return None  # "3% lower than in the first half of the month": no base we can date
            # ("3.5% higher than a fortnight ago", "than a week earlier": counted back)
            # "It was 4.3 percent cheaper than on Feb. 8" names its move after the figure
        if re.search(
            r"\b(?:production|output|sales|imports?|exports?|volume|capacity|efficiency"
            r"|use|consumption|demand)\b",
            gap,
            re.I,
        ):
            return None
    a, _ = view.clause_of(q.start)
    if re.search(r"\baverage", view.text[a : q.start], re.I):
        tag = "average"
    basis = _AVERAGE_BASIS.search(view.text, q.end, view.clause_of(q.start)[1])
    if basis is not None:  # "Ho and Gd oxide lost 3.6% and 2.2%, on a monthly average basis"
        tag, cmp = "average", _BASIS_CMP[basis.group(1).lower()]
    period, dm = bind_period(view, q, st, price=True)
    sign = view.sign_near(q)
    if (
        sign == 0
        and not q.signed
        and not re.search(r"\bby\b", view.text[max(0, q.start - 8) : q.start])
    ):
        return None
    value = signed(q.value, q, sign)
    carried = not view.products and st.last_price_market in _MARKETS
    market = market_of(
        view, q, st.section_market or (st.last_price_market if carried else st.basis_market)
    )
    if market == UNLISTED:
        trace.veto("unlisted_market", (q.start, q.end), "price")
        return []  # "dysprosium oxide CFR Japan added 12%": a basis with no market id
    if tag == "average" and (
        period is None or (period.granularity is Granularity.DAY and not period.is_span)
    ):
        period, dm = _average_period(view, q, st) or (period, dm)
        if (
            (period is None or (period.granularity is Granularity.DAY and not period.is_span))
            and re.search(r"\baveraged\b", view.text[: q.start], re.I)
            and (told := _told_average(view, st)) is not None
        ):
            period, dm = told, None  # "... averaged US$78/kg, 48.5% higher than a year earlier"
        if cmp is None:
            cmp = cmp_of(view, q, period)  # "8.4% above January 2024" against January 2025
    if tag == "average" and cmp is None and _month_before(view, q, period):
        cmp = "mom"  # "averaged X so far in December, 2.3% above the November average"
    daily = any(
        d.period is not None
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
        and not (d.start > q.end and _CLOSED.search(view.text, q.end, d.start))
        for d in view.dates
    )  # "the average price ... was 431,500 yuan/mt on March 14" is a day's mid, not a mean;
    # "..., up 30% QoQ, and spot stood at Y on 27 October": that day is the spot level's
    if tag == "average" and cmp in ("mom", "qoq", "wow") and not daily:
        return []  # a period average against the one before has no metric ("up 2.1pc from August's")
    if tag == "average" and cmp == "yoy":
        return [
            Draft(
                "price", market, prod.id, "average_yoy_pct", period, value, "%", q, date_mention=dm
            )
        ]
    return [
        Draft(
            "price",
            market,
            prod.id,
            "change_pct",
            period,
            value,
            "%",
            q,
            date_mention=dm,
            cmp=cmp,
            bound=bound_of(view, q),
        )
    ]


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    for d in range(day.day, 27, -1):
        try:
            return date(y, m + 1, d)
        except ValueError:
            continue
    return date(y, m + 1, min(day.day, 28))


_OR_PCT = re.compile(
    r"\s*,?\s*(?:or|i\.e\.|that\s+is|equal\s+to|equivalent\s+to)\s*,?\s*"
    r"(?:about|around|some|roughly|nearly|almost)?\s*",
    re.I,
)


def pct_of_change(
    view: SentenceView, q: Quantity, prev: Quantity, drafts: list[Draft]
) -> list[Draft]:
    """A percentage restating the move before it: that move's change_pct.

    "down 17,000 yuan/mt, or 2.9%"; "a weekly gain of 120 yuan/kg, or 1.8 per cent".
    """
    moves = [d for d in drafts if d.kind == "price" and d.metric == "change"]
    if not moves or not _OR_PCT.fullmatch(view.text, prev.end, q.start):
        return []
    move = moves[0]
    value = -abs(q.value) if move.value < 0 else abs(q.value)
    return [move.derive("change_pct", value, "%", q)]


def table_change(
    view: SentenceView, q: Quantity, prev: Quantity, st: DocState, prev_drafts: list[Draft]
) -> list[Draft]:
    """A signed number after a price in a table row is the change from the previous day.

    A bare change is written in the price's scale: "44.3-44.5万元/吨（+0.2）" moved 2,000
    yuan/t, "RMB1.7 million/t (+0.1)" 100,000.
    """
    if not prev_drafts:
        return []
    base = prev_drafts[0]
    value = q.value
    if prev.scaled and not q.scaled and q.unit == "":
        value *= written_scale(view.text[prev.start : prev.end])
    return [base.derive("change", value, base.unit, q)]


_OVER_THE_MONTH = re.compile(r"\b(?:over|on|in)\s+the\s+month\b", re.I)


def _named_month_base(st: DocState, anchor: date) -> date | None:
    """The previous monthly assessment an earlier sentence named, 25 to 35 days back.

    "... from X at the 30 April assessment" makes 30 April the base of later monthly moves.
    """
    near = [d for d in st.base_days if 25 <= (anchor - d).days <= 35]
    return near[-1] if near else None


#: A move said to run over a span the sentence names without its first day: "a loss of 3,500
#: yuan at each end over the three months", "a gain of $4 over the quarter", "across the period".
_OVER_SPAN = re.compile(
    r"\b(?:over|during|across|through(?:out)?|in)\s+the\s+(?:(?:past|last|previous)\s+)?"
    r"(?:(?:two|three|four|five|six|\d{1,2})\s+months|quarter|period|half|month|year)\b",
    re.I,
)


#: Words setting the level after them as a base: "from X", "against X", "vs X".
_BASE_BEFORE_LEVEL = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+)?"
    r"(?:RMB|CNY|US\$|\$|€)?\s*$",
    re.I,
)


_LEVEL_METRICS = ("price", "price_low", "price_high")


def _one_day(d: Draft) -> bool:
    return d.period is not None and d.period.granularity is Granularity.DAY and not d.period.is_span


#: A second move set beside the first: ", while B rose ...", ", whereas B ...".
_PARALLEL = re.compile(r"[,;]\s*(?:while|whereas)\b", re.I)


def _parallel_base_day(view: SentenceView, q: Quantity) -> Period | None:
    """The day a parallel move's base names, for an undated base before it.

    "La oxide fell to X from Y, while Ce oxide rose to Z from W at the end of October": Y,
    like W, is October's close.
    """
    for o in view.qtys:
        if o.start <= q.end or o.dimension not in ("price", "money"):
            continue
        if not _PARALLEL.search(view.text, q.end, o.start):
            continue
        if not _FROM.search(view.text[max(0, o.start - 20) : o.start]):
            continue
        d = postfix_date(view, o)
        if d is None or d.period is None:
            return None
        if d.period.granularity is Granularity.DAY:
            return d.period if not d.period.is_span else None
        edge = _month_edge(view, d)  # "at the end of October": its last close
        return Period.day(edge) if edge is not None else None
    return None


def _level_drafts(where: str, pid: str, day: Period, q: Quantity, unit: str) -> list[Draft]:
    """A level on a day: one price, or a range's low and high."""
    if q.high is None:
        return [Draft("price", where, pid, "price", day, q.value, unit, q)]
    return [
        Draft("price", where, pid, "price_low", day, q.value, unit, q),
        Draft("price", where, pid, "price_high", day, q.high, unit, q),
    ]


def _paragraph_base_day(view: SentenceView, q: Quantity, st: DocState) -> tuple[Period, str] | None:
    """The day an undated base takes from the move told just before it in the paragraph.

    "Nd oxide was $96.76/kg on Friday, down from $98.67 on Thursday. Ce oxide eased to
    $1.75/kg from $1.78": the second move spans the same two days, so $1.78 is Thursday's.
    Only when the level moved from is of the day the earlier move ended on. Gives the day
    and the earlier base's market.
    """
    day, _dm = bind_period(view, q, st, price=True)
    if day is None or day.granularity is not Granularity.DAY or day.is_span:
        return None
    found = st.para_base_days.get(day.start)
    if found is None or found[0] != st.paragraph:
        return None
    return Period.day(found[1]), found[2]


def paired_days(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Date an undated level by the day its base day was set against earlier in the document.

    "Nd oxide ended the month at X on 30 November, against Y at the end of October", then
    "La oxide fell to A from B at the end of October": A is November 30's, not the report's day.
    """
    levels = [d for d in drafts if d.kind == "price" and d.metric in _LEVEL_METRICS and _one_day(d)]
    if len(levels) < 2:
        return
    bases = [
        b for b in levels if _BASE_BEFORE_LEVEL.search(view.text, max(0, b.q.start - 25), b.q.start)
    ]
    for b in bases:
        mains = [
            m
            for m in levels
            if m.subject == b.subject
            and m.q.end <= b.q.start
            and m.date_mention is not None
            and m.period is not None
            and b.period is not None
            and m.period.start > b.period.start
        ]
        if mains and mains[-1].period is not None and b.period is not None:
            st.day_pairs[b.period.start] = mains[-1].period.start
            if b.date_mention is not None:
                st.para_base_days[mains[-1].period.start] = (
                    st.paragraph,
                    b.period.start,
                    b.entity,
                )
    fallback = {st.dates.published, st.para_day.start if st.para_day else None} - {None}
    for m in levels:
        if m.date_mention is not None or m.period is None or m.period.start not in fallback:
            continue
        own = next(
            (
                x
                for x in bases
                if x.subject == m.subject and x.q.start > m.q.end and x.period is not None
            ),
            None,
        )
        base_day = own.period.start if own is not None and own.period is not None else None
        later = st.day_pairs.get(base_day) if base_day is not None else None
        if later is not None and base_day is not None and base_day < later != m.period.start:
            m.period = Period.day(later)


def level_bases(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move over a span with no first day runs from the earlier level it is the difference to.

    "Nd oxide entered the quarter at 369,800-377,800 yuan on April 1 ... by June 28 it had eased
    to 366,300-374,300 yuan, a loss of 3,500 yuan at each end over the three months": the move
    is June 28's level less April 1's, so it runs from April 1. Only a level of the same product
    and market read earlier in the document whose every end differs by the move counts.
    """
    if _OVER_SPAN.search(view.text) is None:
        return
    for d in drafts:
        if d.kind != "price" or d.metric != "change" or d.period is None:
            continue
        now = [
            lv
            for lv in drafts
            if lv.subject == d.subject
            and lv.entity == d.entity
            and lv.unit == d.unit
            and lv.metric in ("price", "price_low", "price_high")
            and lv.period is not None
            and lv.period.granularity is Granularity.DAY
            and not lv.period.is_span
        ]
        if not now:
            continue
        day = now[0].period.start  # type: ignore[union-attr]
        ends = {lv.metric: lv.value for lv in now if lv.period.start == day}  # type: ignore[union-attr]
        for then_day, then_ends in reversed(st.levels.get((d.subject, d.entity, d.unit), [])):
            if then_day >= day or set(then_ends) != set(ends):
                continue
            if all(abs(ends[k] - then_ends[k] - d.value) < 1e-6 for k in ends):
                d.period = day_span(then_day, day)
                break


def remember_levels(drafts: list[Draft], st: DocState) -> None:
    """Keep the day levels read (per product, market and unit) for :func:`level_bases`."""
    got: dict[tuple[str, str, str, date], dict[str, float]] = {}
    for d in drafts:
        p = d.period
        if (
            d.kind == "price"
            and d.metric in ("price", "price_low", "price_high")
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
            and d.subject
        ):
            got.setdefault((d.subject, d.entity, d.unit, p.start), {})[d.metric] = d.value
    for (subject, entity, unit, day), ends in got.items():
        st.levels.setdefault((subject, entity, unit), []).append((day, ends))


#: The end of a sentence-leading base ("A week earlier, ...", "A year ago —", "One month
#: before:"): the levels after it are that day's.
_LEAD_AGO = re.compile(r"\s*[,:—–-]", re.I)


def _own_days(view: SentenceView) -> bool:
    """Whether the sentence names a period of its own (not a comparison base)."""
    return any(not d.is_ref and d.period is not None for d in view.dates)


def reading_dates(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Date the levels and moves of a sentence under a note naming the two readings compared.

    "All moves compare the September 1 reading with the August 1 reading." over bullets
    ("* Nd oxide rose 27.4% to $95,120/t"): a level with no day of its own is the later
    reading's, a move with no base of its own runs from the earlier reading to the later.
    """
    if st.reading_span is None or _own_days(view):
        return
    early, late = st.reading_span
    for d in drafts:
        if d.kind != "price" or d.date_mention is not None:
            continue
        p = d.period
        if p is None or p.granularity is not Granularity.DAY:
            continue
        if d.metric in ("price", "price_low", "price_high") and not p.is_span:
            if p.start != early:
                d.period = Period.day(late)
        elif d.metric in ("change", "change_pct") and d.cmp in (None, "mom"):
            d.period = day_span(early, late)


#: A move's own span word right after it: "+3k d/d", "+9k on the week", "up 2% on the week",
#: "-2 w/w"; not when the move's own base level follows ("up 13.5% on the week from X last
#: Friday": that base decides).
_OWN_SPAN_AFTER = re.compile(
    r"\s*(?:(?:on|over|in)\s+the\s+(?:week|day|session)\b|(?:d/d|dod|w/w|wow|w-o-w"
    r"|day[\s-]on[\s-]day|week[\s-]on[\s-]week)(?![\w/]))"
    r"(?!\s*,?\s*(?:from|against|vs\.?|versus|compared)\b)",
    re.I,
)


def _later_level_is_base(view: SentenceView, d: Draft, drafts: list[Draft]) -> bool:
    """Whether a level of the move's product after it is set as its base ("from X")."""
    return any(
        lv.subject == d.subject
        and lv.metric.startswith("price")
        and lv.q.start > d.q.end
        and _FROM.search(view.text, max(0, lv.q.start - 30), lv.q.start) is not None
        for lv in drafts
    )


#: A base named right after a move: "2% since the end of December", "3.1% since 2 January".
_SINCE_RIGHT_AFTER = re.compile(
    r"\s*(?:[a-z/-]{1,12}\s+)?since\s+(?:the\s+)?(?:(?:end|close|start|beginning)\s+of\s+"
    r"|end-)?",
    re.I,
)


#: What joins a move in money to its twin in percent: "6,000 yuan/t or 1.3%", "$2 (1.5%)".
_TWIN_GAP = re.compile(r"\s*(?:,\s*)?(?:or|and|\()\s*")


def _twin_cmp(view: SentenceView, d: Draft, drafts: list[Draft]) -> str | None:
    """The comparison word of a move's twin told right after it ("X or Y% w-o-w" gives X's)."""
    for o in drafts:
        if (
            o is not d
            and o.subject == d.subject
            and o.metric in ("change", "change_pct")
            and o.metric != d.metric
            and o.q.start > d.q.end
            and _TWIN_GAP.fullmatch(view.text, d.q.end, o.q.start)
        ):
            return cmp_of(view, o.q, None)
    return None


def change_spans(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """Give each change in a sentence the span it runs over (first day to last)."""
    _note_base_days(view, st)
    levels: dict[str, set[object]] = {}
    for d in drafts:
        if (
            d.kind == "price"
            and d.metric in ("price", "price_low", "price_high")
            and d.period is not None
            and d.period.granularity is Granularity.DAY
            and not d.period.is_span
        ):
            levels.setdefault(d.subject, set()).add(d.period.start)
    shared: dict[str, Period] = {}
    vague: list[Draft] = []
    ytd = next((m for m in view.dates if m.relative == "ytd"), None)
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct"):
            continue
        if ytd is not None:  # "since the start of the year": from the last close of last year
            day = sentence_anchor(view, st)
            if day is not None:
                d.period = day_span(prev_trading(date(day.year, 1, 1)), day)
                continue
        days = sorted(levels.get(d.subject, set()))  # type: ignore[type-var]
        own = _own_base_day(view, d, drafts) if len(days) >= 2 else None
        now = sentence_anchor(view, st) if own is not None else None
        if (
            own is not None
            and now is not None
            and isinstance(days[-1], date)
            and now > days[-1]
            and not any(
                lv.subject == d.subject
                and lv.metric.startswith("price")
                and lv.q.start < d.q.start
                and not any(_TO_OWN_BASE.fullmatch(view.text, o.end, lv.q.start) for o in view.qtys)
                for lv in drafts
            )
        ):  # (a level before the move counts only when it is an earlier move's base)
            # "That was up $3 from Tuesday's $123 and 13% higher than the $111 of January 30",
            # no level of its own: each move runs from its base level to the sentence's day
            d.period = day_span(own, now)
            continue
        since = ref_after(view, d.q)
        if (
            len(days) >= 2
            and since is not None
            and _SINCE_RIGHT_AFTER.fullmatch(view.text, d.q.end, since.start)
        ):
            days = []  # "EUR 1.49 (previous week: EUR 1.52), a loss of 2% since the end of
            # December": the move's own base, not the two levels' span
        if (
            len(days) >= 2
            and _OWN_SPAN_AFTER.match(view.text, d.q.end)
            and not _later_level_is_base(view, d, drafts)
        ):
            # "¥452k/t, +3k d/d and +9k on the week (¥443k last Thu)", "closed Tuesday at X,
            # up 2% on the week, after touching Y on Monday": each move's own span, not the
            # two levels'
            days = []
        if len(days) >= 2:
            first = days[0]  # "... on 28 May, down from X at the 30 April assessment"
            if isinstance(first, date) and first not in st.base_days:
                st.base_days.append(first)
            d.period = day_span(days[0], days[-1])  # type: ignore[arg-type]
            shared[d.subject] = d.period
            st.last_change_span = d.period  # "... over the same period" in a later sentence
            continue
        trail = _trailing_of(view, d, drafts)
        if (
            trail is not None
            and since is not None
            and _SINCE_RIGHT_AFTER.fullmatch(view.text, d.q.end, since.start)
        ):
            trail = None  # "fallen in each of the last six sessions and lost X since the end
            # of October": the move's own base wins over a span told of another verb
        if isinstance(trail, Period):  # "in the 30 days to October 10"
            d.period = trail
            shared.setdefault(d.subject, trail)
            st.last_change_span = trail
            continue
        day = _trail_anchor(view, d, drafts, st) if trail is not None else None
        if trail is not None and day is not None:
            d.period = _trail_span(trail, day)
            shared.setdefault(d.subject, d.period)
            st.last_change_span = d.period
            continue
        anchor_p = d.period
        anchor = (
            anchor_p.start
            if anchor_p is not None
            and anchor_p.granularity is Granularity.DAY
            and not anchor_p.is_span
            else None
        )
        if anchor is None and (anchor_p is None or anchor_p.granularity is Granularity.DAY):
            anchor = sentence_anchor(view, st)
        ref = (
            _running_ref(view, d.q)
            or ref_after(view, d.q)
            or _leading_ref(view, d.q)
            or _trailing_base(view, d.q)
        )
        if (
            ref is not None
            and ref.period is not None
            and ref.period.granularity is not Granularity.DAY
            and _VAGUE_PART.search(view.text, max(0, ref.start - 14), ref.start)
        ):  # "has climbed 40% since early July": no day the move starts on
            vague.append(d)
            continue
        cmp = d.cmp
        if cmp is None:
            cmp = cmp_of(view, d.q, None)  # "up 2 cents w/w", "5,000 yuan/t lower m/m"
        if cmp is None:
            cmp = _twin_cmp(view, d, drafts)  # "up CNY 6,000/t or 1.3% w-o-w"
        span: Period | None = None
        tail = _tail_day(view, d.q, anchor) if anchor is not None else None
        if anchor is not None and tail is not None:
            span = day_span(tail, anchor)  # "2,000 yuan/mt below Wednesday"
        if span is None and (run := _sessions_after(view, d.q)) is not None:
            span = day_span(prev_trading(run.start), run.end)  # "in the four sessions to May 9"
        month_end = _month_edge(view, ref)
        if (
            month_end is not None
            and anchor is not None
            and ref is not None
            and ref.relative == "prev_month"
            and month_end >= anchor
        ):  # "the end of last month" in a review of that month: the month before the anchor
            before = anchor.replace(day=1) - timedelta(days=1)
            month_end = month_close(before.year, before.month)
        to_date = _TO_DATE.search(view.text) if anchor is not None else None
        if span is not None:
            pass
        elif anchor is not None and to_date is not None:
            month = any(to_date.group(i) for i in (1, 2, 3))
            first = anchor.replace(day=1) if month else anchor - timedelta(anchor.weekday())
            span = day_span(prev_trading(first), anchor)  # "month-to-date", "week-to-date"
        elif anchor is not None and month_end is not None and month_end < anchor:
            span = day_span(month_end, anchor)  # "since the end of June": from its last close
        elif anchor is not None:
            if ref is not None and ref.relative == "prev_day":
                span = day_span(prev_trading(anchor), anchor)
            elif ref is not None and ref.relative == "fortnight":
                span = day_span(anchor - timedelta(days=14), anchor)
            elif ref is not None and ref.kind == "mpart":
                span = None  # against part of a month: no first-day-to-last-day span
            elif (ref is not None and ref.relative == "week") or cmp == "wow":
                span = day_span(anchor - timedelta(days=7), anchor)
            elif cmp in ("mom", "yoy") or (
                ref is not None
                and ref.kind == "rel_month"
                and re.search(r"ago|earlier", ref.text, re.I)
            ):
                months = 12 if cmp == "yoy" else 1  # "up 45% year on year": the same day before
                base = _months_before(anchor, months)
                if months == 1 and anchor == month_close(anchor.year, anchor.month):
                    base = prev_trading(anchor.replace(day=1))  # against the month before's close
                if months == 1:
                    base = _named_month_base(st, anchor) or base
                span = day_span(base, anchor)
            elif _OVER_THE_MONTH.search(view.text) and (named := _named_month_base(st, anchor)):
                span = day_span(named, anchor)  # "fell 4.1% over the month": since that assessment
            elif (
                ref is not None
                and ref.period is not None
                and ref.period.granularity is Granularity.DAY
            ):
                span = day_span(ref.period.start, anchor)
        if span is None and ref is not None and ref.kind == "mpart":
            d.period = None
            continue
        if span is None and d.subject in shared:
            span = shared[d.subject]
        if (
            span is None
            and anchor is not None
            and (anchor_p is None or anchor_p.granularity is Granularity.DAY)
        ):
            if (st.weekly_report and not _names_day(view)) or (
                re.search(
                    r"(?<!rest of )(?<!past )(?<!last )\b(?:this|the) week\b|\bweekly\b",
                    view.text,
                    re.I,
                )
                and not any(m.kind == "week_close" for m in view.dates)  # "as the week closed"
            ):  # a weekly report's moves run from the week before, unless a day is named
                span = day_span(anchor - timedelta(days=7), anchor)
            elif cmp is None:
                span = day_span(prev_trading(anchor), anchor)
        if (
            _SAME_SPAN.search(view.text)
            and st.last_change_span is not None
            and (ref is None or ref.kind == "same_day")
        ):
            span = st.last_change_span  # "Holmium oxide added 2.4% across that span"
        if span is not None:
            d.period = span
            shared.setdefault(d.subject, span)
            if span.is_span and cmp != "yoy":  # "from a year earlier" is no period told
                st.last_change_span = span
        elif anchor_p is None or anchor_p.granularity is Granularity.DAY:
            d.period = None
    for d in vague:
        trace.veto("base_unknown", (d.q.start, d.q.end), "price")
        drafts.remove(d)


def _trailing_of(view: SentenceView, d: Draft, drafts: list[Draft]) -> str | Period | None:
    """The span counted back that a move runs over: "trail_d7", "trail_m3", "mtd", "wtd".

    A span counted back from a named day ("in the 30 days to October 10") is its period.

    "over the past week", "in the last 30 days": the phrase is the move's when the move is
    the figure nearest to it (levels aside), or that figure's twin in money or percent
    ("gained 6,000 yuan/t, or 1.4%, over the past week"); in "rose 2% on Thursday, taking
    its gain over the past month to 8%" it is the 8%'s, not the 2%'s. "so far this month",
    "week to date": in the move's clause, or anywhere in a sentence with one move only.
    """
    for m in view.dates:
        counted = m.kind == "span_to" and m.period is not None
        if counted or (m.relative is not None and m.relative.startswith("trail_")):
            owner = _nearest_move_figure(view, m, drafts)
            if owner is not None and (owner is d.q or _twin(view, owner, d, drafts)):
                return m.period if counted and m.period is not None else m.relative
    a, b = view.clause_of(d.q.start)
    moves = sum(1 for o in drafts if o.kind == "price" and o.metric in ("change", "change_pct"))
    to_date = _TO_DATE.search(view.text)
    if to_date is not None and (a <= to_date.start() < b or moves == 1):
        return "mtd" if any(to_date.group(i) for i in (1, 2, 3)) else "wtd"
    return None


#: Metrics of quoted levels and averages, which a span phrase never belongs to.
_QUOTED_METRICS = ("price", "price_low", "price_high", "average")


def _nearest_move_figure(
    view: SentenceView, m: DateMention, drafts: list[Draft]
) -> Quantity | None:
    """The figure nearest a span phrase, quoted levels aside: a move, or a figure unread."""
    levels = {id(o.q) for o in drafts if o.metric in _QUOTED_METRICS}
    moves = {id(o.q) for o in drafts if o.metric not in _QUOTED_METRICS}
    best: tuple[int, Quantity] | None = None
    for q in view.qtys:
        if id(q) in levels and id(q) not in moves:
            continue
        gap = m.start - q.end if q.end <= m.start else q.start - m.end
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, q)
    return best[1] if best else None


def _twin(view: SentenceView, owner: Quantity, d: Draft, drafts: list[Draft]) -> bool:
    """Whether ``d`` is the same move as the figure ``owner`` in the other measure."""
    other = next((o for o in drafts if o.q is owner), None)
    if other is None or other.subject != d.subject or other.metric == d.metric:
        return False
    lo, hi = sorted((owner, d.q), key=lambda q: q.start)
    return hi.start - lo.end <= 25 and not any(
        lo.end <= q.start < hi.start for q in view.qtys if q is not owner and q is not d.q
    )


#: Words putting a day before a move in an event of its own: "after the holiday on Monday".
_EVENT_DAY = re.compile(
    r"\b(?:after|following|since|before|until|ahead\s+of|on\s+the\s+eve\s+of)\b[^,;\d]{0,30}$",
    re.I,
)


def _leads(view: SentenceView, m: DateMention, d: Draft, drafts: list[Draft]) -> bool:
    """Whether a day before a move dates it: no event of its own, no other move between.

    "after the holiday on Monday" is an event's day; in "slid 1% on Tuesday and is down 4%
    over the past two weeks", Tuesday is the 1%'s.
    """
    if _EVENT_DAY.search(view.text, max(0, m.start - 40), m.start):
        return False
    return not any(
        o.metric not in _QUOTED_METRICS and o.q is not d.q and postfix_date(view, o.q) == m
        for o in drafts
    ) and not any(
        o.metric not in _QUOTED_METRICS and m.end <= o.q.start < d.q.start and o.q is not d.q
        for o in drafts
    )


def _trail_anchor(view: SentenceView, d: Draft, drafts: list[Draft], st: DocState) -> date | None:
    """The day a span counted back ends on: the move's own day, else the report's.

    Its own day is one named before it ("On Thursday, X was up 3% over the past week") or
    right after it or its level ("... to 445,000 yuan/t on Thursday"), else the day its
    level in the sentence is quoted for ("..., Fastmarkets said on Thursday"); a day in a
    clause about something else ("as sellers cut offers after the holiday on Monday") or
    another move's day is not. With none, the day the paragraph's prices are stated for,
    else publication.
    """
    dm = d.date_mention
    p = dm.period if dm is not None else None
    if dm is not None and p is not None and p.granularity is Granularity.DAY and not p.is_span:
        if dm.end <= d.q.start and _leads(view, dm, d, drafts):
            return p.start
        _a, b = view.clause_of(d.q.start)
        own = [o for o in view.qtys if o.start >= d.q.start and o.end <= b]
        if any(postfix_date(view, o) == dm for o in own):
            return p.start
    for m in view.dates:
        mp = m.period
        if (
            m.end <= d.q.start
            and not m.is_ref
            and mp is not None
            and mp.granularity is Granularity.DAY
            and not mp.is_span
            and _leads(view, m, d, drafts)
        ):
            return mp.start
    for lv in drafts:  # "rose 2% over the past week to X, Fastmarkets said on Thursday"
        lm, lp = lv.date_mention, lv.period
        if (
            lv.subject == d.subject
            and lv.metric in ("price", "price_low")
            and lv.q.start > d.q.end  # its own level, told after it ("to X")
            and lm is not None
            and lp is not None
            and lp.granularity is Granularity.DAY
            and not lp.is_span
            and not _EVENT_DAY.search(view.text, max(0, lm.start - 40), lm.start)
        ):
            return lp.start  # the move ends on the day its level is quoted for
    if st.para_day is not None:
        return st.para_day.start
    return st.dates.published


def _trail_span(trail: str, day: date) -> Period:
    """The span of days a counted-back phrase names, ending on ``day``."""
    if trail == "mtd":
        return day_span(prev_trading(day.replace(day=1)), day)  # from last month's close
    if trail == "wtd":
        return day_span(prev_trading(day - timedelta(days=day.weekday())), day)
    n = int(trail[7:])
    if trail.startswith("trail_s"):  # "over the past five sessions": from the close before
        first = day
        for _ in range(n):
            first = prev_trading(first)
        return day_span(first, day)
    if trail.startswith("trail_m"):
        return day_span(_months_before(day, n), day)
    return day_span(day - timedelta(days=n), day)


#: A vague part of a month or year a move is counted from: "since early July", "from mid-June",
#: "since late 2024" (the end of a month, "since end-June", is its last close).
_VAGUE_PART = re.compile(r"\b(?:early|mid|late|the\s+middle\s+of)[\s-]*$", re.I)


#: The words between a move and its own base level: "up $3.02 from", "13.6% higher than the".
_TO_OWN_BASE = re.compile(
    r"[^.;\d]{0,30}?\b(?:from|than|against|on|over)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[A-Z][a-z]+day's\s+|[\w.]+\s+[\w.]+'s\s+)?(?:US\$|\$|€|¥|yuan\s+|rmb\s*)?",
    re.I,
)


def _own_base_day(view: SentenceView, d: Draft, drafts: list[Draft]) -> date | None:
    """The day of the level a move is set against right after it ("up $3 from Tuesday's $123")."""
    for lv in drafts:
        if (
            lv.subject == d.subject
            and lv.metric in ("price", "price_low")
            and lv.period is not None
            and lv.period.granularity is Granularity.DAY
            and not lv.period.is_span
            and lv.q.start > d.q.end
            and _TO_OWN_BASE.fullmatch(view.text, d.q.end, lv.q.start)
        ):
            return lv.period.start
    return None


def _sessions_after(view: SentenceView, q: Quantity) -> Period | None:
    """The run of sessions a move is told over, after it in its clause.

    "the five sessions to July 5": the move runs from the close before the first of them.
    """
    end = view.clause_of(q.start)[1]
    for m in view.dates:
        if m.kind == "sessions_to" and q.end <= m.start < end and m.period is not None:
            return m.period
    return None


def _note_base_days(view: SentenceView, st: DocState) -> None:
    """Remember the comparison days a sentence names, for later sentences' monthly moves."""
    for d in view.dates:
        p = d.period
        if (
            d.is_ref
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
            and p.start not in st.base_days
        ):
            st.base_days.append(p.start)


def _names_day(view: SentenceView) -> bool:
    """Whether the sentence names a day of its own ("on Thursday", "yesterday")."""
    return any(
        not d.is_ref
        and d.period is not None
        and d.period.granularity is Granularity.DAY
        and not d.period.is_span
        for d in view.dates
    )


#: The verb "average" in any form (the lemma of en.toml's [[metric]] average table).
_AVERAGE_WORD = Prechecked(
    re.compile(r"\b(?:" + "|".join(vocab.lemma_forms("metric", "average")) + r")\b", re.I)
)
#: A week named by its last day: "the week to December 4", "week ending Friday, 27 Nov".
_WEEK_TO = re.compile(
    r"\bweek\s+(?:to|ending|ended|through)\s+(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?$", re.I
)


def _week_to(view: SentenceView, dm: DateMention | None) -> bool:
    """Whether the day ``dm`` is named as the last day of a week ("in the week to Dec 4").

    The span phrasing "in the week to Thursday" (``span_to``) names it with its week.
    """
    if dm is None or dm.period is None:
        return False
    if dm.kind == "span_to":
        return "week" in view.text[dm.start : dm.end].lower()
    if dm.period.granularity is not Granularity.DAY:
        return False
    return _WEEK_TO.search(view.text, max(0, dm.start - 30), dm.start) is not None


def _five_sessions_to(day: date) -> Period:
    """The five trading sessions ending on ``day``: a week told by its last day."""
    first = day
    for _ in range(4):
        first = prev_trading(first)
    return Period.span(Period.day(first), Period.day(day))


#: A level a move reached: "... to 590,000", "to around X".
_TO_LEVEL = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)


def _running_span_level(view: SentenceView, q: Quantity, dm: DateMention | None) -> bool:
    """Whether ``q`` is the level reached ("to X") after a move over a span running to now.

    The span ("so far this year", "year to date", "this month") is the move's, told before
    the figure; the level is the one the move ended on.
    """
    if dm is None or dm.kind not in ("ytd", "rel_month") or dm.end > q.start:
        return False
    if dm.kind == "rel_month" and dm.relative is not None:
        return False  # "last month", "next month": not a span running to now
    return _TO_LEVEL.search(view.text, max(0, q.start - 20), q.start) is not None


#: An average price as the subject of a level verb, no figure between: "the average price of
#: Pr-Nd oxide over January-November stood at X" (the verb does not make it a day's level).
_AVERAGE_SUBJECT = re.compile(
    r"average\s+(?:(?:spot|market|selling|transaction|monthly|weekly|quarterly|annual)\s+)?"
    r"prices?\b(?:[^.;\d]|\b(?:19|20)\d\d\b){0,70}?\b(?:stood|stands|was|were|came\s+in|quoted|assessed|settled)"
    r"(?:\s+at)?\s*(?:about\s+|around\s+|roughly\s+)?",
    re.I,
)
#: How far before a figure an average word still makes it an average (its period word,
#: "weekly", "monthly", may stand just before that).
_AVERAGE_REACH = 80
#: A day's level named after an average in the same sentence: "averaged X in Q3, and spot
#: stood at Y on 27 October" (Y is no average), "averaged X and closed at Y".
_CLOSED = re.compile(r"\b(?:closed|ended|finished|spot|stood|quoted|assessed)\b", re.I)
#: A move since an earlier level told before: "has since risen to", "since then it has".
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b", re.I)


def _since_then(view: SentenceView, q: Quantity, lo: int = 0) -> bool:
    """Whether a level follows "has since (risen)" after an earlier figure of its sentence.

    "X, which averaged 405,000 yuan/t last year, has since risen to 444,000 yuan/t": the
    second level is the current one, not the earlier period's (nor its average).
    """
    found = list(_SINCE_THEN.finditer(view.text, lo, q.start))
    if not found:
        return False
    at = found[-1].start()
    return any(lo <= o.end <= at and o is not q for o in view.qtys)


#: A relative period owning the level right after it: "last week's", "yesterday's".
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:level|price|quote|close|assessment)\s+of\s+)?")


def _possessive_base_day(view: SentenceView, q: Quantity, st: DocState) -> Period | None:
    """The day of a base level owned by a relative period: "from last week's CNY 566,000/t".

    A week back (or the trading day before, for "yesterday's", "the previous session's") from
    the sentence's day.
    """
    for d in view.dates:
        if d.end > q.start or not _POSSESSIVE_GAP.fullmatch(view.text, d.end, q.start):
            continue
        anchor = sentence_anchor(view, st)
        if anchor is None:
            return None
        if d.relative == "week":
            return Period.day(anchor - timedelta(days=7))
        if d.relative == "prev_day":
            return Period.day(prev_trading(anchor))
    return None


_CLOSED_MONTH = Prechecked(
    re.compile(
        r"\b(?:closed|ended|finished)\s+the\s+month\s+(?:at|on)\s+(?:about\s+|around\s+)?$", re.I
    )
)
#: The verb of an earlier level gapped before a second one: "... and terbium oxide at ".
_GAPPED_AT = Prechecked(
    re.compile(r"\band\s+(?:[\w-]+\s+){1,4}?at\s+(?:about\s+|around\s+)?$", re.I)
)
_CLOSED_MONTH_ANY = re.compile(r"\b(?:closed|ended|finished)\s+the\s+month\s+(?:at|on)\b", re.I)
_OWNED_BY_DATE = re.compile(
    r"['’]s\s+(?:(?:monthly\s+|daily\s+)?(?:average|avg\.?|level|price|quote|close|mean)\s+)?"
    r"(?:of\s+)?",
    re.I,
)
_CLOSED_BEFORE = re.compile(
    r"\b(?:closed|ended|finished|wrapped\s+up|rounded\s+off)\s+"
    r"(?:the\s+(?:month|quarter|half|year)\s+(?:of\s+)?)?$",
    re.I,
)
_AT_GAP = re.compile(r"\s*,?\s*(?:at|on)\s+(?:about\s+|around\s+|roughly\s+)?")
_SAME_SPAN = Prechecked(
    re.compile(
        r"\b(?:over|in|during|for|across)\s+the\s+same\s+(?:period|span|time|week|fortnight"
        r"|month|stretch)\b",
        re.I,
    )
)
_TO_DATE = Prechecked(
    re.compile(
        r"\b(?:(month)[- ]to[- ]date|week[- ]to[- ]date|so far this (?:(month)|week))\b|\b(MTD)\b|\bWTD\b",
        re.I,
    )
)
_LEADING = re.compile(
    r"^\W*(?:since|compared\s+(?:with|to)|versus|against|relative\s+to)\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning|close)\s+of\s+(?:the\s+)?|end-)?$",
    re.I,
)


_TRAILING = re.compile(
    r"[^.;]{0,45}?\b(?:compared\s+(?:with|to)|against|versus|vs\.?|since)\s+(?:the\s+)?"
    r"(?:(?:end|close|start|beginning)\s+of\s+(?:the\s+)?|end-)?",
    re.I,
)


def _trailing_base(view: SentenceView, q: Quantity) -> DateMention | None:
    """A base told after the move and its percentage, no other product between.

    "down 17,000 yuan/mt, or 2.9%, set against the previous month-end".
    """
    for d in view.dates:
        if d.start < q.end:
            continue
        if _TRAILING.fullmatch(view.text, q.end, d.start) and not any(
            q.end <= p.start < d.start for p in view.products
        ):
            return d
        return None
    return None


_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _tail_day(view: SentenceView, q: Quantity, anchor: date) -> date | None:
    """The day a move is measured against right after it ("2,000 yuan/mt below Wednesday").

    A weekday is the last one before ``anchor``; a dated base is its day.
    """
    m = _CHANGE_TAIL.match(view.text, q.end)
    if m is None:
        return None
    word = m.group(0).strip().split()[-1].lower().removesuffix("'s")
    if word.endswith("day") and word[:-3] in _WEEKDAYS:
        back = (anchor.weekday() - _WEEKDAYS.index(word[:-3])) % 7 or 7
        return anchor - timedelta(days=back)
    for d in view.dates:
        p = d.period
        if (
            m.start() < d.end
            and d.start <= m.end() + 8
            and p is not None
            and p.granularity is Granularity.DAY
            and not p.is_span
            and p.start < anchor
        ):
            return p.start
    return None


def _running_ref(view: SentenceView, q: Quantity) -> DateMention | None:
    """The base of a running total: "taking its slide since March 3 to CNY11,000"."""
    for d in view.dates:
        if (
            d.is_ref
            and d.end <= q.start
            and re.fullmatch(r"\s*to\s+(?:about\s+|around\s+)?", view.text[d.end : q.start])
            and RUNNING_SINCE.search(view.text, max(0, d.start - 45), d.start)
        ):
            return d
    return None


def _leading_ref(view: SentenceView, q: Quantity) -> DateMention | None:
    """A base opening the sentence ("Compared with a month ago, X is down 3.4%")."""
    for d in view.dates:
        if d.end > q.start:
            break
        if d.is_ref and _LEADING.match(view.text[: d.start]):
            return d
    return None


_EDGE = re.compile(
    r"\b(?:(?:end|close)\s+of\s+(?:the\s+)?|end-|(?P<start>start|beginning)\s+of\s+(?:the\s+)?)$",
    re.I,
)


def _month_edge(view: SentenceView, ref: DateMention | None) -> date | None:
    """The close a change runs from when its base is a month's (quarter's, year's) end or start.

    "since the end of June": the last trading day of June; "since the start of June": the
    last trading day before June; "at the end of Q1": the last trading day of March. None
    for other bases.
    """
    if ref is None or ref.period is None or ref.period.granularity is Granularity.DAY:
        return None
    edge = _EDGE.search(view.text[max(0, ref.start - 25) : ref.start])
    if edge is None:
        return None
    if edge.group("start"):
        return prev_trading(ref.period.start)
    last = ref.period.end  # "the end of Q1", "end-2024", "the end of H1": its last month's close
    return month_close(last.year, last.month)


_SPAN_CUE = re.compile(
    r"\b(?:(?:this|the|last|previous|a) week|weekly|week[- ]on[- ]week|wow|w/w|on the day|"
    r"day[- ]on[- ]day|dod|d/d|previous (?:trading |working )?day|week (?:earlier|ago))\b",
    re.I,
)
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s*$", re.I)
_TO_LEAD = re.compile(r"\bto\s*(?:about|around|approximately|roughly)?\s*$", re.I)


def _base_level(
    view: SentenceView, y: Quantity, st: DocState, unit: str, averages: frozenset[int]
) -> tuple[float, bool] | None:
    """The level a move started from ("from 540,000 to 565,000 yuan/mt", "to $62 from $60").

    A figure read as an average (starting at one of ``averages``) is no level a move left
    ("averaged $2.07 in March, compared with $1.86 in February, ... closing March at $2.12").
    """
    found = _base_quantity(view, y, st, unit, averages)
    return None if found is None else (found.value, postfix_date(view, found) is not None)


def _base_quantity(
    view: SentenceView, y: Quantity, st: DocState, unit: str, averages: frozenset[int]
) -> Quantity | None:
    """The figure of the level a move to ``y`` started from (none read as an average)."""
    a, b = view.clause_of(y.start)
    for x in view.qtys:
        if x is y or not a <= x.start < b or x.high is not None or x.start in averages:
            continue
        lead = view.text[max(0, x.start - 20) : x.start]
        if not _FROM.search(lead) and not (
            _COMPARED.search(lead) and postfix_date(view, x) is not None
        ):
            continue
        if x.dimension == "price" and _unit(x, st) != unit:
            continue
        if x.dimension == "money" and _unit(x, st) != unit.split("/")[0]:
            continue
        if x.dimension not in ("price", "money", "bare"):
            continue
        if x.dimension == "bare" and not (x.end < y.start and 0.5 <= x.value / y.value <= 2):
            continue
        return x
    return None


def moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move between two levels ("rose from X to Y") is a change of Y - X."""
    if "from" not in view.low and "compared" not in view.low:
        return
    changed = {d.subject for d in drafts if d.kind == "price" and d.metric == "change"}
    averages = frozenset(d.q.start for d in drafts if d.kind == "price" and d.metric == "average")
    for d in list(drafts):
        if d.kind != "price" or d.metric != "price" or d.subject in changed or d.q.high:
            continue
        if not d.q.value:
            continue
        if "compared" not in view.low and not _TO_LEAD.search(
            view.text[max(0, d.q.start - 20) : d.q.start]
        ):
            continue
        found = _base_level(view, d.q, st, d.unit, averages)
        if found is None:
            continue
        base, dated = found
        if not dated and not _SPAN_CUE.search(view.text):
            continue  # no day for the earlier level: the span of the move is unknown
        move = d.derive("change", d.value - base, d.unit, d.q)
        drafts.append(move)
        changed.add(d.subject)
        x = _base_quantity(view, d.q, st, d.unit, averages)
        if not dated and x is not None:
            view.memo.setdefault(("undated_bases",), []).append((move, d, x))  # type: ignore[attr-defined]


#: A day the sentence names as its move's base: "on the previous trading day", "a week
#: earlier", "than yesterday".
_BASE_DAY_CUE = re.compile(
    r"\b(?:previous|prior|last)\s+(?:trading\s+|working\s+)?(?:day|session)\b"
    r"|\b(?:a|one)\s+week\s+(?:earlier|ago|before)\b|\byesterday\b",
    re.I,
)


def span_bases(view: SentenceView, drafts: list[Draft]) -> None:
    """Date the earlier level of a move by the span the sentence names for it.

    "Prices of Pr-Nd oxide rose from 489,000 yuan/mt to 495,000 yuan/mt today, a 1.2% gain
    on the previous trading day": the move runs over the previous trading day, so 489,000 is
    that day's level (read once the move's span is known).
    """
    if _BASE_DAY_CUE.search(view.text) is None:
        return  # "over the week" is the move's span, not the day of its earlier level
    for move, level, x in view.memo.get(("undated_bases",), []):  # type: ignore[attr-defined]
        p = move.period
        if p is None or not p.is_span or p.granularity is not Granularity.DAY:
            continue
        base = level.derive("price", x.value, level.unit, x)
        base.period = Period.day(p.start)
        drafts.append(base)


#: A move told once for several quotes: "each range 1,500 yuan/mt lower at either end",
#: "all three quotes fell 500 yuan/kg", "each of the oxides gained 2,000 yuan/t".
_EACH = re.compile(
    r"\b(?:each|every|all|both)\s+(?:of\s+(?:the|these|those|them)\s+)?(?:two\s+|three\s+|four\s+)?"
    r"(?:ranges?|quotes?|quotations?|prices?|assessments?|products?|oxides?|metals?|grades?"
    r"|two|three|four)\b"
    # a move told of all the quotes before it: "..., both up RMB3,000/t", "all lower by"
    r"|\b(?:each|all|both)\s+(?:up|down|higher|lower|off|rose|fell|gained|lost|added|shed"
    r"|climbed|dropped|rising|falling)\b",
    re.I,
)
#: A move given as the one told before: "was cut by the same step", "by an
#: identical margin", "matching the move".
_SAME_AMOUNT = re.compile(
    r"\b(?:by\s+)?(?:the\s+same|an?\s+(?:identical|equal|similar|like))\s+"
    r"(?:amount|margin|sum|step|increment|decrement)\b",
    re.I,
)


#: Two goods sharing one noun and one move: "Dysprosium and terbium oxides both rose 2%",
#: "Neodymium and praseodymium oxides each gave back 5,000 yuan".
_PAIR_NAMED = re.compile(
    r"(?P<a>[a-z]+)(?:\s+(?:oxides?|metals?))?\s+and\s+(?P<b>[a-z]+)\s+(?P<form>oxide|metal)s?"
    # "Dysprosium and terbium oxide prices both rose 2%": the shared noun may be their prices
    r"(?:\s+prices?)?(?=\s*,?\s+(?:both|each|alike|respectively)\b"
    # or "respectively" after the figures: "... oxides rose 3% and 2% respectively"
    r"|\s+[^,;.\d]{0,40}?\d[^;]{0,40}?\d[^;.]{0,20}?\brespectively\b)",
    re.I,
)


def paired_moves(view: SentenceView, drafts: list[Draft]) -> None:
    """A move two goods share gives each of them that move.

    "Dysprosium and terbium oxides both rose 2%": Dy oxide rose 2% as well as Tb oxide;
    "Neodymium and praseodymium oxides both gave back 5,000 yuan" is Nd oxide's and Pr
    oxide's move, not Pr-Nd oxide's ("both" makes them two).
    """
    if not any(w in view.low for w in (" both ", " each ", " alike", " respectively")):
        return
    for d in list(drafts):
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.bound:
            continue  # ("each lost more than 8%": a bound, no move to hand on)
        pair = None
        for m in _PAIR_NAMED.finditer(view.text):  # its lookahead may pass the figure
            if m.end() <= d.q.start:
                pair = m
        if pair is None or not _ONLY_MOVE_WORDS.fullmatch(view.text, pair.end(), d.q.start):
            continue
        named = [find_products(f"{pair.group(k)} {pair.group('form')}") for k in ("a", "b")]
        ids = [found[0].id for found in named if len(found) == 1]
        if len(ids) != 2 or ids[0] == ids[1]:
            continue
        if _respective(view, pair, drafts, ids):
            return
        if d.subject not in ids:
            d.subject = ids[1]  # the pair was read as one product ("Nd and Pr oxides")
        other = ids[0] if d.subject == ids[1] else ids[1]
        twin = d.derive(d.metric, d.value, d.unit, d.q)
        twin.subject = other
        drafts.append(twin)


def _respective(
    view: SentenceView, pair: re.Match[str], drafts: list[Draft], ids: list[str]
) -> bool:
    """Whether a pair's moves are told "respectively": the first figure the first good's.

    "Terbium and dysprosium oxides respectively rose 3% and 2%" (or "rose 3% and 2%
    respectively"): Tb oxide 3%, Dy oxide 2% (never one shared move, which is "both" or
    "each"). The pair's first two moves after it go to its goods in order; with fewer than
    two, nothing is told of the second.
    """
    if "respectively" not in view.low[pair.end() :]:
        return False
    moves = sorted(
        (
            d
            for d in drafts
            if d.kind == "price"
            and d.metric in ("change", "change_pct")
            and not d.bound
            and d.q.start >= pair.end()
        ),
        key=lambda d: d.q.start,
    )
    starts = sorted({d.q.start for d in moves})[:2]
    if len(starts) < 2:
        return True
    for d in moves:
        if d.q.start in starts:
            d.subject = ids[starts.index(d.q.start)]
    return True


#: Between a shared noun and its move: "both gave back", ", each rising", "alike fell".
_ONLY_MOVE_WORDS = re.compile(r"[\s,]*(?:both|each|alike|respectively)?\s+[^,;.\d]{0,40}?", re.I)


def shared_moves(view: SentenceView, drafts: list[Draft], st: DocState) -> None:
    """A move that holds for several quotes, or repeats the one told just before.

    "Nd oxide and Pr oxide were offered at X and Y respectively, each range
    1,500 yuan/mt lower at either end": each quote before the move gets it. "Pr oxide was
    cut by the same step to X": the quote gets the last move read (its sign from the verb).
    """
    changes = [d for d in drafts if d.kind == "price" and d.metric == "change"]
    low = view.low
    if changes and ("each" in low or "all" in low or "both" in low):
        for c in changes:
            lead = view.text[max(0, c.q.start - 45) : c.q.start]
            if not _EACH.search(lead):
                continue
            moved = {d.subject for d in drafts if d.metric == "change"}
            for d in list(drafts):
                if (
                    d.kind == "price"
                    and d.metric in ("price", "price_low")
                    and d.q.end <= c.q.start
                    and d.subject not in moved
                    and d.unit == c.unit
                ):
                    drafts.append(d.derive("change", c.value, c.unit, c.q))
                    moved.add(d.subject)
    if "same" in low or "identical" in low or "equal" in low or "similar" in low:
        m = _SAME_AMOUNT.search(view.text)
        last = changes[-1] if changes else None
        told = (last.value, last.unit) if last is not None else st.last_change
        if m is not None and told is not None:
            moved = {d.subject for d in drafts if d.metric == "change"}
            levels = [
                d
                for d in drafts
                if d.kind == "price"
                and d.metric in ("price", "price_low")
                and d.subject not in moved
                and d.unit == told[1]
            ]
            if levels:
                d = min(levels, key=lambda x: abs(x.q.start - m.start()))
                fake = Quantity(m.start(), m.end(), abs(told[0]), None, told[1])
                sign = view.sign_near(fake) or (1 if told[0] >= 0 else -1)
                drafts.append(d.derive("change", sign * abs(told[0]), told[1], fake))
    for d in drafts:
        if d.kind == "price" and d.metric == "change":
            st.last_change = (d.value, d.unit)


_FLAT_HINT = re.compile(r"unchanged|flat|stable|steady")
_FLAT = re.compile(
    r"\b(?:unchanged|flat|stable|steady)\s+(?:from|on|compared\s+(?:with|to)|versus|against|over)?"
    r"\s*(?=(?:the\s+|a\s+)?(?:last|previous|prior|week|day|wow|w/w|dod|d/d|yesterday|"
    r"(?:mon|tues|wednes|thurs|fri)day)\b)",
    re.I,
)


#: The tax basis written right after a price: "including VAT", "(... excluding VAT)",
#: "ex-VAT", "VAT incl.", "before tax".
_VAT_WORDS = (
    r"(?:\b(?P<ex>excluding|excl\.?|ex|before|without|net\s+of|exclusive\s+of)[\s-]*"
    r"(?:VAT|tax)\b"
    r"|\b(?:including|incl\.?|with|plus|inclusive\s+of)[\s-]*(?:\d{1,2}(?:\.\d)?\s*%\s*)?"
    r"(?:VAT|tax)\b"
    r"|\b(?:VAT|tax)[\s-]*(?:(?P<ex2>excl(?:\.|usive|uded)?)|incl(?:\.|usive|uded)?))"
)
#: The tax basis written right after a price: "including VAT", "(... excluding VAT)",
#: "ex-VAT", "VAT incl.", "including 13% VAT", "inclusive of VAT", "before tax".
_VAT_AFTER = re.compile(r"[^\d;]{0,14}?" + _VAT_WORDS, re.I)
#: The basis told before the price in its clause: "prices excluding VAT stood at".
_VAT_BEFORE = re.compile(_VAT_WORDS + r"[^\d;]{0,40}$", re.I)


def _vat_basis(view: SentenceView, d: Draft) -> str | None:
    """The tax basis written right after a price, or just before it ("ex" or "inc")."""
    m = _VAT_AFTER.match(view.text, d.q.end) or _VAT_BEFORE.search(
        view.text, max(view.clause_of(d.q.start)[0], d.q.start - 50), d.q.start
    )
    if m is None:
        return None
    return "ex" if m.group("ex") or m.group("ex2") else "inc"


#: One end of a range named as what moved: "with the low end of the range up by $30", "the
#: top of the range rose 500 yuan/t"; "both ends", "at either end" move the quote.
_ONE_END = Prechecked(
    re.compile(
        r"\b(?:the\s+)?(?:low(?:er)?|high(?:er)?|upper|top|bottom)\s+(?:end|side)\b"
        r"(?:\s+of\s+the\s+range)?[^.;,\d]{0,25}$"
        r"|\b(?:the\s+)?(?:top|bottom)\s+of\s+the\s+range\b[^.;,\d]{0,25}$",
        re.I,
    )
)


#: Two products joined and said to share what follows: "Pr6O11 and Nd2O3 both closed at X",
#: "Nd oxide and Pr oxide each traded at X".
_JOINED = re.compile(r"\s+and\s+")
_BOTH_AFTER = re.compile(r"(?:\s*\([^()]{0,20}\))?\s*,?\s*(?:both|each|alike)\b", re.I)


def shared_levels(view: SentenceView, drafts: list[Draft]) -> None:
    """Give the first of two products "both" quoted at one level the second's level and move.

    "Pr6O11 and Nd2O3 both closed at RMB 562k/t, up RMB 3k/t day on day": one level and one
    move read for the product next to them are the first product's too (not with
    "respectively", where each has its own figure).
    """
    if "both" not in view.low and "each" not in view.low and "alike" not in view.low:
        return
    if "respectively" in view.low:
        return
    prods = view.products
    for first, second in pairwise(prods):
        if (
            first.id == second.id
            or not _JOINED.fullmatch(view.text, first.end, second.start)
            or not _BOTH_AFTER.match(view.text, second.end)
        ):
            continue
        own = {d.metric for d in drafts if d.subject == first.id}
        for d in list(drafts):
            if (
                d.kind == "price"
                and d.subject == second.id
                and d.metric not in own
                # "..., with dysprosium oxide at X": a figure the second is named for again
                and not any(second.end < p.start < d.q.start for p in prods)
            ):
                drafts.append(replace(d, subject=first.id))


def one_end_moves(view: SentenceView, drafts: list[Draft]) -> None:
    """Drop a move told of one end of a range only: the quote as a whole moved by no one figure."""
    if "end" not in view.low and "top" not in view.low and "bottom" not in view.low:
        return
    for d in list(drafts):
        if d.kind != "price" or d.metric not in ("change", "change_pct"):
            continue
        if _ONE_END.search(view.text, max(0, d.q.start - 45), d.q.start):
            trace.veto("one_end", (d.q.start, d.q.end), "price")
            drafts.remove(d)


def vat_pairs(view: SentenceView, drafts: list[Draft]) -> None:
    """Keep one quote per tax basis pair: the VAT-inclusive one, the market's usual basis.

    "452,000-455,000 yuan/t including VAT (400,000-402,650 yuan/t excluding VAT)" and
    "8.9 million yuan/t excluding VAT, or 10.06 million yuan/t including VAT" are one quote
    told twice; the ex-VAT twin in the same currency is dropped (a quote given ex-VAT only
    stays).
    """
    if "vat" not in view.low and "tax" not in view.low:
        return
    basis = {id(d): _vat_basis(view, d) for d in drafts if d.kind == "price"}
    inc = {
        (d.subject, d.entity, d.metric, d.unit.split("/")[0])
        for d in drafts
        if basis.get(id(d)) == "inc"
    }
    for d in list(drafts):
        if (
            basis.get(id(d)) == "ex"
            and (d.subject, d.entity, d.metric, d.unit.split("/")[0]) in inc
        ):
            trace.veto("ex_vat", (d.q.start, d.q.end), "price")
            drafts.remove(d)


#: The words between a percent and the period of the average it is measured against: "21.4%
#: on July's average", "51.1% above the August 2024 average".
_ON_BASE_AVERAGE = re.compile(
    r"\s*(?:on|above|below|over|against|from|than)\s+(?:the\s+|its\s+)?$", re.I
)
#: A level told as the average of a year before the main one: "55% higher than a year
#: earlier, when it averaged just $1.11/kg".
_YEAR_AGO_AVERAGED = re.compile(
    r"\ba\s+year\s+(?:earlier|ago|before),?\s+when\s+(?:it|they|prices?|the\s+price)\s+"
    r"averaged\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+)?$",
    re.I,
)


def average_bases(view: SentenceView, drafts: list[Draft]) -> None:
    """Moves and levels of a month's average told against another period's average.

    In "X averaged $82.38/kg over the month, a gain of 21.4% on July's average of $67.87/kg
    and 51.1% above the August 2024 average of $54.52/kg" the periods after the percents are
    their bases: the year-on-year move is of the main average's month, and a move against
    the month before has no metric of its own (dropped). "..., 55% higher than a year
    earlier, when it averaged just $1.11/kg": that level is the average a year before.
    """
    main = next((d for d in drafts if d.kind == "price" and d.metric == "average"), None)
    if main is None or main.period is None or "averag" not in view.low:
        return
    for d in list(drafts):
        if d.kind != "price" or d.q.start <= main.q.start or d.subject != main.subject:
            continue
        dm = next(
            (
                x
                for x in view.dates
                if x.start >= d.q.end and _ON_BASE_AVERAGE.match(view.text, d.q.end, x.start)
            ),
            None,
        )  # the period right after the percent and its base word
        if d.metric in ("average_yoy_pct", "change_pct") and dm is not None and dm.period:
            if dm.period == shift_year(main.period):
                d.metric, d.period, d.date_mention = "average_yoy_pct", main.period, None
            elif (
                dm.period.granularity is main.period.granularity
                and not dm.period.is_span
                and 0 < (main.period.start - dm.period.end).days <= 1
            ):
                drafts.remove(d)  # against the month before: no metric for it
        elif d.metric == "average" and _YEAR_AGO_AVERAGED.search(view.text, 0, d.q.start):
            d.period = shift_year(main.period)


#: The words between a move and the dated level it is measured from: "down 8.7% from the
#: average of 409,300 yuan quoted on May 20", "3,000 yuan below the 372,800 of May 20".
_FROM_LEVEL = re.compile(
    r"\s*(?:(?:yuan|per\s*cent|percent|pct|pc)\s+)?(?:from|below|above|on)\s+(?:the\s+)?"
    r"(?:(?:average|mean|level|price|quote|close)\s+of\s+)?(?:about\s+|around\s+|some\s+)?",
    re.I,
)


def moves_from_dated_level(view: SentenceView, drafts: list[Draft]) -> None:
    """A move told "from" a level dated earlier runs from that level's day to its own end.

    "That is down about 8.7 percent from the average of 409,300 yuan quoted on May 20": the
    move ends on the sentence's day (the quote before it) and starts on May 20.
    """
    for d in drafts:
        if d.kind != "price" or d.metric not in ("change", "change_pct") or d.period is None:
            continue
        base = next(
            (
                lv
                for lv in drafts
                if lv.kind == "price"
                and lv.subject == d.subject
                and lv.metric in ("price", "price_low")
                and lv.q.start >= d.q.end
                and _FROM_LEVEL.fullmatch(view.text, d.q.end, lv.q.start)
                and lv.period is not None
                and lv.period.granularity is Granularity.DAY
                and not lv.period.is_span
            ),
            None,
        )
        if base is not None and base.period is not None and base.period.start < d.period.end:
            d.period = day_span(base.period.start, d.period.end)


def flat_moves(view: SentenceView, drafts: list[Draft]) -> None:
    """A zero change of the quote before "unchanged from last week", "flat day on day"."""
    if not _FLAT_HINT.search(view.low):
        return
    for m in _FLAT.finditer(view.text):
        quotes = [
            d
            for d in drafts
            if d.kind == "price" and d.metric in ("price", "price_low") and d.q.start < m.start()
        ]
        if not quotes:
            continue
        base = quotes[-1]
        if any(d.subject == base.subject and d.metric == "change" for d in drafts):
            continue
        fake = Quantity(m.end(), m.end(), 0.0, None, base.unit)
        drafts.append(base.derive("change", 0.0, base.unit, fake))
