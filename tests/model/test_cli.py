from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from reemarket.cli.model_cmds import register
from reemarket.errors import ScenarioError
from reemarket.store.db import open_store

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test root."""

    register(app)
    return app


def test_balance_json_lists_every_element() -> None:
    result = runner.invoke(_app(), ["balance", "--year", "2030", "--paths", "50", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["year"] == 2030
    assert len(data["elements"]) == 13
    la = next(r for r in data["elements"] if r["element"] == "La")
    assert la["balance_t"] > 0
    assert la["balance_p5_t"] <= la["balance_t"] <= la["balance_p95_t"]


def test_balance_table_renders() -> None:
    result = runner.invoke(_app(), ["balance", "--paths", "20"])
    assert result.exit_code == 0
    assert "Nd" in result.output
    assert "2024" in result.output


def test_scenario_run_stores_results_and_writes_charts(tmp_db: Path, tmp_path: Path) -> None:
    png, html = tmp_path / "fan.png", tmp_path / "fan.html"
    for chart in (png, html):
        result = runner.invoke(
            _app(),
            [
                "scenario",
                "run",
                "quota_freeze",
                "--paths",
                "30",
                "--seed",
                "9",
                "--chart",
                str(chart),
                "--json",
            ],
        )
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        assert data["seed"] == 9
        assert data["run_id"] is not None
        assert chart.stat().st_size > 1000
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert "plotly" in html.read_text(encoding="utf-8")[:100_000].lower()
    from reemarket.cli import context

    context.close_store()
    with open_store(tmp_db) as store:
        rows = store.conn.execute(
            "SELECT s.name, r.seed, r.paths FROM model_runs r JOIN model_scenarios s"
            " ON s.id = r.scenario_id"
        ).fetchall()
        assert rows == [("quota_freeze", 9, 30), ("quota_freeze", 9, 30)]


def test_scenario_compare_table_and_json(tmp_db: Path) -> None:
    args = ["scenario", "compare", "quota_freeze", "heavy_re_export_controls", "--paths", "30"]
    result = runner.invoke(_app(), [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    dy_2030 = next(r for r in data["rows"] if r["element"] == "Dy" and r["year"] == 2030)
    assert dy_2030["diff_p50_t"] < 0  # export controls withhold Dy from the market
    assert runner.invoke(_app(), args).exit_code == 0


def test_bad_scenario_file_raises_scenario_error(tmp_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\n[[shocks]]\nkind = "quota_cut"\nfrom_year = 2026\nshare = 2\n')
    result = runner.invoke(_app(), ["scenario", "run", str(bad), "--paths", "5"])
    assert isinstance(result.exception, ScenarioError)
    assert "line 5" in str(result.exception)
