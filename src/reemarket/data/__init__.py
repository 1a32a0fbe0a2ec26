"""Bundled data files: catalog, atomic weights, bands, mappings, sample sheet, reference."""
