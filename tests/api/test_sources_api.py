"""Sources through the API: listed openly, added and removed only with a key."""

from __future__ import annotations

import httpx


def test_sources_need_a_key_to_add_and_are_listed(client: httpx.Client, key: str) -> None:
    form = {"url": "https://example.com/rss", "name": "api-src", "every": "2h", "language": "zh"}
    refused = client.post("/sources", data=form)
    assert refused.status_code == 401
    made = client.post("/sources", data=form, headers={"X-API-Key": key})
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["every_seconds"] == 7200
    assert body["last_error"] is None
    listed = client.get("/sources").json()
    assert [s["name"] for s in listed if s["name"] == "api-src"] == ["api-src"]
    dup = client.post("/sources", data=form, headers={"X-API-Key": key})
    assert dup.status_code == 422
    assert "already followed" in dup.json()["detail"]
    bad = client.post(
        "/sources",
        data={"url": "file:///etc/passwd"},
        headers={"X-API-Key": key},
    )
    assert bad.status_code == 422
    assert "scheme" in bad.json()["detail"]
    gone = client.delete(f"/sources/{body['id']}", headers={"X-API-Key": key})
    assert gone.status_code == 200
    assert client.delete(f"/sources/{body['id']}", headers={"X-API-Key": key}).status_code == 404
