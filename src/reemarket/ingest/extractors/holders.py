"""Whose a volume is when no company is named beside it: the market's or the story's company's.

A production, sales or capacity figure is a company's when its sentence names the company
or points back to it ("its output", "the company said"). With neither, the extractors fall
back on the company the paragraph or the document is about. That is right for a company's
own report ("Output rose 12% to 5,100 t in the quarter" in its quarterly report), and wrong
when the sentence states the figure for a whole market or credits it to a third party:

- a market or national scope word before the figure ("domestic", "China's", "global",
  "the industry's output"; ``holder.*`` in ``data/vocab/en.toml``);
- a cited source anywhere in the sentence ("..., consultancy X said", "according to
  industry data", "customs figures showed"; ``holder.cited_source``).

Those figures go to the market, by FACTS.md's convention: ``global`` when the sentence says
world or global, else ``china`` (the project's holder of an unscoped market figure) unless
the paragraph's last market figure named another (:attr:`DocState.market_holder`).
"""

from __future__ import annotations

import re

from reemarket.ingest import vocab
from reemarket.ingest.annotate import PRONOUN_RE, SentenceView
from reemarket.ingest.extractors.state import DocState
from reemarket.ingest.extractors.subjects import DESCRIPTOR, refers_back
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked

GLOBAL = re.compile(rf"\b(?:{vocab.alternation('holder', 'global')})\b", re.I)
#: A figure of the whole market: "domestic", "China's", "nationwide".
DOMESTIC = re.compile(rf"\b(?:{vocab.alternation('holder', 'market_wide')})\b", re.I)
#: The same, weaker (a pronoun keeps the company): "an industry survey", "in Jiangxi".
SURVEY = re.compile(rf"\b(?:{vocab.alternation('holder', 'market_wide_unless_pronoun')})\b", re.I)
#: A third party the figure is credited to: "consultancy X said", "according to industry data".
CITED = Prechecked(re.compile(rf"\b(?:{vocab.alternation('holder', 'cited_source')})\b", re.I))
#: A result set against third parties' expectations: "below what analysts had expected".
_AGAINST_FORECAST = re.compile(
    rf"\b(?:{vocab.alternation('holder', 'forecast_comparison')})\b", re.I
)


def _scope(view: SentenceView, q: Quantity, st: DocState) -> str:
    """The market a market figure is of: the world when the sentence says so, else China's."""
    before, after = view.text[: q.start], view.text[q.end :]
    if GLOBAL.search(before):
        return "global"
    if DOMESTIC.search(before):
        return "china"
    if GLOBAL.search(after):
        return "global"
    if DOMESTIC.search(after):
        return "china"
    return st.market_holder or "china"


def unheld(view: SentenceView, q: Quantity) -> bool:
    """Whether no company is named in the figure's sentence and nothing points back to one."""
    return not view.companies and not refers_back(view, q)


def cited_market(view: SentenceView, q: Quantity, st: DocState) -> str | None:
    """The market a figure credited to a third party is of, when no company holds it.

    "NdPr oxide output rose to 103,000 t last year, consultancy X said" in a story about a
    miner is the market's; "Its output rose to 10,000 t, analysts said" stays the miner's.
    """
    if not unheld(view, q) or CITED.search(view.text) is None:
        return None
    if _AGAINST_FORECAST.search(view.text):
        return None  # "2,900 t, below what analysts at brokers had expected": its own result
    return _scope(view, q, st)


#: Where a figure's own piece of a sentence starts: after a comma, a semicolon, "and",
#: "while", "whereas", "but", "that" (the last one before the figure).
_PIECE_EDGE = re.compile(r"[,;:]|\b(?:and|while|whilst|whereas|but|that)\b", re.I)


def piece_market(view: SentenceView, q: Quantity) -> str | None:
    """The market a figure's own piece of the sentence names, after a company named earlier.

    "X has a capacity of 40,000 t/yr, while China's total output reached 270,000 t",
    "Y produced 25,000 t; China as a whole turned out about 300,000 t", "Z made 18,000 t in
    2024, against a national total of 290,000 t": the figure's piece (from the last comma,
    semicolon or conjunction after the company) names the market, so the market holds the
    figure, not the company named before. A company or a pronoun in the piece keeps it
    ("..., while Chinese producer Shenghe made 20,000 t", "..., and its domestic sales ...").
    """
    named = view.nearest_before(view.companies, q.start)
    if named is None:
        return None
    edges = list(_PIECE_EDGE.finditer(view.text, named.end, q.start))
    if not edges:
        return None
    piece = view.text[edges[-1].end() : q.start]
    if PRONOUN_RE.search(piece) or DESCRIPTOR.search(piece):
        return None
    if GLOBAL.search(piece):
        return "global"
    if DOMESTIC.search(piece):
        return "china"
    return None


def market_for(view: SentenceView, q: Quantity, st: DocState) -> str | None:
    """The market a figure is of when its sentence scopes it so or cites a third party.

    A scope word counts before the figure, in its clause ("domestic magnet capacity exceeds
    400,000 t/yr"); a cited source anywhere in the sentence. None when a company is named in
    the sentence or referred to.
    """
    if not unheld(view, q):
        return None
    a, _b = view.clause_of(q.start)
    clause = view.text[a : q.start]
    if GLOBAL.search(clause):
        return "global"
    if DOMESTIC.search(clause) or SURVEY.search(clause):
        return "china"
    return cited_market(view, q, st)
