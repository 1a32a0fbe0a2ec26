"""Audit: rules that check stored claims and return findings."""
