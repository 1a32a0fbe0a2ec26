"""The API under load and attack: Host allow-list, security headers, concurrent writes,
no server paths in errors, the lean series path, key revocation, a cache bounded in bytes."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx

from reemarket.api.cache import ReadCache
from reemarket.services.analytics import SeriesResult
from reemarket.services.keys import create_key


def test_unknown_host_is_refused_loopback_names_served(live):
    for host in ("evil.example", "attacker.test:80", ""):
        r = httpx.get(live.url + "/api/v1/products", headers={"Host": host})
        assert r.status_code == 400, host
        assert r.json()["field"] == "Host"
    for host in ("localhost", f"127.0.0.1:{live.port}", f"[::1]:{live.port}", "LOCALHOST:1"):
        assert httpx.get(live.url + "/api/v1/products", headers={"Host": host}).status_code == 200


def test_security_headers_on_pages_and_api(live):
    for path in ("/", "/prices", "/api/v1/products", "/api/v1/prices/unobtainium"):
        h = httpx.get(live.url + path).headers
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in h["content-security-policy"]
        assert "script-src 'self';" in h["content-security-policy"]
        assert h["referrer-policy"] == "no-referrer"


def test_concurrent_audits_all_succeed(client, key):
    def one(_: int) -> int:
        with httpx.Client(base_url=str(client.base_url), timeout=120) as c:
            return c.post("/audit", headers={"X-API-Key": key}).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(one, range(8)))
    assert codes == [200] * 8


def test_error_bodies_name_no_server_folder(client, key, api_db):
    folder = str(api_db[0].parent)
    r = client.post(
        "/documents", headers={"X-API-Key": key}, files={"file": ("bad.pdf", b"not a pdf")}
    )
    assert r.status_code == 422
    assert "bad.pdf" in r.json()["detail"]
    assert "/tmp" not in r.text
    assert folder not in r.text


def test_lean_series_has_the_documented_shape(client):
    r = client.get("/prices/nd_oxide", params={"start": "2024-01-01", "end": "2024-03-31"})
    assert r.status_code == 200
    result = SeriesResult.model_validate(r.json())
    assert result.points
    assert all("2024-01-01" <= str(p.date) <= "2024-03-31" for p in result.points)
    assert [p.date for p in result.points] == sorted(p.date for p in result.points)


def test_delete_key_revokes_it(client, key, live):
    with live.server.config.app.state.database.request_store() as store:
        leaked = create_key(store, "leaked")
    assert client.post("/audit", headers={"X-API-Key": leaked.key}).status_code == 200
    assert client.delete(f"/keys/{leaked.id}").status_code == 401  # needs a key
    r = client.delete(f"/keys/{leaked.id}", headers={"X-API-Key": key})
    assert r.status_code == 200
    assert r.json()["revoked_at"] is not None
    assert client.post("/audit", headers={"X-API-Key": leaked.key}).status_code == 401
    assert client.delete("/keys/999999", headers={"X-API-Key": key}).status_code == 404


def _app(size: int):
    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * size})

    return app


def test_read_cache_is_bounded_in_bytes_not_entries():
    cache = ReadCache(_app(10_000), prefix="/", max_bytes=50_000, max_entry_bytes=20_000)
    sent: list[dict] = []

    async def send(m):
        sent.append(m)

    async def go():
        for i in range(20):
            scope = {"type": "http", "method": "GET", "path": f"/a{i}", "query_string": b""}
            await cache(scope, None, send)

    asyncio.run(go())
    assert cache.bytes <= 50_000
    assert 3 <= len(cache.entries) <= 5
    big = ReadCache(_app(30_000), prefix="/", max_bytes=50_000, max_entry_bytes=20_000)

    async def go_big():
        await big(
            {"type": "http", "method": "GET", "path": "/big", "query_string": b""}, None, send
        )

    asyncio.run(go_big())
    assert big.entries == {}
    assert big.bytes == 0
