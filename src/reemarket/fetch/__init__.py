"""Reading documents from the web: URL checks, a polite HTTP client, an HTTP cache, feeds.

Nothing here touches the database; the use cases live in ``services/fetch.py`` and
``services/sources.py``.
"""
