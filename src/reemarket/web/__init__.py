"""web layer of reemarket."""
