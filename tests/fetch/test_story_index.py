"""The story index's quick placement gives the answer a full comparison of every signature gives."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reemarket.ingest.stories import SAME_STORY, SLOTS, similarities
from reemarket.services.stories import StoryIndex


def _signatures(seed: int, count: int) -> tuple[bytes, list[bytes]]:
    """A new signature and ``count`` stored ones sharing random numbers of its slots.

    Stored slots that differ often differ only above the low byte, the case the quick
    byte table must not be fooled by.
    """
    rng = np.random.default_rng(seed)
    mine = rng.integers(0, 2**63, size=SLOTS, dtype=np.uint64)
    stored = []
    for _ in range(count):
        other = mine.copy()
        shared = int(rng.integers(0, SLOTS + 1))
        changed = rng.permutation(SLOTS)[: SLOTS - shared]
        same_low = rng.random(len(changed)) < 0.7
        other[changed] = np.where(
            same_low,
            mine[changed] ^ np.uint64(1 << 20),  # the low byte unchanged
            rng.integers(0, 2**63, size=len(changed), dtype=np.uint64),
        )
        stored.append(other.tobytes())
    return mine.tobytes(), stored


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(0, 300))
def test_placement_matches_a_full_comparison(seed: int, count: int) -> None:
    sig, stored = _signatures(seed, count)
    index = StoryIndex()
    for i, s in enumerate(stored):
        index.remember(f"d{i}", f"story{i % 7}", s)
    story, similarity, _, _ = index.place("new", "", (), sig)
    full = similarities(sig, stored)
    if len(full) and full.max() >= SAME_STORY:
        best = int(np.argmax(full))
        assert (story, similarity) == (f"story{best % 7}", float(full[best]))
    else:
        assert (story, similarity) == ("new", 1.0)


def test_an_index_cut_back_forgets_the_rows_after_the_cut() -> None:
    sig, stored = _signatures(7, 3)
    index = StoryIndex()
    index.remember("d0", "s0", stored[0])
    index.remember("copy", "s1", sig)
    index.truncate(1)
    story, _, _, _ = index.place("new", "", (), sig)
    full = similarities(sig, stored[:1])
    assert story == ("s0" if full[0] >= SAME_STORY else "new")
