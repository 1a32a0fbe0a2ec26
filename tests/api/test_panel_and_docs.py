"""The Prices page's panel endpoint and the API docs pages, over real HTTP."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import fastapi_offline
import httpx

from reemarket.domain.trading_calendar import get_calendar


def test_panel_holds_series_gaps_averages_and_range(client: httpx.Client) -> None:
    panel = client.get("/prices/prnd_oxide/panel").json()
    points = panel["series"]["points"]
    dates = [dt.date.fromisoformat(p["date"]) for p in points]
    assert dates == sorted(dates)
    sse = get_calendar("sse")
    quoted = set(dates)
    for gap in panel["gaps"]:
        after, before = dt.date.fromisoformat(gap["after"]), dt.date.fromisoformat(gap["before"])
        missing = [d for d in sse.trading_days(after, before) if after < d < before]
        assert gap["missing"] == len(missing) > 0
        assert gap["first_missing"] == missing[0].isoformat()
        assert not quoted & set(missing)
    # every quoted pair with no gap between has no trading day between them
    gapped = {g["after"] for g in panel["gaps"]}
    for a, b in itertools.pairwise(dates):
        if a.isoformat() not in gapped and a >= sse.first and b <= sse.last:
            assert not [d for d in sse.trading_days(a, b) if a < d < b]
    # averages newest first, each the same as the average endpoint gives
    periods = [a["period"] for a in panel["averages"]]
    assert periods == sorted(periods, reverse=True)
    for a in panel["averages"][:3]:
        alone = client.get("/prices/prnd_oxide/average", params={"period": a["period"]}).json()
        assert alone["average"]["mean"] == a["mean"]
        assert alone["average"]["days_used"] == a["days_used"]
    mids = [p["mid"] for p in points]
    assert panel["range"]["mid_high"]["value"] == max(mids)
    assert panel["range"]["mid_low"]["value"] == min(mids)


def test_panel_converts_like_the_series_endpoint(client: httpx.Client) -> None:
    query = {"unit": "USD/kg", "basis": "excl_vat"}
    panel = client.get("/prices/prnd_oxide/panel", params=query).json()
    series = client.get("/prices/prnd_oxide", params=query).json()
    assert panel["series"]["unit"] == "USD/kg"
    assert panel["series"]["basis"] == "excl_vat"
    assert [p["mid"] for p in panel["series"]["points"]] == [p["mid"] for p in series["points"]]
    assert panel["series"]["vat_rates"] == [0.13]
    assert panel["series"]["fx"]
    assert all(f["pair"] == "USD/CNY" for f in panel["series"]["fx"])
    cny = client.get("/prices/prnd_oxide/panel").json()
    assert panel["averages"][0]["mean"] < cny["averages"][0]["mean"] / 1000  # per kg, in USD


def test_panel_rejects_an_unknown_grain(client: httpx.Client) -> None:
    r = client.get("/prices/prnd_oxide/panel", params={"grain": "week"})
    assert r.status_code == 422
    assert "week" in r.json()["detail"]


def test_docs_pages_use_local_files_only(live) -> None:
    assets = Path(fastapi_offline.__file__).parent / "static"
    for page, script in (("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")):
        r = httpx.get(live.url + page, timeout=30)
        assert r.status_code == 200
        assert f"/static/api-docs/{script}" in r.text
        assert "cdn" not in r.text.lower()
        assert "default-src 'self'" in r.headers["content-security-policy"]
        got = httpx.get(live.url + f"/static/api-docs/{script}", timeout=30)
        assert got.status_code == 200
        assert got.content == (assets / script).read_bytes()
