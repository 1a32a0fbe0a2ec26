"""The VAT basis of a Chinese price: 含税 (VAT included) or 不含税 (VAT excluded).

A price given on both bases is one price twice. The Chinese market quotes VAT included, so
the VAT-inclusive figure is kept and its VAT-exclusive twin dropped (veto ``vat_twin`` in
prose, the column choice in tables); when one is a conversion of the other ("不含税19109元/吨
…；折合含税价格为21593元/吨"), the one stated is kept. Words: ``vat_excl``, ``vat_incl`` and
``vat_conversion`` in ``data/vocab/zh.toml``.
"""

from __future__ import annotations

from reemarket.ingest.rules.zh_text import compile_pattern

VAT_EXCL = compile_pattern("{VAT_EXCL}")
VAT_INCL = compile_pattern("{VAT_INCL}")
VAT_CONVERSION = compile_pattern("{VAT_CONVERSION}")


def masked(text: str) -> str:
    """``text`` with its VAT-exclusive words blanked (不含税 holds 含税)."""
    return VAT_EXCL.sub(lambda m: " " * len(m.group()), text)


def vat_basis(text: str) -> str | None:
    """The last VAT basis word of ``text``: "excl" or "incl", else None."""
    excl = [m.end() for m in VAT_EXCL.finditer(text)]
    incl = [m.end() for m in VAT_INCL.finditer(masked(text))]
    if not excl and not incl:
        return None
    return "excl" if max(excl, default=-1) > max(incl, default=-1) else "incl"


def both_bases(text: str) -> bool:
    """Whether ``text`` names both bases."""
    return VAT_EXCL.search(text) is not None and VAT_INCL.search(masked(text)) is not None
