"""Who and what a figure is about: the product or company named near it, or referred to."""

from __future__ import annotations

import re

from reemarket.ingest.annotate import PRONOUN_RE, SentenceView
from reemarket.ingest.extractors.state import DocState
from reemarket.ingest.lexicon import Mention
from reemarket.ingest.numbers import Quantity


def subject_before(view: SentenceView, q: Quantity, items: list[Mention]) -> Mention | None:
    """The nearest mention before the number: in its clause first, then in the sentence.

    A mention inside an appositive that describes the one before it is not the subject:
    "NdPr oxide, the key input for magnets, traded at X" is the oxide's price.
    """
    a, _ = view.clause_of(q.start)
    found = view.nearest_before(items, q.start, a) or view.nearest_before(items, q.start)
    if found is None or ", " not in view.text:
        return found
    return _described(view, found, q, items) or found


#: An appositive's opening after the mention it describes: ", the ...", ", a ...".
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an)\s+[^,;()]*$", re.I)
#: An appositive's close before the figure's clause: the words up to the next comma.
_APPOSITIVE_CLOSE = re.compile(r"[^,;()]*,")


def _described(view: SentenceView, m: Mention, q: Quantity, items: list[Mention]) -> Mention | None:
    """The mention an appositive holding ``m`` describes, when ``m`` sits in one before ``q``."""
    opening = _APPOSITIVE_OPEN.search(view.text, 0, m.start)
    if opening is None:
        return None
    close = _APPOSITIVE_CLOSE.match(view.text, m.end)
    if close is None or close.end() > q.start:
        return None
    head = view.nearest_before(items, opening.start())
    if head is None or view.text[head.end : opening.start()].strip(" )"):
        return None
    return head


def product_after(view: SentenceView, q: Quantity, limit: int = 70) -> Mention | None:
    """A product named right after the number ("2,722 t of REO", "a 5,000 t/yr NdFeB plant")."""
    _, b = view.clause_of(q.start)
    hi = min(b, q.end + limit)
    for other in view.qtys:
        if other.start > q.end:
            if other.dimension == "percent" and _PURITY.match(view.text, other.end):
                continue  # "28.2 tonnes of 99.9% purity NdPr oxide": a grade, not a figure
            hi = min(hi, other.start)
            break
    return view.first_after(view.products, q.end, hi)


_PURITY = re.compile(r"\s*(?:purity|pure|min(?:imum)?\b|grade)", re.I)


def refers_back(view: SentenceView, q: Quantity) -> bool:
    """Whether the sentence points back to a company ("its", "the company", "the miner")."""
    return bool(
        PRONOUN_RE.search(view.text[: q.start])
        or PRONOUN_RE.search(view.text)
        or DESCRIPTOR.search(view.text)
    )


def company_for(
    view: SentenceView, q: Quantity, st: DocState, *, fallback_main: bool
) -> str | None:
    """The company a figure belongs to: named before it, or referred to by a pronoun.

    A company named in an appositive describing the one before it is not the figure's:
    "X, the US arm of Germany's Y, is building a 1,200 t/yr plant" is X's.
    """
    named = view.nearest_before(view.companies, q.start)
    if named is not None:
        if ", " in view.text:
            named = _described(view, named, q, view.companies) or named
        return named.id
    if refers_back(view, q):
        return st.para_company or st.main_company
    if st.last_company_fact:
        return st.last_company_fact
    if fallback_main:  # the company the paragraph is about, else the document's
        return st.para_company or st.main_company
    return None


# "the Baotou-based producer", "the Shenzhen-listed company", "the only U.S. rare earths miner"
DESCRIPTOR = re.compile(
    r"\bthe\s+(?:[\w.'-]+\s+){0,4}?(?:company|producer|miner|group|firm|manufacturer|maker)\b",
    re.I,
)
