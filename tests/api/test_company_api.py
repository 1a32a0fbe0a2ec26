"""The company routes over real HTTP on the seed database."""


def test_company_page_by_ticker(client):
    r = client.get("/companies/600111.SS")
    assert r.status_code == 200
    page = r.json()
    assert page["company"]["id"] == "china_northern_rare_earth"
    rows = {x["metric"]: x["cells"] for x in page["results"]}
    assert rows["revenue"]["2025-Q1"]["value"] == 9.287e9
    assert rows["revenue"]["2025-Q1"]["sources"][0]["sentence"]


def test_unknown_company_is_a_404_naming_the_closest(client):
    r = client.get("/companies/Lynus")
    assert r.status_code == 404
    assert "Lynas Rare Earths Ltd" in r.text


def test_company_without_facts_is_an_empty_page(client):
    r = client.get("/companies/NEO.TO")
    assert r.status_code == 200
    assert r.json()["facts"] == 0
    assert r.json()["message"]


def test_statements_and_bad_topic(client):
    r = client.get("/companies/cnre/statements", params={"period": "2025-H1", "topic": "prices"})
    assert r.status_code == 200
    docs = {s["doc"][:3] for s in r.json()["statements"]}
    assert {"000", "004"} <= docs
    r = client.get("/companies/cnre/statements", params={"topic": "weather"})
    assert r.status_code == 422
    assert r.json().get("field") == "topic" or "topic" in r.text


def test_search(client):
    r = client.get("/search", params={"q": "recycling"})
    assert r.status_code == 200
    assert r.json()["documents"][0]["doc"].startswith("002_")
