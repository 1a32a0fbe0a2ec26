"""The market brief as one self-contained HTML page: tables, inline SVG charts, footnotes.

Every number shown carries a footnote mark ``[n]``; footnote ``n`` names the document
(title, publisher, date, file) and quotes the sentence the number comes from, with the
number marked. Numbers the brief computes (a change between two observations) cite the
observations they are computed from.
"""

from __future__ import annotations

import datetime as dt
import html
from importlib import resources

from reemarket import __version__
from reemarket.domain.products import catalog
from reemarket.report.charts import price_svg
from reemarket.services.report import (
    AuditNote,
    Brief,
    FactRow,
    PriceRef,
    PriceRow,
    Source,
    StatedChange,
)

AGREE_PP = 0.05
"""Computed and stated changes within this many percentage points are said to agree."""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def refs(indexes: list[int]) -> str:
    """Footnote marks for sources (0-based indexes into Brief.sources): ``[1, 2]``."""
    unique = list(dict.fromkeys(indexes))
    if not unique:
        return ""
    links = ", ".join(f'<a href="#src-{i + 1}">{i + 1}</a>' for i in unique)
    return f'<sup class="fn">[{links}]</sup>'


def number(value: float, digits: int = 2) -> str:
    """A number with thousands separators and at most ``digits`` decimals, as written."""
    text = f"{value:,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def signed(value: float, digits: int = 2) -> str:
    """A signed number: ``+29,000`` or ``-1.5`` (a real minus sign)."""
    text = number(abs(value), digits)
    if value > 0:
        return "+" + text
    if value < 0:
        return "\u2212" + text
    return text


def percent(value: float, *, fixed: bool = True) -> str:
    """A signed percentage: ``+6.99 %``; ``fixed`` keeps two decimals (computed values)."""
    text = f"{abs(value):,.2f}" if fixed else number(abs(value), 4)
    sign = "+" if value > 0 else "\u2212" if value < 0 else ""
    return f"{sign}{text} %"


def _cls(value: float | None) -> str:
    if value is None or value == 0:
        return ""
    return "up" if value > 0 else "down"


def _price(ref: PriceRef | None, *, with_date: bool = True) -> str:
    if ref is None:
        return '<span class="muted">–</span>'
    value = number(ref.mid)
    if ref.low is not None and ref.high is not None and ref.low != ref.high:
        value = f"{number(ref.low)}–{number(ref.high)}"
    when = f'<div class="date">{short_day(ref.date)}</div>' if with_date else ""
    return f"{value}{refs(ref.sources)}{when}"


def _stated(s: StatedChange) -> str:
    shown = percent(s.value, fixed=False) if s.unit == "%" else f"{signed(s.value)} {_esc(s.unit)}"
    period = s.period.replace("/", " to ")
    return (
        f'<div class="stated"><span class="{_cls(s.value)}">{shown}</span>{refs(s.sources)}'
        f' <span class="muted small">{_esc(period)}</span></div>'
    )


def _check(row: PriceRow) -> str:
    """Say whether the computed change agrees with the stated percentage change."""
    stated = [s for s in row.stated if s.unit == "%" and s.metric == "change_pct"]
    if row.pct is None or not stated or row.base is None or row.end is None:
        return '<span class="muted">–</span>'
    cited = row.base.sources + row.end.sources
    out = []
    for s in stated:
        gap = row.pct - s.value
        if abs(gap) <= AGREE_PP:
            out.append(f'<span class="ok">agrees</span>{refs(cited + s.sources)}')
        else:
            out.append(
                f'<span class="warn">differs by {signed(gap)} pp</span>{refs(cited + s.sources)}'
            )
    return "<br>".join(out)


def _price_table(rows: list[PriceRow]) -> str:
    if not rows:
        return '<p class="muted">No price observations or stated price changes in the period.</p>'
    body = []
    for r in rows:
        change = pct = '<span class="muted">–</span>'
        if r.change is not None and r.base is not None and r.end is not None:
            cited = r.base.sources + r.end.sources
            change = f'<span class="{_cls(r.change)}">{signed(r.change)}</span>{refs(cited)}'
            if r.pct is not None:
                pct = f'<span class="{_cls(r.pct)}">{percent(r.pct)}</span>{refs(cited)}'
        span = '<span class="muted">–</span>'
        if r.low is not None and r.high is not None and r.low.date == r.high.date:
            span = f"{number(r.low.mid)}{refs(r.low.sources)}"
        elif r.low is not None and r.high is not None:
            span = (
                f"{number(r.low.mid)}{refs(r.low.sources)} – "
                f"{number(r.high.mid)}{refs(r.high.sources)}"
            )
        stated = "".join(_stated(s) for s in r.stated) or '<span class="muted">–</span>'
        body.append(
            f'<tr data-product="{_esc(r.product)}" data-market="{_esc(r.market)}">'
            f'<td><b>{_esc(subject_name(r.product))}</b><div class="muted small">{_esc(r.market)} · '
            f"{_esc(r.unit)}</div></td>"
            f'<td class="num">{_price(r.base)}</td><td class="num">{_price(r.end)}</td>'
            f'<td class="num">{change}</td><td class="num computed">{pct}</td>'
            f'<td class="stated-col">{stated}</td><td>{_check(r)}</td>'
            f'<td class="num">{span}</td></tr>'
        )
    return (
        '<table class="prices"><thead><tr><th>Product</th><th class="num">Base<br>'
        '<span class="small">last before period</span></th><th class="num">End<br>'
        '<span class="small">last in period</span></th><th class="num">Change</th>'
        '<th class="num">Change %</th><th>Stated by the source</th><th>Check</th>'
        '<th class="num">Period low – high</th></tr></thead><tbody>'
        + "".join(body)
        + "</tbody></table>"
    )


