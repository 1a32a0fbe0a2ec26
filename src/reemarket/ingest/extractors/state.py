"""What the extractors carry: the draft fact, and the state of one document across sentences.

A ``Draft`` is a fact before provenance is attached; ``DocState`` remembers what earlier
sentences named (the paragraph's period, day, company and quota type, the last figures read)
so a later sentence's figure can be bound to them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from reemarket.domain.periods import Granularity, Period
from reemarket.ingest import vocab
from reemarket.ingest.dates import DateMention, DocDates, find_dates
from reemarket.ingest.lexicon import (
    Mention,
    find_companies,
    find_markets,
    find_products,
    find_quota_types,
    find_sectors,
)
from reemarket.ingest.numbers import PRICE_UNIT, Quantity, price_unit_code
from reemarket.ingest.pricetable_layout import price_notes
from reemarket.ingest.startwords import Prechecked

if TYPE_CHECKING:
    from reemarket.ingest.extractors.continued import Said

#: A paragraph led by a section label ("Oxides: ...", "Medium and heavy rare earths: ...").
_SECTION_LABEL = re.compile(r"(?:[-*•]\s*)?[A-Z][A-Za-z ,&/()-]{1,40}:\s")
#: A quarterly report's title naming the day its period ends.
_QUARTER_ENDING = re.compile(r"\bquarter(?:ly)?\b[^\n]{0,40}\bperiod\s+end(?:ing|ed)\s*$", re.I)


@dataclass(slots=True, init=False)
class Draft:
    """A fact before provenance is attached.

    Its ``__init__`` is written out: the one ``dataclass`` generates stays interpreted in
    the compiled build, where it took three times as long as in the pure one.
    """

    kind: str
    entity: str
    subject: str
    metric: str
    period: Period | None
    value: float
    unit: str
    q: Quantity
    high: float | None
    status: str | None
    bound: str | None
    standing: bool
    date_mention: DateMention | None
    ref: DateMention | None
    cmp: str | None

    def __init__(
        self,
        kind: str,
        entity: str,
        subject: str,
        metric: str,
        period: Period | None,
        value: float,
        unit: str,
        q: Quantity,
        high: float | None = None,
        status: str | None = None,
        bound: str | None = None,
        standing: bool = False,
        date_mention: DateMention | None = None,
        ref: DateMention | None = None,
        cmp: str | None = None,
    ) -> None:
        self.kind = kind
        self.entity = entity
        self.subject = subject
        self.metric = metric
        self.period = period
        self.value = value
        self.unit = unit
        self.q = q
        self.high = high
        self.status = status
        self.bound = bound
        self.standing = standing
        self.date_mention = date_mention
        self.ref = ref
        self.cmp = cmp

    @property
    def resolved(self) -> bool:
        """Whether the period is known (or not needed)."""
        return self.standing or self.period is not None

    def summary(self) -> dict[str, object]:
        """The draft's fact fields as the exchange format names them (for traces)."""
        period = "" if self.standing or self.period is None else str(self.period)
        return {
            "kind": self.kind, "entity": self.entity, "subject": self.subject,
            "metric": self.metric, "period": period, "value": self.value,
            "value_high": self.high, "unit": self.unit, "status": self.status,
            "bound": self.bound, "resolved": self.resolved,
        }  # fmt: skip

    def derive(
        self,
        metric: str,
        value: float,
        unit: str,
        q: Quantity,
        *,
        high: float | None = None,
        bound: str | None = None,
        cmp: str | None = None,
    ) -> Draft:
        """Another figure about the same thing over the same period: its change, its rate.

        Kind, entity, subject, period and date mention are this draft's.
        """
        return Draft(
            self.kind, self.entity, self.subject, metric, self.period, value, unit, q,
            high=high, bound=bound, date_mention=self.date_mention, cmp=cmp,
        )  # fmt: skip


#: A quota named anywhere in a document ("quota", "quotas", "Quota").
#: A question line of a Q&A record ("Q3: How did first-half sales go?") and the answer
#: after it ("A: Revenue was ..."): the answer's figures take the period the question named.
_QUESTION = re.compile(r"\s*(?:Q(?:uestion)?\s*\d{0,2}|问)\s*[:：.]\s+(?=\S)", re.I)
_ANSWER = re.compile(r"\s*(?:A(?:nswer)?\s*\d{0,2}|答)\s*[:：.]\s", re.I)

_QUOTA_WORD = re.compile(r"\bquotas?\b", re.I)

_WEEKLY = re.compile(rf"\b(?:{vocab.alternation('report', 'weekly')})(?!\w)", re.I)

