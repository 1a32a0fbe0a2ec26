"""Why a sentence gave the facts it gave: rule hits and vetoes, recorded on demand.

Extraction runs untraced unless a caller opens :func:`recording`; then every rule
that reads a figure leaves a :class:`RuleHit` with the fact it drafted, and every
veto that drops a figure leaves one with its reason code (:data:`VETOES`). The types
name no language and no grammar: the English rules (``ingest/extractors``) and any
rule table can fill them, each with its own ``rule_id`` (``en.price``, ``zh.…``).

Tracing off costs one context-variable read per sentence and per veto.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "VETOES",
    "ZH_VETOES",
    "RuleHit",
    "SentenceTrace",
    "Trace",
    "hit",
    "recording",
    "sentence",
    "veto",
]

#: Stable reason codes of vetoes, with what each means. Codes are never renamed.
VETOES: dict[str, str] = {
    "hypothetical": "a conditional level ('could reach', 'would test'), not a quote",
    "outlook": "a forecast or expectation ('expects ... to', 'sees'), not a reported figure",
    "other_commodity": "the figure belongs to another commodity named before it",
    "contract_price": "a contract, floor or guaranteed price with no company to hold it",
    "scrap": "scrap, waste or content of a product ('NdFeB scrap', 'scrap NdFeB magnets',"
    " 钕铁硼废料): not the product itself",
    "grade": "a purity or ratio right after a product name ('oxide 99.5%')",
    "plan": "a target, goal, guidance, budget or completion rate, not a result",
    "skip_word": "a keyword of figures no family keeps (market share, capex, dividends...)",
    "threshold": "a threshold, floor, ceiling or target named right after the figure",
    "group_subject": "the subject is a product group ('rare earths'), never priced",
    "no_product": "no product the figure could be the price of",
    "conversion": "a currency conversion in brackets",
    "foreign_dollar": "a dollar of no known currency",
    "implausible": "a price outside the plausible band of its unit",
    "base_level": "an earlier level ('rose from X to Y') with no day of its own",
    "spread": "the difference between two prices ('the gap between A and B widened to X')",
    "share_move": "a company's share move ('shares of magnet maker X fell 2.3%'), not a price",
    "share_price": "a company's share price in a clause about its shares ('while Lynas shares"
    " stood at A$15.10'), not a product's price",
    "unlisted_market": "a delivered basis with no market id ('CIF Asia', 'CFR Japan'), not a market of ours",
    "midpoint": "a range's stated average or mid ('X-Y, average Z', Z their middle), not a quote",
    "base_unknown": "a comparison base of unknown period",
    "average_no_period": "an average over no period that can be named",
    "range_end": "the upper end of a range already read with its lower end",
    "one_end": "a move of one end of a range only ('with the low end up by $30'), not the"
    " quote's move",
    "partner_country": "exports to one destination country, not the country's total",
    "reservation": "a buyer's bid or a seller's refusal ('unwilling to sell below X'), not a price",
    "unit_value": "a customs unit value (exports' value over weight), not a market price",
    "per_unit": "an amount per item ('3 kg each', 'kg per vehicle'), not a total",
    "per_share": "a per-share figure (earnings per share), not a company total",
    "offtake": "a yearly volume sold or bought under an offtake or supply agreement, not a"
    " plant's capacity",
    "consumption": "what a country or industry consumes ('US magnet consumption of 40,000 t'),"
    " not capacity, trade or a price",
    "supply_share": "a share of a market's supply or output ('China's share of mined supply"
    " fell to 60%'), not a change of a product's output or price",
    "ex_vat": "the VAT-exclusive twin of a quote the sentence also gives including VAT",
    "superseded": "the earlier figure of a plan since revised ('cut the planned capacity to"
    " 4,440 tpa from 4,800 tpa'), no longer anyone's figure",
    "part": "a part of a total told before it, of no type or holder of its own ('Of the X t"
    " mining quota, Y t was for ion-adsorption ores')",
}


#: Codes only the Chinese rule tables use (``ingest/rules/zh*.py``), with their meanings; the
#: English ones above are each a veto record of ``rules/en_vetoes.py``.
ZH_VETOES: dict[str, str] = {
    "customs_unit_value": "a customs unit value (出口均价: value over weight), not a market price",
    "unit_without_currency": "a per-unit with no currency (16.5万/吨) where no price word makes it yuan",
    "grade_adjustment": "a per-grade-point adjustment of a contract price (每高或低1个百分点)",
    "projection": "a figure projected at full output or on a scenario (按满产测算), not a result",
    "vague_level": "a level held only roughly (附近, 左右, 以下), not a quote",
    "earlier_time": "a level dated by an earlier event (此前, 在管制出台前), with no day of its own",
    "cost": "a producer's cost (成本约为…), reckoned or estimated, not a market price",
    "ore_line": "a figure of an ore line (its grade's concentrate), which no product id names",
    "target": "a target a company strives for (力争, 目标), not a result",
    "segment": "one business line's revenue, not the company's",
    "forecast": "a forecast of results or growth by a broker or the company, not a result",
    "price_index": "a price index in points and its moves, not a product's price",
    "one_partner": "a flow to or from one partner country, not the country's total",
    "extreme": "a high or low touched within a period (一度, 最高, 最低), read as an extreme only",
    "vat_twin": "the VAT-exclusive twin of a quote given including VAT, or a converted twin",
    "no_period": "a figure whose period the text does not give (a 环比 move with no base named)",
    "month_part": "a level held over a part of a month (上旬, 中旬, 上半月) with no day of its"
    " own: neither a day's quote nor a period's mean",
}
VETOES.update(ZH_VETOES)


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One rule's outcome on one figure of a sentence.

    Attributes:
        rule_id: the rule or veto that acted (``en.price``, ``en.inherit``, ``en.veto``).
        family: the fact family concerned (price, production, ...), or ``-``.
        fact: the drafted fact (exchange-format fields) when the rule gave one.
        veto_code: a key of :data:`VETOES` when a veto dropped the figure.
        span: the figure's characters within the sentence, when there is one.
        note: a short free text (the metric keyword read, for instance).

    """

    rule_id: str
    family: str
    fact: dict[str, Any] | None = None
    veto_code: str | None = None
    span: tuple[int, int] | None = None
    note: str = ""


