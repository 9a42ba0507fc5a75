"""newsclean in Scrapy: an item pipeline, a spider middleware and the add-on that enables both.

Install with ``pip install "newsclean[scrapy]"`` and add the add-on to the
project's settings::

    ADDONS = {"newsclean.contrib.scrapy.NewscleanAddon": 300}

Each item a callback yields from an HTML response then gets the response's
body, URL and Content-Type (the middleware), and the pipeline replaces them
with the cleaned article. See ``docs/pipelines.md`` for the settings.
"""

from __future__ import annotations

from .addon import NewscleanAddon
from .middleware import NewscleanResponseMiddleware
from .pipeline import NewscleanPipeline
from .settings import NewscleanSettings

__all__ = [
    "NewscleanAddon",
    "NewscleanPipeline",
    "NewscleanResponseMiddleware",
    "NewscleanSettings",
]
