"""``python -m reemarket`` runs the command line."""

from reemarket.cli.main import run

run()