def _summary(rows: list[PriceRow]) -> str:
    """One line per product that moved: the computed change and what the source states."""
    items = []
    for r in rows:
        parts = []
        if r.pct is not None and r.base is not None and r.end is not None:
            parts.append(
                f'<span class="{_cls(r.pct)}">{percent(r.pct)}</span> to {number(r.end.mid)}'
                f" {_esc(r.unit)} on {short_day(r.end.date)}"
                f"{refs(r.base.sources + r.end.sources)}"
            )
        stated = [s for s in r.stated if s.unit == "%"]
        if stated:
            said = ", ".join(f"{percent(s.value, fixed=False)}{refs(s.sources)}" for s in stated)
            parts.append(f"the source states {said}")
        if parts:
            items.append(f"<li><b>{_esc(subject_name(r.product))}</b>: {'; '.join(parts)}</li>")
    if not items:
        return ""
    return f'<ul class="summary">{"".join(items)}</ul>'


def _charts(brief: Brief) -> str:
    figures = []
    for r in brief.prices:
        if len(r.points) < 2:
            continue
        cited = [i for p in r.points for i in p.sources]
        figures.append(
            f'<figure class="chart" data-product="{_esc(r.product)}">'
            f"{price_svg(r, brief.start, brief.end)}"
            f"<figcaption>{_esc(subject_name(r.product))}, {_esc(r.market)}, {_esc(r.unit)}: "
            f"{len(r.points)} observations; shaded: the period. Sources{refs(cited)}"
            "</figcaption></figure>"
        )
    if not figures:
        return '<p class="muted">No series has two observations to chart.</p>'
    return '<div class="charts">' + "".join(figures) + "</div>"


_WORDS = {"pct": "%", "yoy": "YoY", "mom": "MoM", "qoq": "QoQ", "cagr": "CAGR", "52w": "52-week"}


def metric_label(metric: str) -> str:
    """A metric id as words: ``production_mom_pct`` → ``production MoM %``."""
    return " ".join(_WORDS.get(w, w) for w in metric.split("_"))


def _fact_value(f: FactRow) -> str:
    value = number(f.value, 4)
    if f.value_high is not None:
        value += f"–{number(f.value_high, 4)}"
    bound = {"lower": "more than ", "upper": "up to "}.get(f.bound or "", "")
    return f"{bound}{value} {_esc(f.unit)}"


def day(d: dt.date) -> str:
    """A date as ``1 February 2025``."""
    return f"{d.day} {d:%B %Y}"


def short_day(d: dt.date) -> str:
    """A date as ``1 Feb 2025``."""
    return f"{d.day} {d:%b %Y}"


def subject_name(subject: str) -> str:
    """A product id as its catalog name (capitalised); other subjects as words."""
    found = catalog().find(subject)
    name = found.name if found is not None and found.id == subject else subject.replace("_", " ")
    return name[:1].upper() + name[1:]


def _facts_table(facts: list[FactRow]) -> str:
    if not facts:
        return '<p class="muted">No supply or demand facts about the period are stored.</p>'
    body = "".join(
        f'<tr data-kind="{_esc(f.kind)}"><td>{_esc(f.kind)}</td><td>{_esc(subject_name(f.subject))}</td>'
        f"<td>{_esc(f.entity)}</td><td>{_esc(metric_label(f.metric))}</td>"
        f'<td class="period">{_esc(f.period.replace("/", " to "))}</td>'
        f'<td class="num">{_fact_value(f)}{refs(f.sources)}</td></tr>'
        for f in facts
    )
    return (
        '<table class="facts"><thead><tr><th>Kind</th><th>Subject</th><th>Entity</th>'
        '<th>Metric</th><th>Period</th><th class="num">Value</th></tr></thead><tbody>'
        + body
        + "</tbody></table>"
    )


