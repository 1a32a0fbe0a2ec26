"""Stored Monte Carlo runs: the functions live in ``store.model_runs``; named here too."""

from __future__ import annotations

from reemarket.store.model_runs import list_runs, load_run, save_run, save_scenario, scenario_json

__all__ = ["list_runs", "load_run", "save_run", "save_scenario", "scenario_json"]
