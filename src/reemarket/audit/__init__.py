"""audit layer of reemarket."""
