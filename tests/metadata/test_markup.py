"""Metadata from HTML markup end to end: sources, ranks, provenance, and the body kept."""

from __future__ import annotations

import datetime as dt
import json

import newsclean
from newsclean import Article
from tests.metadata.story import BODY


def _page(head: str, body: str = "", lang: str = "en-us") -> str:
    return (f'<html lang="{lang}"><head><title>Bridge to close | Gazette</title>{head}</head>'
            f"<body><article><h1>Bridge to close</h1>{body}{BODY}</article></body></html>")


JSONLD = json.dumps({
    "@type": "NewsArticle", "headline": "Bridge to close",
    "author": {"@type": "Person", "name": "Ada Lindqvist"},
    "datePublished": "2024-03-05T09:30:00+01:00", "image": "/img/bridge.jpg",
    "publisher": {"@type": "Organization", "name": "Gazette Media Group"},
})
HEAD = (f'<script type="application/ld+json">{JSONLD}</script>'
        '<meta property="og:site_name" content="The Millbrook Gazette">'
        '<meta property="og:image" content="https://cdn.example/og.jpg">'
        '<meta name="author" content="Someone Else">'
        '<meta property="article:published_time" content="2024-03-01">'
        '<meta property="article:modified_time" content="2024-03-06T10:00:00Z">'
        '<meta property="article:section" content="Local">'
        '<meta property="article:tag" content="bridges">'
        '<meta property="article:tag" content="council">'
        '<meta name="description" content="The council votes to close the bridge.">'
        '<link rel="canonical" href="https://news.example/2024/03/05/bridge">')


def test_strong_sources_win_and_say_so() -> None:
    """JSON-LD over meta tags; og:site_name over the JSON-LD publisher; every value sourced."""
    article = newsclean.clean(_page(HEAD), url="https://news.example/2024/03/05/bridge")
    assert article.authors == ("Ada Lindqvist",)
    assert article.published == dt.datetime.fromisoformat("2024-03-05T09:30:00+01:00")
    assert article.modified == dt.datetime(2024, 3, 6, 10, tzinfo=dt.timezone.utc)
    assert article.site_name == "The Millbrook Gazette"
    assert article.lead_image == "https://cdn.example/og.jpg"
    assert article.section == "Local" and article.tags == ("bridges", "council")
    assert article.description == "The council votes to close the bridge."
    assert article.canonical_url == "https://news.example/2024/03/05/bridge"
    assert article.language == "en-US"
    sources = dict(article.provenance)
    assert sources["authors"] == "json-ld" and sources["published"] == "json-ld"
    assert sources["site_name"] == "meta:og:site_name"
    assert sources["lead_image"] == "meta:og:image"
    assert len(article.body) == 3


def test_meta_value_attribute_and_url_date() -> None:
    """<meta value=...> counts as content=; without markup dates, the URL's path gives one."""
    head = '<meta name="author" value="By Jane Doe and John Roe">'
    article = newsclean.clean(_page(head), url="https://news.example/2023/11/09/bridge.html")
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.published == dt.date(2023, 11, 9)
    assert ("published", "url") in article.provenance


def test_relative_images_are_made_absolute() -> None:
    """A relative JSON-LD image is joined with the page's address."""
    script = json.dumps({"@type": "Article", "image": {"url": "/img/a.jpg"}})
    html = _page(f'<script type="application/ld+json">{script}</script>')
    article = newsclean.clean(html, url="https://news.example/a/b.html")
    assert article.lead_image == "https://news.example/img/a.jpg"


def test_an_organisation_is_the_author_only_when_no_person_is_named() -> None:
    """A wire service in a visible byline is the author of a page that names nobody else;
    one that only the markup names is not (readers never see it)."""
    org = json.dumps({"@type": "NewsArticle", "author": {"@type": "Organization",
                                                         "name": "Reuters"}})
    script = f'<script type="application/ld+json">{org}</script>'
    assert newsclean.clean(_page(script)).authors == ()
    wire = newsclean.clean(_page(script, body="<p class='byline'>By Reuters</p>"))
    assert wire.authors == ("Reuters",)
    named = newsclean.clean(_page(script, body="<p class='byline'>By Jane Doe, Reuters</p>"))
    assert named.authors == ("Jane Doe",)


