"""Charts of the market brief: small price charts as inline SVG drawn by matplotlib."""

from __future__ import annotations

import datetime as dt
import io
import re

from reemarket.services.report import PriceRow


def price_svg(row: PriceRow, start: dt.date, end: dt.date) -> str:
    """An SVG chart of a row's observations: low-high band, mid line, the span shaded.

    The SVG has no fixed size (it scales to its container) and no ``<?xml>`` prologue,
    so it can sit inline in HTML.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    # Days as ordinals: plain numbers, labelled as dates by the tick formatter.
    dates = [p.date.toordinal() for p in row.points]
    mids = [p.mid for p in row.points]
    lows = [p.low if p.low is not None else p.mid for p in row.points]
    highs = [p.high if p.high is not None else p.mid for p in row.points]
    salt = f"{row.product}-{row.market}"
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": salt}):
        fig, ax = plt.subplots(figsize=(5.2, 2.6), dpi=100)
    try:
        ax.axvspan(
            start.toordinal(),
            end.toordinal() + 1,
            color="#f3e6b3",
            alpha=0.6,
            lw=0,
            label="brief period",
        )
        if any(lo != hi for lo, hi in zip(lows, highs, strict=True)):
            ax.fill_between(dates, lows, highs, color="#1f5fa8", alpha=0.18, lw=0, label="low-high")
        ax.plot(dates, mids, color="#1f5fa8", lw=1.6, marker="o", ms=3.5, label="mid")
        ax.set_ylabel(row.unit, fontsize=8)
        ax.tick_params(labelsize=7)
        spread = max(highs) - min(lows)
        digits = 0 if spread >= 20 else 1 if spread >= 2 else 2 if spread >= 0.2 else 3
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.{digits}f}"))
        ax.xaxis.set_major_locator(MaxNLocator(6, integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _day_label(v)))
        ax.grid(alpha=0.3, lw=0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(fontsize=7, loc="best", frameon=False)
        fig.tight_layout(pad=0.4)
        buf = io.StringIO()
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": salt}):
            fig.savefig(buf, format="svg")
    finally:
        plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    return svg


def _day_label(ordinal: float) -> str:
    """Tick label of a day ordinal: ``3 Feb``."""
    day = dt.date.fromordinal(round(ordinal))
    return f"{day.day} {day:%b}"
