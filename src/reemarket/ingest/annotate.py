"""One sentence, annotated: names, dates, quantities, metric keywords and clause bounds.

The extractors read a :class:`SentenceView` and never the raw regexes, so each
family module only states its grammar: which keyword, unit and neighbours make
its fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reemarket.ingest import trace, vocab
from reemarket.ingest.dates import DateMention, DocDates, find_dates
from reemarket.ingest.fastre import WordAlternation, WordAlternations, lower
from reemarket.ingest.lexicon import (
    MARKET_WORDS,
    SECTOR_WORDS,
    Mention,
    find_companies,
    find_products,
    find_quota_types,
    in_warehouse,
)
from reemarket.ingest.numbers import Quantity, find_quantities
from reemarket.ingest.startwords import Prechecked, first_char_checked

# Metric keywords, most specific first; a keyword's tag says what a nearby number measures
# (data/vocab/en.toml, [[metric]]).
_TAGS: list[tuple[str, str]] = vocab.ordered("metric")
_TAG_WORDS = WordAlternation(_TAGS)

UP = vocab.alternation("direction", "up")
DOWN = vocab.alternation("direction", "down")
_CHANGE_WORDS = WordAlternation([("up", UP), ("down", DOWN)])
#: The four keyword lists of a sentence with figures, found in one walk over its words.
_WORD_LISTS = WordAlternations([_TAG_WORDS, _CHANGE_WORDS, MARKET_WORDS, SECTOR_WORDS])
#: A figure set above or below a base ("8.4% above January", "42 cents below last week's",
#: "3,000 yuan/t above October", "each end 2,000 yuan/t under Monday's"): the word gives the
#: change its sign.
_PCT_VS = re.compile(r"(?:%|\bcents?|/\s*(?:t|kg|mt|tonne|ton))\s+(above|below|under)\b")
#: Clause cuts; a pipe between spaced cells of one line too ("Nd oxide: June 388,150 | May
#: 405,920 | y/y -26.6%": each cell's label is its own figure's).
_CLAUSE_RE = first_char_checked(re.compile(r";|\bwhile\b|\bwhereas\b|,\s*but\b|\s\|(?=\s)"))
#: A bound right before a figure: "more than 8%", "less than 2,000 t".
_BOUND_THAN = re.compile(r"(?:more|less)\s+than\s+(?:about\s+|around\s+)?(?:[$€¥]|us\$|a\$)?")
_CLAUSE_HINTS = (";", "while", "whereas", "but", " | ")
PRONOUN_RE = Prechecked(
    re.compile(
        r"\b(?:the company|company's|the group|the firm|its|it|management|the miner|the producer|"
        r"the listed company|executives)\b",
        re.IGNORECASE,
    )
)


@dataclass(slots=True, init=False)
class SentenceView:
    """A sentence with everything found in it; offsets are within the sentence.

    Every sentence of a document gets one, so it has a plain ``__init__`` (the one
    ``dataclass`` writes fills eleven default factories through generated code, several
    times slower, and stays interpreted in the compiled build); ``dataclasses.replace``
    passes every field to it by name.
    """

    text: str
    offset: int
    paragraph: int
    low: str
    products: list[Mention]
    companies: list[Mention]
    markets: list[Mention]
    sectors: list[Mention]
    quota_types: list[Mention]
    dates: list[DateMention]
    qtys: list[Quantity]
    tags: list[Mention]
    changes: list[Mention]
    clauses: list[tuple[int, int]]
    memo: dict[tuple[object, ...], object]

    def __init__(
        self,
        text: str,
        offset: int,
        paragraph: int,
        low: str = "",
        products: list[Mention] | None = None,
        companies: list[Mention] | None = None,
        markets: list[Mention] | None = None,
        sectors: list[Mention] | None = None,
        quota_types: list[Mention] | None = None,
        dates: list[DateMention] | None = None,
        qtys: list[Quantity] | None = None,
        tags: list[Mention] | None = None,
        changes: list[Mention] | None = None,
        clauses: list[tuple[int, int]] | None = None,
        memo: dict[tuple[object, ...], object] | None = None,
    ) -> None:
        self.text = text
        self.offset = offset
        self.paragraph = paragraph
        self.low = low
        self.products = [] if products is None else products
        self.companies = [] if companies is None else companies
        self.markets = [] if markets is None else markets
        self.sectors = [] if sectors is None else sectors
        self.quota_types = [] if quota_types is None else quota_types
        self.dates = [] if dates is None else dates
        self.qtys = [] if qtys is None else qtys
        self.tags = [] if tags is None else tags
        self.changes = [] if changes is None else changes
        self.clauses = [] if clauses is None else clauses
        self.memo = {} if memo is None else memo

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The clause bounds around ``pos``."""
        for a, b in self.clauses:
            if a <= pos < b:
                return a, b
        return 0, len(self.text)

    def tag_before(
        self, pos: int, *, within_clause: bool = True, limit: int = 400
    ) -> Mention | None:
        """The nearest metric keyword ending before ``pos``."""
        lo = self.clause_of(pos)[0] if within_clause else 0
        lo = max(lo, pos - limit)
        best = None
        for t in self.tags:
            if lo <= t.start and t.end <= pos:
                best = t
        return best

    def tag_after(self, pos: int, limit: int = 60) -> Mention | None:
        """The first metric keyword starting after ``pos`` within the clause."""
        hi = min(self.clause_of(pos)[1], pos + limit)
        for t in self.tags:
            if pos <= t.start and t.end <= hi:
                return t
        return None

    def nearest_before(self, items: list[Mention], pos: int, lo: int = 0) -> Mention | None:
        """The last mention of ``items`` ending at or before ``pos`` and after ``lo``."""
        best = None
        for m in items:
            if m.end <= pos and m.start >= lo:
                best = m
        return best

    def first_after(self, items: list[Mention], pos: int, hi: int) -> Mention | None:
        """The first mention of ``items`` starting at or after ``pos`` and before ``hi``."""
        for m in items:
            if pos <= m.start < hi:
                return m
        return None

    def sign_near(self, q: Quantity) -> int:
        """+1, -1 or 0: the direction word nearest the quantity in its clause."""
        a, b = self.clause_of(q.start)
        best: tuple[int, int] | None = None
        for c in self.changes:
            if a <= c.start and c.end <= q.start and q.start - c.end <= 70:
                if _BOUND_THAN.fullmatch(self.low, c.start, q.start):
                    continue  # "lost more than 8%": a bound on the move, not its direction
                d = q.start - c.end
            elif q.end <= c.start < b and c.start - q.end <= 25:
                d = c.start - q.end + 5
            else:
                continue
            s = 1 if c.id == "up" else -1
            if best is None or d < best[0]:
                best = (d, s)
        return best[1] if best else 0


