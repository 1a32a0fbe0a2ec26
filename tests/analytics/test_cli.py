"""The analytics commands, run as a user would, against a real database file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from reemarket.cli import context
from reemarket.cli.prices_analytics_cmds import register
from reemarket.domain.trading_calendar import get_calendar
from reemarket.errors import InputError, NotFoundError, PeriodError, UnknownNameError
from reemarket.store.db import open_store

Add = Callable[..., None]


@pytest.fixture
def cli(tmp_path: Path, add: Add) -> Callable[..., object]:
    db = tmp_path / "cli.duckdb"
    with open_store(db) as s:
        days = get_calendar("sse").trading_days(date(2024, 1, 2), date(2025, 7, 8))
        add(s, "prnd_oxide", [(d, 400_000.0, 402_000.0, 401_000.0) for d in days[:-2]])
        add(s, "prnd_oxide", [(days[-2], 451_000.0), (days[-1], 454_000.0)])
        add(s, "prnd_metal", [(d, 545_000.0) for d in days[-30:]])
        add(
            s,
            "prnd_oxide",
            [(d, 60.0) for d in days[-30:]],
            market="fob_china",
            unit="USD/kg",
            basis="excl_vat",
        )
    prices = typer.Typer()
    register(prices)
    app = typer.Typer()
    app.add_typer(prices, name="prices")

    @app.callback()
    def main() -> None:
        """Test app."""

    runner = CliRunner()

    def invoke(*args: str) -> object:
        context.set_db_path(db)
        try:
            return runner.invoke(app, ["prices", *args])
        finally:
            context.close_store()
            context.set_db_path(None)

    return invoke


def _json(result: object) -> dict[str, object]:
    assert result.exit_code == 0, (result.output, result.exception)  # type: ignore[attr-defined]
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert isinstance(data, dict)
    return data


def test_change_windows_json(cli: Callable[..., object]) -> None:
    data = _json(cli("change", "PrNd oxide", "--json"))
    assert data["as_of"] == "2025-07-08"
    changes = {c["window"]: c for c in data["changes"]}  # type: ignore[union-attr]
    assert changes["prev"]["change"] == 3_000
    assert round(changes["prev"]["pct"], 2) == 0.67
    assert changes["prev"]["base_date"] == "2025-07-07"


def test_change_between_dates_table(cli: Callable[..., object]) -> None:
    result = cli(
        "change", "prnd_oxide", "--from", "2025-07-05", "--to", "2025-07-08", "--on-or-before"
    )
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "2025-07-04" in result.stdout  # type: ignore[attr-defined]
    assert "+13.22 %" in result.stdout  # type: ignore[attr-defined]


def test_show_with_unit_and_charts(cli: Callable[..., object], tmp_path: Path) -> None:
    png, html = tmp_path / "c.png", tmp_path / "c.html"
    data = _json(
        cli(
            "show",
            "prnd_oxide",
            "--from",
            "2025-07-01",
            "--unit",
            "CNY/kg",
            "--chart",
            str(png),
            "--json",
        )
    )
    assert data["unit"] == "CNY/kg"
    assert data["points"][-1]["mid"] == 454.0  # type: ignore[index]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = cli("show", "prnd_oxide", "--from", "2025-06-01", "--chart", str(html))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    text = html.read_text("utf-8")
    assert "tonexty" in text
    assert "prnd_oxide" in text


def test_average_range_parity_spread(cli: Callable[..., object]) -> None:
    avg = _json(cli("average", "prnd_oxide", "--period", "2025-Q1", "--yoy", "--json"))
    assert avg["yoy_pct"] == pytest.approx(0.0)
    rng = _json(cli("range", "prnd_oxide", "--as-of", "2025-07-08", "--json"))
    assert rng["weeks_52"]["high"]["value"] == 454_000.0  # type: ignore[index]
    par = _json(cli("parity", "Pr-Nd metal", "Pr-Nd oxide", "--json"))
    assert len(par["rows"]) == 30  # type: ignore[arg-type]
    spr = _json(
        cli("spread", "prnd_oxide", "--markets", "china,fob_china", "--fx", "7.1", "--json")
    )
    assert spr["fx_pair"] == "CNY per USD"
    for args in (
        ["average", "prnd_oxide", "--period", "2025-Q1"],
        ["range", "prnd_oxide"],
        ["parity", "prnd_metal", "prnd_oxide"],
        ["spread", "prnd_oxide", "--fx", "7.1"],
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["change", "unobtainium"], UnknownNameError),
        (["change", "nd_oxide"], NotFoundError),
        (["change", "prnd_oxide", "--from", "2025-02-30", "--to", "2025-03-01"], PeriodError),
        (["change", "prnd_oxide", "--from", "2025-02-03"], InputError),
        (["spread", "prnd_oxide", "--markets", "china"], InputError),
        (["spread", "prnd_oxide"], InputError),
        (["show", "prnd_oxide", "--chart", "x.pdf"], InputError),
    ],
)
def test_user_mistakes_raise_reemarket_errors(
    cli: Callable[..., object], args: list[str], error: type[Exception]
) -> None:
    result = cli(*args)
    assert isinstance(result.exception, error), result.exception  # type: ignore[attr-defined]


def test_show_table_limits_rows(cli: Callable[..., object]) -> None:
    result = cli("show", "prnd_oxide", "--limit", "2")
    out = result.stdout  # type: ignore[attr-defined]
    assert result.exit_code == 0, out  # type: ignore[attr-defined]
    assert "2025-07-08" in out
    assert "2025-07-04" not in out
    assert "showing the last 2" in out
