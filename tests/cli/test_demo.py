"""The demo as a new user runs it: offline, no input, a fresh database, a summary, a chart."""

import csv
import json
import os
import subprocess
import sys
from datetime import date
from statistics import mean

import pytest

from reemarket.domain.trading_calendar import get_calendar
from reemarket.services.demo import sample_sheet


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    env = {**os.environ, "REEMARKET_DB": str(out / "unused.duckdb")}
    proc = subprocess.run(
        [sys.executable, "-m", "reemarket", "demo", "--out", str(out), "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=out,
    )
    assert proc.returncode == 0, proc.stderr
    return out, json.loads(proc.stdout)


def sample_rows(product, market):
    with sample_sheet().open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["product"] == product and r["market"] == market]


def test_demo_loads_every_sample_row_into_a_fresh_database(demo):
    out, summary = demo
    with sample_sheet().open(encoding="utf-8") as fh:
        n = sum(1 for _ in csv.DictReader(fh))
    assert summary["imported"]["inserted"] == n
    assert summary["imported"]["rejected"] == 0
    assert (out / "demo.duckdb").exists()
    assert not (out / "unused.duckdb").exists()  # the user's database is left alone


def test_latest_price_is_the_sheets_last_row(demo):
    _, summary = demo
    rows = sample_rows("nd_oxide", "fob_china")
    last = max(rows, key=lambda r: r["date"])
    got = next(
        s for s in summary["series"] if (s["product"], s["market"]) == ("nd_oxide", "fob_china")
    )
    assert got["latest_date"] == last["date"]
    assert got["latest"] == pytest.approx(float(last["mid"]))


def test_quarter_average_is_the_mean_over_trading_days(demo):
    _, summary = demo
    q = next(x for x in summary["quarters"] if (x["product"], x["market"]) == ("nd_oxide", "china"))
    year, quarter = int(q["quarter"][:4]), int(q["quarter"][-1])
    months = range(3 * quarter - 2, 3 * quarter + 1)
    sse = get_calendar("sse")
    mids = [
        float(r["mid"])
        for r in sample_rows("nd_oxide", "china")
        if (d := date.fromisoformat(r["date"])).year == year
        and d.month in months
        and sse.is_trading_day(d)
    ]
    assert q["average"] == pytest.approx(mean(mids))
    assert q["days"] == len(mids)
    assert q["yoy_pct"] == pytest.approx((q["average"] / q["prior_average"] - 1) * 100)


def test_demo_writes_charts(demo):
    out, summary = demo
    html = out / "nd_oxide_china.html"
    png = out / "nd_oxide_china.png"
    assert {str(html), str(png)} <= {str(out / os.path.basename(c)) for c in summary["charts"]}
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "plotly" in html.read_text("utf-8").lower()


def test_report_quotes_name_their_source(demo):
    _, summary = demo
    dy = next(x for x in summary["quotes"] if (x["product"], x["market"]) == ("dy_oxide", "china"))
    assert "report" in dy["source"]


def test_demo_prints_the_same_snapshot_as_the_snapshot_command(demo):
    out, summary = demo
    proc = subprocess.run(
        [sys.executable, "-m", "reemarket", "--db", str(out / "demo.duckdb"), "snapshot",
         "--max-age", "0", "--json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["items"] == summary["snapshot"]["items"]
    nd = next(
        i
        for i in summary["snapshot"]["items"]
        if (i["product"], i["market"]) == ("nd_oxide", "fob_china")
    )
    assert nd["mid"] == pytest.approx(float(max(sample_rows("nd_oxide", "fob_china"),
                                                key=lambda r: r["date"])["mid"]))  # fmt: skip