def annotate(
    text: str, offset: int, paragraph: int, ctx: DocDates, *, light: bool, low: str | None = None
) -> SentenceView:
    """Annotate one sentence. ``light`` skips what only numbers need (no digit in it).

    ``low``, when given, is ``lower(text)``.
    """
    low = lower(text) if low is None else low
    view = SentenceView(text, offset, paragraph, low)
    view.dates = find_dates(text, ctx, low)
    if light:  # companies and quota types of figure-less sentences are read only when needed
        return view
    view.companies = find_companies(text, low)
    view.quota_types = find_quota_types(text, low)
    view.products = _without_overlap(find_products(text, low), view.companies)
    skip = [(d.start, d.end) for d in view.dates] + [(c.start, c.end) for c in view.companies]
    skip += [(p.start, p.end) for p in view.products]
    if "(" in text and len(view.products) > 1:
        view.products = _without_grades(text, view.products)
    if "scrap" in low or "content" in low or "waste" in low:  # "NdFeB scrap", "a Pr-Nd content"
        for p in view.products:
            if _NOT_THE_PRODUCT.match(low, p.end):
                trace.veto("scrap", (p.start, p.end), "-", "en.annotate")
        for p in view.products:
            if _SCRAP_BEFORE.search(low, max(0, p.start - 12), p.start):
                trace.veto("scrap", (p.start, p.end), "-", "en.annotate")
        view.products = [
            p
            for p in view.products
            if not _NOT_THE_PRODUCT.match(low, p.end)
            and not _SCRAP_BEFORE.search(low, max(0, p.start - 12), p.start)
        ]
        view.products = [
            p for p in view.products if not _CONTENT_OF.search(low, max(0, p.start - 25), p.start)
        ]
    if " used " in low and len(view.products) > 1:  # "Samarium oxide, used in SmCo magnets, ..."
        view.products = [
            p for p in view.products if not _USED_IN.search(low, max(0, p.start - 20), p.start)
        ]
    view.qtys = find_quantities(text, skip=skip, low=low)
    if not view.qtys:
        return view
    tags, changes, markets, sectors = _WORD_LISTS.find(low)
    view.markets = in_warehouse(low, [Mention(a, b, "market", key) for a, b, key in markets])
    view.sectors = [Mention(a, b, "sector", key) for a, b, key in sectors]
    view.tags = [Mention(a, b, "tag", key) for a, b, key in tags]
    if "week" in low:  # "gave back 2% as the week closed": a day, not a closing price
        closes = [(d.start, d.end) for d in view.dates if d.kind == "week_close"]
        view.tags = [t for t in view.tags if not any(a <= t.start < b for a, b in closes)]
    view.changes = [Mention(a, b, "change", key) for a, b, key in changes]
    if " above " in low or " below " in low or " under " in low:  # "8.4% above January 2024"
        view.changes += [
            Mention(m.start(1), m.end(1), "change", "up" if m.group(1) == "above" else "down")
            for m in _PCT_VS.finditer(low)
        ]
        view.changes.sort(key=lambda m: m.start)
    cuts = [0]
    if any(h in low for h in _CLAUSE_HINTS):
        cuts += [m.end() for m in _CLAUSE_RE.finditer(low)]
    cuts.append(len(text))
    view.clauses = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i + 1] > cuts[i]]
    return view


