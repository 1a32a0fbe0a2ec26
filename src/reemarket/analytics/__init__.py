"""analytics layer of reemarket."""
