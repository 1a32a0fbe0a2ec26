"""Every endpoint over real HTTP, auth, and problem+json errors naming the field."""

import io

import pytest

from reemarket.services.keys import create_key, revoke_key

pytestmark = pytest.mark.backends


def test_products(client):
    r = client.get("/products")
    assert r.status_code == 200
    assert "prnd_oxide" in {p["id"] for p in r.json()}
    assert client.get("/products/氧化镝").json()["id"] == "dy_oxide"


def test_series_list_is_paged(client):
    r = client.get("/series", params={"limit": 2})
    body = r.json()
    assert r.status_code == 200
    assert body["limit"] == 2
    assert len(body["items"]) == 2
    assert body["total"] > 2


def test_price_series_holds_the_seed_quotes(client):
    r = client.get("/prices/NdPr oxide", params={"start": "2024-12-01", "end": "2025-12-31"})
    assert r.status_code == 200
    points = {(p["date"], p["mid"]) for p in r.json()["points"]}
    assert ("2025-02-28", 444000.0) in points
    assert ("2025-07-08", 454000.0) in points


def test_change_reproduces_published_arithmetic(client):
    r = client.get("/prices/prnd_oxide/change", params={"start": "2025-01-27", "end": "2025-02-28"})
    assert r.status_code == 200
    assert r.json()["pct"] == pytest.approx(6.99, abs=0.005)


def test_window_changes_average_range_parity_spread(client):
    assert client.get("/prices/nd_oxide/changes").status_code == 200
    avg = client.get("/prices/nd_oxide/average", params={"period": "2024-Q2", "yoy": True})
    assert avg.status_code == 200
    assert avg.json()["prior"]["period"] == "2023-Q2"
    assert client.get("/prices/nd_oxide/range").status_code == 200
    parity = client.get("/parity", params={"metal": "prnd_metal", "oxide": "prnd_oxide"})
    assert parity.status_code in (200, 404)
    spread = client.get(
        "/prices/nd_oxide/spread",
        params={"markets": "china,fob_china", "fx": 7.14, "unit": "USD/kg"},
    )
    assert spread.status_code in (200, 404)


def test_facts_with_sentences_and_one_fact(client):
    r = client.get("/facts", params={"doc": "003_7f2b7074f3111459.txt", "subject": "dy_oxide"})
    body = r.json()
    assert r.status_code == 200
    assert body["total"] >= 3
    fact = body["items"][0]
    assert fact["sentence"]
    one = client.get(f"/facts/{fact['id']}").json()
    assert one == fact
    doc = client.get(f"/documents/{fact['document_id']}").json()
    assert doc["text"][fact["span_start"] : fact["span_end"]] == fact["sentence"]


def test_documents_list(client):
    body = client.get("/documents").json()
    assert body["total"] == 5
    assert all("facts" in d for d in body["items"])


def test_findings_and_audit_need_a_key_to_run(client, key):
    assert client.post("/audit").status_code == 401
    r = client.post("/audit", headers={"X-API-Key": key})
    assert r.status_code == 200
    every = client.get("/findings", params={"limit": 1000}).json()
    codes = {f["code"] for f in every["items"]}
    assert "closed_market_date" in codes
    assert every["total"] == len(every["items"]) >= 2
    # pages come from the store: two pages of one finding are the first two, and the
    # total counts what the filter selects, not what the page shows
    pages = [client.get("/findings", params={"limit": 1, "offset": o}).json() for o in (0, 1)]
    assert [p["items"][0]["id"] for p in pages] == [f["id"] for f in every["items"][:2]]
    assert {p["total"] for p in pages} == {every["total"]}
    one_code = client.get("/findings", params={"code": "closed_market_date"}).json()
    assert one_code["total"] == sum(f["code"] == "closed_market_date" for f in every["items"])


def test_balance_and_scenarios(client, key):
    assert client.get("/balance", params={"year": 2030}).status_code == 200
    listing = client.get("/scenarios").json()
    assert listing["bundled"]
    name = listing["bundled"][0]
    assert client.post("/scenarios/run", json={"name": name, "paths": 20}).status_code == 401
    run = client.post(
        "/scenarios/run", json={"name": name, "paths": 20, "seed": 3}, headers={"X-API-Key": key}
    )
    assert run.status_code == 200
    run_id = run.json()["run_id"]
    again = client.get(f"/scenarios/runs/{run_id}")
    assert again.status_code == 200
    assert again.json()["seed"] == 3
    pair = client.get("/scenarios/compare", params={"a": run_id, "b": run_id})
    assert pair.status_code == 200


def test_balance_index_is_one_in_2024_and_bounds_are_not_prices(client):
    base = client.get("/balance", params={"year": 2024}).json()["elements"]
    assert {r["price_index"] for r in base} == {1.0}
    late = client.get("/balance", params={"year": 2040}).json()["elements"]
    for row in late:
        if row["price_index"] is None:
            assert row["price_bound_share"] >= 0.5


def test_model_backtest_reports_agreement_and_fit(client):
    r = client.get("/model/backtest", params={"from": 2016, "to": 2024, "paths": 50})
    assert r.status_code == 200
    body = r.json()
    assert body["first_year"] == 2016
    prnd = next(g for g in body["groups"] if g["group"] == "Pr-Nd")
    assert 0 <= prnd["sign_level"] <= prnd["compared"] <= 9
    assert (
        body["fit"]["elasticity_low"] <= body["fit"]["elasticity"] <= body["fit"]["elasticity_high"]
    )
    bad = client.get("/model/backtest", params={"from": 2020, "to": 2018})
    assert 400 <= bad.status_code < 500
    assert bad.json()["field"] == "years"