_NOT_THE_PRODUCT = re.compile(r"\s*(?:scrap|waste|swarf|sludge|offcuts|content)\b")
#: Scrap named before the product: "scrap NdFeB magnets", "waste magnet" ("NdFeB scrap" is
#: :data:`_NOT_THE_PRODUCT`).
_SCRAP_BEFORE = re.compile(r"\b(?:scrap|waste)\s+$")
_CONTENT_OF = re.compile(r"\b(?:with\s+an?|containing|contains)\s+(?:\w+\s+)?$")
_USED_IN = re.compile(r"\bused (?:in|for|to make)(?: the)?\s+$")
_GRADE_PAREN = re.compile(r"\(\s*(?:T?REO|grade|purity)\b[^()]{0,30}\)", re.I)
#: a bracket glossing the product before it: "rare earths (including metals, oxides and compounds)"
_GLOSS_PAREN = re.compile(
    r"\(\s*(?:including|includes|incl\.|excluding|i\.e\.|comprising|covering)\s[^()]{0,80}\)",
    re.I,
)


def _without_grades(text: str, products: list[Mention]) -> list[Mention]:
    """Drop a name inside a grade or a gloss in brackets after a product.

    "monazite (REO 60%)"; "rare earths (including metals and oxides)" is of rare earths.
    """
    out = list(products)
    glosses = list(_GRADE_PAREN.finditer(text)) + list(_GLOSS_PAREN.finditer(text))
    for m in glosses:
        if any(0 <= m.start() - p.end <= 2 for p in products):
            out = [p for p in out if not (m.start() < p.start and p.end < m.end())]
    return out


def _without_overlap(items: list[Mention], blockers: list[Mention]) -> list[Mention]:
    return [m for m in items if not any(b.start < m.end and m.start < b.end for b in blockers)]
