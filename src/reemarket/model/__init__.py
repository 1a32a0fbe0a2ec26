"""model layer of reemarket."""