def _model_balance(brief: Brief) -> str:
    """The modelled baseline balance of the brief's year (Pr-Nd, Dy, Tb) with bands."""
    if not brief.balance:
        return ""
    year = brief.balance[0].year
    rows = "".join(
        f"<tr><td>{_esc(r.group)}</td><td class=num>{number(r.supply_t, 0)}</td>"
        f"<td class=num>{number(r.demand_t, 0)}</td><td class=num>{signed(r.balance_t, 0)}</td>"
        f"<td class=num>{signed(r.balance_p5_t, 0)} to {signed(r.balance_p95_t, 0)}</td>"
        f"<td class=num>{'at its limit' if r.price_index is None else number(r.price_index, 2)}"
        f" ({r.bound_share:.0%} of paths at a limit)</td></tr>"
        for r in brief.balance
    )
    return f"""<h3 id="model-balance">Modelled baseline balance, {year}</h3>
  <p class="lede">The reemarket balance model's baseline (t REO, medians of Monte Carlo
  paths; the band is the 5th to 95th percentile; price index: 1 in the base year, Pr and Nd priced
  as one). A model reading, not a market report: see docs/model.md for its assumptions,
  its backtest and its validation.</p>
  <table class="model-balance"><thead><tr><th>Market</th><th class=num>Supply</th>
  <th class=num>Demand</th><th class=num>Balance</th><th class=num>5-95% band</th>
  <th class=num>Price index</th></tr></thead><tbody>{rows}</tbody></table>"""


def _audit(brief: Brief) -> str:
    if brief.audit_runs == 0:
        return (
            '<p class="warn">No audit has been run on this database: the numbers above are'
            " unchecked. Run <code>reemarket audit</code> and build the brief again.</p>"
        )
    if not brief.audit:
        return '<p class="ok">The stored audit found nothing wrong in the documents cited here.</p>'
    items = "".join(_note(n) for n in brief.audit)
    return f'<ul class="audit">{items}</ul>'


def _note(n: AuditNote) -> str:
    return (
        f'<li><span class="badge {_esc(n.severity)}">{_esc(n.severity)}</span> '
        f"<code>{_esc(n.code)}</code> · {_esc(n.document or 'across documents')}: "
        f"{_esc(n.message)}{refs(n.sources)}</li>"
    )


def _quote(s: Source) -> str:
    sentence = " ".join((s.sentence or "").split())
    quoted = " ".join((s.quoted or "").split())
    at = sentence.find(quoted) if quoted else -1
    if at < 0:
        return _esc(sentence)
    return _esc(sentence[:at]) + f"<mark>{_esc(quoted)}</mark>" + _esc(sentence[at + len(quoted) :])


def _source(i: int, s: Source) -> str:
    if s.fact_id is None:
        where = f", line {s.line}" if s.line is not None else ": the rows charted"
        return f'<li id="src-{i}">Price sheet <b>{_esc(s.document)}</b>{where}.</li>'
    meta = [x for x in (s.publisher, day(s.published) if s.published else None) if x]
    head = f"<b>{_esc(s.title or s.document)}</b>"
    if meta:
        head += f" ({_esc(', '.join(meta))})"
    return (
        f'<li id="src-{i}" data-fact="{s.fact_id}" data-document="{_esc(s.document)}">{head},'
        f' <span class="doc">{_esc(s.document)}</span>, fact {s.fact_id}:'
        f' <q class="sentence">{_quote(s)}</q></li>'
    )


def _stylesheet() -> str:
    return resources.files("reemarket.report").joinpath("brief.css").read_text("utf-8")


def render_html(brief: Brief) -> str:
    """The brief as a self-contained HTML page (styles and charts inline)."""
    period = (
        f"{day(brief.start)} to {day(brief.end)}" if brief.start != brief.end else day(brief.start)
    )
    sources = "".join(_source(i + 1, s) for i, s in enumerate(brief.sources))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(brief.title)}</title>
<style>
{_stylesheet()}
</style>
</head>
<body>
<header>
  <p class="kicker">reemarket · market brief</p>
  <h1>{_esc(brief.title)}</h1>
  <p class="meta">Period: {_esc(period)} · built {brief.generated:%Y-%m-%d %H:%M} UTC from the
  local database · {len(brief.sources)} sources cited · reemarket {_esc(__version__)}</p>
</header>
<section id="summary">
  {_summary(brief.prices)}
</section>
<section id="prices">
  <h2>1. Prices</h2>
  <p class="lede">Prices are the mid of the quoted range, in the unit shown. The change
  runs from the last observation before the period to the last one in it; the column
  “Stated by the source” gives the change the documents themselves report, and “Check”
  compares the two.</p>
  {_price_table(brief.prices)}
</section>
<section id="charts">
  <h2>2. Charts</h2>
  {_charts(brief)}
</section>
<section id="supply-demand">
  <h2>3. Supply and demand</h2>
  <p class="lede">Facts about a period that overlaps this one and had ended by its end.</p>
  {_facts_table(brief.facts)}
  {_model_balance(brief)}
</section>
<section id="audit">
  <h2>4. Audit notes</h2>
  {_audit(brief)}
</section>
<section id="sources">
  <h2>Sources</h2>
  <p class="lede">Each note quotes the sentence a number comes from, the number marked.</p>
  <ol class="sources">{sources}</ol>
</section>
</body>
</html>
"""
