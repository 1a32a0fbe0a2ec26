"""The story index's quick placement gives the answer a full comparison of every signature gives."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reemarket.ingest.stories import SAME_STORY, SLOTS, similarities
from reemarket.services.stories import STORY_DAYS, StoryIndex


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


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(1, 200))
def test_only_documents_near_in_time_or_undated_are_compared(seed: int, count: int) -> None:
    sig, stored = _signatures(seed, count)
    rng = np.random.default_rng(seed)
    day = date(2025, 6, 1)
    offsets = [None if rng.random() < 0.1 else int(rng.integers(-90, 91)) for _ in stored]
    index = StoryIndex()
    for i, (s, off) in enumerate(zip(stored, offsets, strict=True)):
        index.remember(
            f"d{i}", f"story{i}", s, published=None if off is None else day + timedelta(off)
        )
    story, similarity, _, _ = index.place("new", "", (), sig, published=day)
    near = [i for i, off in enumerate(offsets) if off is None or abs(off) <= STORY_DAYS]
    full = similarities(sig, [stored[i] for i in near])
    if len(full) and full.max() >= SAME_STORY:
        best = int(np.argmax(full))
        assert (story, similarity) == (f"story{near[best]}", float(full[best]))
    else:
        assert (story, similarity) == ("new", 1.0)


def test_a_copy_months_later_is_a_new_story_but_an_undated_one_is_not() -> None:
    text_sig, _ = _signatures(3, 0)
    index = StoryIndex()
    index.remember("old", "old", text_sig, published=date(2025, 1, 10))
    assert index.place("x", "", (), text_sig, published=date(2025, 6, 1))[0] == "x"
    assert index.place("y", "", (), text_sig, published=date(2025, 1, 20))[0] == "old"
    assert index.place("z", "", (), text_sig, published=None)[0] == "old"


def test_an_index_cut_back_forgets_the_rows_after_the_cut() -> None:
    sig, stored = _signatures(7, 3)
    index = StoryIndex()
    index.remember("d0", "s0", stored[0])
    index.remember("copy", "s1", sig)
    index.truncate(1)
    story, _, _, _ = index.place("new", "", (), sig)
    full = similarities(sig, stored[:1])
    assert story == ("s0" if full[0] >= SAME_STORY else "new")
