"""The web dashboard: static pages over the JSON API, mounted by :func:`mount_web`."""

from reemarket.web.routes import mount_web

__all__ = ["mount_web"]
