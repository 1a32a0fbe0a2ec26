"""Fan charts of a Monte Carlo summary: PNG (matplotlib) or HTML (plotly), by file suffix."""

from __future__ import annotations

from pathlib import Path

from reemarket.errors import InputError
from reemarket.model.catalog import FIRST_YEAR
from reemarket.model.montecarlo import Summary

CHART_ELEMENTS: tuple[str, ...] = ("Nd", "Pr", "Dy", "Tb", "La", "Ce")
"""Elements drawn by default."""


def fan_chart(
    summary: Summary,
    path: Path,
    variable: str = "balance",
    elements: tuple[str, ...] = CHART_ELEMENTS,
) -> Path:
    """Write a fan chart (5-95 and 25-75 bands, median) per element; return the path."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        _png(summary, path, variable, elements)
    elif suffix in (".html", ".htm"):
        _html(summary, path, variable, elements)
    else:
        raise InputError(f"{path}: chart file must end in .png or .html")
    return path


def _title(summary: Summary, variable: str) -> str:
    """Return the chart title."""
    unit = f"index, {FIRST_YEAR} = 1" if variable == "price" else "t REO"
    return f"{summary.scenario}: {variable} ({unit}), {summary.paths} paths, seed {summary.seed}"


def _png(summary: Summary, path: Path, variable: str, elements: tuple[str, ...]) -> None:
    """Draw the fan chart with matplotlib."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cols = 3
    rows = (len(elements) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(4 * cols, 3 * rows), squeeze=False)
    years = list(summary.years)
    arr = summary.values[variable]
    for ax, element in zip(axes.flat, elements, strict=False):
        e = summary.elements.index(element)
        ax.fill_between(years, arr[0, e], arr[4, e], alpha=0.2, color="tab:blue", label="5-95")
        ax.fill_between(years, arr[1, e], arr[3, e], alpha=0.4, color="tab:blue", label="25-75")
        ax.plot(years, arr[2, e], color="tab:blue", label="median")
        if variable in ("balance", "stock"):
            ax.axhline(0.0, color="grey", linewidth=0.8)
        ax.set_title(element)
    for ax in list(axes.flat)[len(elements) :]:
        ax.set_visible(False)
    axes.flat[0].legend(fontsize="small")
    fig.suptitle(_title(summary, variable))
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _html(summary: Summary, path: Path, variable: str, elements: tuple[str, ...]) -> None:
    """Draw the fan chart with plotly as a self-contained HTML file."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    cols = 3
    rows = (len(elements) + cols - 1) // cols
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=list(elements))
    years = list(summary.years)
    arr = summary.values[variable]
    for i, element in enumerate(elements):
        e = summary.elements.index(element)
        r, c = i // cols + 1, i % cols + 1
        for lo, hi, alpha in ((0, 4, 0.2), (1, 3, 0.4)):
            fig.add_trace(
                go.Scatter(x=years, y=list(arr[hi, e]), line={"width": 0}, showlegend=False),
                row=r,
                col=c,
            )
            fig.add_trace(
                go.Scatter(
                    x=years,
                    y=list(arr[lo, e]),
                    fill="tonexty",
                    fillcolor=f"rgba(31,119,180,{alpha})",
                    line={"width": 0},
                    showlegend=False,
                ),
                row=r,
                col=c,
            )
        fig.add_trace(
            go.Scatter(x=years, y=list(arr[2, e]), name=f"{element} median"), row=r, col=c
        )
    fig.update_layout(title=_title(summary, variable))
    fig.write_html(str(path), include_plotlyjs=True)
