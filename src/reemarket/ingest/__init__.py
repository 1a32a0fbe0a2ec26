"""ingest layer of reemarket."""
