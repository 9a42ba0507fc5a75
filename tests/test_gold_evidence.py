"""benchmarks/gold/evidence.py prints what a gold annotator reads; it must show JSON-LD the
way pages really write it (graphs, trailing commas, CDATA) and the text a reader sees."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html

GOLD_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "gold"
if str(GOLD_DIR) not in sys.path:
    sys.path.insert(0, str(GOLD_DIR))

import evidence  # noqa: E402

PAGE = """<html lang="en-GB"><head><title>Otters return | The Riverside Post</title>
<meta property="og:site_name" content="The Riverside Post">
<meta name="google-site-verification" content="abc">
<script type="application/ld+json"><![CDATA[
{"@graph": [{"@type": "WebSite", "name": "The Riverside Post"},
 {"@type": "NewsArticle", "headline": "Otters return", "author": {"@type": "Person",
  "name": "Mira Quell"}, "datePublished": "2021-03-04T09:00:00+00:00",},]}
]]></script>
<script type="application/ld+json">{"@type": </script>
<style>.x { color: red }</style></head>
<body><nav>Home</nav><h1>Otters return to the river</h1>
<p>By <b>Mira Quell</b></p><time datetime="2021-03-04">4 March 2021</time>
<script>var hidden = "not visible";</script><p>First paragraph.</p></body></html>"""


def test_jsonld_graph_and_sloppy_blocks() -> None:
    """``@graph`` members come out one by one; trailing commas and CDATA are tolerated; a
    broken block yields its error instead of stopping the page."""
    objects = list(evidence.jsonld_objects(lxml.html.fromstring(PAGE)))
    types = [obj.get("@type") for obj in objects]
    assert "NewsArticle" in types and "WebSite" in types
    article = next(obj for obj in objects if obj.get("@type") == "NewsArticle")
    assert article["author"]["name"] == "Mira Quell"
    assert any("error" in obj for obj in objects)


def test_visible_lines_drop_scripts_and_split_blocks() -> None:
    """Script and style text is not visible; inline elements stay on their line."""
    lines = evidence.visible_lines(lxml.html.fromstring(PAGE))
    assert lines == [
        "Home",
        "Otters return to the river",
        "By Mira Quell",
        "4 March 2021",
        "First paragraph.",
    ]


def test_describe_shows_evidence_not_noise() -> None:
    """The report names the half, keeps metadata tags and drops verification tags."""
    report = "\n".join(evidence.describe("p1", "https://www.example.org/otters", PAGE))
    assert evidence.half("https://www.example.org/otters") in report.splitlines()[0]
    assert "og:site_name = The Riverside Post" in report
    assert "google-site-verification" not in report
    assert "h1: Otters return to the river" in report
    assert "<time 2021-03-04> 4 March 2021" in report
