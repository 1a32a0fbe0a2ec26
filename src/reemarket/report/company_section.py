"""The brief's company section as HTML: latest results, prices of the span, statements."""

from __future__ import annotations

import html
from collections.abc import Callable

from reemarket.services.company_brief import BriefFigure, CompanySection


def _figures(
    title: str,
    figs: list[BriefFigure],
    refs: Callable[[list[int]], str],
    number: Callable[..., str],
) -> str:
    if not figs:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(f.label)}</td><td>{html.escape(f.period)}</td>"
        f'<td class="num">{number(f.value)}'
        + (f"–{number(f.value_high)}" if f.value_high is not None else "")
        + f" {html.escape(f.unit)}{refs(f.sources)}</td></tr>"
        for f in figs
    )
    return (
        f'<h4>{html.escape(title)}</h4><table class="facts"><thead><tr><th>Figure</th>'
        f'<th>Period</th><th class="num">Value</th></tr></thead><tbody>{rows}</tbody></table>'
    )


def company_html(
    sections: list[CompanySection],
    refs: Callable[[list[int]], str],
    number: Callable[..., str],
) -> str:
    """The companies with something to report in the span, or a note that none has."""
    if not sections:
        return '<p class="muted">No company results, prices or statements in this period.</p>'
    parts = []
    for c in sections:
        said = "".join(
            f'<li>{html.escape(s.text)} <span class="muted">({html.escape(", ".join(s.topics))};'
            f" {html.escape(s.doc)})</span></li>"
            for s in c.statements
        )
        parts.append(
            f'<article class="company"><h3>{html.escape(c.company)}</h3>'
            + _figures("Latest results", c.results, refs, number)
            + _figures("Listing and concentrate prices", c.prices, refs, number)
            + (f"<h4>What the company said</h4><ul>{said}</ul>" if said else "")
            + "</article>"
        )
    return "".join(parts)
