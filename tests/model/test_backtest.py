"""The backtest over 2015-2024, its bundled history and the fitted price response."""

from __future__ import annotations

import csv
import json
import math
import statistics
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from reemarket.cli.main import app
from reemarket.errors import InputError
from reemarket.model.backtest import (
    fit_response,
    load_history,
    price_changes,
    rank_correlation,
    t90,
)
from reemarket.model.parameters import as_float
from reemarket.model.reference import Reference
from reemarket.services.model_backtest import run_backtest

runner = CliRunner()


def test_history_is_bundled_with_a_source_per_row() -> None:
    hist = load_history()
    for series in ("ev_car_sales_world", "price_dy_oxide_usgs", "price_nd_oxide_china_daily"):
        assert series in hist
    assert hist["price_tb_oxide_usgs"][2022] == 2051
    text = Path(__file__).resolve().parents[2] / "src/reemarket/data/reference/history.csv"
    body = [ln for ln in text.read_text("utf-8").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(body):
        assert row["source"], row


def test_yearly_chinese_prices_are_medians_of_the_shared_daily_file(shared_ref: Path) -> None:
    daily = shared_ref.parent / "data" / "china_daily_oxide_prices_2013_2024.csv"
    mids = []
    with daily.open(encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            day = date.fromisoformat(r["日期"])
            if day.year == 2022 and day.weekday() < 5:
                mids.append((float(r["氧化钕最低价"]) + float(r["氧化钕最高价"])) / 2)
    bundled = load_history()["price_nd_oxide_china_daily"][2022]
    assert bundled == pytest.approx(statistics.median(mids), rel=1e-3)


def test_price_changes_are_log_ratios_and_pr_nd_is_their_mean() -> None:
    hist = load_history()
    changes = price_changes([2021, 2022])
    nd = math.log(
        hist["price_nd_oxide_china_daily"][2022] / hist["price_nd_oxide_china_daily"][2021]
    )
    assert changes["Nd"][1] == pytest.approx(nd)
    assert changes["Pr-Nd"][1] == pytest.approx((changes["Nd"][1] + changes["Pr"][1]) / 2)
    assert math.isnan(price_changes([2015])["Dy"][0])  # no USGS 2014 price bundled


def test_rank_correlation() -> None:
    a = as_float([1.0, 2.0, 3.0, 4.0, 5.0])
    assert rank_correlation(a, a**3) == pytest.approx(1.0)
    assert rank_correlation(a, -a) == pytest.approx(-1.0)
    assert math.isnan(rank_correlation(a[:2], a[:2]))


def test_fit_recovers_a_known_response() -> None:
    rng = np.random.default_rng(1)
    x = rng.uniform(-0.3, 0.3, 200)
    y = 0.02 - 1.5 * x + rng.normal(0, 0.05, 200)
    fit = fit_response(
        [("g", i, float(a), float(b)) for i, (a, b) in enumerate(zip(x, y, strict=True))]
    )
    assert fit.elasticity_low < 1.5 < fit.elasticity_high
    assert fit.elasticity_high - fit.elasticity_low < 0.2
    assert fit.n == 200
    assert len(fit.residuals) == 200
    assert t90(10) == pytest.approx(1.812)


def test_parameter_range_is_the_fitted_interval(ref: Reference) -> None:
    result = run_backtest(paths=500, seed=0)
    spec = ref.parameters["price.elasticity"]
    assert spec.high == pytest.approx(round(result.fit.elasticity_high, 2), abs=0.005)
    assert spec.low == pytest.approx(max(0.0, round(result.fit.elasticity_low, 2)), abs=0.005)


def test_backtest_scores_each_market_by_hand() -> None:
    result = run_backtest(2016, 2024, paths=50, seed=2)
    prnd = next(g for g in result.groups if g.group == "Pr-Nd")
    assert prnd.years == list(range(2016, 2025))
    agree = sum(
        (s < 0) == (p > 0)
        for s, p in zip(prnd.balance_share, prnd.price_change, strict=True)
        if p is not None
    )
    assert prnd.sign_level == agree
    assert {g.group for g in result.groups} == {"Pr-Nd", "Nd", "Pr", "Dy", "Tb", "La", "Ce"}


def test_backtest_command_json_chart_and_errors(tmp_path: Path) -> None:
    chart = tmp_path / "bt.html"
    res = runner.invoke(app, ["backtest", "--paths", "50", "--json", "--chart", str(chart)])
    assert res.exit_code == 0, res.output
    body = json.loads(res.output)
    assert body["first_year"] == 2015
    assert "Backtest" in chart.read_text("utf-8")
    text = runner.invoke(app, ["backtest", "--paths", "50"])
    assert "Fitted price response" in text.output
    bad = runner.invoke(app, ["backtest", "--from", "2010"])
    assert isinstance(bad.exception, InputError)
    assert "2010" in str(bad.exception)
    png = runner.invoke(app, ["backtest", "--paths", "5", "--chart", str(tmp_path / "x.png")])
    assert isinstance(png.exception, InputError)
    assert not (tmp_path / "x.png").exists()
