"""The facts listing kept in memory answers exactly as the listing paged in SQL."""

from __future__ import annotations

import asyncio
import threading

import pytest

from reemarket.api.deps import from_memory_or_thread
from reemarket.services import fact_pages
from reemarket.services.browse import get_fact
from reemarket.services.facts import FactFilter
from reemarket.store.db import Store, open_store
from support import ingest_seeds, location_for

pytestmark = pytest.mark.backends


@pytest.fixture(scope="module")
def store(tmp_path_factory, backend, request):
    s = open_store(location_for(backend, tmp_path_factory.mktemp("pages") / "p.duckdb", request))
    ingest_seeds(s)
    yield s
    s.close()


def pages(store: Store, flt: FactFilter, limit: int) -> list[fact_pages.FactPage]:
    out = [fact_pages.fact_page(store, flt, limit)]
    while out[-1].next is not None:
        out.append(fact_pages.fact_page(store, flt, limit, cursor=out[-1].next))
    return out


@pytest.mark.parametrize("flt", [FactFilter(), FactFilter(kind="price"), FactFilter(period="2025")])
def test_kept_listing_and_sql_pages_agree(store, monkeypatch, flt):
    kept = pages(store, flt, 6)
    kept_offsets = [fact_pages.fact_page(store, flt, 6, offset) for offset in (0, 5, 11)]
    # a budget of nothing: every listing is too big to keep, so pages are read in SQL
    monkeypatch.setattr(fact_pages, "_LISTINGS", fact_pages._Listings(0))
    in_sql = pages(store, flt, 6)
    assert [p.items for p in in_sql] == [p.items for p in kept]
    assert [p.next for p in in_sql] == [p.next for p in kept]
    assert {p.total for p in in_sql} == {p.total for p in kept} == {sum(len(p.items) for p in kept)}
    sql_offsets = [fact_pages.fact_page(store, flt, 6, offset) for offset in (0, 5, 11)]
    assert sql_offsets == kept_offsets


def test_sentence_offsets_match_the_single_fact_view(store):
    listed = fact_pages.fact_page(store, FactFilter(), 1000).items
    assert listed
    for item in listed[:: max(1, len(listed) // 25)]:
        assert get_fact(store, item["id"]).model_dump() == item


def test_a_write_makes_a_new_listing(store):
    before = fact_pages.fact_page(store, FactFilter(), 1).total
    from reemarket.store import facts as fact_store

    some = fact_store.select_facts(store, fact_store.FactWhere())[0]
    with store.transaction() as tx:
        tx.execute("UPDATE facts SET resolved = false WHERE id = ?", [some.id])
    try:
        assert fact_pages.fact_page(store, FactFilter(), 1).total == before - 1
    finally:
        with store.transaction() as tx:
            tx.execute("UPDATE facts SET resolved = true WHERE id = ?", [some.id])
    assert fact_pages.fact_page(store, FactFilter(), 1).total == before


def test_memory_first_runs_on_the_loop_unless_the_store_is_asked(store):
    seen: list[str] = []

    def from_memory(s: Store) -> int:
        seen.append(threading.current_thread().name)
        return 1

    def asks_the_store(s: Store) -> int:
        seen.append(threading.current_thread().name)
        return int(s.conn.execute("SELECT 41 + 1").fetchall()[0][0])

    async def both() -> tuple[int, int]:
        return (
            await from_memory_or_thread(from_memory, store),
            await from_memory_or_thread(asks_the_store, store),
        )

    assert asyncio.run(both()) == (1, 42)
    main = threading.main_thread().name
    if store.shared:  # the team store's generation is a query: always in a thread
        assert main not in seen
    else:
        assert seen[:2] == [main, main]  # the second stopped at its query ...
        assert seen[2] != main  # ... and ran again in a worker thread
