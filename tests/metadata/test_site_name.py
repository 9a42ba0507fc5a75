"""Site names: every place a page names its site, ranked, and one reconciliation."""

from __future__ import annotations

import html
import json

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.decide.site import choose_site_name
from newsclean.evidence.sitename import initials, is_acronym, is_domain, short_name
from newsclean.input.site import host_name
from tests.metadata.story import SENTENCES

BODY = "".join(f"<p>{s}</p>" for s in SENTENCES[:2])


def _page(head: str = "", top: str = "", foot: str = "", title: str = "Bridge to close") -> str:
    return (f"<html lang='en'><head><title>{title}</title>{head}</head><body>{top}"
            f"<article><h1>Bridge to close</h1>{BODY}</article>{foot}</body></html>")


def _site(html: str, url: str | None = "https://www.harbour-watch.example/a/1") -> tuple[str | None,
                                                                                       str | None]:
    article = newsclean.clean(html, url=url)
    return article.site_name, dict(article.provenance).get("site_name")


def test_an_acronym_yields_to_the_name_it_stands_for() -> None:
    """'WSJ' in og:site_name, 'Wall Street Journal' as the JSON-LD publisher: the name wins."""
    ld = json.dumps({"@type": "NewsArticle", "headline": "Bridge to close",
                     "publisher": {"@type": "Organization", "name": "Wall Street Journal"}})
    head = (f'<script type="application/ld+json">{ld}</script>'
            '<meta property="og:site_name" content="WSJ">')
    assert _site(_page(head)) == ("Wall Street Journal", "json-ld")


def test_an_acronym_no_source_spells_out_stays() -> None:
    """'BBC' stays when the other names are not 'B… B… C…'."""
    head = '<meta property="og:site_name" content="BBC">'
    assert _site(_page(head, title="Bridge to close - Sport"))[0] == "BBC"


def test_a_domain_yields_to_a_name() -> None:
    """'livescience.com' in og:site_name yields to the JSON-LD publisher's name."""
    ld = json.dumps({"@type": "NewsArticle", "publisher": {"name": "Live Science"}})
    head = (f'<script type="application/ld+json">{ld}</script>'
            '<meta property="og:site_name" content="livescience.com">')
    assert _site(_page(head))[0] == "Live Science"


def test_the_website_object_names_the_site_without_an_article() -> None:
    """A JSON-LD WebSite's name counts when no article object names a publisher."""
    ld = json.dumps({"@type": "WebSite", "name": "Harbour Watch", "url": "https://x.example"})
    head = f'<script type="application/ld+json">{ld}</script>'
    assert _site(_page(head)) == ("Harbour Watch", "json-ld")


def test_application_name_but_not_a_headline() -> None:
    """application-name names the site; one that is a long headline does not."""
    assert _site(_page('<meta name="application-name" content="Harbour Watch">'))[0] == \
        "Harbour Watch"
    long = '<meta name="application-name" content="The council votes to close the old bridge">'
    assert _site(_page(long))[1] == "host, fallback"


def test_the_logo_alt_text_without_logo_words_or_tagline() -> None:
    """The logo's alt text names the site when no markup does: 'logo' and taglines go."""
    top = '<header><a class="site-logo" href="/"><img src="/l.png" alt="Harbour Watch logo - News">'
    assert _site(_page(top=top + "</a></header>")) == ("Harbour Watch", "logo alt, fallback")
    slug = '<img class="logo" src="/l.png" alt="harbour-watch-logo">'
    assert _site(_page(top=slug))[1] == "host, fallback"  # a file name is no name


def test_the_copyright_holder() -> None:
    """The footer's '© 2019 Name, Inc. All rights reserved.' names the site, without the rest."""
    foot = "<footer><p>© 2014-2019 Harbour Watch Ltd. All rights reserved.</p></footer>"
    assert _site(_page(foot=foot)) == ("Harbour Watch", "copyright, fallback")
    foot = "<footer><p>Copyright 2019 Harbour Watch, LLC</p><p>Copyright policy</p></footer>"
    assert _site(_page(foot=foot))[0] == "Harbour Watch"


