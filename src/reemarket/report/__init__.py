"""report layer of reemarket."""
