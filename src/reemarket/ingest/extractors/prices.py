"""Prices: quotes, ranges and period averages (a level's product, unit, market and day).

Grammar covered (see docs/extraction.md): "<product> ... was/stands at/quoted at
<price>", "<price> on <date>", "<low>-<high> <unit>", "averaged <price> over the
quarter", table rows "<product>  <low>~<high> (<unit>)  <+/-change>". Percentage changes are
``price_changes``'; the finders of a level's base day ``price_bases``'; the sentence passes
over a sentence's drafts ``price_passes``'; listing and purchase prices ``listings``'.
"""

from __future__ import annotations

import re
from datetime import timedelta

from reemarket.domain.periods import Granularity, Period
from reemarket.domain.products import catalog
from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.dates import MONTH_HEAD, WEEKDAY, DateMention, month_close, trading_week
from reemarket.ingest.extractors.comparison import comparison_base, year_ago_period
from reemarket.ingest.extractors.date_binding import (
    base_date,
    bind_coarse,
    bind_period,
    postfix_date,
    prev_trading,
    sentence_anchor,
)
from reemarket.ingest.extractors.figure_words import (
    in_parentheses,
    inverted_condition,
    per_ounce,
    share_price_clause,
    signed,
)
from reemarket.ingest.extractors.financial import fiscal_span
from reemarket.ingest.extractors.price_bases import (
    BASE_LEAD,
    CHANGE_TAIL,
    FROM,
    GAPPED_AT,
    LABELLED_BASE,
    ago_day,
    day_average,
    earlier_assessment_day,
    five_sessions_to,
    labelled_base_day,
    month_edge,
    ordinal_quarter,
    own_ago_date,
    own_days,
    paragraph_base_day,
    parallel_base_day,
    possessive_base_day,
    running_span_level,
    since_then,
    told_average,
    week_to,
)
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
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

