"""Fixed names of the model: elements, supply sources, applications, years."""

from __future__ import annotations

from typing import Final

ELEMENTS: Final[tuple[str, ...]] = (
    "La", "Ce", "Pr", "Nd", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Y", "other",
)  # fmt: skip
"""Modelled elements; ``other`` groups Tm, Yb, Lu (and anything else) as one."""

ORES: Final[tuple[str, ...]] = (
    "bayan_obo", "ionic_clay", "myanmar", "mountain_pass", "mount_weld", "other_ex_china",
)  # fmt: skip
"""Ore types with an element distribution (``dist.<ore>.<element>`` parameters)."""

PRODUCERS: Final[tuple[str, ...]] = (
    "china_rock", "china_ionic", "myanmar", "mountain_pass", "mount_weld", "other_ex_china",
)  # fmt: skip
"""Mine supply sources that a ``producer_cut`` shock can name."""

PRODUCER_ORE: Final[dict[str, str]] = {
    "china_rock": "bayan_obo",
    "china_ionic": "ionic_clay",
    "myanmar": "myanmar",
    "mountain_pass": "mountain_pass",
    "mount_weld": "mount_weld",
    "other_ex_china": "other_ex_china",
}
"""Which ore distribution each producer's output follows."""

COUNTRY_PRODUCER: Final[dict[str, str]] = {
    "Burma": "myanmar",
    "United States": "mountain_pass",
    "Australia": "mount_weld",
}
"""USGS countries mapped to one producer; other non-China countries are ``other_ex_china``."""

MAGNET_APPS: Final[tuple[str, ...]] = (
    "ev", "wind", "industrial_robots", "humanoid_robots",
    "consumer_electronics", "inverter_ac", "industrial_motors", "two_wheelers",
)  # fmt: skip
"""NdFeB magnet applications (activity x intensity x composition / yields)."""

NONMAGNET_USES: Final[tuple[str, ...]] = (
    "catalysts", "polishing", "glass", "metallurgy", "batteries", "phosphors",
    "smco_magnets", "gd_medical_other", "optics_lasers", "ceramics", "hre_other",
)  # fmt: skip
"""Non-magnet uses (REO tonnes x growth x element mix)."""

APPLICATIONS: Final[tuple[str, ...]] = MAGNET_APPS + NONMAGNET_USES
"""Every demand application."""

MAGNET_ELEMENTS: Final[tuple[str, ...]] = ("Nd", "Pr", "Dy", "Tb")
"""Elements carried in NdFeB magnet compositions."""

MAGNET_MINOR_ELEMENTS: Final[tuple[str, ...]] = ("Gd", "Ho")
"""Elements added to NdFeB in every application alike (``comp.magnet.<element>``)."""

PR_SHARE_KEY: Final[str] = "magnet.pr_share"
"""Parameter: Pr's share of the Nd+Pr content of NdFeB (Pr and Nd substitute)."""

HEAVY_MAGNET_ELEMENTS: Final[tuple[str, ...]] = ("Dy", "Tb")
"""Heavy rare earths whose magnet content thrifting and Dy-free shifts reduce."""

FIRST_YEAR: Final[int] = 2024
"""First projected year."""

LAST_YEAR: Final[int] = 2040
"""Last projected year."""

PERCENTILES: Final[tuple[int, ...]] = (5, 25, 50, 75, 95)
"""Percentiles reported per element and year."""


def element_index(symbol: str) -> int:
    """Return the position of an element symbol in :data:`ELEMENTS`."""
    return ELEMENTS.index(symbol)
