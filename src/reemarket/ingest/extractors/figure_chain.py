"""The chain of rules tried in order on one figure of a sentence (:func:`figure_drafts`).

A table's change, vetoes, bracketed and inherited moves come first; then the figure's
measure, from its keyword or from what the document said before it (the last volume, a
period-led bullet, a section heading), and the family that measure sends it to
(:func:`reemarket.ingest.extractors.dispatch.dispatch_figure`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from reemarket.ingest import trace, vocab
from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.extractors import capacity, continued, country_output, price_changes
from reemarket.ingest.extractors.bracketed_moves import bracketed_moves, bracketed_price_pct
from reemarket.ingest.extractors.comparison import cmp_of
from reemarket.ingest.extractors.dispatch import dispatch_figure
from reemarket.ingest.extractors.figure_vetoes import is_grade, skip_code
from reemarket.ingest.extractors.figure_words import estimate_figure, in_parens_after
from reemarket.ingest.extractors.inherited_moves import inherited_move
from reemarket.ingest.extractors.level_moves import (
    gapped_pct,
    pct_after_dated_base,
    pct_after_level,
)
from reemarket.ingest.extractors.measure_tags import lead_profit, measure_tag
from reemarket.ingest.extractors.state import DocState, Draft
from reemarket.ingest.numbers import Quantity

_YOY_OK = {
    "quota": "quota_yoy_pct",
    "production": "{m}_yoy_pct",
    "trade": "{m}_yoy_pct",
    "financial": "{m}_yoy_pct",
}


#: A part of the last volume named ("of the total", "of these shipments").
_OF_TOTAL = re.compile(
    r"\b(?:of\s+(?:the|this|that)\s+(?:total|amount|volume)|of\s+(?:these|those|them|which))\b",
    re.I,
)
#: A pronoun standing for the last volume's goods ("they", "these shipments", "The figure
#: compared with 48,000 tonnes in 2022", "The December figure was 4,100 t").
#: The words are en.toml's ``[last_volume] pronoun``.
_THEY = re.compile(rf"\b(?:{vocab.alternation('last_volume', 'pronoun')})\b", re.I)


#: The volume last named, taken up again as the subject of a change: "March's volume was
#: still 12% below ...", "the total was 5% higher", "that tonnage is 12% lower".
#: A sentence led by a period alone and a colon before its sum: "2Q25 alone:", "Q2 only:",
#: "Second quarter:" (the metric the paragraph's last sum named).
_PERIOD_COLON = re.compile(r"\s*(?:alone|only|by\s+itself)?\s*:\s*$", re.I)


def _period_led(view: SentenceView, q: Quantity) -> bool:
    """Whether the sentence opens with a period and a colon right before ``q``."""
    lead = view.dates[0] if view.dates else None
    return (
        lead is not None
        and not view.text[: lead.start].strip(" -–•*")
        and _PERIOD_COLON.match(view.text[lead.end : q.start]) is not None
    )


#: An aside opened after a later figure: "..., which had itself been about half the
#: year-earlier level" describes that figure, not the one before it.
_LATER_ASIDE = re.compile(r",\s*(?:which|who|whose)\b", re.I)


def _without_later_aside(view: SentenceView, q: Quantity) -> SentenceView:
    """The sentence without the dates of an aside describing a figure after ``q``."""
    later = next((o for o in view.qtys if o.start > q.end), None)
    m = _LATER_ASIDE.search(view.text, later.end) if later is not None else None
    if m is None or not any(d.start >= m.start() for d in view.dates):
        return view
    return replace(view, dates=[d for d in view.dates if d.start < m.start()], memo={})


_ITS_VOLUME = re.compile(
    r"\b(?:\w+['’]s|the|this|that)\s+(?:volume|tonnage|total|shipments|figure)\s+"
    r"(?:was|were|is|are|stood|came|remained)\b[^,;]{0,20}$",
    re.I,
)


#: A list line led by a period label and a colon, the figure right after it ("- May 2025: ",
#: "- Cumulative for the first eight months: ").
_PERIOD_LABEL = re.compile(r"[-–•*·▪]\s+(?P<label>[A-Za-z0-9 ,'./-]{3,45}?)\s*:\s*")


#: A list's bullet line.
_BULLET_LINE = re.compile(r"\s*[-–•*·▪]\s")


def _period_bullet(view: SentenceView, q: Quantity) -> bool:
    """Whether ``q`` is the figure of a bullet labelled by a period alone ("- Q2 2024: 980 t").

    Such a list repeats the series the sentence above it named (its last volume), one
    period per line.
    """
    m = _PERIOD_LABEL.fullmatch(view.text, 0, q.start)
    if m is None:
        return False
    return any(
        not d.is_ref and d.period is not None and d.start >= m.start("label") and d.end <= m.end()
        for d in view.dates
    )


#: What stands between a table's figure and its change ("450,000 | (+5,000)", "¥452k/t,
#: +3k"), or between two signed changes of one level, each with its span ("+3k d/d and +9k
#: on the week").
_TABLE_GAP = re.compile(
    r"[\s)|(（]*,?\s*|\s*(?:d/d|w/w|m/m|y/y|dod|wow|mom|yoy|on\s+the\s+(?:day|week|month))"
    r"\s*(?:,|and|;)\s*",
    re.I,
)


def figure_drafts(
    view: SentenceView,
    i: int,
    st: DocState,
    over: dict[int, tuple[str, str]],
    done: dict[int, list[Draft]],
    why: list[str] | None = None,
) -> list[Draft]:
    """The drafts of figure ``i``; ``why``, when given, receives the rule that read it."""
    q = view.qtys[i]
    prev = view.qtys[i - 1] if i else None
    dim = q.dimension
    if dim in ("bare", "price") and q.signed and prev is not None and done.get(i - 1):
        gap = view.text[prev.end : q.start]
        if _TABLE_GAP.fullmatch(gap) and done[i - 1][0].kind == "price":
            if why is not None:
                why.append("en.price.table_change")
            return price_changes.table_change(view, q, prev, st, done[i - 1])
    if is_grade(view, q):
        trace.veto("grade", (q.start, q.end), "-")
        return []
    if dim in ("money", "mass", "percent") and estimate_figure(view, q):
        trace.veto("outlook", (q.start, q.end), "-")
        return []  # "ahead of our A$1.19bn estimate", "(our est. 1,300 t)": not the result
    if dim == "percent" and (more := bracketed_moves(view, i, done)) is not None:
        if why is not None:
            why.append("en.bracketed_pct")
        return more
    if dim == "percent" and prev is not None and in_parens_after(view, q, prev) and done.get(i - 1):
        if why is not None:
            why.append("en.bracketed_pct")
        base = done[i - 1][0]
        if base.kind == "price":
            return bracketed_price_pct(view, q, base)
        if base.kind in _YOY_OK and "_pct" not in base.metric:
            cmp = cmp_of(view, q, base.period)
            if cmp in ("mom", "qoq") and base.kind in ("production", "trade"):
                return [base.derive(f"{base.metric}_{cmp}_pct", q.value, "%", q)]  # "(+6% m/m)"
            if cmp not in (None, "yoy"):
                return []
            metric = _YOY_OK[base.kind].format(m=base.metric)
            return [base.derive(metric, q.value, "%", q)]
        return []
    if dim == "percent" and (gapped := gapped_pct(view, i, done)):
        if why is not None:
            why.append("en.price.gapped_pct")
        return gapped
    if dim == "percent" and (dated := pct_after_dated_base(view, i, done)):
        if why is not None:
            why.append("en.price.pct_after_dated_base")
        return dated
    if dim == "percent" and prev is not None and done.get(i - 1):
        also = price_changes.pct_of_change(view, q, prev, done[i - 1])
        if also:
            if why is not None:
                why.append("en.price.pct_of_change")
            return also
    skipped = skip_code(view, q)
    if skipped is not None:
        trace.veto(skipped, (q.start, q.end), "-")
        return []
    if continued.applies(view, st) and measure_tag(view, q) is None:
        cont = continued.extract(view, q, st)  # "... 4,310 t. That was 12.5% more than ..."
        if cont is not None:
            if why is not None:
                why.append("en.continued")
            return cont
    inherited = inherited_move(
        view,
        q,
        prev,
        done.get(i - 1),
        st,
        done.get(i - 2),
        [d for k in sorted(done) for d in done[k]],
    )
    if inherited is not None:
        if why is not None:
            why.append("en.inherit_pct")
        return inherited
    kind, val = over.get(i, ("", ""))
    tag = val if kind == "tag" else measure_tag(view, q)
    if tag is None and dim == "money" and lead_profit(view, q) and st.main_company:
        tag = "net_profit"  # "Profit in the March quarter had been 280 million yuan"
    if tag is None and dim == "money" and st.para_money_metric and _period_led(view, q):
        tag = st.para_money_metric  # "1H24 revenue: 2.87bn. 2Q24 alone: 1.49bn": revenue
    if tag is None and dim == "mass" and st.last_volume and _THEY.search(view.text, 0, q.start):
        tag, subject = st.last_volume  # "For the full year they came to 48,900 tons"
        kind, val = "subject", subject
    if (
        tag is None
        and dim == "percent"
        and st.last_volume
        and _ITS_VOLUME.search(view.text, 0, q.start)
    ):
        tag, subject = st.last_volume  # "March's volume was still 12% below ...": its change
        kind, val = "subject", subject
        view = _without_later_aside(view, q)
    if tag is None and dim in ("bare", "price", "percent") and st.section_average and view.products:
        tag = "average"  # "Nd oxide: June 388,150 | May 391,400" under "Monthly averages (CNY/t)"
    if (
        tag is None
        and dim in ("mass", "percent")
        and st.section_flow
        and _BULLET_LINE.match(view.text)
    ):
        tag = st.section_flow  # "- Gadolinium oxide: 74 t" under a heading "Exports"
    if tag is None and dim == "mass" and st.last_volume and _period_bullet(view, q):
        tag, subject = st.last_volume  # "- March 2024: 4,100 t": the volume's series by period
        kind, val = "subject", subject
    part = tag == "share" and dim == "mass" and st.last_volume and _OF_TOTAL.search(view.text)
    if part and st.last_volume:
        tag = st.last_volume[0]  # "Within that, metals made up 1,745 t": a part of it
    if kind != "subject" and country_output.applies(view, q, st, tag):
        if why is not None:
            why.append("en.production.country_output")
        before = done.get(i - 1)
        return country_output.extract(view, q, st, before[0] if before else None)
    earlier = [d for k in sorted(done) for d in done[k]]
    if capacity.part_of_capacity(view, q, earlier):
        if why is not None:
            why.append("en.capacity.part")  # "..., including 4,400 t of NdPr oxide"
        return capacity.extract(view, q, st, part=True) or []
    if why is not None:
        why.append(f"en.dispatch[{dim}, {tag or '-'}]")
    result = dispatch_figure(view, q, st, tag) or []
    if tag == "average" and dim == "percent" and st.section_average and view.dates:
        # "Nd oxide: June X | May Y | y/y -26.6%": a row's change is its first period's
        for d in result:
            d.period = view.dates[0].period or d.period
    if part:
        for d in result:
            d.period = d.period or st.last_volume_period
    if kind == "subject":
        for d in result:
            d.subject = val
    if not result and dim == "percent":
        result = pct_after_level(view, i, done, st)
        if result and why is not None:
            why.append("en.price.pct_after_level")
    return result
