"""Whether a figure is itself the base of a comparison, not a fact of its own.

"12% more than the 4,640 t of May" (a base after "than"), "from a loss of A$9.2 million",
"on the 355 million yuan it earned" (a base stated as a result).
"""

from __future__ import annotations

import re

from reemarket.ingest.annotate import SentenceView
from reemarket.ingest.numbers import Quantity

# a base stated as a result: "from a loss of A$9.2 million", "on the 355 million yuan"
_RESULT_BASE = re.compile(
    r"\b(?:(?:from|compared\s+(?:with|to)|against|versus)\s+(?:an?\s+|the\s+)?"
    r"(?:net\s+)?(?:loss|profit|income|deficit)\s+of|on\s+the)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)


_THAN_BASE = re.compile(r"\bthan\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+)?$", re.I)


def than_base(view: SentenceView, q: Quantity) -> bool:
    """Whether a figure is the base of a comparison ("12% more than the 4,640 t of May")."""
    return bool(_THAN_BASE.search(view.text, max(0, q.start - 25), q.start))


def result_base(view: SentenceView, q: Quantity) -> bool:
    """Whether a figure is a base stated as a result ("from a loss of X", "on the X it earned")."""
    return bool(_RESULT_BASE.search(view.text[max(0, q.start - 40) : q.start]))
