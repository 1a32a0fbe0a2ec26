"""store layer of reemarket."""
