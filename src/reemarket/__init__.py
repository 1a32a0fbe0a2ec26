"""reemarket: rare-earth market intelligence with provenance."""

__version__ = "0.1.0"
