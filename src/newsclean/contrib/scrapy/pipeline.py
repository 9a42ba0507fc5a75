"""The item pipeline: clean the page an item holds, and put the article in the item.

Cleaning is CPU-bound, so it runs in a thread, off the reactor: the crawl
keeps downloading while a page is cleaned. (Threads keep Scrapy responsive;
they do not make cleaning faster. For that, clean in processes after the crawl.)
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from newsclean import Article, NewscleanError
from newsclean.batch.records import article_record

from .settings import NewscleanSettings

_log = logging.getLogger(__name__)


class NewscleanPipeline:
    """Replaces an item's page with its article (as one dict, or mapped onto item fields)."""

    def __init__(self, settings: NewscleanSettings) -> None:
        self.settings = settings

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NewscleanPipeline:
        return cls(NewscleanSettings.from_settings(crawler.settings))

    async def process_item(self, item: Any) -> Any:
        """Clean the item's page; items without one pass through untouched."""
        adapter = ItemAdapter(item)
        s = self.settings
        page = adapter.get(s.html_field)
        if page is None:
            return item
        url, encoding = adapter.get(s.url_field), adapter.get(s.encoding_field)
        try:
            article: Article = await _off_reactor(
                s.cleaner.clean, page, url=url, kind=s.kind, encoding=encoding
            )
        except NewscleanError as exc:
            return self._reject(adapter, item, url, str(exc))
        if not s.accept(article):
            return self._reject(adapter, item, url, "not an article")
        self._forget_page(adapter)
        self._store(adapter, article)
        return item

    def _forget_page(self, adapter: ItemAdapter) -> None:
        """Take the page out of the item: it is large, and the article now stands for it."""
        if not self.settings.keep_html:
            for name in (self.settings.html_field, self.settings.encoding_field):
                adapter.pop(name, None)

    def _reject(self, adapter: ItemAdapter, item: Any, url: Any, reason: str) -> Any:
        """Drop an item without an article, or keep it without one, as the settings say."""
        if self.settings.drop_rejected:
            raise DropItem(f"newsclean: {url}: {reason}", log_level="INFO")
        _log.info("newsclean: %s: %s; item kept without an article", url, reason)
        self._forget_page(adapter)
        return item

    def _store(self, adapter: ItemAdapter, article: Article) -> None:
        s = self.settings
        if s.field_map:
            data = article.to_dict()
            for source, target in s.field_map.items():
                adapter[target] = data[source]
        else:
            adapter[s.article_field] = article_record(article, s.fields)


async def _off_reactor(function: Any, *args: Any, **kwargs: Any) -> Any:
    """Run ``function`` in a thread: asyncio's when its loop runs, else Twisted's pool."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # a plain Twisted reactor drives this coroutine
        from twisted.internet.threads import deferToThread

        return await deferToThread(function, *args, **kwargs)
    return await asyncio.to_thread(function, *args, **kwargs)
