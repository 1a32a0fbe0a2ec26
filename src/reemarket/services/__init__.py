"""services layer of reemarket."""