def test_microdata_and_time_near_the_headline() -> None:
    """itemprop author and a <time datetime> after the headline are read."""
    body = ('<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span></div>'
            '<time datetime="2022-07-08T10:00:00+02:00">8 July</time>')
    article = newsclean.clean(_page("", body=body))
    assert article.authors == ("Jane Doe",)
    assert article.published is not None and article.published.isoformat()[:10] == "2022-07-08"


def test_missing_or_broken_markup_never_drops_the_body() -> None:
    """Broken JSON-LD and no metadata at all still give the body."""
    article = newsclean.clean(_page('<script type="application/ld+json">{"@type": </script>'))
    assert len(article.body) == 3 and article.authors == ()


def test_round_trip_with_the_new_fields() -> None:
    """to_dict and from_dict carry modified, description, image, tags and provenance."""
    article = newsclean.clean(_page(HEAD), url="https://news.example/2024/03/05/bridge")
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(article.to_json())) == article


def test_site_name_without_tagline_and_domain_only_as_a_last_resort() -> None:
    """og:site_name loses its tagline; a domain there yields to the name in the <title>."""
    tagline = '<meta property="og:site_name" content="Harbour Watch | News for the coast">'
    assert newsclean.clean(_page(tagline)).site_name == "Harbour Watch"
    domain = '<meta property="og:site_name" content="harbourwatch.example">'
    assert newsclean.clean(_page(domain)).site_name == "Gazette"  # the <title>'s other part
    assert ("site_name", "title, fallback") in newsclean.clean(_page(domain)).provenance
    handle = '<meta name="twitter:site" content="@harbourwatch">'
    untitled = _page(handle).replace("<title>Bridge to close | Gazette</title>", "")
    assert newsclean.clean(untitled).site_name == "harbourwatch"  # the last resort


def test_language_from_the_text_when_undeclared_or_contradicted() -> None:
    """Without a declared language the text tells it; a declared one stands unless the text
    is in another language, and keeps its region when the text agrees."""
    html = _page("").replace('<html lang="en-us">', "<html>")
    article = newsclean.clean(html)
    assert article.language == "en"
    assert ("language", "detected from the text") in article.provenance
    contradicted = newsclean.clean(_page("", lang="de"))  # English text on a 'de' template
    assert contradicted.language == "en"
    assert ("language", "detected from the text") in contradicted.provenance
    agreed = newsclean.clean(_page("", lang="en-gb"))
    assert agreed.language == "en-GB"
    assert ("language", "html lang") in agreed.provenance


def test_byline_and_date_just_after_the_headline() -> None:
    """Unmarked lines after the h1 give the byline and the date when no element does."""
    body = "<p>Written by Priya Nair, MS, RD on November 14, 2019</p>"
    article = newsclean.clean(_page("", body=body))
    assert article.authors == ("Priya Nair",)
    assert article.published == dt.date(2019, 11, 14)
    assert dict(article.provenance)["published"] == "html-meta line 1"


def test_a_published_stamp_equal_to_the_modified_one_is_the_last_save() -> None:
    """datePublished = dateModified is a save; the earlier day the page shows is the date."""
    script = json.dumps({"@type": "NewsArticle", "datePublished": "2019-11-19T19:31:39+00:00",
                         "dateModified": "2019-11-19T19:31:39+00:00"})
    body = "<p class='byline'>By Jane Doe | November 17, 2019</p>"
    article = newsclean.clean(_page(f'<script type="application/ld+json">{script}</script>',
                                    body=body))
    assert article.published == dt.date(2019, 11, 17)


def test_a_utc_stamp_yields_to_the_local_day_before() -> None:
    """A UTC time past midnight yields to the page's own day, one day earlier."""
    head = '<meta property="article:published_time" content="2019-11-20T03:10:00Z">'
    article = newsclean.clean(_page(head), url="https://news.example/2019/11/19/story")
    assert article.published == dt.date(2019, 11, 19)
    assert dict(article.provenance)["published"] == "url"