@dataclass
class SentenceTrace:
    """Every rule hit of one sentence (``start`` is its offset in the document)."""

    start: int
    text: str
    hits: list[RuleHit] = field(default_factory=list)


@dataclass
class Trace:
    """What one traced extraction recorded, sentence by sentence."""

    sentences: list[SentenceTrace] = field(default_factory=list)

    def add(self, item: RuleHit) -> None:
        """Record a hit on the current sentence (one outside any sentence opens one)."""
        if not self.sentences:
            self.sentences.append(SentenceTrace(-1, ""))
        self.sentences[-1].hits.append(item)


_CURRENT: ContextVar[Trace | None] = ContextVar("reemarket_trace", default=None)


@contextmanager
def recording() -> Iterator[Trace]:
    """Record rule hits and vetoes of the extraction run inside the block."""
    trace = Trace()
    token = _CURRENT.set(trace)
    try:
        yield trace
    finally:
        _CURRENT.reset(token)


def active() -> Trace | None:
    """The trace being recorded, if any."""
    return _CURRENT.get()


def sentence(start: int, text: str) -> None:
    """Open a sentence in the trace being recorded (nothing when not recording)."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.sentences.append(SentenceTrace(start, text))


def veto(code: str, span: tuple[int, int] | None, family: str, rule_id: str = "en.veto") -> None:
    """Record that a veto dropped a figure (nothing when not recording)."""
    trace = _CURRENT.get()
    if trace is not None:
        if code not in VETOES:
            raise ValueError(f"unknown veto code {code!r}")
        trace.add(RuleHit(rule_id, family, None, code, span))


def hit(
    rule_id: str,
    family: str,
    fact: dict[str, Any] | None,
    span: tuple[int, int] | None,
    note: str = "",
) -> None:
    """Record a rule's outcome on a figure (nothing when not recording)."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.add(RuleHit(rule_id, family, fact, None, span, note))
