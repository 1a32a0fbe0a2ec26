"""Fact queries page, filter and look up by id in SQL, matching the full listing."""

import pytest

from reemarket.errors import NotFoundError
from reemarket.services.browse import get_fact, list_facts
from reemarket.services.facts import FactFilter, query
from reemarket.store import facts as fact_store
from reemarket.store.db import open_store
from support import ingest_seeds

pytestmark = pytest.mark.backends


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("facts") / "f.duckdb")
    ingest_seeds(s)
    yield s
    s.close()


def test_pages_are_slices_of_the_whole_listing(store):
    flt = FactFilter(kind="price")
    whole = [f["id"] for f in query(store, flt)]
    assert len(whole) > 10
    seen = []
    for offset in range(0, len(whole), 7):
        page, total = list_facts(store, flt, 7, offset)
        assert total == len(whole)
        seen += [f.id for f in page]
    assert seen == whole


def test_count_matches_the_filter_in_sql(store):
    where_all = fact_store.FactWhere(include_unresolved=True)
    where_price = fact_store.FactWhere(kind="price")
    n_all = fact_store.count_facts(store, where_all)
    n_price = fact_store.count_facts(store, where_price)
    assert 0 < n_price < n_all
    assert n_price == len(fact_store.select_facts(store, where_price))


def test_get_fact_by_id_including_unresolved(store):
    rows = fact_store.select_facts(store, fact_store.FactWhere(include_unresolved=True))
    last = rows[-1]
    fact = get_fact(store, last.id)
    assert (fact.id, fact.doc, fact.value) == (last.id, last.doc, last.value)
    with pytest.raises(NotFoundError, match="no fact with id"):
        get_fact(store, max(r.id for r in rows) + 1)
