"""An HTML chart of the backtest: modelled balance share beside the yearly price change."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reemarket.model.backtest import GroupBacktest


def backtest_chart(groups: Sequence[GroupBacktest], path: Path) -> Path:
    """Write one panel per market (bars: balance share; line: price change); return path."""
    from plotly import graph_objects as go
    from plotly.subplots import make_subplots

    fig = make_subplots(
        rows=len(groups), cols=1, shared_xaxes=True, subplot_titles=[g.group for g in groups]
    )
    for row, g in enumerate(groups, start=1):
        fig.add_trace(
            go.Bar(x=g.years, y=g.balance_share, name="balance share (model)",
                   marker_color="rgb(31,95,168)", showlegend=row == 1),
            row=row, col=1,
        )  # fmt: skip
        fig.add_trace(
            go.Scatter(x=g.years, y=g.price_change, name="ln price change (published)",
                       mode="lines+markers", line={"color": "rgb(196,92,16)"},
                       showlegend=row == 1),
            row=row, col=1,
        )  # fmt: skip
    fig.update_layout(
        height=220 * len(groups),
        title="Backtest: modelled (supply - demand) / demand vs yearly log price change",
    )
    fig.write_html(str(path), include_plotlyjs=True, full_html=True)
    return path
