"""JSON-LD reading: the article object's values, from well-formed and broken scripts alike."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.input.jsonld import jsonld_markup, parse_scripts


def _values(*scripts: str) -> list[tuple[str, str, bool]]:
    return [(m.field, m.value, m.weak) for m in jsonld_markup(scripts)]


ARTICLE = {
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Harbour bridge to close for repairs",
    "author": [{"@type": "Person", "name": "Ada Lindqvist"}, "Ben Okafor"],
    "datePublished": "2024-03-05T09:30:00+01:00", "dateModified": "2024-03-06",
    "image": [{"@type": "ImageObject", "url": "https://img.example/bridge.jpg"}],
    "publisher": {"@type": "Organization", "name": "The Millbrook Gazette"},
    "inLanguage": "en-GB", "description": "The council votes.", "keywords": "bridge, council",
    "articleSection": "Local", "mainEntityOfPage": {"@id": "https://news.example/bridge"},
}


def test_reads_every_field_of_an_article() -> None:
    """Headline, authors, dates, image, publisher, language, keywords, section, address."""
    got = _values(json.dumps(ARTICLE))
    assert ("author", "Ada Lindqvist", False) in got
    assert ("author", "Ben Okafor", False) in got
    assert ("published", "2024-03-05T09:30:00+01:00", False) in got
    assert ("modified", "2024-03-06", False) in got
    assert ("image", "https://img.example/bridge.jpg", False) in got
    assert ("site_name", "The Millbrook Gazette", False) in got
    assert ("language", "en-GB", False) in got
    assert ("tag", "bridge", False) in got and ("tag", "council", False) in got
    assert ("section", "Local", False) in got
    assert ("canonical_url", "https://news.example/bridge", False) in got
    assert ("title", "Harbour bridge to close for repairs", True) in got  # titles only fill gaps


@pytest.mark.parametrize("script", [
    # a trailing comma in an object and in a list
    '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ada Lindqvist",},}',
    '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ada Lindqvist"},]}',
    # HTML entities for the quotes
    '{&quot;@type&quot;: &quot;NewsArticle&quot;, &quot;author&quot;: &quot;Ada Lindqvist&quot;}',
    # CDATA and comment wrappers
    '<![CDATA[{"@type": "NewsArticle", "author": "Ada Lindqvist"}]]>',
    '<!-- {"@type": "NewsArticle", "author": "Ada Lindqvist"} -->',
    # comments in the JSON
    '{"@type": "NewsArticle", /* made by a template */ "author": "Ada Lindqvist"}',
    '{"@type": "WebSite", "name": "x"}\n// generated\n'
    '{"@type": "NewsArticle", "author": "Ada Lindqvist"}',
    # several objects one after another
    '{"@type": "BreadcrumbList"} {"@type": "NewsArticle", "author": "Ada Lindqvist"}',
    '{"@type": "BreadcrumbList"}, {"@type": "NewsArticle", "author": "Ada Lindqvist"}',
    # a raw line break inside a string
    '{"@type": "NewsArticle", "author": "Ada\nLindqvist"}',
])
def test_tolerates_malformed_scripts(script: str) -> None:
    """Each template mistake is repaired, and the author still comes out."""
    assert ("author", "Ada Lindqvist", False) in _values(script)


@pytest.mark.parametrize("script", ["", "{", "null", "[1, 2", "<p>not json</p>", '"a string"',
                                    '{"@type": "Recipe", "author": "Ada Lindqvist"}'])
def test_junk_and_other_types_give_nothing(script: str) -> None:
    """A script nothing repairs, or one about something else, is skipped quietly."""
    assert _values(script) == []


def test_graph_with_references() -> None:
    """The @graph form: the article names its author and publisher by @id."""
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://news.example/#page", "name": "Page"},
        {"@type": "Article", "author": {"@id": "https://news.example/#ada"},
         "publisher": {"@id": "https://news.example/#org"}, "datePublished": "2024-03-05"},
        {"@type": "Person", "@id": "https://news.example/#ada", "name": "Ada Lindqvist"},
        {"@type": "Organization", "@id": "https://news.example/#org", "name": "Gazette"},
    ]}
    got = _values(json.dumps(graph))
    assert ("author", "Ada Lindqvist", False) in got
    assert ("site_name", "Gazette", False) in got
    assert ("published", "2024-03-05", False) in got


@pytest.mark.parametrize("kind", ["BlogPosting", "ReportageNewsArticle", "LiveBlogPosting",
                                  "OpinionNewsArticle", ["NewsArticle", "Thing"]])
def test_article_types(kind: object) -> None:
    """Every article type speaks, including lists of types and subtypes ending in Article."""
    script = json.dumps({"@type": kind, "datePublished": "2024-03-05"})
    assert ("published", "2024-03-05", False) in _values(script)


def test_webpage_only_without_an_article() -> None:
    """A WebPage speaks when there is no article object, and not over one."""
    page = {"@type": "WebPage", "datePublished": "2020-01-01"}
    article = {"@type": "NewsArticle", "datePublished": "2024-03-05"}
    assert ("published", "2020-01-01", False) in _values(json.dumps(page))
    got = _values(json.dumps([page, article]))
    assert ("published", "2024-03-05", False) in got
    assert ("published", "2020-01-01", False) not in got


def test_an_organisation_as_author_is_weak() -> None:
    """An Organization author is kept, but weak: it counts only when no person is named."""
    script = json.dumps({"@type": "NewsArticle", "author": [
        {"@type": "Organization", "name": "Reuters"}, {"@type": "Person", "name": "Ada Lind"}]})
    assert _values(script) == [("author", "Reuters", True), ("author", "Ada Lind", False)]


@pytest.mark.parametrize(("image", "want"), [
    ("https://img.example/a.jpg", "https://img.example/a.jpg"),
    ({"url": "https://img.example/a.jpg"}, "https://img.example/a.jpg"),
    (["https://img.example/a.jpg", "https://img.example/b.jpg"], "https://img.example/a.jpg"),
    ([{"contentUrl": "https://img.example/a.jpg"}], "https://img.example/a.jpg"),
])
def test_image_forms(image: object, want: str) -> None:
    """An image as a string, an ImageObject, or a list of either: the first URL."""
    script = json.dumps({"@type": "NewsArticle", "image": image})
    assert ("image", want, False) in _values(script)


@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    """Whatever a script holds, reading it returns (maybe nothing) and never raises."""
    jsonld_markup([text])
    parse_scripts([text, "{" + text, text + "}"])


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["@type", "@id", "@graph", "author", "name", "image",
                                       "publisher", "headline", "datePublished", "keywords",
                                       "mainEntityOfPage", "url", "inLanguage"]),
                      inner, max_size=5),
    max_leaves=20))
def test_never_raises_on_odd_shapes(value: object) -> None:
    """Valid JSON of any shape, with the keys we read in odd places, never raises."""
    jsonld_markup([json.dumps(value)])
