"""Small tests on the words around a figure: its sign, its bound, its brackets, a forecast."""

from __future__ import annotations

import re

from reemarket.ingest import vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.numbers import Quantity
from reemarket.ingest.startwords import Prechecked


def signed(value: float, q: Quantity, sign: int) -> float:
    """Apply a direction word to a magnitude unless the number carries its own sign."""
    if q.signed:
        return value
    return -abs(value) if sign < 0 else abs(value)


_BOUND_LOWER = Prechecked(
    re.compile(r"(?:over|more than|above|exceed(?:ing|ed)?|at least|upwards of)\s*$", re.I)
)
_BOUND_UPPER = Prechecked(
    re.compile(r"(?:up to|less than|below|under|at most|nearly|almost)\s*$", re.I)
)


_HEDGE = re.compile(r"\b(?:by|about|around|approximately|roughly|some)\s*$")
#: The opening of a bracket right after a figure, a comparison word between allowed
#: ("-$0.06 d/d (-2.3%)").
_OPEN_PAREN = re.compile(r"\s*(?:[dwmqy]/[dwmqy]\s*)?[(（]\s*", re.I)


def bound_of(view: SentenceView, q: Quantity) -> str | None:
    """'lower' for "over 7%", 'upper' for "up to 7%", else None."""
    before = view.text[max(0, q.start - 25) : q.start]
    before = _HEDGE.sub("", before.rstrip() + " ").rstrip() + " "
    if _BOUND_LOWER.search(before.rstrip()):
        return "lower"
    if _BOUND_UPPER.search(before.rstrip()):
        return "upper"
    return None


def in_parens_after(view: SentenceView, q: Quantity, prev: Quantity | None) -> bool:
    """Whether ``q`` is a bracketed figure right after ``prev`` ("270,000 mt (+5.88%)")."""
    if prev is None:
        return False
    gap = view.text[prev.end : q.start]
    return bool(_OPEN_PAREN.fullmatch(gap))


def in_parentheses(view: SentenceView, q: Quantity) -> bool:
    """Whether the number sits inside brackets."""
    before = view.text[: q.start]
    return before.rfind("(") > before.rfind(")")


_MARKED_DOLLARS = ("USD", "AUD")


def sentence_dollar(view: SentenceView, q: Quantity, doc_dollar: str) -> str:
    """The currency of a money figure: a bare "$" takes the sentence's marked dollar.

    A writer who marks the first sum of a sentence drops the mark on the next ones
    ("revenue of US$61 million and a net loss of $24 million": both US dollars); a bracketed
    bare figure is a conversion, and a sentence with no marked dollar before the figure
    keeps the document's reading (``doc_dollar``).
    """
    if not q.unit.startswith("$"):
        return q.unit
    if in_parentheses(view, q):
        return doc_dollar + q.unit[1:]
    marked = [
        o.unit.split("/", 1)[0]
        for o in view.qtys
        if o.end <= q.start and o.unit.split("/", 1)[0] in _MARKED_DOLLARS
    ]
    if not marked or len(set(marked)) > 1:
        return doc_dollar + q.unit[1:]
    return marked[-1] + q.unit[1:]


_FUTURE_FIGURE = re.compile(
    r"(?:\b(?:could|might|would|will|(?-i:may))\s+(?:\w+\s+){0,3}?"
    r"(?:drop|fall|rise|reach|exceed|top|hit|climb|be|total|slip|increase|decrease|decline|grow"
    # a case worked through: "that would imply some 25,000 t", "would add 2,000 t a year"
    r"|imply|mean|add|require|need|translate|equate|amount)"
    r"\b|\b(?:is|are)\s+(?:expected|forecast|projected|seen|likely|set)\s+(?:to\s+\w+|at)\b"
    # a guidance verb before the measure: "expects 2026 NdPr output of about 1,300 t",
    # "sees oxide shipments climbing back to about 3,800 t"
    r"|\b(?:expects?|anticipates?|forecasts?|projects|guides?\s+(?:to|for))\s+(?:\S+\s+){0,5}?"
    r"(?:production|output|sales|shipments|exports|imports)\b)"
    r"[^.;]{0,40}$",
    re.I,
)


