"""The facts listing over real HTTP: cursor paging, offsets from a cursor, a bad cursor."""

from __future__ import annotations

import base64

import httpx
import pytest

pytestmark = pytest.mark.backends


def walk(client: httpx.Client, limit: int, **params: str) -> tuple[list[dict], int]:
    """Every page by cursor: the facts in order, and how many pages it took."""
    items: list[dict] = []
    pages = 0
    cursor: str | None = None
    while True:
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        r = client.get("/facts", params=query)
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        pages += 1
        cursor = body["next"]
        if cursor is None:
            return items, pages
        assert len(body["items"]) == limit  # only the last page is short


def test_cursor_pages_give_every_fact_once_in_listing_order(client):
    whole = client.get("/facts", params={"limit": 1000}).json()
    assert whole["next"] is None
    assert whole["total"] == len(whole["items"]) > 20
    items, pages = walk(client, 7)
    ids = [f["id"] for f in items]
    assert len(ids) == len(set(ids))
    assert ids == [f["id"] for f in whole["items"]]
    assert items == whole["items"]  # the same fields, sentence offsets included
    assert pages == -(-whole["total"] // 7)


def test_cursor_pages_keep_the_filters(client):
    every = client.get("/facts", params={"limit": 1000}).json()["items"]
    prices = [f["id"] for f in every if f["kind"] == "price"]
    assert 7 < len(prices) < len(every)
    items, _ = walk(client, 4, kind="price")
    assert [f["id"] for f in items] == prices
    assert {f["kind"] for f in items} == {"price"}


def test_an_offset_counts_from_the_cursor(client):
    first = client.get("/facts", params={"limit": 5}).json()
    after = client.get("/facts", params={"limit": 5, "cursor": first["next"]}).json()
    skipped = client.get("/facts", params={"limit": 2, "offset": 3, "cursor": first["next"]})
    assert skipped.status_code == 200
    assert [f["id"] for f in skipped.json()["items"]] == [f["id"] for f in after["items"][3:5]]
    by_offset = client.get("/facts", params={"limit": 5, "offset": 5}).json()
    assert by_offset["items"] == after["items"]
    assert by_offset["total"] == first["total"] == after["total"]


@pytest.mark.parametrize(
    "cursor",
    [
        "not a cursor",
        base64.urlsafe_b64encode(b'{"doc": 1}').decode(),
        base64.urlsafe_b64encode(b'["a.txt", -1, 3]').decode(),
        base64.urlsafe_b64encode(b'["a.txt", 1]').decode(),
        "%%%",
    ],
)
def test_a_bad_cursor_is_422_naming_the_field(client, cursor):
    r = client.get("/facts", params={"cursor": cursor})
    assert r.status_code == 422
    body = r.json()
    assert body["field"] == "cursor"
    assert "cursor" in body["detail"]
