"""cli layer of reemarket."""