#: The move verbs a change may follow, in every form: the lemmas of en.toml's direction
#: lists ("dipped 40 yuan/kg", "is falling 2%", a headline's "Neodymium oxide jumps $4.84/kg")
#: and its [direction] change_lead (particles and phrasal verbs: "gave back", "edged up").
_MOVE_FORMS = "|".join(
    vocab.lemma_list("direction", "up", "VB,VBD,VBN,VBZ,VBG")
    + vocab.lemma_list("direction", "down", "VB,VBD,VBN,VBZ,VBG")
)
_CHANGE_LEAD = re.compile(
    r"(?:\b(?:"
    + vocab.alternation("direction", "change_lead", any_space=True)
    + "|"
    + _MOVE_FORMS
    + r"|"
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
_CHANGE_LEAD_F = Folded(_CHANGE_LEAD)
_CHANGE_TAIL_F = Folded(CHANGE_TAIL)
#: A level followed by the one it moved from: "2,850-2,950, up from 2,700-2,800".
#: ", up from", ", down 4.2% on mid-point from", ", up $20 from": the move's base follows.
_UP_FROM = re.compile(
    r",\s*(?:up|down|higher|lower|rising|falling)"
    r"(?:\s+[$€]?\d[\d.,]*\s*(?:%|per\s?cent)?)?(?:\s+on\s+(?:the\s+)?mid-?points?)?\s+from\s*$",
    re.I,
)
GROUPS = {"rare_earths", "re_oxides", "re_salts", "re_metals", "total_reo", "magnetic_materials"}
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
#: A level told only by a bound: "against under CNY 350,000 twelve months before",
#: "from more than $90/kg", "was at least 7,000 yuan/kg", a sale's price "sold for more than
#: X", "fetched upwards of X" (no quote; a change "fell more than 5,000 yuan/t" has no level
#: word before its bound).
_BOUNDED_LEVEL = Prechecked(
    re.compile(
        r"\b(?:compared\s+(?:with|to)|against|versus|from|at|for|was|were|is|are|to|of|"
        r"fetch(?:ed|es|ing)?|cost(?:s|ing)?)\s+"
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
#: through $90/kg", "broke past 500,000 yuan", "was changing hands well above 500,000 yuan",
#: "with terbium oxide still above $900/kg".
_CROSSED = Prechecked(
    re.compile(
        r"(?:(?:\b(?:lifted|pushed|sent|took|drove|carried|pulled|dragged)\s+(?:[\w-]+\s+){1,3}?"
        r"|\b(?:broke|broken|punched|sliced|cut|climbed|fell|dropped|rose)\s+)(?:through|past)"
        r"|\b(?:chang(?:ing|ed)\s+hands|trad(?:ing|ed))\s+(?:well|comfortably|far|just|slightly)"
        r"\s+(?:above|below|over|under)"
        # an absolute "with" telling a bound, no verb of its own: "With Pr-Nd oxide below CNY
        # 370,000/t, ..." ("with domestic prices holding above X" tells a level held)
        r"|\bwith\s+(?:(?!\w+ing\b)[^,;.]){2,40}?\s+(?:(?:still|now|well|firmly|back)\s+)?"
        r"(?:above|below|over|under|beneath)"
        r")\s*(?:US\$|A\$|\$|€|RMB|CNY)?\s*$",
        re.I,
    )
)
#: A forecast as a noun: "our 2025 price forecast to X", "a base case of X", "we forecast a
#: 2026 average of X"; a broker's price deck or model assumption ("our deck assumes X from
#: FY27", "we model X long term", "our price assumption of X"); a desk's own call or planning
#: number ("our own call for X at year-end is Y").
_FORECAST_FIGURE = Prechecked(
    re.compile(
        r"\b(?:forecasts?|forecasting|projections?|base[\s-]+case|predict(?:s|ed|ion)?|"
        r"(?:price\s+)?decks?|assumes|(?:price\s+)?assumptions?|we\s+model|modell?ed|"
        r"forward\s+(?:curves?|indications?|prices?|quotes?)"
        r"|(?:financial|valuation|economic)\s+model|long[\s-]+term\s+(?:[\w-]+\s+){0,3}?price"
        # a desk's own view: "our year-end call for X is Y", "our Q4 working number is Y"
        r"|(?:our|own|house)\s+(?:[\w-]+\s+){0,2}?(?:calls?|working\s+numbers?)"
        r"|planning\s+(?:assumptions?|numbers?|figures?|ranges?))\b"
        r"[^.;]{0,60}$",
        re.I,
    )
)
#: A forecast named after its level: "our $950/kg long-term deck", "a $400/kg assumption".
_DECK_AFTER = re.compile(
    r"\s+(?:long[\s-]term\s+|(?:19|20)\d\d\s+)?(?:price\s+)?(?:deck|assumption|forecast)s?\b",
    re.I,
)
#: A level a valuation implies or a sensitivity steps by, not a quote: "the market is pricing
#: in dysprosium oxide of $400/kg", "every $50/kg on terbium oxide adds 4% to our earnings".
_SCENARIO_LEVEL = Prechecked(
    re.compile(
        r"\b(?:(?:pricing|(?:stock|shares?|valuation|market)\s+(?:is|are|has|have)\s+(?:already\s+)?"
        r"(?:been\s+)?priced)\s+in\s+(?:[\w-]+\s+){0,2}?(?:of\s+|at\s+)?|"
        r"(?:every|each\s+(?:additional|extra|further))\s+)(?:about\s+|around\s+)?$",
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
    r"average\s+(?:export|import)\s+prices?)\b[^.;]{0,100}$|"
    # the value of the goods shipped: "the average value of the magnets exported in May was"
    r"\b(?:average|mean)\s+values?\s+of\s+[^.;]{0,30}?\b(?:shipped|exported|imported|"
    r"shipments|exports|imports|(?:left|leave|leaving)\s+(?:China|the\s+country)|sent\s+abroad)"
    r"\b[^.;]{0,30}$|"
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
        and before.id not in GROUPS
        and _BASIS_GAP.fullmatch(view.text, before.end, open_at) is not None
    ):
        return before  # "ore (REO 92%)", "ore from Myanmar (REO 92%)"
    after = view.first_after(view.products, close, close + 40)
    if after is not None and after.id not in GROUPS:
        return after
    return group


def appositive_owner(view: SentenceView, group: Mention) -> Mention:
    """The product a group word describes in an appositive, else the group itself."""
    before = view.nearest_before(view.products, group.start)
    if (
        before is not None
        and before.id not in GROUPS
        and _APPOSITIVE_GAP.fullmatch(view.text, before.end, group.start)
        and re.match(r"[^,;.]{0,30},", view.text[group.end :])
    ):
        return before
    return group


def _unit_value(view: SentenceView, q: Quantity) -> bool:
    """Whether a per-mass figure is a customs unit value rather than a market price."""
    if _TRADE_WORDS.search(view.text) is None:
        return False
    # "the average declared value of China's magnet exports rose to about $52 per kilogram in
    # June, from $47 in May": the base after it is a unit value too
    m = _UNIT_VALUE.search(view.text, max(0, q.start - 150), q.start)
    if m is None:
        return False
    # "While the declared value of magnet exports has slipped, terbium oxide FOB China rose to
    # $X/kg": a product opening a later clause is the figure's subject, a market price
    return not any(
        m.start() < p.start < q.start and "," in view.text[m.start() : p.start]
        for p in view.products
    )


#: A buyer's bid or a seller's floor: "buyers' bids sat near X", "unwilling to sell below X".
_BID = Prechecked(re.compile(r"\b(?:bids?|bidding)\b[^.;]{0,40}$", re.I))
_REFUSAL = re.compile(
    r"\b(?:unwilling|reluctant|refus\w*|rather|would\s+not|wouldn't|won't|will\s+not|"
    r"not\s+willing|declin\w*\s+to|holding\s+out)\b",
    re.I,
)
_SELL_BELOW = re.compile(
    r"\b(?:sell|selling|offer|offering|part\s+with|let\s+go|offload|release|pay|paying|buy"
    r"|buying)\b"
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
    rf"{MONTH_HEAD}[a-z]*\b|q[1-4]\b|20\d\d)",
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
    rf"{MONTH_HEAD}[a-z]*\b|q[1-4]\b|20\d\d)|"
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
_SCARCE_BELOW = Prechecked(
    re.compile(
        r"(?:\b(?:hard|difficult|impossible|tough)\s+to\s+(?:find|source|get|secure|buy)"
        r"|\b(?:scarce|unavailable|not\s+available))\b[^.;]{0,20}?\b(?:below|under|beneath)"
        r"\s*(?:US\$|\$|€|RMB|CNY)?\s*$",
        re.I,
    )
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
        m
        for m in view.markets
        if m.start < q.end
        or not (_PARTICIPANT.match(view.text, m.end) or _SPREAD_SIDE.match(view.text, m.end))
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


#: A market word after the figure naming one side of a spread, not the figure's basis: "...
#: (about $232/kg), which leaves the Rotterdam premium at 3.5 times".
_SPREAD_SIDE = re.compile(r"\s+(?:premium|discount|spread|differential|arbitrage)\b", re.I)


#: The words between a base level and the day dating it: "$111.25 recorded on", "$70/kg
#: seen on", "480,000 yuan/t quoted at".
_LEVEL_DATED = re.compile(
    r"\s*(?:/\s*(?:kg|t|mt|tonne)\s+)?(?:recorded|seen|set|posted|quoted|assessed|registered"
    r"|reached|fetched|logged)\s+(?:on|at)\s+",
    re.I,
)
MARKETS = ("fob_china", "cif_rotterdam", "europe", "china")
#: The markets with no producer's listing, where a quote for a later period is a forward one.
_TRADED_ABROAD = frozenset(("fob_china", "cif_rotterdam", "europe"))
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
#: A level held in the past perfect: "had been parked at", "had sat at", "had held at".
_HELD_UNTIL_NOW = re.compile(
    r"\bhad\s+(?:been\s+(?:parked|stuck|steady|flat|pinned|anchored|unchanged)\s+at"
    r"|(?:sat|held|stayed|hovered|stood)\s+(?:steady\s+)?at)\s+(?:[A-Z$€¥]{1,4}\s?)?$",
    re.I,
)
#: A held level's start after it: "since 14 March", "since June 25".
_SINCE_DAY = re.compile(r"[^,;.]{0,12}?\s+since\s+(?:\d{1,2}\s+[A-Z]|[A-Z][a-z]+\s+\d)")
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


def price_unit(q: Quantity, st: DocState) -> str:
    """A quantity's unit, a bare "$" replaced by the document's dollar code ("USD/kg")."""
    unit = q.unit
    if unit.startswith("$"):
        unit = st.dollar + unit[1:]
    return unit


def _export_dollar(q: Quantity, unit: str, market: str) -> str:
    """A bare "$" quote on an export market is in US dollars, whatever the story's "$".

    FOB China, CIF Rotterdam and in-warehouse Europe are assessed in US dollars, so an
    Australian company's story whose own "$" is A$ ("Lynas shares fell 2%, but NdPr oxide
    held at $58/kg FOB China") still quotes that market in US$; a marked A$ stays.
    """
    if q.unit.startswith("$") and unit.startswith("AUD/") and market in _TRADED_ABROAD:
        return "USD" + unit[3:]
    return unit


def _same_currency_before(view: SentenceView, q: Quantity, st: DocState) -> bool:
    """Whether the price before a bracketed amount is in its currency ("¥452k/t (¥443k ...)").

    Such a bracket holds another level of the same quote (last week's), not a conversion.
    """
    before = [o for o in view.qtys if o.end <= q.start and o.dimension == "price"]
    return bool(before) and price_unit(before[-1], st).split("/")[0] == price_unit(q, st)


def _inferred_unit(view: SentenceView, q: Quantity, st: DocState, product: str) -> str | None:
    """A bare money amount in a price sentence takes the per-mass unit of its neighbours."""
    cur = price_unit(q, st)
    for other in view.qtys:
        if other is not q and other.dimension == "price":
            u = price_unit(other, st)
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
    own = base_date(view, q) if comparison_base(view, q) is not None else None
    if own is not None and own.period is not None and own.kind != "rel_year":
        period, dm = own.period, own  # "against RMB 420,000/t in 2Q24": the base's quarter
    elif comparison_base(view, q) is not None:
        main = next((o for o in view.qtys if o.end <= q.start and o.dimension == q.dimension), None)
        main_period = (bind_coarse(view, main, st)[0] if main else None) or st.report_period
        if comparison_base(view, q) == "year_ago":
            period, dm = year_ago_period(view, q, main_period), None
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


#: A bracket labelling a base by its period: "(previous week: 612,000)", "(prior month: X)".
_LABEL_BEFORE = re.compile(
    r"\(\s*(?:the\s+)?(?:(?P<w>(?:previous|prior|preceding|last)\s+week)"
    r"|(?P<m>(?:previous|prior|preceding|last)\s+month))\s*:\s*$",
    re.I,
)


def _averaged_before(view: SentenceView, q: Quantity) -> bool:
    """Whether a figure is named as the previous week's or month's ("X the week before")."""
    return (
        _PERIOD_BEFORE.match(view.text, q.end) is not None
        or _LABEL_BEFORE.search(view.text, max(0, q.start - 30), q.start) is not None
    )


def _average_before(view: SentenceView, q: Quantity, period: Period) -> Period | None:
    """The average period a base after the figure names ("... the week before").

    A bracket labelling the figure names it too: "Weekly average X (previous week: Y)".
    """
    m = _PERIOD_BEFORE.match(view.text, q.end) or _LABEL_BEFORE.search(
        view.text, max(0, q.start - 30), q.start
    )
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


def average_period(view: SentenceView, q: Quantity, st: DocState) -> tuple[Period, None] | None:
    """The period of "the monthly average was X" with no date: the month, quarter or year named last."""
    # a base "X the week before" after the average's own figure: the sentence's average word
    reach = 0 if _averaged_before(view, q) else max(0, q.start - _AVERAGE_REACH - 10)
    m = _PERIOD_AVG.search(view.text, reach, q.start)
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


def about_other(view: SentenceView, q: Quantity, prod: Mention) -> bool:
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
    r"(?:was|stood|came|worked\s+out|averaged\s+out)\b"
    # a label: "Weekly average 618,500", "Monthly mean: 4,350"
    r"|\s*(?:[-*•]\s*)?(?:weekly|monthly|quarterly|week's|month's)\s+(?:average|mean)\s*:?\s*(?=\d)",
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
    # (a list's bullet first: "- That is a 1.6% gain on the mid-point")
    r"\s*(?:[-–•*·▪]\s+)?(?:(?:since|over|during|in|on|this|so\s+far|from|by|(?:a|an|one|two|three|\d+)\s+"
    r"(?:days?|weeks?|months?)\s+later|a\s+week\s+earlier"
    r")\b[^,.;]{0,35}?,?\s+(?=the\s|its\s|it\s))?"
    r"(?:the\s+(?:price|prices|quote|assessment|market|month|week|session)|prices|it|that|this|"
    r"its\s+(?:(?:weekly|monthly|daily|quarterly)\s+)?(?:price|average|mean|mid-?point|quote)"
    # its price on a market: "Its FOB China price averaged X", "its export price rose"
    r"|its\s+(?:(?:fob|cif|ddp)\s+\w+|free\s+on\s+board\s+\w+|export|domestic|spot)\s+"
    r"(?:price|average|quote))\s+"
    # an auxiliary, or a move or level verb of en.toml ("[direction] back_ref"): "The price
    # reached X", "It slumped to X", "On July 28 the price touched a two-year high of X"
    r"(?:has|have|had|is|was|were|are|" + vocab.alternation("direction", "back_ref") + r")\b"
    # after a plural subject the bare form is the present tense, not a noun: a headline-style
    # "Prices climb to X", "Prices ease to X"
    r"|\s*(?:the\s+)?prices\s+(?:"
    + "|".join(vocab.lemma_list("direction", "back_ref", "VBP", narrowed=False))
    + r")\b",
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
            st.priced.add(d.subject)
            st.last_price = (st.paragraph, d.subject)
            st.last_price_market = d.entity
            if d.unit.startswith("USD/") and d.entity in MARKETS:
                st.last_dollar_market = (st.paragraph, d.entity)


#: A sentence opening on the price of a product: "Prices for terbium oxide ...", "The price
#: of NdPr metal ...".
_PRICES_OF_LEAD = re.compile(r"\s*(?:the\s+)?(?:spot\s+)?prices?\s+(?:of|for)\s+", re.I)


#: A product framed as what a report is about, wherever it stands in a figure-less
#: sentence: "the export price of terbium oxide barely moved", "The Chinese holmium oxide
#: market lost ground".
_TOPIC_BEFORE = re.compile(r"\bprices?\s+(?:of|for)\s+$", re.I)
_TOPIC_AFTER = re.compile(r"\s+(?:market|prices?)\b", re.I)


#: A list item's mark before a sentence ("- Terbium inched up ...").
_ITEM_MARK = re.compile(r"\s*(?:[-*•]\s+)?")


def _remember_element_topic(text: str, st: DocState) -> None:
    """Make the product a figure-less sentence led by an element's bare name moves the topic.

    "Terbium inched up for a second day. A month ago it was at X": the pronoun is the
    element's quoted form (the last price's when of that element, else the oxide the
    catalog reads "<element> prices" as), not the product of the price before.
    """
    if _figures_beyond_years(text):
        return
    m = _ELEMENT_LED.match(text, _ITEM_MARK.match(text).end())  # type: ignore[union-attr]
    if m is None:
        return
    quote = _element_quote(m.group("el"))
    if quote is None:
        return
    carried = _carried_subject(st)
    same = carried is not None and carried.split("_")[0] == quote.split("_")[0]
    st.last_price = (st.paragraph, carried if same and carried is not None else quote)


def _remember_framed_topic(text: str, st: DocState, low: str | None = None) -> None:
    """Make the one product of a figure-less sentence the topic when it is framed as one.

    ``low``: ``lower(text)``, when already made.
    """
    hint, hay = (_TOPIC_FRAME_HINT, text) if low is None else _TOPIC_FRAME_HINT_F.pick(text, low)
    if not hint.search(hay) or _figures_beyond_years(text):
        return  # a sentence with figures other than years has a price of its own to tell
    found = find_products(text, low)
    named = {p.id for p in found if p.id not in GROUPS}
    if len(named) != 1 or len(found) != 1:
        return
    prod = found[0]
    if _TOPIC_BEFORE.search(text, 0, prod.start) or _TOPIC_AFTER.match(text, prod.end):
        st.last_price = (st.paragraph, prod.id)


_TOPIC_FRAME_HINT = re.compile(r"\b(?:prices?|market)\b", re.I)
_TOPIC_FRAME_HINT_F = Folded(_TOPIC_FRAME_HINT)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``, one regex scan where the text is ASCII."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(c.isdigit() for c in text)


def _figures_beyond_years(text: str) -> bool:
    """Whether a sentence holds a figure other than a year ("2025" alone is no figure)."""
    return _has_digit(text) and _has_digit(_YEARS.sub("", text))


def _remember_market_frame(text: str, st: DocState, low: str | None = None) -> None:
    """Note the one market a figure-less sentence on prices names for its paragraph.

    "Export prices for Chinese light rare earths were almost flat in November. Neodymium
    oxide eased 0.1% ...": the move is on the export (fob China) market. ``low``:
    ``lower(text)``, when already made.
    """
    hint, hay = (_TOPIC_FRAME_HINT, text) if low is None else _TOPIC_FRAME_HINT_F.pick(text, low)
    if hint.search(hay) is None or _figures_beyond_years(text):
        return
    found = {m.id for m in find_markets(text, low) if m.id in MARKETS}
    if len(found) == 1:
        st.para_market = found.pop()


def remember_topic(text: str, st: DocState, low: str | None = None) -> None:
    """A figure-less sentence led by one product makes it the topic of a following "It ...".

    "Lanthanum oxide bucked the trend. It added 150 yuan/t ...": the pronoun is lanthanum's,
    not the product of the price before; so is one opening on "Prices of/for" ("Prices for
    terbium oxide fell on Monday. Traders put the oxide at ..."). ``low``: ``lower(text)``,
    when already made.
    """
    _remember_market_frame(text, st, low)
    lead = _PRICES_OF_LEAD.match(text)
    if lead is not None:
        text = text[lead.end() :]
        low = None if low is None else low[lead.end() :]
    if not product_leads(text, low):  # most sentences: one anchored match, no scan
        _remember_element_topic(text, st)
        _remember_framed_topic(text, st, low)
        return
    found = find_products(text, low)
    # a group named in an aside ("Lanthanum oxide, the lowest-priced of the light elements, ...")
    # leaves the one product the topic
    named = {p.id for p in found if p.id not in GROUPS}
    if found and found[0].start <= LEAD_WITHIN and len(named) == 1 and found[0].id in named:
        st.last_price = (st.paragraph, found[0].id)
        markets = find_markets(text)
        if markets:  # "Neodymium oxide fob China edged up this week. Argus assessed it at ..."
            st.last_price_market = markets[0].id


#: An element named alone as the subject of a level or move, a price story's shorthand for
#: the form it quotes ("Dysprosium had stood at ...", "dysprosium is up 4%").
_ELEMENT_NAMES = (
    "neodymium", "praseodymium", "cerium", "lanthanum", "dysprosium", "terbium", "samarium",
    "gadolinium", "holmium", "yttrium", "europium", "erbium", "lutetium",
)  # fmt: skip
_ELEMENT = re.compile(
    rf"\b({'|'.join(_ELEMENT_NAMES)})\s+(?:was|is|were|had|has|stood|traded|ended|"
    r"closed|finished|rose|fell|climbed|gained|added|lost|slipped|eased|dropped|jumped)\b",
    re.I,
)
#: An element's symbol as such a subject, as flashes write it ("Nd is now $7.20/kg below
#: ..."): capitalised as a symbol, so "La" or "Pr" in other senses rarely match.
_SYMBOL = re.compile(
    r"\b(Nd|Pr|Dy|Tb|Ce|La|Sm|Gd|Ho|Eu|Er|Lu)\s+(?:is|was|were|had|has|stood|traded|ended|"
    r"closed|finished|rose|fell|climbed|gained|added|lost|slipped|eased|dropped|jumped)\b"
)


#: Any element's name, with or without a verb after it.
_ANY_ELEMENT = re.compile(rf"\b(?:{'|'.join(_ELEMENT_NAMES)})\b", re.I)


def _element_quote(name: str) -> str | None:
    """The product an element's bare name quotes, as the catalog reads "<element> prices".

    "dysprosium" gives dy_oxide; a word that is no element (a company, a place) gives None.
    Its element is the id's first part ("dy").
    """
    named = find_products(f"{name} prices")
    return named[0].id if len(named) == 1 else None


#: A level named as a day's extreme or close right after it: "$92.40 high of June 9".
_NAMED_LEVEL = re.compile(
    r"(?:\s*/\s*(?:kg|t|mt|tonne))?\s+(?:peak|high|low|trough|close)\s+(?:of|on)\b", re.I
)


def element_product(
    view: SentenceView, q: Quantity, st: DocState, *, whole: bool = False
) -> Mention | None:
    """The product a bare element name before the figure stands for, from the document's quotes.

    "Dysprosium had stood at $225/kg on Monday" under a table quoting "Dysprosium oxide
    99.5%": the one form of that element the document has priced, else None. With ``whole``
    the element may stand anywhere before the figure in its sentence when it is the only one.
    """
    a, _b = view.clause_of(q.start)
    found = list(_ELEMENT.finditer(view.text, a, q.start)) + list(
        _SYMBOL.finditer(view.text, a, q.start)
    )
    if not found and whole and not view.products:
        # "Nd is now $7.20/kg, or 7.2%, below the $92.40 high": the sentence's one subject
        found = list(_ELEMENT.finditer(view.text, 0, q.start)) + list(
            _SYMBOL.finditer(view.text, 0, q.start)
        )
        found = found if len(found) == 1 else []
    if not found:
        return None
    m = max(found, key=lambda x: x.start())
    if view.first_after(view.products, m.end(), q.start) is not None:
        return None
    if _ANY_ELEMENT.search(view.text, m.end(), q.start):
        return None  # "Neodymium was at X, with dysprosium at Y": Y is the other element's
    name = m.group(1)
    if m.re is _SYMBOL:
        code = name.lower() + "_"  # a symbol is its element's code ("Nd": nd_)
    else:
        quote = _element_quote(name)
        if quote is None:
            return None
        code = quote.split("_")[0] + "_"
    quoted = set(st.table_dollar_markets) | st.priced
    if st.last_price is not None:
        quoted.add(st.last_price[1])
    forms = sorted(p for p in quoted if p.startswith(code))
    if len(forms) != 1:
        return None
    return Mention(m.start(1), m.end(1), "product", forms[0])


def _carried_subject(st: DocState) -> str | None:
    """The product of a price in this paragraph or the one before (a list item), or None."""
    if st.last_price is None or st.paragraph - st.last_price[0] > 1:
        return None
    return st.last_price[1]


#: Feedstocks a producer buys under a contract with its supplier, priced per quarter.
FEEDSTOCKS = frozenset({"re_concentrate"})


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
    same = comparison_base(view, q) == "year_ago"  # "..., against Y in the same period of 2024"
    if m is None and not same:
        return None
    main = next(
        (o for o in reversed(view.qtys) if o.end <= q.start and o.dimension == q.dimension), None
    )  # the level it is compared with, its period the one named for it
    p = bind_coarse(view, main, st)[0] if main is not None else None
    if p is None or p.granularity is Granularity.DAY:
        return None
    unit = m.group("unit").lower() if m is not None else "year"
    if unit == "year":
        return year_ago_period(view, q, p)  # a span of months too: "January-October"
    if p.is_span:
        return None
    if unit == "quarter" and p.granularity is Granularity.QUARTER:
        k = (p.start.month - 1) // 3
        return Period.quarter(p.start.year - (k == 0), (k - 1) % 4 + 1)
    if unit == "month" and p.granularity is Granularity.MONTH:
        first = p.start - timedelta(days=1)
        return Period.month(first.year, first.month)
    return None


#: A sentence led by a day that tells a move and names no product: the last price's move
#: ("Monday alone brought a 2% rise from Friday's $71.40", "On Tuesday the gain was $2").
_DAY_LED_MOVE = re.compile(
    rf"\s*(?:on\s+)?(?:{WEEKDAY}|yesterday|today)\b"
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
    r"dropped|gained|lost|eased|firmed)\b"
    # "..., the oxide is 5.0% higher": where the move leaves it
    r"|\bthe\s+(?:oxide|metal|alloy)\s+is\s+(?:now\s+)?(?:up\s+|down\s+)?[\d.]+\s*(?:%|per\s*cent)",
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
    named = [p for p in find_products(st.para_lead) if p.id in FEEDSTOCKS]
    return Mention(0, 0, "product", named[-1].id) if named else None


def _back_subject(view: SentenceView, st: DocState, q: Quantity) -> Mention | None:
    """The product of the last price, for a sentence about "the price" with none of its own.

    Only products named before the figure ``q`` count ("Since 31 December the price has risen
    by 2%, although magnet makers held back": the magnets are not its subject).
    """
    feedstock = _paragraph_feedstock(view, st)
    if feedstock is not None:
        return feedstock  # "... buys its ore concentrate from X. ... price of that concentrate"
    element = _element_led(view, st, q)
    if element is not None:
        return element  # "Dysprosium slips to 1,580 yuan/kg": the element's quoted product
    if any(p.start < q.start for p in view.products) or not (
        _BACK_REF.match(view.text)
        # "Most of the advance came in the final week: the month closed at X"
        or any(_BACK_REF.match(view.text, c.end()) for c in _COLON.finditer(view.text, 0, q.start))
        or _WHEN_IT.search(view.text, 0, q.start) is not None
        or _ITS_NOUN.match(view.text) is not None
        or LABELLED_BASE.match(view.text, 0, q.start) is not None
        or (not view.companies and _PRONOUN_OBJECT.search(view.text) is not None)
        or _DAY_LED_MOVE.match(view.text)
        or _IT_AT.search(view.text)
        or _THE_FORM.search(view.text)
        or _quote_noun_before(view, q)
    ):
        return None
    carried = _carried_subject(st)
    return Mention(0, 0, "product", carried) if carried is not None else None


#: A sentence led by an element's bare name and a move or level verb of a price: "Dysprosium
#: slips to X", "Terbium rose to X" (a headline's or a list's shorthand for its quote).
_ELEMENT_LED = re.compile(
    r"\s*(?P<el>[A-Z][a-z]+)\s+(?:" + vocab.alternation("direction", "back_ref") + r")\b"
)


def _element_led(view: SentenceView, st: DocState, q: Quantity) -> Mention | None:
    """The product an element's bare name quotes at the head of its sentence, or None.

    The last price's product when it is of that element ("Dysprosium metal was X. Dysprosium
    slips to Y"), else the product the catalog names "<element> prices" (its oxide), as
    "dysprosium prices rose" is read.
    """
    m = _ELEMENT_LED.match(view.text)
    if m is None or any(p.start < q.start for p in view.products):
        return None
    quote = _element_quote(m.group("el"))
    if quote is None:
        return None  # not an element (a company, a place, "Prices")
    element = quote.split("_")[0]
    carried = _carried_subject(st)
    if carried is not None and carried.split("_")[0] == element:
        return Mention(m.start("el"), m.end("el"), "product", carried)
    return Mention(m.start("el"), m.end("el"), "product", quote)


_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: A sentence or clause telling the last price's quotes by what they are rather than by the
#: product: "Mainstream offers ranged from X to Y", "..., with deals between X and Y", "Its
#: benchmark eased to X", "Tuesday's daily marker printed at X", "The month's low, X, came
#: on ...", "High of the month: X on May 9", "Monthly average: X", "April's average was X",
#: "when the average was X", "..., with an average of X", "A year earlier the monthly
#: average was X".
_QUOTE_NOUN = re.compile(
    r"(?:^\s*(?:[-*•]\s*)?(?:(?:a|one)\s+(?:year|month|week|quarter)\s+(?:earlier|before|ago),?"
    r"\s+)?|[;:,]\s*(?:with\s+)?|\bwhen\s+)"
    r"(?:(?:the|its)\s+)?(?:(?:mainstream|most|spot|physical|reported)\s+)?"
    r"(?:(?:offers|deals|bids|quotes|quotations|transactions|trades)\b(?!\s+(?:of|for|from|in|to)\b)"
    r"|(?:(?:daily|weekly|monthly|quarterly)\s+)?(?:benchmark|marker|average|mean)\b"
    r"(?!\s+(?:of|for)\s+(?!CNY|RMB|US\$|\$|€|\d))"
    r"|an?\s+average\s+of\b"
    rf"|(?:(?:month|week|quarter|year|session|day)|{_MONTHS}(?:\s+\d{{4}})?|{WEEKDAY})['’]s"
    r"\s+(?:(?:daily|weekly|monthly)\s+)?(?:low|high|average|mean|close|peak|trough|marker|was)\b"
    r"|(?:high|low|average|close|peak|trough|last\s+(?:quote|price|assessment))\s+(?:of|for)\s+"
    r"the\s+(?:month|week|quarter|year|session)\s*:"
    r"|(?:monthly|weekly|quarterly|annual)\s+(?:average|mean|high|low)\s*:)"
    # "data show the ex-works price (VAT included) averaging X over April-June"
    r"|\bthe\s+(?:(?:ex-works|spot|export|domestic|benchmark)\s+)?price\s+(?:\([^)]{0,30}\)\s+)?"
    r"(?:averaging|averaged)\b",
    re.I,
)


def _quote_noun_before(view: SentenceView, q: Quantity) -> bool:
    """Whether a clause before the figure tells quotes by their noun (:data:`_QUOTE_NOUN`).

    A figure given only by its decade ("offers in the high $80s/kg") is no quote.
    """
    if _DECADE.search(view.text, q.start, q.end + 1):
        return False
    return any(m.start() < q.start for m in _QUOTE_NOUN.finditer(view.text, 0, q.start))


_DECADE = re.compile(r"\d0s\b")


#: A sentence opening on the last price's own figure set off as a noun: "Its February
#: average, US$124.14/kg, was ...", "Its month-end close of X ...".
_ITS_NOUN = re.compile(
    r"\s*its\s+(?:[\w-]+\s+){0,2}(?:average|mean|close|closing\s+price|quote|level)"
    r"(?:\s*(?:,|of)|\s+(?:came|was|stood|ran|worked)\b)",
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


#: A figure told as another one's worth in a currency: "is worth roughly", "converts to
#: about", "translates into some" right before it.
_CONVERTS_TO = re.compile(
    r"\b(?:worth|converts?\s+(?:in)?to|translates?\s+(?:in)?to|equates?\s+to|comes?\s+to)"
    r"\s+(?:about|around|roughly|some|approximately|nearly|close\s+to)?\s*$",
    re.I,
)
#: An exchange rate named in the sentence ("at an exchange rate of", "7.2 yuan per dollar").
_FX_RATE = re.compile(
    r"exchange\s+rate|\b(?:yuan|rmb|cny|euros?)\s+(?:per|to\s+the|a|an)\s+(?:us\s+)?dollar",
    re.I,
)

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
    if price_unit(prev, st).startswith("CNY"):
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
    if prod is None and dim == "money" and _NAMED_LEVEL.match(view.text, q.end):
        # "Nd is now $7.20/kg ... below the $92.40 high of June 9": the element's form
        prod = element_product(view, q, st, whole=True)
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
        unit = price_unit(q, st)
        if unit.startswith("CNY") and _yuan_conversion(view, q, st):
            trace.veto("conversion", (q.start, q.end), "price")
            return []  # "$230/kg (about 1.65 million yuan/t)": the dollar quote, converted
        if _CONVERTS_TO.search(view.text, max(0, q.start - 40), q.start) and _FX_RATE.search(
            view.text
        ):
            trace.veto("conversion", (q.start, q.end), "price")
            return []  # "at 7.1 yuan a dollar the yuan quote is worth about $210/kg"
    else:
        return None
    span = (q.start, q.end)
    if unit.startswith("$"):
        trace.veto("foreign_dollar", span, "price")
        return []
    if prod is None:
        _a, b = view.clause_of(q.start)
        prod = view.first_after(view.products, q.end, b)
    if prod is not None and prod.id in GROUPS:
        prod = appositive_owner(view, prod)
    if prod is None:
        _a, b = view.clause_of(q.start)
        prod = view.first_after(view.products, q.end, b)
    if prod is not None and prod.id in GROUPS:
        prod = _past_basis(view, prod)
    if prod is None and not view.products and _THE_AVERAGE.match(view.text):
        carried = _carried_subject(st)
        if carried is not None:
            prod = Mention(0, 0, "product", carried)  # "The May average was X"
    if prod is None:
        prod = element_product(view, q, st)  # "Dysprosium had stood at $225/kg"
    if prod is None or prod.id in GROUPS:
        trace.veto("no_product" if prod is None else "group_subject", span, "price")
        return []
    if about_other(view, q, prod) or per_ounce(view, q):
        trace.veto("other_commodity", span, "price")
        return []  # "nickel futures dropped 1.8% to 121,400 yuan a ton", "$4,380/oz": not ours
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
    if _DECK_AFTER.match(view.text, q.end) or _SCENARIO_LEVEL.search(
        view.text, max(0, q.start - 40), q.start
    ):
        trace.veto("outlook", span, "price")
        return []  # "against our $950/kg long-term deck", "the market is pricing in $400/kg"
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
        return []  # "might hit 12,000 yuan/kg should supply tighten": not a quote
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
    if _SPREAD.search(view.text, view.clause_of(q.start)[0], q.start) or _premium_figure(view, q):
        trace.veto("spread", span, "price")
        return []  # "the gap between Rotterdam and fob China prices widened to $590/kg"
    if _reservation(view, q):
        trace.veto("reservation", span, "price")
        return []  # "buyers' bids sat near X", "refused to sell below X"
    if share_price_clause(view, q):
        trace.veto("share_price", span, "price")
        return []  # "..., while Lynas shares stood at A$15.10": a stock's price
    lo, hi = _PLAUSIBLE.get(unit, (0.0, float("inf")))
    if not lo <= abs(q.value) <= hi and not is_change(view, q):
        trace.veto("implausible", span, "price")
        return []
    follows = not view.products and st.last_price_market in MARKETS
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
    market = market_of(view, q, st.section_market or carried or st.para_market or st.basis_market)
    if market == UNLISTED:
        trace.veto("unlisted_market", span, "price")
        return []  # "Dy oxide CIF Asia rose to $620-700/kg": a basis with no market id
    if unit.startswith("CNY") and market != "china":
        market = "china"  # a yuan quote is a domestic one, whatever market was named before it
    unit = _export_dollar(q, unit, market)
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
        if (
            period is not None
            and not period.is_span
            and period.granularity is Granularity.MONTH
            and _CLOSING_NAMED.search(view.text, view.clause_of(q.start)[0], q.start)
        ):  # "the closing range of X-Y was 300 yuan lower ...": the move to the month's close
            period = Period.day(month_close(period.end.year, period.end.month))
        value = signed(q.value, q, view.sign_near(q))
        return [Draft("price", market, prod.id, "change", period, value, unit, q, date_mention=dm)]
    # "The weekly average came to X, up 1.2% from Y the week before", "Weekly average X
    # (previous week: Y)": Y is the average of the week before (read below), not a level on
    # a base day
    avg_base = tag == "average" and _averaged_before(view, q)
    prior_day = (
        None if avg_base else earlier_assessment_day(view, q) or labelled_base_day(view, q, st)
    )
    if prior_day is not None:  # "against $61-64/kg at the prior assessment on 11 March"
        where = market_of(view, q, st.default_market)
        return _level_drafts(where, prod.id, prior_day, q, unit)
    ellipsis = ordinal_quarter(view, q)
    if (
        ellipsis is None
        and FROM.search(view.text[max(0, q.start - 20) : q.start])
        and postfix_date(view, q) is None
    ):
        a, b = view.clause_of(q.start)
        earlier_level = any(
            o is not q and o.dimension in ("price", "money", "bare") and a <= o.start < q.start
            for o in view.qtys
        )
        readings = st.reading_span if not own_days(view) else None
        earlier_level = earlier_level and not avg_base
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
        parallel = parallel_base_day(view, q) if earlier_level else None
        if parallel is not None:  # "A fell to X from Y, while B rose to Z from W at end-October"
            where = market_of(view, q, st.default_market)
            return _level_drafts(where, prod.id, parallel, q, unit)
        found = paragraph_base_day(view, q, st) if earlier_level else None
        if found is not None:  # "X on Friday, from Y on Thursday. Ce eased to A from B"
            base_day, base_market = found
            where = market_of(view, q, st.default_market) if view.markets else base_market
            if unit.startswith("CNY") != (base_market == "china"):
                where = market_of(view, q, st.default_market)
            return _level_drafts(where, prod.id, base_day, q, unit)
        if not avg_base and any(
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
    owned = possessive_base_day(view, q, st)
    if owned is not None:  # "from last week's CNY 566,000/t": the level of a week before
        period, dm = owned, None
    if ellipsis is not None:  # "26,205 yuan in the fourth quarter, up from 19,109 in the third"
        period, dm = ellipsis, None
    base_dm: DateMention | None = postfix_date(view, q)
    if base_dm is not None and not (
        base_dm.is_ref and BASE_LEAD.search(view.text, max(0, q.start - 30), q.start)
    ):
        base_dm = None
    if (
        base_dm is not None
        and base_dm.is_ref
        and base_dm.period is not None
        and BASE_LEAD.search(view.text, max(0, q.start - 30), q.start)
    ):  # "vs USD62.47/kg in June", "up from CNY425,100 in the second quarter": the base's base_dm
        period, dm = base_dm.period, base_dm
        ago = ago_day(view, base_dm, st)
        if ago is not None:  # "traded at X, compared with about Y a year ago": that day then
            period, dm = ago, None
    own_ago = own_ago_date(view, q)
    if own_ago is not None:  # "A year ago X sold for Y", "X was Y a month earlier": then
        then = ago_day(view, own_ago, st)
        if then is not None:
            period, dm = then, None
    for d in view.dates:  # "444,000 yuan/t (Thursday: 442,000 yuan/t)": the label's day
        if d.is_ref and d.period is not None and _LABEL_GAP.fullmatch(view.text, d.end, q.start):
            period, dm = d.period, d
    if _CURRENT.search(view.text, max(0, q.start - 40), q.start) or since_then(view, q):
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
        ago = ago_day(view, lead, st)
        if ago is not None:  # "A week earlier, Nd oxide had traded at X": that day's level
            period, dm = ago, None
    if _HELD_UNTIL_NOW.search(view.text, max(0, q.start - 50), q.start) and _SINCE_DAY.match(
        view.text, q.end
    ):  # "had been parked at X since 14 March before sellers lifted offers on Wednesday": the
        # level held up to the session before the move the sentence tells
        held = st.para_day or (Period.day(st.dates.published) if st.dates.published else None)
        if held is not None:
            period, dm = Period.day(prev_trading(held.start)), None
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
    for d in view.dates:  # "the US$55/kg average of the March 2024 quarter": that quarter's
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
    words = list(AVERAGE_WORD.finditer(view.text, max(0, q.start - _AVERAGE_REACH), q.start))
    said = words[-1] if words else None
    if said is not None and since_then(view, q, said.end()):
        said = None  # "which averaged X last year, has since risen to Y": Y is today's level
    subject = said is not None and _AVERAGE_SUBJECT.fullmatch(view.text, said.start(), q.start)
    if said is not None and not subject and CLOSED.search(view.text, said.end(), q.start):
        said = None  # "averaged 611,800 ... and ended the month at 604,000": the close is a day's
    if said is not None and (
        _CLOSING_NOUN.search(view.text, said.end(), q.start)
        or _CLOSING_NAMED.search(view.text, said.end(), q.start)
    ):
        said = None  # "its average was X, and the closing range of Y-Z": the close's
    avg = said is not None or (tag == "average" and not CLOSED.search(view.text, 0, q.start))
    if (
        avg
        and dm is not None
        and dm.start >= q.end
        and _THEN_CLOSED.search(view.text, q.end, dm.end)
    ):
        # "averaged $910 and ended the month at $902": that day is the close's; the mean is
        # over the period of the average told just before, if any
        last = st.last_average
        period = last[1] if last is not None and st.paragraph - last[0] <= 2 else None
        dm = None
    if (
        not avg
        and base_dm is not None
        and period is not None
        and (period.granularity is not Granularity.DAY or period.is_span)
        and AVERAGE_WORD.search(view.text, 0, q.start)
        and not CLOSED.search(view.text, 0, q.start)
    ):  # "The average price ... was X in the third quarter, up from Y in the second quarter"
        avg = True
    if avg and dm is not None and dm.relative == "this_week" and period is not None:
        period = trading_week(period.start, cap=period.start)  # "averaged X this week"
    if avg and week_to(view, dm) and dm is not None and dm.period is not None:
        period = five_sessions_to(dm.period.end)  # "in the week to December 4, X averaged Y"
    closed = _CLOSED_MONTH.search(view.text, max(0, q.start - 40), q.start)
    if closed is None and GAPPED_AT.search(view.text, max(0, q.start - 50), q.start):
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
        and average_period(view, q, st) is None
        # "averaged X on the day", "On Thursday X averaged Y": the day's mean quote is that
        # day's price (FACTS.md), never the period of an average told before
        and not day_average(view)
    ):
        told = told_average(view, st)
        if told is None:
            trace.veto("average_no_period", span, "price")
            return []  # "over the five sessions, X averaged ...": a mean over no period we can name
        period, dm = told, None  # "NdPr averaged X in November. Dy oxide averaged Y": November
    metric = "price"
    if period is not None and period.granularity is not Granularity.DAY and not avg:
        end = month_edge(view, dm)  # "500,000-510,000 yuan/t at the end of April (of Q1)"
        if end is not None and end >= period.start:
            period = Period.day(end)
        elif (
            dm is not None
            and _CLOSED_BEFORE.search(view.text, max(0, dm.start - 30), dm.start)
            and _AT_GAP.fullmatch(view.text, dm.end, q.start)
        ):  # "finished June at $2,700-3,100/kg": June's last trading day
            period = Period.day(month_close(period.end.year, period.end.month))
        elif (
            not period.is_span
            and period.granularity is Granularity.MONTH
            and (
                _CLOSING_NOUN.search(view.text, view.clause_of(q.start)[0], q.start)
                or _CLOSING_NAMED.search(view.text, view.clause_of(q.start)[0], q.start)
            )
        ):  # "(its September average ...,) and the closing range of X-Y (was 300 yuan
            # lower ...)": the month's close
            period = Period.day(month_close(period.end.year, period.end.month))
    if (
        not avg
        and dm is not None
        and period is not None
        and period.granularity is not Granularity.DAY
        and VAGUE_PART.search(view.text, max(0, dm.start - 14), dm.start)
    ):
        trace.veto("base_unknown", span, "price")
        return []  # "reached the same late-April peak at X": no day the level is of
    if not avg and dm is not None and dm.kind == "sessions_to" and period is not None:
        period = Period.day(period.end)  # "slipped 1.5% over the four sessions to 2 July, to 190"
    if not avg and period is not None and running_span_level(view, q, dm):
        # "has jumped 40% so far this year to 590,000", "climbed 8% this month to X": the
        # level the move reached now, on the report's day
        published = st.dates.published
        end = period.end if published is None else min(period.end, published)
        period = Period.day(end)
    if avg and (period is None or (period.granularity is Granularity.DAY and not period.is_span)):
        period, dm = average_period(view, q, st) or (period, dm)
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
    if _beyond_report(period, st, market in _TRADED_ABROAD):
        trace.veto("outlook", span, "price")
        return []  # "put fair value at $1,100/kg by the end of next year": a level not reached yet
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


#: How far past the report's day a quote's own day may lie (a dateline a day or two ahead).
_DAYS_AHEAD = 7


def _beyond_report(period: Period | None, st: DocState, quoted: bool = False) -> bool:
    """Whether a level's day lies weeks after the report: a call on the future, not a quote.

    For an export or European quote (``quoted``) a month, quarter or year after the report
    is one too ("NdPr CIF Rotterdam at $84/kg for Q3 2025" in a December report); a domestic
    price set ahead for next month or quarter (a listing, a concentrate price) stays.
    """
    pub = st.dates.published
    if period is None or pub is None:
        return False
    if period.granularity is not Granularity.DAY:
        return quoted and period.start > pub
    if period.is_span:
        return False
    return (period.start - pub).days > _DAYS_AHEAD


#: The gap between a bracketed day label and its level: "(Thursday: 442,000 yuan/t)",
#: "(last Fri 1.75)".
_LABEL_GAP = re.compile(r"\s*:\s*|\s+")


#: The difference of two prices named before a figure ("the spread between the two oxides
#: stayed at", "the gap between Rotterdam and fob China prices widened to").
#: A figure told as a premium or discount: "carried a premium of 420 yuan/kg over oxide",
#: "a discount of about $5/kg", and after it, "a 1,900 yuan/kg premium over the oxide".
_PREMIUM_OF = re.compile(
    r"\b(?:premium|discount)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$", re.I
)
_PREMIUM_AFTER = re.compile(
    r"\s+(?:premium|discount)\s+(?:over|to|above|below|against|on|versus|vs\.?)\s", re.I
)


def _premium_figure(view: SentenceView, q: Quantity) -> bool:
    """Whether a price figure is a premium or discount to another price: a spread, no level.

    "the metal carried a premium of 420 yuan/kg over oxide", "Terbium metal held a 1,900
    yuan/kg premium over the oxide" (FACTS.md has no metric for a spread).
    """
    if "premium" not in view.low and "discount" not in view.low:
        return False
    return bool(
        _PREMIUM_OF.search(view.text, max(0, q.start - 40), q.start)
        or _PREMIUM_AFTER.match(view.text, q.end)
    )


_SPREAD = Prechecked(
    re.compile(
        r"\b(?:spread|gap|differential|arbitrage)\s+(?:between|of\s+\w+\s+over)\b[^.;]{0,90}?"
        r"\b(?:at|to|of|by)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$"
        # "the premium of export NdPr over the Chinese domestic price stayed near US$8/kg", "the
        # discount of Chinese Dy to Rotterdam narrowed to $40/kg", "a premium for NdPr over X of"
        r"|\b(?:premium|discount|spread|gap)\s+(?:on|of|for|in)\s+[^.;]{0,60}?\b(?:over|to|against|"
        r"versus|vs\.?)\s+[^.;]{0,60}?\b(?:at|to|of|by|near|around|about)\s+"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$"
        # the premium itself as the subject: "the Rotterdam premium is near $6/kg", "the
        # discount widened to $12/kg"
        r"|\b(?:premium|discount|spread|differential)\s+(?:is|was|stands|stood|sits|sat|held|holds"
        r"|widened|narrowed|came)\s+(?:at\s+|to\s+|near\s+)?"
        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
        re.I,
    )
)


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


def _level_drafts(where: str, pid: str, day: Period, q: Quantity, unit: str) -> list[Draft]:
    """A level on a day: one price, or a range's low and high."""
    if q.high is None:
        return [Draft("price", where, pid, "price", day, q.value, unit, q)]
    return [
        Draft("price", where, pid, "price_low", day, q.value, unit, q),
        Draft("price", where, pid, "price_high", day, q.high, unit, q),
    ]


#: The end of a sentence-leading base ("A week earlier, ...", "A year ago —", "One month
#: before:"): the levels after it are that day's.
_LEAD_AGO = re.compile(r"\s*[,:—–-]", re.I)


#: A vague part of a month or year a move is counted from: "since early July", "from mid-June",
#: "since late 2024" (the end of a month, "since end-June", is its last close).
VAGUE_PART = re.compile(r"\b(?:early|mid|late|the\s+middle\s+of)[\s-]*$", re.I)


#: The verb "average" in any form (the lemma of en.toml's [[metric]] average table).
AVERAGE_WORD = Prechecked(
    re.compile(r"\b(?:" + "|".join(vocab.lemma_forms("metric", "average")) + r")\b", re.I)
)


#: An average price as the subject of a level verb, no figure between: "the average price of
#: Pr-Nd oxide over January-November stood at X" (the verb does not make it a day's level).
_AVERAGE_SUBJECT = re.compile(
    r"average\s+(?:(?:spot|market|selling|transaction|monthly|weekly|quarterly|annual)\s+)?"
    r"(?:prices?\b(?:[^.;\d]|\b(?:19|20)\d\d\b){0,70}?\b"
    # the average alone, its period at most after it: "Over the second quarter the average
    # stood at X", "the average for May stood at X" (not "above average, and X stood at")
    r"|(?:(?:for|over|across|in|during|of)\s+[^.;,\d]{0,30}?\s)?)"
    r"(?:stood|stands|was|were|came\s+in|quoted|assessed|settled)"
    r"(?:\s+at)?\s*(?:about\s+|around\s+|roughly\s+)?",
    re.I,
)
#: How far before a figure an average word still makes it an average (its period word,
#: "weekly", "monthly", may stand just before that).
_AVERAGE_REACH = 80
#: A day's level named after an average in the same sentence: "averaged X in Q3, and spot
#: stood at Y on 27 October" (Y is no average), "averaged X and closed at Y".
CLOSED = re.compile(r"\b(?:closed|ended|finished|spot|stood|quoted|assessed)\b", re.I)
#: A month's closing level named as a noun: "the closing range of", "its closing price was".
_CLOSING_NOUN = re.compile(
    r"\b(?:closing|month-end|end-month)\s+(?:(?:range|price|level|quote)\s+(?:of|was|stood)\s*)?$",
    re.I,
)
_CLOSING_NAMED = re.compile(
    r"\b(?:closing|month-end|end-month)\s+(?:range|price|level|quote)\b", re.I
)
#: A second clause closing at a level: "(averaged X) and ended the month at Y".
_THEN_CLOSED = re.compile(r"(?:,|\band\b|\bbut\b)\s+(?:then\s+)?(?:closed|ended|finished)\b", re.I)


_CLOSED_MONTH = Prechecked(
    re.compile(
        r"\b(?:closed|ended|finished)\s+the\s+month\s+(?:at|on)\s+(?:about\s+|around\s+)?$", re.I
    )
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