_THIS_WEEK = re.compile(r"\b(?:this|the\s+past|over\s+the)\s+week\b", re.I)
_BULLET = re.compile(r"^(?:[-–•*·▪]|\d{1,2}[.)])\s")
#: A line over a release's title that is a label or a date alone ("ASX ANNOUNCEMENT",
#: "Media release", "For immediate release", "23 October 2025", "Tuesday 4 March 2025").
_MASTHEAD = re.compile(
    r"(?i:(?:asx|nyse|nasdaq|tsx|hkex|market|stock\s+exchange|company)\s+(?:announcement|release)"
    r"|(?:news|media|press)\s+release|announcement|for\s+immediate\s+release"
    # an e-mail's header lines above its "Subject:" line, which is the title
    r"|(?:from|sent|to|cc|date)\s*:.*)"
    r"|(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
)
#: A date alone on the line under a title (a dateline), which is no first paragraph.
_DATELINE = re.compile(
    r"(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
)
#: A report's subtitle naming the period it covers ("For the quarter ended 30 September 2025",
#: "Half-year ended 31 December 2024", "Quarter ending 31 March 2025").
_REPORT_SUBTITLE = re.compile(
    r"\s*(?:for\s+the\s+)?(?:quarter|half[\s-]year|(?:three|six|nine|twelve)\s+months|period|"
    r"(?:financial\s+|fiscal\s+)?year)\s+(?:ended|ending|to)\b[^\n]{0,60}$"
    # an annual report's own line under the issuer's name: "Summary of the 2023 Annual
    # Report", "Annual Report 2023 (abridged)": the year it reports on
    r"|\s*(?:(?:summary|abstract|extract)\s+of\s+(?:the\s+)?)?(?:(?:19|20)\d\d\s+annual\s+report|"
    r"annual\s+report\s+(?:for\s+)?(?:19|20)\d\d)\b[^\n]{0,60}$",
    re.I,
)
#: A short label with no figure under a list's caption ("Rare earth metals", "Oxides:").
#: A note on what the moves below compare (with two days named): "All moves compare the
#: September 1 reading with the August 1 reading", "Changes are measured from 1 May to 1 June",
#: "Month-on-month moves, comparing the July 1 price with the June 3 price", "changes are
#: against the previous assessment on 4 September", "changes versus the 2 May assessment".
_READING_NOTE = Prechecked(
    re.compile(
        r"\b(?:moves?|changes?|percentages?|comparisons?)\b[^.;]{0,30}?\b(?:compar(?:e[sd]?|ing)|"
        r"(?:are|is)\s+(?:measured|calculated|taken|computed)|run|measure)\b"
        r"|\b(?:moves?|changes?)\s+(?:(?:are|is)\s+(?:shown\s+|given\s+|stated\s+)?)?"
        r"(?:against|versus|vs\.?|relative\s+to)\s",
        re.I,
    )
)
#: A standing note on the basis of the prices that follow: "All prices below are ... FOB
#: China, unless stated otherwise", "Unless otherwise noted, quotes are CIF Rotterdam",
#: "Prices are ex-works China except where indicated".
_BASIS_NOTE = Prechecked(
    re.compile(
        r"\b(?:prices|quotes|quotations|assessments|figures|numbers|levels)\b[^.;]{0,60}"
        r"\b(?:unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified|shown)"
        r"|(?:except|other)\s+where\s+(?:stated|noted|indicated|specified|shown)"
        r"|(?:stated|noted|indicated|specified)\s+otherwise)"
        r"|\bunless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)\b[^.;]{0,25}"
        r"(?:prices|quotes|quotations|assessments|figures|numbers|levels)\b"
        # "The levels below, all fob China in dollars a kilogram": the list's basis
        r"|\b(?:prices|quotes|quotations|assessments|figures|numbers|levels),\s+all\b",
        re.I,
    )
)
#: A note on its own line saying what basis all the document's prices are on, wherever it
#: stands (a column's closing line "All prices are fob China, in US dollars a kilogram"
#: covers the paragraphs above it too).
_DOCUMENT_BASIS = re.compile(
    r"^[ \t]*[*(]?[ \t]*(?:all[ \t]+)?(?:prices|quotes|quotations|assessments)"
    r"(?:[ \t]+(?:in|on)[ \t]+this[ \t]+(?:column|report|note|page|review|newsletter))?"
    r"[ \t]+(?:are|were)[ \t]+(?:quoted[ \t]+|given[ \t]+|assessed[ \t]+|all[ \t]+)?"
    r"(?P<note>[^\n]{0,160})$",
    re.I | re.M,
)
#: :data:`_DOCUMENT_BASIS` after a line break, where its ``^`` can match: led by a literal
#: ``re`` skips to, instead of trying the line-start test at every character.
_DOCUMENT_BASIS_NEXT_LINE = re.compile("\n" + _DOCUMENT_BASIS.pattern[1:], re.I | re.M)


def _document_basis_notes(text: str) -> list[str]:
    """The ``note`` of each :data:`_DOCUMENT_BASIS` match in ``text``, in order.

    A match at the text's start, then one after each line break (a match ends at its line's
    end, before the break the next one starts with): the matches ``finditer`` gives.
    """
    first = _DOCUMENT_BASIS.match(text)
    notes = [first.group("note")] if first is not None else []
    notes += [m.group("note") for m in _DOCUMENT_BASIS_NEXT_LINE.finditer(text)]
    return notes