def test_the_copyright_line_is_not_read_when_the_markup_names_the_site() -> None:
    """Metadata beats the footer; the footer is not even searched then."""
    foot = "<footer><p>© 2019 Parent Media Group</p></footer>"
    head = '<meta property="og:site_name" content="Harbour Watch">'
    assert _site(_page(head, foot=foot)) == ("Harbour Watch", "meta:og:site_name")


def test_the_host_is_the_last_resort() -> None:
    """With no name anywhere, the host as a reader writes it; without a URL, nothing."""
    assert _site(_page()) == ("harbour-watch.example", "host, fallback")
    assert _site(_page(), url=None) == (None, None)


def test_helpers() -> None:
    """Acronyms, initials, domains and hosts."""
    assert is_acronym("WSJ") and not is_acronym("Wired") and not is_acronym("A")
    assert initials("The New York Times") == "NYT"
    assert is_domain("Express.co.uk") and not is_domain("Express")
    assert host_name("http://192.168.0.1/x") is None
    assert choose_site_name([]) is None


def test_a_name_run_together_yields_to_the_same_words() -> None:
    """'detroitnews' in og:site_name, 'The Detroit News' in JSON-LD: the words win."""
    ld = json.dumps({"@type": "NewsArticle", "publisher": {"name": "The Detroit News"}})
    head = (f'<script type="application/ld+json">{ld}</script>'
            '<meta property="og:site_name" content="detroitnews">')
    assert _site(_page(head)) == ("The Detroit News", "json-ld")
    other = head.replace("The Detroit News", "Detroit Media Group")
    assert _site(_page(other))[0] == "detroitnews"  # other letters: not the same name


@given(alt=st.text(max_size=120), footer=st.text(max_size=200))
def test_any_logo_or_footer_gives_a_short_name_or_none(alt: str, footer: str) -> None:
    """Whatever the logo's alt text and the footer say, the site name read from them is a
    short name with letters (or the host), and reading never fails."""
    top = f'<img class="logo" src="/l.png" alt="{html.escape(alt)}">'
    foot = f"<footer><p>© 2019 {html.escape(footer)}</p></footer>"
    name, source = _site(_page(top=top, foot=foot))
    assert name and source
    assert short_name(name)


@given(st.lists(st.tuples(st.text(max_size=30), st.sampled_from(
    ("meta:og:site_name", "json-ld", "title, fallback", "host, fallback"))), max_size=6))
def test_the_chosen_name_is_one_given(values: list[tuple[str, str]]) -> None:
    """The reconciliation picks among the names given; it never makes one up."""
    chosen = choose_site_name(values)
    given_names = [(v, s) for v, s in values if v]
    assert (chosen is None) == (not given_names)
    assert chosen is None or chosen in given_names


DUMP = ("Bridge to close for six months\n\n" + "\n\n".join(SENTENCES[:2])
        + "\n\nAbout us\n\nContact\n\n{footer}\n")


def _dump_site(footer: str, url: str | None) -> tuple[str | None, str | None]:
    article = newsclean.clean(DUMP.format(footer=footer), url=url, kind="text")
    return article.site_name, dict(article.provenance).get("site_name")


def test_a_dump_names_its_site_by_a_copyright_holder_that_spells_the_host() -> None:
    """'© 2019 The Harbour Watch' on harbourwatch.example: the holder, as the site writes it."""
    url = "https://www.harbourwatch.example/a/1"
    assert _dump_site("© 2019 The Harbour Watch. All rights reserved.", url) == (
        "The Harbour Watch", "copyright, fallback")


def test_a_dump_falls_back_to_its_host_past_a_parent_company() -> None:
    """A holder that is not the host's name is the parent company: the host names the site."""
    url = "https://www.harbourwatch.example/a/1"
    assert _dump_site("© 2019 Coastal Media Group, Inc.", url) == (
        "harbourwatch.example", "host, fallback")


def test_a_dump_without_an_address_gets_no_site_from_its_footer() -> None:
    assert _dump_site("© 2019 The Harbour Watch", None) == (None, None)