def test_model_validation_lists_each_outlook_with_a_verdict(client):
    r = client.get("/model/validation", params={"paths": 200, "seed": 1})
    assert r.status_code == 200
    body = r.json()
    checks = {row["check"]: row for row in body["rows"]}
    iea = checks["IEA magnet REE demand 2023"]
    assert iea["published_low"] == 93000
    assert iea["model_p5"] <= iea["model_p50"] <= iea["model_p95"]
    assert isinstance(iea["passed"], bool)
    assert checks["IEA APS magnet REE demand 2050"]["passed"] is None
    assert body["passed"] + body["failed"] + body["not_compared"] == len(body["rows"])


def test_upload_document_and_sheet(client, key):
    text = b"SMM March 4 News:\nAccording to SMM quotes, on March 4, the average price of Pr-Nd oxide was 443,000 yuan/mt.\n"
    files = {"file": ("upload_note.txt", io.BytesIO(text), "text/plain")}
    assert client.post("/documents", files=files).status_code == 401
    files = {"file": ("upload_note.txt", io.BytesIO(text), "text/plain")}
    r = client.post(
        "/documents", files=files, data={"date": "2025-03-04"}, headers={"X-API-Key": key}
    )
    assert r.status_code == 200
    assert r.json()["facts_total"] >= 1
    sheet = b"date,product,price,unit\n2025-03-05,Pr-Nd oxide,441000,CNY/t\n"
    files = {"file": ("desk.csv", io.BytesIO(sheet), "text/csv")}
    r = client.post("/prices/import", files=files, headers={"X-API-Key": key})
    assert r.status_code == 200
    assert r.json()["inserted"] == 1


def test_revoked_key_is_refused(client, api_db, live):
    # make and revoke the key through the server's own hold on the file
    database = live.server.config.app.state.database
    with database.request_store() as store:
        made = create_key(store, "to revoke")
    assert client.post("/audit", headers={"X-API-Key": made.key}).status_code == 200
    with database.request_store() as store:
        revoke_key(store, made.id)
    r = client.post("/audit", headers={"X-API-Key": made.key})
    assert r.status_code == 401
    assert "revoked" in r.json()["detail"]
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.post("/audit", headers={"X-API-Key": "rmk_wrong"}).status_code == 401


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/prices/unobtainium", {}, "product"),
        ("/prices/nd_oxide", {"start": "2025-02-30"}, "start"),
        ("/prices/nd_oxide/average", {"period": "2025-Q7"}, "period"),
        ("/prices/nd_oxide/spread", {"markets": "china"}, "markets"),
        ("/facts", {"limit": 0}, "limit"),
        ("/balance", {"year": 1999}, "year"),
        ("/model/validation", {"paths": 0}, "paths"),
        ("/parity", {"metal": "prnd_metal", "oxide": "bogus"}, "oxide"),
    ],
)
def test_bad_input_is_4xx_naming_the_field(client, path, params, field):
    r = client.get(path, params=params)
    assert 400 <= r.status_code < 500
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["field"] == field


def test_not_found_is_404_problem(client):
    r = client.get("/facts/999999")
    assert r.status_code == 404
    assert r.json()["title"] == "NotFoundError"


def test_openapi_docs_are_served(live):
    import httpx

    assert httpx.get(live.url + "/openapi.json").json()["info"]["title"] == "reemarket"
    assert httpx.get(live.url + "/docs").status_code == 200


def test_snapshot_over_http_converts_and_shows_rates(client):
    r = client.get("/snapshot", params={"max_age_days": 0, "market": "fob_china"})
    assert r.status_code == 200, r.text
    body = r.json()
    nd = next(i for i in body["items"] if i["product"] == "nd_oxide")
    assert nd["publisher"] == "KOMIS"
    assert nd["unit"] == "USD/kg"
    assert {c["window"] for c in nd["changes"]} == {"d/d", "w/w", "m/m", "y/y", "ytd"}
    r = client.get("/snapshot", params={"max_age_days": 0, "market": "china", "currency": "USD",
                                        "basis": "excl_vat", "as_of": "2024-07-05"})  # fmt: skip
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items
    assert all(i["unit"] == "USD/kg" and i["basis"] == "excl_vat" for i in items)
    nd = next(i for i in items if i["product"] == "nd_oxide")
    assert nd["fx"]["pair"] == "USD/CNY"
    assert 6 < nd["fx"]["rate"] < 8
    assert nd["vat_rate"] == 0.13
    assert client.get("/snapshot", params={"basis": "gross"}).status_code == 422


def test_series_in_another_currency_and_basis_over_http(client):
    stored = client.get("/prices/nd_oxide", params={"start": "2024-07-01"}).json()
    r = client.get("/prices/nd_oxide", params={"start": "2024-07-01", "unit": "USD/kg",
                                               "basis": "excl_vat"})  # fmt: skip
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["unit"] == "USD/kg"
    assert body["vat_rates"] == [0.13]
    assert [p["date"] for p in body["points"]] == [p["date"] for p in stored["points"]]
    rate = body["fx"][0]["rate"]
    first, conv = stored["points"][0], body["points"][0]
    scale = 1000 if stored["unit"] == "CNY/t" else 1
    assert conv["mid"] == pytest.approx(first["mid"] / rate / 1.13 / scale)
    assert client.get("/prices/nd_oxide", params={"basis": "gross"}).status_code == 422


def test_average_of_year_one_is_a_4xx_not_a_500(client):
    r = client.get("/prices/nd_oxide/average", params={"period": "0001"})
    assert 400 <= r.status_code < 500, r.text