#: A heading over the publisher's own prices: "Our export offers (FOB Shanghai, USD):", "We
#: offer (USD/kg, valid 3 days):", "Our selling prices today:".
_OWN_OFFERS = re.compile(
    r"\b(?:our\s+(?:[\w-]+\s+){0,2}(?:offers?|offer\s+prices|selling\s+prices|prices|quotes"
    r"|quotations)|we\s+(?:offer|quote|sell))\b",
    re.I,
)
#: A word of a heading naming the basis of the bullets under it: "Domestic, yuan, VAT
#: included", "Export, US dollars".
_LIST_HEADING_WORD = re.compile(
    r"\b(?:domestic|exports?|imports?|ex-works|yuan|rmb|cny|usd|us\s+dollars?|dollars|eur"
    r"|euros?|vat)\b",
    re.I,
)
#: A bullet marked by a dash or dot, not a number ("- Pr-Nd metal 470 CNY/kg").
_DASH_BULLET = re.compile(r"^[-–•*·▪]\s")
#: A heading over planning figures, not market quotes: "Q3 budget basis", "Price
#: assumptions", "Our price deck", "(for sales pricing, not a market price)".
_ASSUMED_HEADING = re.compile(
    r"\b(?:budget|assumptions?|assumed\s+prices?|price\s+decks?|planning\s+prices?"
    r"|not\s+(?:a\s+)?market\s+prices?)\b",
    re.I,
)
#: A heading naming a day's close or session ("FRIDAY'S CHINA CLOSE", "Closing prices").
_CLOSE_HEADING = re.compile(r"\b(?:close|closing|session)\b", re.I)
#: A heading with no colon and no figure that names its rows' unit ("Oxides (yuan/t)",
#: "Heavy rare earths (USD/kg, FOB China)", "Oxides, yuan/t", "Oxides - yuan per tonne"):
#: the unit of the bare figures under it (the unit itself found by ``PRICE_UNIT``).
_UNIT_HEAD = re.compile(
    r"^[^\d]{0,60}(?<![\w$€])(?:yuan|yn|rmb|cny|usd|us\$|\$|eur|€)\s*(?:/|per\s)[^\d]{0,30}$"
    # or in a bracket with the rest of the basis, however long ("MONTHLY AVERAGES, CHINA
    # DOMESTIC (CNY/t, VAT incl., mean of daily mid-points)")
    r"|^[^\d(]*\([^()\d]*\b(?:yuan|yn|rmb|cny|usd|us\$|\$|eur|€)\s*(?:/|per\s)[^()\d]*\)[^\d]*$",
    re.I,
)
#: A line of a list led by its product's label and a colon, a figure right after it
#: ("Neodymium oxide: 610,000-622,000 ...", "Dy oxide 99.5% min, CIF Rotterdam: 820-880"; a
#: ratio's colon, "NdPr oxide 75:25, ...", is the label's), or by the product and a range
#: ("Nd oxide 60.50-61.20").
_LABEL_ROW = re.compile(
    r"(?:[-–•*·▪]\s*)?(?P<label>[A-Za-z](?:[^:\n]|:(?=\S)){1,80}?)"
    # a column's label may come first after the colon: "Nd oxide: June 388,150"
    r"(?::[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+)?|[ \t]+(?=[-+]?[$€¥]?\d[\d,.]*\s*[-–~]\s*\d))"
    r"[-+]?[$€¥]?\d"
)
#: A list's row led by its product's label alone, a figure right after a space ("Nd2O3
#: 412.5-418.5k (+1.5k both ends)", "PrNd ox 402-406k", "Mixed carbonate ~ 29.8k"): a short
#: line whose label is a product, its figure a number or range (a "k" thousand allowed).
_BARE_ROW = re.compile(
    r"(?:[-–•*·▪]\s*)?(?P<label>[A-Za-z][A-Za-z0-9 .'/()%-]{0,50}?)\s+(?:~\s*)?[-+]?[$€¥]?"
    r"\d[\d,.]*k?(?:\s*[-–]\s*\d[\d,.]*k?)?(?=[\s,;]|$)(?P<rest>.{0,60})$"
)
#: A scope note of items between commas, one a price unit ("China spot, RMB/t incl. 13% VAT,
#: ex-works, cash."): the basis of the bare figures of the rows after it.
_SCOPE_ITEM = re.compile(r"[A-Za-z][A-Za-z0-9 .%/&-]{0,40}")
#: A heading naming a trade flow alone: "Exports", "Imports (t)", "China's exports:".
_FLOW_HEAD = re.compile(
    r"(?:china(?:'s|’s)?\s+)?(?:rare[\s-]earths?\s+)?(?P<flow>exports?|imports?)"
    r"(?:\s*\([^()]{0,30}\))?\s*:?",
    re.I,
)
#: A heading naming means: "Monthly averages", "Average prices", "Period means".
_AVERAGE_HEAD = re.compile(r"\b(?:averages?|means)\b", re.I)
#: What may stand beside the goods in a heading naming them alone: "(t)", a colon.
_GOODS_HEAD = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*:?\s*")
#: A heading's bracket naming only a currency ("Key numbers (RMB)", "Highlights (US$)").
_CURRENCY_HEAD = re.compile(r"\((?:in\s+)?(rmb|cny|yuan|usd|us\$|a\$|aud|eur|€)\)", re.I)
_CURRENCY_CODES = {"rmb": "CNY", "cny": "CNY", "yuan": "CNY", "usd": "USD", "us$": "USD",
                   "a$": "AUD", "aud": "AUD", "eur": "EUR", "€": "EUR"}  # fmt: skip
#: A heading naming the domestic market, which no market mention gives ("China").
_DOMESTIC_HEAD = re.compile(r"\b(?:china|chinese|domestic)\b", re.I)
_SUB_HEADING = re.compile(r"[A-Za-z][A-Za-z ,&/()-]{0,40}:?")

#: Holders that are not a company: the domestic market and the world.
MARKET_HOLDERS = ("china", "global")