def future_figure(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure is what someone expects ("output is expected at 2,000 t")."""
    a, _b = view.clause_of(q.start)
    return bool(_FUTURE_FIGURE.search(view.text, max(a, q.start - 90), q.start))


#: A condition told by inversion, opening the sentence: "Should Beijing cut the quota, ...",
#: "Were exports to be halted, ...", "Had the quota been raised, ...".
_INVERTED_IF = re.compile(
    r"\s*(?:[-*•]\s*)?(?:but\s+|and\s+)?(?:should|were|had)\s+(?!\d)[^,;.]{3,90},", re.I
)
#: The modal of the consequence: "X would rise above", "could climb to", "might have fallen".
_CONSEQUENCE = re.compile(r"\b(?:would|could|might|(?-i:may)|will)\b", re.I)


def inverted_condition(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure is the consequence of a condition told by inversion.

    "Should Beijing cut the quota, NdPr oxide would rise above 500,000 yuan/t", "Had the
    quota been raised, terbium oxide would have fallen to 6,000 yuan/kg": a hypothetical
    level, not a quote; so is a level inside the condition ("Had X held at Y, ... would").
    Needs a modal after the condition.
    """
    m = _INVERTED_IF.match(view.text)
    if m is None:
        return False
    if q.start < m.end():  # "Had NdPr oxide held at X, smelters would ...": the condition's
        return _CONSEQUENCE.search(view.text, m.end()) is not None
    return _CONSEQUENCE.search(view.text, m.end(), q.start) is not None


#: An "if" (or "unless", "in case") clause earlier in the sentence, then a modal before the
#: figure: "if the second tranche equals the first, the year's quota would total X".
_IF_THEN = re.compile(
    r"\b(?:if|unless|in\s+case)\b[^.;]{3,160}?\b(?:would|could|might)\b"
    r"(?:\s+(?:have\s+)?[\w-]+){0,4}?\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.I,
)


def if_consequence(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure is what would follow from an "if" clause before it.

    "If the second batch matches the first, full-year quotas would come to 280,000 t";
    "if Tb metal averaged X, the surcharge would rise by about 3%": a case, not a fact.
    """
    return _IF_THEN.search(view.text, max(0, q.start - 200), q.start) is not None


#: A figure told as what is left of a total: "the rest, some 40,000 tonnes", "the remainder,
#: about 3,500 t", "the balance of 1,200 t", "the remaining 300 tonnes".
_REMAINDER = Prechecked(
    re.compile(
        r"\b(?:the\s+(?:rest|remainder|balance)\b\s*(?:,|\bof\b|\bat\b|\bwas\b|\bwere\b)?|"
        r"the\s+remaining)\s*(?:about|around|some|roughly|nearly|almost|approximately|"
        r"close\s+to|just\s+over|just\s+under)?\s*$",
        re.I,
    )
)


def remainder(view: SentenceView, q: Quantity) -> int | None:
    """Where a figure told as the rest of a total starts ("the rest, some 40,000 tonnes").

    Such a figure is a part (the total less the parts named before it), never the whole
    quota or output of the holder the sentence names. None for any other figure.
    """
    m = _REMAINDER.search(view.text, max(0, q.start - 40), q.start)
    return None if m is None else m.start()


#: Who a forecast of a company's figure belongs to when it is not the company: the writer
#: ("our"), the market's consensus, analysts or brokers.
_FORECASTER = r"(?:our|(?:the\s+)?consensus|analysts['’]?|brokers['’]?|the\s+street['’]s)"
_ESTIMATE_WORD = r"(?:est\.|estimates?|forecasts?|expectations?|projections?)"
#: The forecaster's estimate named before its figure: "(our est. 1,300 t)", "our estimate of
#: A$1.19bn", "consensus forecast: 2,000 t", "consensus of RMB 1.2bn".
_ESTIMATE_BEFORE = Prechecked(
    re.compile(
        rf"\b{_FORECASTER}\s+(?:[\w-]+\s+)?(?:{_ESTIMATE_WORD}\s*(?:of|at|was|were|:)?|"
        r"(?<=consensus\s)(?:of|at|was))\s*(?:about\s+|around\s+|roughly\s+|c\.\s*|~\s*)?$",
        re.I,
    )
)
#: A period labelled as an estimate or forecast ("2026E", "FY26E", "2025F", "1H26e") with no
#: other figure between it and the figure: a model's number, not a result.
_ESTIMATE_YEAR = re.compile(
    r"(?<![\w$])(?:FY\s?|[12]H|Q[1-4]\s?)?(?:19|20)?\d{2}(?-i:[EF]|e)\b[^.;\d]{0,30}$"
)
#: ... or after it: "our A$1.19bn estimate", "the consensus 2,000 t forecast".
_FORECASTER_BEFORE = re.compile(rf"\b{_FORECASTER}\s+(?:[\w-]+\s+)?$", re.I)
_ESTIMATE_AFTER = re.compile(rf"\s*(?:full[\s-]year\s+)?{_ESTIMATE_WORD}(?!\w)", re.I)
#: A margin over a forecast: "12% below consensus expectations", "5% short of consensus".
_FORECAST_MARGIN = re.compile(
    r"\s+(?:above|below|ahead\s+of|short\s+of|higher\s+than|lower\s+than|better\s+than|"
    rf"worse\s+than)\s+{_FORECASTER}(?:\s+[\w-]+){{0,2}}?(?:\s+{_ESTIMATE_WORD}(?!\w)|(?<=consensus)\b)"
    # a sensitivity's effect on the writer's numbers: "adds about 4% to our FY26 earnings
    # forecast", "takes 5% off our earnings forecast"
    rf"|\s+(?:to|from|off)\s+{_FORECASTER}(?:\s+[\w'’-]+){{0,4}}?\s+{_ESTIMATE_WORD}(?!\w)",
    re.I,
)


def estimate_figure(view: SentenceView, q: Quantity) -> bool:
    """Whether the figure is a forecaster's estimate, or a margin over one, not a result.

    "revenue of A$1.24bn, a little ahead of our A$1.19bn estimate", "output was 1,150 t
    (our est. 1,300 t)", "net profit of RMB 420m, 12% below consensus expectations": the writer's
    or the consensus's number, set beside the company's own.
    """
    text = view.text
    if _ESTIMATE_BEFORE.search(text, max(0, q.start - 50), q.start):
        return True
    if _ESTIMATE_YEAR.search(text, max(0, q.start - 40), q.start):
        return True  # "our FY26E revenue to A$720m and FY27E to A$810m"
    if _ESTIMATE_AFTER.match(text, q.end) and _FORECASTER_BEFORE.search(
        text, max(0, q.start - 30), q.start
    ):
        return True
    return q.dimension == "percent" and _FORECAST_MARGIN.match(text, q.end) is not None


#: A company's stock: "Lynas shares stood at", "its stock closed at", "the share price".
SHARE_WORDS = re.compile(r"\b(?:shares|stock|share\s+price|stock\s+price)\b", re.I)
#: The same but a bare "stock", which is goods on hand too ("as stock ran thin").
_SHARES_NAMED = re.compile(r"\b(?:shares|share\s+price|stock\s+price)\b", re.I)
#: A price per ounce right after a money figure: precious metals', never a rare earth's.
_PER_OUNCE = re.compile(r"\s*(?:/\s*(?:t(?:roy\s*)?)?oz\b|(?:per|an?)\s+(?:troy\s+)?ounce\b)", re.I)


def share_price_clause(view: SentenceView, q: Quantity) -> bool:
    """Whether a money figure's clause, up to it, is about a company's shares.

    "..., while Lynas shares stood at A$15.10": a share price, not a product's price; a
    figure with a unit per weight is no share's ("Terbium metal in stock sold at X yuan/kg"),
    and a product named after the share word is the figure's ("With stock thin, dysprosium
    oxide rose to X", "Dealers with oxide in stock offered NdPr oxide at X").
    """
    if q.dimension != "money":
        return False
    found = list(SHARE_WORDS.finditer(view.text, view.clause_of(q.start)[0], q.start))
    return bool(found) and not any(found[-1].end() <= p.start < q.start for p in view.products)


def stock_between(view: SentenceView, start: int, end: int) -> bool:
    """Whether a company's stock is named in ``view.text[start:end]``.

    "shares", "share price", or "stock" with a company named there ("while Lynas stock
    slid 3%"); a bare "stock" is goods on hand ("as stock ran thin, up 1.4%").
    """
    if _SHARES_NAMED.search(view.text, start, end):
        return True
    return SHARE_WORDS.search(view.text, start, end) is not None and any(
        start <= c.start < end for c in view.companies
    )


def per_ounce(view: SentenceView, q: Quantity) -> bool:
    """Whether a money figure is priced per ounce ("$4,380/oz", "$32 an ounce")."""
    return _PER_OUNCE.match(view.text, q.end) is not None


#: A move after a modal: "could climb 5%", "may well shed another 3%", "would have risen 4%",
#: "is likely to gain 5%"
#: (the modal in lower case: "prices in May climbed 5%" is a move of May)
_MODAL_MOVE = re.compile(
    r"(?:\b(?-i:could|may|might|would|will|shall|should)(?:n['’]t|\s+not)?\s+"
    r"(?:(?:well|easily|still|yet|also|even|likely|quickly|soon)\s+)?(?:have\s+)?"
    # "is likely to gain 5%", "are set to rise 3%": bound for a move, a call too
    r"|\b(?:is|are|was|were|looks?|seems?)\s+(?:now\s+|also\s+|still\s+)?"
    rf"(?:{vocab.alternation('forecast', 'bound')})\s+to\s+)(?:"
    + "|".join(
        vocab.lemma_list("direction", "up", "VB,VBN")
        + vocab.lemma_list("direction", "down", "VB,VBN")
    )
    + r")\b(?:\s+(?:by\s+)?(?:another|a\s+further|about|around|roughly|some|up\s+to)){0,2}\s*$",
    re.I,
)


def modal_move(view: SentenceView, q: Quantity) -> bool:
    """Whether a move is told after a modal ("could climb 5%"): a case or a call, not a fact."""
    return _MODAL_MOVE.search(view.text, max(0, q.start - 60), q.start) is not None
