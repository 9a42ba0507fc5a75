"""The Scrapy add-on in a real crawl of a local site served on 127.0.0.1 by the test.

The crawl runs in its own process (``tests/scrapy_crawl.py``): a Twisted
reactor cannot be restarted inside the test process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.batch_pages import html_page, story

pytest.importorskip("scrapy")

REPO = Path(__file__).resolve().parents[1]
CRAWL_TIMEOUT_S = 120
"""A crawl of eight local pages takes seconds; this only stops a hung reactor."""
CYRILLIC = "Городской совет проголосовал во вторник за восстановление старого моста."
LIST_PAGE = (
    "<html><head><title>Latest news</title></head><body><ul>"
    + "".join(f'<li><a href="/s/{i}">Headline number {i} about the council</a></li>'
              for i in range(20))
    + "</ul></body></html>"
)


def _site() -> dict[str, tuple[str, bytes]]:
    """Path -> (Content-Type, body) of the local site."""
    pages: dict[str, tuple[str, bytes]] = {}
    for number in (1, 2, 3):
        page = html_page(number, extra="<p>WEATHER ALERT FOR THE COAST</p>")
        pages[f"/story/{number}"] = ("text/html; charset=utf-8", page.encode())
    cyrillic = html_page(4, charset=None, extra=f"<p>{CYRILLIC}</p>").encode("cp1251")
    pages["/story/4"] = ("text/html; charset=windows-1251", cyrillic)
    pages["/list"] = ("text/html", LIST_PAGE.encode())
    links = "".join(f'<a class="page" href="{path}">{path}</a> ' for path in pages)
    pages["/"] = ("text/html", f"<html><body>{links}</body></html>".encode())
    embedded = {"html": html_page(5), "url": "https://example.com/five"}
    pages["/embedded.json"] = ("application/json", json.dumps(embedded).encode())
    return pages


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """The site on a free loopback port, for the duration of this module's tests."""
    site = _site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            content_type, body = site.get(self.path, ("text/plain", b"not found"))
            self.send_response(200 if self.path in site else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            """Quiet: the test reads the crawl's output, not the server's log."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def crawl(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run both spiders once; the tests read what they wrote."""
    out = tmp_path_factory.mktemp("crawl")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
        str(REPO / "src"), str(REPO), os.environ.get("PYTHONPATH")
    ]))}
    done = subprocess.run(
        # -W default: show DeprecationWarnings, which Python hides outside __main__.
        [sys.executable, "-W", "default", "-m", "tests.scrapy_crawl", base_url, str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=CRAWL_TIMEOUT_S, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (out / "log.txt").write_text(done.stderr, encoding="utf-8")
    return out


def _items(crawl: Path, spider: str) -> dict[str, dict[str, Any]]:
    lines = (crawl / f"{spider}.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    by_page = {item["page"]: item for item in items}
    assert len(by_page) == len(items)
    return by_page


def test_no_deprecation_warnings_and_no_errors(crawl: Path) -> None:
    """The add-on follows current Scrapy: no deprecation warning, no error in either crawl."""
    log = (crawl / "log.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in log if "Deprecat" in line] == []
    assert [line for line in log if "py.warnings" in line and "newsclean" in line] == []
    assert [line for line in log if "Traceback" in line or "] ERROR:" in line] == []
    stats = json.loads((crawl / "stats.json").read_text(encoding="utf-8"))
    for name in ("drop", "keep"):
        assert stats[name].get("log_count/ERROR", 0) == 0
        assert stats[name]["finish_reason"] == "finished"


def test_articles_from_responses(crawl: Path) -> None:
    """Each story page's item holds its article as a dict of the chosen fields, not the page."""
    items = _items(crawl, "drop")
    for number in (1, 2, 3):
        item = items[str(number)]
        assert set(item) == {"page", "url", "article"}
        article = item["article"]
        assert list(article) == ["title", "url", "text", "removed"]
        assert article["title"] == f"Story {number}"
        assert article["url"].endswith(f"/story/{number}")
        assert article["text"] == "\n\n".join(story(number))


def test_custom_rule_by_import_path(crawl: Path) -> None:
    """NEWSCLEAN_RULES adds a @rule from a module; it removes what it should."""
    removed = _items(crawl, "drop")["1"]["article"]["removed"]
    assert {"text": "WEATHER ALERT FOR THE COAST", "rule": "shouting"}.items() <= next(
        r for r in removed if r["rule"] == "shouting"
    ).items()


def test_http_charset_reaches_the_cleaner(crawl: Path) -> None:
    """A cp1251 page that says so only in its Content-Type header comes out right."""
    assert _items(crawl, "drop")["4"]["article"]["text"].endswith(CYRILLIC)


def test_page_from_an_item_field(crawl: Path) -> None:
    """An item that carries its own page (from a JSON API) is cleaned with its own URL."""
    article = _items(crawl, "drop")["embedded"]["article"]
    assert article["url"] == "https://example.com/five"
    assert article["text"] == "\n\n".join(story(5))


def test_non_articles_dropped_or_kept(crawl: Path) -> None:
    """A list page is dropped by default and kept (without an article) when asked."""
    dropped, kept = _items(crawl, "drop"), _items(crawl, "keep")
    assert "list" not in dropped
    assert kept["list"] == {"page": "list", "url": kept["list"]["url"]}
    assert kept["list"]["url"].endswith("/list")
    assert dropped["no-page-at-all"] == kept["no-page-at-all"] == {"page": "no-page-at-all"}


def test_field_map_and_disabled_rule(crawl: Path) -> None:
    """NEWSCLEAN_FIELD_MAP puts article fields on item fields; NEWSCLEAN_DISABLE turns rules off."""
    item = _items(crawl, "keep")["2"]
    assert set(item) == {"page", "url", "headline", "body"}
    # Without html-title, the title is the page's <title> and the <h1> stays in the body.
    assert item["headline"] == "Story 2 | The Example Gazette"
    assert item["body"] == "\n\n".join(["Story 2", *story(2), "WEATHER ALERT FOR THE COAST"])
