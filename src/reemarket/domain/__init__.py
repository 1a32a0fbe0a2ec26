"""domain layer of reemarket."""
