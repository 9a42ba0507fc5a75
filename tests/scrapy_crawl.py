"""A real Scrapy crawl with the newsclean add-on, run by tests/test_scrapy.py in its own process.

Run as ``python -m tests.scrapy_crawl BASE_URL OUT_DIR`` from the repository
root. Two spiders crawl the same local site at once: one with the default
settings (non-articles dropped, the article as one dict), one that keeps
non-articles and maps article fields onto item fields. Each writes its items to
``OUT_DIR/<spider>.jsonl``, and each crawl's stats go to ``OUT_DIR/stats.json``.
Scrapy logs warnings (``py.warnings``) to standard error, which the test reads.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, ClassVar

import scrapy
from scrapy.crawler import AsyncCrawlerProcess
from scrapy.http import Response

from newsclean import Block, rule


@rule("shouting")
def shouting(block: Block) -> str | None:
    """Lines in capitals are chrome on this site."""
    return "all capitals" if block.text.isupper() else None


class _SiteSpider(scrapy.Spider):
    """Follows the index's links and yields one item per page, plus one page given as data."""

    base = ""

    async def start(self) -> AsyncIterator[Any]:
        yield scrapy.Request(self.base + "/")

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        yield from response.follow_all(css="a.page", callback=self.parse_page)
        yield response.follow("/embedded.json", callback=self.parse_embedded)

    def parse_page(self, response: Response) -> Iterator[dict[str, Any]]:
        yield {"page": response.url.rsplit("/", 1)[-1]}

    def parse_embedded(self, response: Response) -> Iterator[dict[str, Any]]:
        data = json.loads(response.text)
        yield {"page": "embedded", "html": data["html"], "url": data["url"]}
        yield {"page": "no-page-at-all"}


class DropSpider(_SiteSpider):
    name = "drop"
    custom_settings: ClassVar[dict[str, Any]] = {
        "NEWSCLEAN_RULES": ["tests.scrapy_crawl.shouting"],
        "NEWSCLEAN_FIELDS": ["title", "url", "text", "removed"],
    }


class KeepSpider(_SiteSpider):
    name = "keep"
    custom_settings: ClassVar[dict[str, Any]] = {
        "NEWSCLEAN_DROP_REJECTED": False,
        "NEWSCLEAN_FIELD_MAP": {"title": "headline", "text": "body"},
        "NEWSCLEAN_DISABLE": ["html-title"],
    }


def crawl(base: str, out: Path) -> None:
    crawlers = _run(base, out)
    stats = {c.spider.name: c.stats.get_stats() for c in crawlers if c.spider and c.stats}
    (out / "stats.json").write_text(json.dumps(stats, default=str, indent=1), encoding="utf-8")


def _run(base: str, out: Path) -> list[Any]:
    settings = {
        "ADDONS": {"newsclean.contrib.scrapy.NewscleanAddon": 300},
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "CONCURRENT_REQUESTS": 4,
    }
    process = AsyncCrawlerProcess(settings)
    crawlers = []
    for spider in (DropSpider, KeepSpider):
        spider.base = base
        feeds = {str(out / f"{spider.name}.jsonl"): {"format": "jsonlines"}}
        spider.custom_settings = {**spider.custom_settings, "FEEDS": feeds}
        crawler = process.create_crawler(spider)
        crawlers.append(crawler)
        process.crawl(crawler)
    process.start()
    return crawlers


if __name__ == "__main__":
    crawl(sys.argv[1], Path(sys.argv[2]))
