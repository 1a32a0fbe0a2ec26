"""The sentence driver: every fact of one annotated sentence (:func:`extract_sentence`).

Each figure goes through the figure chain (:mod:`.figure_chain`) in order, then the
sentence-wide passes (:mod:`.sentence_passes`) run; with a trace active, each rule that
read a figure and each draft a pass changed is recorded.
"""

from __future__ import annotations

import re

from reemarket.ingest import trace
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors.dispatch import COUNTED, FIN
from reemarket.ingest.extractors.figure_chain import figure_drafts
from reemarket.ingest.extractors.measure_tags import aligned_pairs, respectively_pairs
from reemarket.ingest.extractors.sentence_passes import run_sentence_passes
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.lexicon import country_slug


def _record(view: SentenceView, i: int, why: list[str], found: list[Draft]) -> None:
    """Put the rules that read figure ``i`` and their drafts into the trace."""
    q = view.qtys[i]
    rule = why[-1] if why else "en.none"
    note = " > ".join(why[:-1])
    current = trace.active()
    sentences = current.sentences if current is not None else []
    vetoed = bool(sentences) and any(
        h.veto_code and h.span == (q.start, q.end) for h in sentences[-1].hits
    )
    if not found and not vetoed:
        trace.hit(rule, "-", None, (q.start, q.end), note)
    for d in found:
        trace.hit(rule, d.kind, d.summary(), (q.start, q.end), note)


_COUNTRY_LEAD = re.compile(r"\s*([A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})\s*(?::|\s[-–—])\s")


def _heading_money(view: SentenceView, currency: str) -> None:
    """Give a heading's currency to the bare sums of a bullet under it, in place.

    "- 1H24 revenue: 2.87bn, +3.1% YoY" under "Key numbers (RMB)": 2.87 billion yuan; a
    figure with a word after it ("1.3 million units") is a count, not a sum.
    """
    for i, q in enumerate(view.qtys):
        if q.dimension == "bare" and q.scaled and COUNTED.match(view.text, q.end) is None:
            view.qtys[i] = q._replace(unit=currency)


def extract_sentence(view: SentenceView, st: DocState) -> list[Draft]:
    """Every fact of one annotated sentence."""
    lead = _COUNTRY_LEAD.match(view.text)
    if lead is not None and (slug := country_slug(lead.group(1))) not in (None, "global"):
        st.para_country = slug  # "Brazil: mine output ..." labels the paragraph's country
    if st.section_currency is not None:
        _heading_money(view, st.section_currency)
    over = {**aligned_pairs(view), **respectively_pairs(view)}
    done: dict[int, list[Draft]] = {}
    out: list[Draft] = []
    tracing = trace.active() is not None
    for i in range(len(view.qtys)):
        why: list[str] | None = [] if tracing else None
        res = figure_drafts(view, i, st, over, done, why)
        done[i] = res
        out.extend(res)
        if why is not None:
            _record(view, i, why, res)
    for d in out:
        if d.kind == "financial" and d.unit != "%" and d.metric in FIN:
            st.para_money_metric = d.metric
    if tracing:
        return _after_figures(view, st, out)
    return run_sentence_passes(view, st, out)


def _after_figures(view: SentenceView, st: DocState, out: list[Draft]) -> list[Draft]:
    """The sentence passes, recording what each adds or changes."""
    before = {id(d): d.summary() for d in out}
    out = run_sentence_passes(view, st, out)
    for d in out:
        was = before.get(id(d))
        if was != d.summary():
            label = "en.sentence_pass.added" if was is None else "en.sentence_pass.revised"
            trace.hit(label, d.kind, d.summary(), (d.q.start, d.q.end))
    kept = {id(d) for d in out}
    for key, was in before.items():
        if key not in kept:
            trace.hit("en.sentence_pass.removed", str(was["kind"]), was, None)
    return out
