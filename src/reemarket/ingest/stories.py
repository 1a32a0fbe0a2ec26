"""The same story twice: MinHash signatures over word shingles, compared by agreement.

Why our own: a signature is 128 minimums of a hashed shingle set, a few lines of
numpy, and the store holds every signature so a new document is compared against all
of them in one vectorised pass; a library would add scipy for nothing more.

Latin text is cut into lower-case words, Chinese into single characters; shingles are
runs of three tokens. The share of equal signature slots estimates the Jaccard
similarity of two documents' shingle sets.

Cross-language copies (an English page and its Chinese original) share no shingles;
they share their figures. A document's *fact keys* (kind, holder, subject, metric,
period, value, unit of each resolved fact) do not depend on its language, so two
documents whose fact keys mostly agree (at least :data:`MIN_SHARED_FACTS` in common and
a Jaccard similarity of :data:`SAME_FACTS`) are one story too.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import numpy.typing as npt

SLOTS = 128
SHINGLE = 3
#: Least estimated Jaccard similarity for two documents to be one story.
SAME_STORY = 0.5
#: Least Jaccard similarity of two documents' fact keys for them to be one story.
SAME_FACTS = 0.6
#: Fewest fact keys two documents must share before their fact keys can link them.
MIN_SHARED_FACTS = 3
_TOKEN = re.compile(r"[\u4e00-\u9fff]|[^\W_]+", re.UNICODE)
_rng = np.random.default_rng(20260101)
_A = _rng.integers(1, 2**61 - 1, size=SLOTS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**61 - 1, size=SLOTS, dtype=np.uint64)


def shingles(text: str) -> set[bytes]:
    """The document's shingles: runs of three words (or Chinese characters)."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of a text, as bytes (SLOTS unsigned 64-bit integers)."""
    found = shingles(text)
    if not found:
        return np.zeros(SLOTS, dtype=np.uint64).tobytes()
    hashes = np.array(
        [int.from_bytes(hashlib.blake2b(s, digest_size=8).digest(), "little") for s in found],
        dtype=np.uint64,
    )
    with np.errstate(over="ignore"):
        mixed = hashes[:, None] * _A[None, :] + _B[None, :]
    mixed ^= mixed >> np.uint64(29)
    return bytes(mixed.min(axis=0).tobytes())


def similarities(sig: bytes, others: list[bytes]) -> npt.NDArray[np.float64]:
    """Estimated Jaccard similarity of one signature to each of ``others``."""
    if not others:
        return np.zeros(0)
    mine = np.frombuffer(sig, dtype=np.uint64)
    table = np.frombuffer(b"".join(others), dtype=np.uint64).reshape(len(others), SLOTS)
    result: npt.NDArray[np.float64] = (table == mine[None, :]).mean(axis=1)
    return result


def fact_key(
    kind: str,
    entity: str,
    subject: str | None,
    metric: str,
    period: str | None,
    value: float,
    unit: str,
) -> str:
    """A fact's language-free key: what it says, not how (value to 6 significant digits)."""
    return f"{kind}|{entity}|{subject or ''}|{metric}|{period or ''}|{value:.6g}|{unit}"


def fact_overlap(shared: int, mine: int, other: int) -> float:
    """Jaccard similarity of two documents' fact keys; 0 when they share too few.

    From the count of keys they share and each document's count of keys.
    """
    if shared < MIN_SHARED_FACTS:
        return 0.0
    return shared / (mine + other - shared)
