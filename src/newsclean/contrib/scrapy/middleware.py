"""The spider middleware: hand each item the response it was scraped from.

An item pipeline never sees the response, so this middleware copies the body,
URL and ``Content-Type`` of an HTML response into each item its callback
yields, unless the item already holds a page. The pipeline takes them out again.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response

from .settings import NewscleanSettings

_log = logging.getLogger(__name__)


class NewscleanResponseMiddleware:
    """Copies an HTML response's body, URL and Content-Type into the items it yields."""

    def __init__(self, settings: NewscleanSettings) -> None:
        self.settings = settings
        self._warned: set[type] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NewscleanResponseMiddleware:
        return cls(NewscleanSettings.from_settings(crawler.settings))

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        """Pass everything on; items from an HTML response get the page first."""
        attach = self.settings.from_response and isinstance(response, HtmlResponse)
        async for output in result:
            if attach and is_item(output):
                self._attach(output, response)
            yield output

    def _attach(self, item: Any, response: Response) -> None:
        adapter = ItemAdapter(item)
        names = self.settings
        if adapter.get(names.html_field) is not None:
            return  # the spider chose the page itself
        content_type = response.headers.get("Content-Type")
        values = {
            names.html_field: response.body,
            names.encoding_field: content_type.decode("latin-1") if content_type else None,
        }
        if adapter.get(names.url_field) is None:
            values[names.url_field] = response.url
        try:
            for key, value in values.items():
                adapter[key] = value
        except KeyError:  # an Item class without these fields
            if type(item) not in self._warned:
                self._warned.add(type(item))
                _log.warning(
                    "newsclean: %s has no field %r, %r or %r; declare them, or set the page "
                    "yourself", type(item).__name__, names.html_field, names.url_field,
                    names.encoding_field,
                )
