"""Charts of a price series: the low-high band and the mid line, as PNG or HTML.

PNG is drawn with matplotlib (no display needed), HTML with plotly with its JavaScript
embedded, so the file opens offline.
"""

from __future__ import annotations

from pathlib import Path

from reemarket.analytics.series import Series
from reemarket.errors import InputError

CHART_SUFFIXES = (".png", ".html")


def _title(series: Series) -> str:
    return f"{series.product} · {series.market} ({series.unit})"


def write_chart(series: Series, path: Path) -> Path:
    """Write a chart of ``series`` to ``path`` (.png or .html) and return the path."""
    suffix = path.suffix.lower()
    if suffix not in CHART_SUFFIXES:
        raise InputError(f"chart file must end in .png or .html, not {path.name!r}")
    if not series.observations:
        raise InputError("nothing to chart: the series is empty")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".png":
        _png(series, path)
    else:
        _html(series, path)
    return path


def _band(series: Series) -> tuple[list[float], list[float]]:
    lows = [o.low if o.low is not None else o.mid for o in series.observations]
    highs = [o.high if o.high is not None else o.mid for o in series.observations]
    return lows, highs


def _png(series: Series, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    dates = np.array(series.dates, dtype="datetime64[D]")
    lows, highs = _band(series)
    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=100)
    try:
        ax.fill_between(dates, lows, highs, color="tab:blue", alpha=0.2, label="low-high")
        ax.plot(dates, [o.mid for o in series.observations], color="tab:blue", lw=1.2, label="mid")
        ax.set_title(_title(series))
        ax.set_ylabel(series.unit)
        ax.grid(alpha=0.3)
        ax.legend(loc="best")
        fig.autofmt_xdate()
        fig.tight_layout()
        fig.savefig(path)
    finally:
        plt.close(fig)


def _html(series: Series, path: Path) -> None:
    import plotly.graph_objects as go

    dates = [d.isoformat() for d in series.dates]
    lows, highs = _band(series)
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=dates, y=highs, mode="lines", line={"width": 0}, name="high"))
    fig.add_trace(
        go.Scatter(
            x=dates,
            y=lows,
            mode="lines",
            line={"width": 0},
            fill="tonexty",
            fillcolor="rgba(31,119,180,0.2)",
            name="low",
        )
    )
    fig.add_trace(
        go.Scatter(x=dates, y=[o.mid for o in series.observations], mode="lines", name="mid")
    )
    fig.update_layout(title=_title(series), yaxis_title=series.unit, hovermode="x unified")
    fig.write_html(str(path), include_plotlyjs=True, full_html=True)
