"""Fact families and the sentence driver that sends each number of a sentence to its family.

The public entry: :func:`extract_sentence` (every fact of one annotated sentence),
:func:`remember_group` (the goods a "They ..." sentence may take up) and :func:`table_unit`
(a table header's price unit); :class:`DocState` and :class:`Draft` are the document's
state and a fact in the making. docs/extraction.md maps the modules of this package.
"""

from __future__ import annotations

from reemarket.ingest.extractors.price_changes import remember_group
from reemarket.ingest.extractors.price_units import table_unit
from reemarket.ingest.extractors.sentence import extract_sentence
from reemarket.ingest.extractors.state import DocState, Draft

__all__ = ["DocState", "Draft", "extract_sentence", "remember_group", "table_unit"]
