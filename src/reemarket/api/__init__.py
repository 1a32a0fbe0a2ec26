"""api layer of reemarket."""