@dataclass
class DocState:
    """What the extractors remember across sentences of one document."""

    dates: DocDates
    text: str = ""
    _main: list[str | None] = field(default_factory=list)
    dollar: str = "USD"
    paragraph: int = -1
    para_period: Period | None = None
    para_day: Period | None = None
    #: The day the last labelled section ("Oxides: In Thursday (June 20) trading, ...") quoted
    #: prices for; the next labelled sections with no day of their own share it.
    label_day: Period | None = None
    heading_day: Period | None = None
    """The day a heading over prose names as its prices' ("Assessments, Wednesday 9 October"):
    the day of the paragraphs under it that name none."""
    para_labelled: bool = False
    table_unit: str | None = None
    _para_company: str | None = None
    _para_quota_type: str | None = None
    pending: list[str] = field(default_factory=list)
    last_company_fact: str | None = None
    last_subject: str | None = None
    #: The span of the last price change read ("rose 1.6% over the same period").
    last_change_span: Period | None = None
    base_days: list[date] = field(default_factory=list)
    """Days earlier sentences named as a comparison base ("at the 30 April assessment"): a
    monthly assessment's later "monthly" moves run from the latest of them."""
    #: The day each base day was set against so far ("X on 30 November, against Y at the end
    #: of October": October 31 -> November 30): a later undated level against the same base
    #: day is on the same later day.
    day_pairs: dict[date, date] = field(default_factory=dict)
    #: (paragraph, base day, base's market) by the day of the level it was set against:
    #: "X on Friday, down from Y on Thursday. Ce oxide eased to A from B": B is Thursday's too.
    para_base_days: dict[date, tuple[int, date, str]] = field(default_factory=dict)
    #: The metric and subject of the last volume read ("they came to 48,900 tons").
    last_volume: tuple[str, str] | None = None
    #: The period of that volume (a part of it, "of the total, ...", shares it).
    last_volume_period: Period | None = None
    #: The figures of the last sentence that gave some: "That was 6.4% more ..." is theirs.
    last_said: Said | None = None
    #: The product of the paragraph's last capacity figure ("A further 20,000 t/yr ...").
    para_capacity_subject: str | None = None
    counts: Counter[str] = field(default_factory=Counter)
    _head_period: list[Period | None] = field(default_factory=list)
    _title_month: list[Period | None] = field(default_factory=list)
    _head_company: list[str | None] = field(default_factory=list)
    base_periods: list[Period] = field(default_factory=list)
    para_main: Period | None = None
    #: Each company's last main results period (a quarter, half or year a sentence named for
    #: its figure): the story's company's undated figures in a later paragraph take it.
    company_periods: dict[str, Period] = field(default_factory=dict)
    #: The day each company's share price last closed at a figure ("Close (14 Mar): RMB
    #: 7.65"): its undated market value, multiple and range are the valuation at that close.
    share_close_days: dict[str, Period] = field(default_factory=dict)
    #: The span of the last demand growth forecast read ("... between 2025 and 2032"), for a
    #: rate told "over the same period".
    forecast_span: Period | None = None
    #: The holder of the paragraph's last market-wide figure ("domestic ... output",
    #: "an SMM survey"): later figures with no holder of their own are also market-wide,
    #: not the company an earlier sentence named.
    market_holder: str | None = None
    #: The month the document's listing prices are for, once a sentence names it.
    listing_month: Period | None = None
    #: The country a paragraph is about, from a leading label ("Brazil: mine output ...").
    para_country: str | None = None
    para_mine_output: bool = False
    """The paragraph has named mine output, so a bare "Australia held at 29,000 t" is output."""
    #: The paragraph and product of the last price ("... The May average was X" is its).
    last_price: tuple[int, str] | None = None
    #: The paragraph and the goods (two or more) the sentence just before named with no
    #: figure: "They rose 2% and 1% respectively" after it moves them.
    topic_group: tuple[int, tuple[str, ...]] | None = None
    #: The market of that price: "The assessment has gained ..." is the same series'.
    last_price_market: str | None = None
    #: The currency of the last price read ("CNY"): a list led by "Prices per tonne:" that
    #: names no currency quotes in it.
    last_price_currency: str | None = None
    #: The market of the last dollar price: a later dollar quote naming no market shares it.
    last_dollar_market: tuple[int, str] | None = None
    #: The market each product's dollar rows had in the document's price tables so far: a
    #: later dollar figure of that product naming no market (a table of monthly means, a
    #: comment under the table) is the same series.
    table_dollar_markets: dict[str, str] = field(default_factory=dict)
    #: The unit and a level of each product the document's price tables quoted, for a bare
    #: figure told of it in a note ("October's average was 97.29 for neodymium oxide").
    table_levels: dict[str, tuple[str, float]] = field(default_factory=dict)
    #: The paragraph and period of the last dated average read ("NdPr oxide averaged X in
    #: November"): a next "Dy oxide averaged Y" with no period of its own shares it.
    last_average: tuple[int, Period] | None = None
    #: The first sentence of the current paragraph.
    para_lead: str = ""
    _weekly: bool | None = None
    _quotas: bool | None = None
    #: The last price move read, (value, unit): "marked down by the same amount" repeats it.
    last_change: tuple[float, str] | None = None
    #: The market a heading names for the bullet lines under it ("Export (FOB China):").
    section_market: str | None = None
    #: The price unit such a heading gives the bare figures of its bullets ("($/kg):").
    section_unit: str | None = None
    #: Every product the document has quoted so far, for an element named alone ("Nd is now").
    priced: set[str] = field(default_factory=set)
    #: The market a figure-less sentence framed the paragraph's prices in ("Export prices
    #: were almost flat in November."), for the quotes and moves after it naming none.
    para_market: str | None = None
    #: The financial metric of the paragraph's last sum ("1H24 revenue: 2.87bn"), for a
    #: sentence after it that names only its period ("2Q24 alone: 1.49bn").
    para_money_metric: str | None = None
    #: The currency such a heading names in brackets for its bullets' sums ("Key numbers
    #: (RMB)"): "2.87bn" under it is 3.21 billion yuan.
    section_currency: str | None = None
    #: Whether such a heading gives the publisher's own prices ("Our export offers (FOB
    #: Shanghai, USD):"): its bullets are the document company's, not a market's.
    section_seller: bool = False
    #: The heading that set the section's market or unit: a heading in capitals after one in
    #: capitals is its sibling ("HEAVIES (RMB/kg)", then "FEED"), which a sub-heading is not.
    section_head: str = ""
    #: The paragraph of that heading.
    _head_para: int = -2
    #: The trade flow a heading names alone for its bullets ("Exports", "Imports (t)"): a
    #: bullet's tonnage naming no flow of its own is that flow ("- Gadolinium oxide: 74 t").
    section_flow: str | None = None
    #: Whether such a heading names means ("MONTHLY AVERAGES, CHINA (CNY/t)"): the bare
    #: figures of the product rows under it are averages of the periods labelling them.
    section_average: bool = False
    #: The goods a heading names alone for its bullets ("Rare earth permanent magnets"): a
    #: traded tonnage under it naming no goods of its own is of those goods.
    section_goods: str | None = None
    #: The sector such a heading names for its bullets ("New energy vehicles (NEVs)").
    section_sector: str | None = None
    #: The day such a heading quotes its bullets for ("Assessments for Wednesday, May 8
    #: (yuan/t):"): the bullets under it, and under its sub-headings, are that day's.
    section_day: Period | None = None
    #: The market a standing note makes every later price's basis ("All prices below are
    #: FOB China unless stated otherwise"): a quote naming no market of its own takes it.
    basis_market: str | None = None
    #: The price unit such a note gives the bare figures after it ("All numbers FOB China,
    #: USD/kg, unless noted": "- Sm oxide: 2.35, up 0.05" is USD/kg).
    basis_unit: str | None = None
    #: The price unit a scope note names ("China spot, RMB/t incl. VAT, delivered."): the
    #: unit of the bare figures after it, for goods customarily quoted per that mass.
    scope_unit: str | None = None
    #: The two readings a note says the moves below compare, (earlier day, later day): "All
    #: moves compare the September 1 reading with the August 1 reading." Held over the list
    #: under it (headings naming only its market or unit included) until another heading or
    #: the first paragraph of prose.
    reading_span: tuple[date, date] | None = None
    #: The paragraph of the note that set ``reading_span``.
    _reading_para: int = -1
    #: The day levels read so far, per (product, market, unit): [(day, {metric: value})].
    levels: dict[tuple[str, str, str], list[tuple[date, dict[str, float]]]] = field(
        default_factory=dict
    )
    #: Whether the line being read is such a heading.
    heading_line: bool = False
    #: The day a heading dates the quotes under it to, up to the next heading ("RARE
    #: EARTHS - FRIDAY'S CHINA CLOSE", "Oxide prices at Thursday's close").
    close_day: Period | None = None
    #: Whether the lines read are under a heading of planning figures ("Q3 budget basis (for
    #: sales pricing, not a market price)", "Price assumptions"): up to the next heading.
    assumed_section: bool = False
    #: The period such a heading names for its bullets ("Key figures for the six months
    #: ended 30 June 2025"): a month, quarter, half or year, not a day.
    section_period: Period | None = None
    #: The results period the last question line of a Q&A named, for the answer after it.
    question_period: Period | None = None

    def _opening_lines(self) -> list[str]:
        """The document's first two non-blank lines: its title and first paragraph.

        A masthead above the title ("ASX ANNOUNCEMENT", "NEWS RELEASE", a line with the
        date alone) is skipped.
        """
        lines = [ln for ln in self.text[:1500].split("\n") if ln.strip()]
        while len(lines) > 2 and _MASTHEAD.fullmatch(lines[0].strip()):
            lines.pop(0)
        if len(lines) > 2 and _DATELINE.fullmatch(lines[1].strip()):
            lines.pop(1)  # "BOCI Research | Results Flash" / "12 March 2025" / the headline
        return lines[:2]

    def _period_subtitle(self) -> str | None:
        """The line under a report's title that names its period, when the title names none.

        "QUARTERLY ACTIVITIES REPORT" / "For the quarter ended 31 March 2025 (Q3 FY25)".
        """
        lines = [ln for ln in self.text[:1500].split("\n") if ln.strip()]
        while len(lines) > 2 and _MASTHEAD.fullmatch(lines[0].strip()):
            lines.pop(0)
        if len(lines) < 3 or not _REPORT_SUBTITLE.match(lines[2]):
            return None
        return lines[2]

    @property
    def about_quotas(self) -> bool:
        """Whether the document speaks of quotas anywhere (read once)."""
        if self._quotas is None:
            self._quotas = _QUOTA_WORD.search(self.text) is not None
        return self._quotas

    @property
    def weekly_report(self) -> bool:
        """Whether the document is a weekly report.

        Its title says so ("Rare earths weekly", "w/e 13 June"), or its opening sentence
        tells what prices did "this week".
        """
        if self._weekly is None:
            lines = self._opening_lines()
            title = lines[0] if lines else ""
            lead = lines[1].split(". ")[0] if len(lines) > 1 else ""
            self._weekly = _WEEKLY.search(title) is not None or _THIS_WEEK.search(lead) is not None
        return self._weekly

    def section(self, text: str) -> None:
        """Note a heading's market, unit and sector for its bullets; other lines end the section.

        A heading is a short line that is not a bullet and ends without a full stop
        ("Export prices (USD, FOB China, ex VAT):", "Domestic (RMB, VAT included)").
        """
        line = text.strip()
        self.heading_line = False
        if _BULLET.match(line) or (
            line != self.para_lead.strip() and _BULLET.match(self.para_lead)
        ):
            # a bullet, or a later sentence of one ("- 1H24 revenue: 2.87bn. 2Q24 alone: 1.49bn")
            if self.section_day is not None:
                self.para_day = self.section_day
            return
        if (self.section_unit or self.section_market) and _product_row(self.para_lead):
            # "Neodymium oxide: 610,000-622,000 ..." under "Spot, China domestic, yuan/t:",
            # and the later sentences of its line: rows of the heading's list
            if self.section_day is not None:
                self.para_day = self.section_day
            return
        if (
            (self.section_unit or self.section_market)
            and self.paragraph == self._head_para + 1
            and _caps_head(self.section_head)
        ):
            # the paragraph right under a heading in capitals naming a market or unit
            # ("EXPORT MARKET (USD/kg, FOB China)") is the heading's, prose included
            return
        if (
            (self.section_unit or self.section_market)
            and _SUB_HEADING.fullmatch(line)
            and PRICE_UNIT.search(line) is None
            and not find_markets(line)
            and _DOMESTIC_HEAD.search(line) is None  # "Europe" ... "China": a new section
            and not _sibling_head(line, self.section_head)  # "FEED" after "HEAVIES (RMB/kg)"
        ):
            self.heading_line = True  # "Rare earth metals" under a caption that named the unit
            if self.section_day is not None:
                self.para_day = self.section_day
            return
        self.section_market = self.section_unit = self.section_sector = None
        self.section_flow = self.section_goods = None
        self.section_average = False
        self.section_currency = None
        self.section_period = self.section_day = None  # set by the caller from its dates
        self.section_seller = False
        # a caption introducing a list ends with a colon and may run long ("Assessments for
        # Monday, May 6 (yuan/t, VAT included; changes from the previous day):")
        if len(line) > (240 if line.endswith(":") else 100) or line.endswith((".", "!", "?")):
            return
        self.heading_line = True
        self.section_head = line
        self._head_para = self.paragraph
        self.section_seller = _OWN_OFFERS.search(line) is not None
        self.heading_day = None  # set by the caller when this heading names its prices' day
        sectors = find_sectors(line)
        self.section_sector = sectors[0].id if sectors else None
        self.section_average = _AVERAGE_HEAD.search(line) is not None
        flow = _FLOW_HEAD.fullmatch(line)
        self.section_flow = flow.group("flow").lower().rstrip("s") + "s" if flow else None
        goods = find_products(line)
        if len(goods) == 1 and _GOODS_HEAD.fullmatch(line[: goods[0].start] + line[goods[0].end :]):
            self.section_goods = goods[0].id  # "Rare earth permanent magnets" over its bullets
        found = find_markets(line)
        self.section_market = found[0].id if found else None
        unit = PRICE_UNIT.search(line) if line.endswith(":") or _UNIT_HEAD.search(line) else None
        self.section_unit = price_unit_code(unit) if unit is not None else None
        cur = _CURRENCY_HEAD.search(line)
        self.section_currency = _CURRENCY_CODES[cur.group(1).lower()] if cur else None

    def note_document_basis(self, text: str) -> None:
        """Take the market a note standing on its own line puts all the prices on.

        "All prices are fob China, in US dollars a kilogram, duties excluded." at
        the foot of a column: the market of its dollar quotes that name none, from the top
        (a note met later in the text, :meth:`note_basis`, still replaces it).
        """
        found: set[str] = set()
        # ... and a masthead's "Prices: USD/kg, FOB China" (``pricetable_layout.price_notes``)
        for note in (*_document_basis_notes(text), *price_notes(text)):
            found |= {k.id for k in find_markets(note) if k.id != "unlisted"}
        if len(found) == 1:
            self.basis_market = found.pop()

    def note_basis(self, text: str) -> None:
        """Note a standing note on the basis of the prices after it.

        "All prices below are in EUR/kg, FOB China, unless stated otherwise", "Unless
        otherwise noted, quotes are CIF Rotterdam".
        """
        if _BASIS_NOTE.search(text) is None:
            if _scope_note(text):
                units = {price_unit_code(m) for m in PRICE_UNIT.finditer(text)}
                self.scope_unit = units.pop() if len(units) == 1 else None
            return
        found = [m for m in find_markets(text) if m.id != "unlisted"]
        if len({m.id for m in found}) == 1:
            self.basis_market = found[0].id
        units = {price_unit_code(m) for m in PRICE_UNIT.finditer(text)}
        if len(units) == 1:
            self.basis_unit = units.pop()

    def note_assumed_section(self, text: str) -> None:
        """Note whether a heading (numbered or not) opens a section of budget or assumed prices.

        A heading is a short line with no full stop at its end that is not a dash bullet
        ("4. Q3 budget basis", "PRICE ASSUMPTIONS"); the section lasts to the next one.
        """
        line = text.strip()
        if not line or _DASH_BULLET.match(line) or len(line) > 100 or line.endswith("."):
            return
        self.assumed_section = _ASSUMED_HEADING.search(line) is not None

    def note_close_day(self, text: str, mentions: list[DateMention]) -> None:
        """Note the day a heading says its quotes close on; any other heading ends it.

        "RARE EARTHS - FRIDAY'S CHINA CLOSE" in a Monday note: the quotes under it, up to
        the next heading, are Friday's, not the note's day.
        """
        if not self.heading_line:
            return
        self.close_day = None
        if _CLOSE_HEADING.search(text) is None:
            return
        days = {
            d.period
            for d in mentions
            if not d.is_ref
            and d.period is not None
            and d.period.granularity is Granularity.DAY
            and not d.period.is_span
        }
        if len(days) == 1:
            self.close_day = days.pop()
            self.para_day = self.close_day
            self.label_day = None  # a labelled quote's day before the heading is not its

    def note_readings(self, text: str, mentions: list[DateMention]) -> None:
        """Note a note naming the two readings the moves under it compare; a heading ends it."""
        note = _READING_NOTE.search(text) is not None
        if self.heading_line and not note and not self._list_heading(text, mentions):
            self.reading_span = None
            return
        if not note:
            if self._prose_after_note(text):
                self.reading_span = None  # the list the note spoke of has ended
            return
        days = sorted(
            {
                d.period.start
                for d in mentions
                if d.period is not None
                and d.period.granularity is Granularity.DAY
                and not d.period.is_span
            }
        )
        if len(days) == 2:
            self.reading_span = (days[0], days[1])
            self._reading_para = self.paragraph

    def _prose_after_note(self, text: str) -> bool:
        """Whether ``text`` opens a paragraph of prose after the note's own paragraph.

        A bullet or a heading still belongs to the list the note is about; the first
        paragraph of running text after it ("Erbium oxide was unchanged, ...") does not.
        """
        return (
            self.reading_span is not None
            and self.paragraph != self._reading_para
            and text == self.para_lead
            and not self.heading_line
            and _BULLET.match(text.strip()) is None
        )

    def _list_heading(self, text: str, mentions: list[DateMention]) -> bool:
        """Whether the heading just read only names the market or unit of the bullets under it.

        "China ex-works, yuan, incl. VAT" or "FOB China, US dollars" between a note on the
        readings a list's moves compare and the list's bullets splits the list; it names no
        day of its own, so the note still holds under it.
        """
        names_day = any(
            d.period is not None and d.period.granularity is Granularity.DAY for d in mentions
        )
        if names_day:
            return False
        return (
            self.section_market is not None
            or self.section_unit is not None
            or _LIST_HEADING_WORD.search(text) is not None
        )

    @property
    def default_market(self) -> str | None:
        """The market of a quote naming none: its heading's, else the document's basis note's."""
        return self.section_market or self.basis_market

    def seen(self, companies: list[Mention], quota_types: list[Mention]) -> None:
        """Note what a sentence with figures named (sentences without wait in ``pending``)."""
        self._settle()
        if companies:
            self._para_company = companies[-1].id
        if quota_types:
            self._para_quota_type = quota_types[-1].id

    def _settle(self) -> None:
        """Read the names of the figure-less sentences kept aside, in order (only when needed)."""
        for text in self.pending:
            found = find_companies(text)
            if found:
                self._para_company = found[-1].id
            kinds = find_quota_types(text)
            if kinds:
                self._para_quota_type = kinds[-1].id
        self.pending = []

    @property
    def para_company(self) -> str | None:
        """The last company named in the paragraph so far."""
        self._settle()
        return self._para_company

    @property
    def para_quota_type(self) -> str | None:
        """The last quota type named in the paragraph so far."""
        self._settle()
        return self._para_quota_type

    @property
    def main_company(self) -> str | None:
        """The company the document names most often (found on first use)."""
        if not self._main:
            counts = Counter(m.id for m in find_companies(self.text[:200_000]))
            self._main.append(counts.most_common(1)[0][0] if counts else None)
        return self._main[0]

    def _head_text(self) -> str:
        """The document's opening lines (title, first paragraph), at most 700 characters."""
        return "\n".join(self._opening_lines())[:700]

    @property
    def report_period(self) -> Period | None:
        """The reporting period a company report is about ("December Quarter 2025" in its title).

        Read once, when first asked, from the opening lines (and a period subtitle under
        them) as at the document's start: their dates are resolved against what the
        document's publication alone gives, not what later sentences named.
        """
        if not self._head_period:
            head = self._head_text()
            subtitle = self._period_subtitle()
            start = DocDates(
                self.dates.published, self.dates.year, calendar_name=self.dates.calendar_name
            )
            period = None
            for d in find_dates(head + ("\n" + subtitle if subtitle else ""), start):
                p = d.period
                if (
                    p is not None
                    and p.granularity is Granularity.DAY
                    and p.start.month % 3 == 0
                    and _QUARTER_ENDING.search(head, 0, d.start)
                ):
                    period = Period.quarter(p.start.year, p.start.month // 3)
                    break  # "Quarterly report for the period ending 30 June 2025"
                if (
                    d.is_ref
                    or p is None
                    or (
                        p.granularity is not Granularity.QUARTER
                        and not p.is_span
                        and p.granularity is not Granularity.YEAR
                    )
                ):
                    continue
                period = p
                break
            self._head_period.append(period)
        return self._head_period[0]

    @property
    def title_month(self) -> Period | None:
        """The one month the opening lines name ("Rare earths in the May customs data").

        Days and spans aside; None when they name none or several.
        """
        if not self._title_month:
            start = DocDates(
                self.dates.published, self.dates.year, calendar_name=self.dates.calendar_name
            )
            months = {
                d.period
                for d in find_dates(self._head_text(), start)
                if d.period is not None
                and not d.is_ref
                and not d.period.is_span
                and d.period.granularity is Granularity.MONTH
            }
            self._title_month.append(months.pop() if len(months) == 1 else None)
        return self._title_month[0]

    def report_quarter(self) -> Period | None:
        """The quarter of a quarterly report (:attr:`report_period` when it is one quarter)."""
        head = self.report_period
        if head is not None and head.granularity is Granularity.QUARTER and not head.is_span:
            return head
        return None

    @property
    def doc_company(self) -> str | None:
        """The company the document is about: the one its title or first paragraph names."""
        if not self._head_company:
            counts = Counter(m.id for m in find_companies(self._head_text()))
            self._head_company.append(counts.most_common(1)[0][0] if counts else None)
        return self._head_company[0]

    def figure_period(
        self, period: Period | None, dm: DateMention | None, entity: str
    ) -> Period | None:
        """A company figure's period when its sentence names none.

        A paragraph date owned by a comparison base is not its period ("... on the 355
        million yuan it earned in 2024. Net profit was ..."); with none,
        the paragraph's main figure's, else, for the company the document is about, the
        period its title or first paragraph names, else the one its last main figure had.
        """
        if dm is None and (period is None or period in self.base_periods):
            if self.para_main is not None:
                return self.para_main
            if period is not None and period == self.section_period:
                return period  # a bullet under "Full year 2024 highlights"
            if entity != self.doc_company:
                return None
            return self.report_period or self.company_periods.get(entity)
        return period

    def fiscal_main(self, entity: str, year: int) -> Period | None:
        """The company's last main period when it is a fiscal year ending in ``year``, else None.

        A fiscal year here is twelve months not ending in December: "over the year" in the
        company's results story is that year.
        """
        main = self.company_periods.get(entity)
        if (
            main is None
            or not main.is_span
            or main.end.month == 12
            or main.end.year != year
            or (main.end - main.start).days < 300
        ):
            return None
        return main

    def note_main(self, entity: str, period: Period) -> None:
        """Note a company figure's own period as the paragraph's main one (and the company's)."""
        self.para_main = period
        if period.granularity is not Granularity.DAY:
            self.company_periods[entity] = period

    def note_holder(self, entity: str) -> None:
        """Remember who held a production figure: a company, or the market as a whole."""
        if entity in MARKET_HOLDERS:
            self.market_holder = entity
            self.last_company_fact = None
        else:
            self.market_holder = None
            self.last_company_fact = entity

    def new_paragraph(self, index: int, text: str = "") -> None:
        """Forget what only holds within a paragraph; ``text`` is its first sentence.

        A paragraph led by a section label ("Metals: ...") takes the day the last labelled
        section quoted on ("Oxides: In Thursday trading ..."), when it names none itself.
        """
        if index != self.paragraph:
            asked, self.question_period = self.question_period, None
            self.paragraph = index
            self.para_period = None
            if asked is not None and _ANSWER.match(text):
                self.para_period = asked  # "Q: ... first-half results?" / "A: Revenue was ..."
            if (m := _QUESTION.match(text)) is not None:
                self.question_period = _results_period(text[m.end() :], self.dates)
            self.para_labelled = _SECTION_LABEL.match(text) is not None
            self.para_day = self.close_day or (
                self.label_day if self.para_labelled else self.heading_day
            )
            self._para_company = None
            self._para_quota_type = None
            self.pending = []
            self.last_company_fact = None
            self.para_money_metric = None
            self.para_market = None
            self.market_holder = None
            self.base_periods = []
            self.para_main = None
            self.para_country = None
            self.para_mine_output = False
            self.para_capacity_subject = None
            self.para_lead = text


def _product_row(text: str) -> bool:
    """Whether a line is a list's row led by a product's label (and a colon), then a figure."""
    line = text.strip()
    m = _LABEL_ROW.match(line) or _BARE_ROW.match(line)
    return m is not None and bool(find_products(m.group("label")))


#: A caption's words: a heading naming them is over the whole list, its sub-headings under it.
_CAPTION_WORD = re.compile(
    r"\b(?:prices?|quotes?|quotations?|assessments?|spot|sheet|market|domestic|exports?)\b", re.I
)


def _sibling_head(line: str, head: str) -> bool:
    """Whether a heading is the sibling of the section's, not a sub-heading under it.

    Both in capitals, the section's naming a category and no caption's word: "FEED" after
    "HEAVIES (RMB/kg)" starts its own section; "OXIDES" under "SPOT PRICES, CHINA (RMB/t)"
    does not.
    """
    return _caps_head(line) and _caps_head(head) and _CAPTION_WORD.search(head) is None


def _caps_head(line: str) -> bool:
    """Whether a heading's words are in capitals ("HEAVIES (RMB/kg)", "FEED"), brackets aside."""
    words = re.sub(r"\([^)]*\)", " ", line)
    letters = [c for c in words if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _scope_note(text: str) -> bool:
    """Whether a sentence is a scope note: short items between commas, one a price unit.

    "China spot, RMB/t incl. VAT, delivered." names the unit of the bare figures
    after it; a heading (no full stop) or a sentence with figures of its own is none.
    """
    line = text.strip()
    # the cheap tests first: the unit's scan of the whole line only for short comma lists
    if not line.endswith(".") or not 1 <= line.count(",") <= 6:
        return False
    items = [i.strip() for i in line[:-1].split(",")]
    if not all(_SCOPE_ITEM.fullmatch(i) for i in items) or PRICE_UNIT.search(line) is None:
        return False
    rest = re.sub(r"\d+(?:\.\d+)?\s*%", "", PRICE_UNIT.sub("", line))
    return re.search(r"\d", rest) is None and all(len(i.split()) <= 5 for i in items)


def _results_period(text: str, ctx: DocDates) -> Period | None:
    """The shortest month, quarter, half or year a question names (not a day, not a base)."""
    spans = [
        d.period
        for d in find_dates(text, ctx)
        if d.period is not None
        and not d.is_ref
        and (d.period.is_span or d.period.granularity is not Granularity.DAY)
    ]
    return min(spans, key=lambda p: p.end - p.start) if spans else None
