"""The Scrapy add-on: one ``ADDONS`` entry turns on the middleware and the pipeline."""

from __future__ import annotations

from scrapy.settings import BaseSettings

from .middleware import NewscleanResponseMiddleware
from .pipeline import NewscleanPipeline

PIPELINE_PRIORITY = 300
"""Mid-range, so validation pipelines can run before and storage pipelines after."""
MIDDLEWARE_PRIORITY = 900
"""Close to the spider, so the items it sees are the callback's own."""


class NewscleanAddon:
    """Enables :class:`NewscleanPipeline` and :class:`NewscleanResponseMiddleware`."""

    def update_settings(self, settings: BaseSettings) -> None:
        settings.set_in_component_priority_dict(
            "ITEM_PIPELINES", NewscleanPipeline, PIPELINE_PRIORITY
        )
        settings.set_in_component_priority_dict(
            "SPIDER_MIDDLEWARES", NewscleanResponseMiddleware, MIDDLEWARE_PRIORITY
        )
