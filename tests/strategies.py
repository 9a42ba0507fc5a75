"""Every Hypothesis strategy of the suite, in one place.

* text of any kind: :func:`any_text`, :func:`any_page` (lines of anything, chrome included);
* article prose: :func:`sentences`, :func:`paragraphs`, :func:`articles`;
* boilerplate lines, one strategy per family in :data:`FAMILIES` (with the rule
  name that must remove them);
* messy white space: :func:`messy` (NBSP, tabs, zero-width, trailing blanks)
  and :func:`join_lines` (LF, CRLF, CR, blank lines between).

Article prose is built from a vocabulary that *mentions* chrome words
(advertisement, newsletter, cookies, share...) in the middle of sentences, so
properties also check that a body sentence merely mentioning them survives.
"""

from __future__ import annotations

import textwrap

from hypothesis import strategies as st

# --- people, places, organisations ---------------------------------------------------------

FIRST_NAMES = ("Jane", "John", "María", "Pierre", "Anna", "Tomás", "Helga", "Kwame", "Yuki",
               "Olu", "Sarah", "Mehmet", "Ingrid", "Luca", "Priya", "David", "Zoë", "Ana")
LAST_NAMES = ("Doe", "Roe", "Fernández", "Dubois", "Kowalski", "Okafor", "Sørensen", "Tanaka",
              "O'Neill", "Smith-Jones", "Haddad", "Lindqvist", "Rossi", "Kovač", "Nair", "Park")
ORGS = ("Harbor Gazette", "Acme Media", "The Valley Herald", "Nordkurier Online",
        "Riverside Post", "Le Courrier", "Diario del Sur", "City News Group")
BRANDS = ("Acme Insurance", "QWIKET AI", "Northwind Bank", "Globex", "Initech Cloud",
          "Sunrise Travel", "Contoso Energy")
SECTIONS = ("World", "Europe", "Politics", "Business", "Sport", "Science", "Local", "Culture",
            "Opinion", "Technology", "Inland", "Sociedad", "Économie")
CREDITS = ("Getty Images", "Reuters", "AFP via Getty Images", "Shutterstock", "AP Photo",
           "EPA-EFE", "dpa", "Alamy")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "Oktober", "Dezember")
MOIS = ("janvier", "février", "mars", "avril", "juin", "juillet", "août", "décembre")


@st.composite
def person_names(draw: st.DrawFn) -> str:
    """A person's name: first name, an optional initial, last name."""
    first = draw(st.sampled_from(FIRST_NAMES))
    initial = draw(st.sampled_from(("", "", "", "R. ", "J. ")))
    return f"{first} {initial}{draw(st.sampled_from(LAST_NAMES))}"


def emails() -> st.SearchStrategy[str]:
    """A plausible newsroom address."""
    return st.builds(lambda user, host: f"{user}@{host}.example",
                     st.sampled_from(("jdoe", "news.desk", "m.rossi", "tips", "a_park")),
                     st.sampled_from(("harborgazette", "valley-herald", "post")))


def handles() -> st.SearchStrategy[str]:
    return st.sampled_from(("@jdoe", "@valleyherald", "@m_rossi", "@annapark"))


# --- article prose ------------------------------------------------------------------------

OPENERS = ("The", "Officials", "Residents", "Researchers", "Farmers", "The council", "Engineers",
           "Most", "Several", "Teachers", "Police", "The company", "Local", "In", "After",
           "Critics", "Visitors", "Two", "Some")
WORDS = ("said", "the", "a", "new", "plan", "would", "could", "river", "bridge", "city",
         "budget", "on", "Tuesday", "in", "March", "report", "residents", "school", "of", "and",
         "for", "more", "than", "people", "water", "council", "year", "last", "week", "after",
         "vote", "project", "costs", "million", "euros", "dollars", "region", "officials", "that",
         "was", "were", "has", "been", "to", "it", "they", "their", "by", "with", "from", "at",
         "twelve", "12", "300", "4.5", "percent", "Maria", "Lopez", "Berlin", "Lyon", "road",
         # chrome words, only ever in the middle of a sentence
         "advertisement", "newsletter", "cookies", "share", "comments", "photo", "subscribe",
         "sponsor", "copyright", "related", "email", "home", "next", "back", "policy", "agree",
         "settings", "accept", "read", "image", "follow", "reserved", "rights", "menu", "search")
ENDS = (".", ".", ".", "!", "?", ".”")


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 4, max_words: int = 22) -> str:
    """A sentence: capitalised opener, ordinary words, a closing mark."""
    opener = draw(st.sampled_from(OPENERS))
    rest = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    end = draw(st.sampled_from(ENDS))
    text = " ".join([opener, *rest]) + end
    return "“" + text if end == ".”" else text


@st.composite
def paragraphs(draw: st.DrawFn, *, body_like: bool = False) -> str:
    """One to four sentences; ``body_like`` ones are long enough to open an article body."""
    first = draw(sentences(min_words=16, max_words=30) if body_like else sentences())
    more = draw(st.lists(sentences(), max_size=3))
    return " ".join([first, *more])


@st.composite
def articles(draw: st.DrawFn, min_size: int = 1, max_size: int = 6) -> list[str]:
    """Article paragraphs; the first reads like the opening of a body (as real ones do)."""
    first = draw(paragraphs(body_like=True))
    rest = draw(st.lists(paragraphs(), min_size=min_size - 1, max_size=max_size - 1))
    return [first, *rest]


def headlines() -> st.SearchStrategy[str]:
    """A headline: a few capitalised words, no closing full stop."""
    return st.builds(
        lambda opener, words: " ".join([opener, *words]),
        st.sampled_from(("Council", "Flooding", "Farmers", "Storm", "New", "Scientists")),
        st.lists(st.sampled_from(("closes", "roads", "approves", "plan", "for", "bridge",
                                  "after", "vote", "in", "northern", "towns", "warn", "of",
                                  "delays")), min_size=3, max_size=10),
    )


# --- boilerplate, one strategy per family -------------------------------------------------

def _fmt(template: str, **parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.fixed_dictionaries(parts).map(lambda values: template.format(**values))


def _one_of_templates(*options: st.SearchStrategy[str] | str) -> st.SearchStrategy[str]:
    return st.one_of(*(st.just(o) if isinstance(o, str) else o for o in options))


_N = st.integers(0, 99_999).map(str)
_YEAR = st.integers(1995, 2030).map(str)
_DAY = st.integers(1, 28).map(str)


def ad_markers() -> st.SearchStrategy[str]:
    return _one_of_templates(
        "Advertisement", "ADVERTISEMENT", "- Advertisement -", "Advertisement:", "Ad",
        "Story continues below advertisement", "Article continues below advertisement",
        "Skip Advertisement", "Continue reading the main story", "Anzeige", "Werbung",
        "Publicité", "Publicidad", "Pubblicità", "Реклама", "— ADVERTISEMENT —",
    )


def sponsor_lines() -> st.SearchStrategy[str]:
    brand = st.sampled_from(BRANDS)
    return _one_of_templates(
        _fmt("Sponsored by {b}", b=brand), _fmt("Sponsor: {b}", b=brand),
        _fmt("Presented by {b}", b=brand), _fmt("Brought to you by {b}", b=brand),
        _fmt("In partnership with {b}", b=brand), "Paid content", "Sponsored content",
        _fmt("Paid for by {b}", b=brand), _fmt("Gesponsert von {b}", b=brand),
    )


@st.composite
def crumb_trails(draw: st.DrawFn) -> str:
    sep = draw(st.sampled_from((" › ", " » ", " > ", " / ", " | ", " → ")))
    parts = draw(st.lists(st.sampled_from(SECTIONS), min_size=2, max_size=5))
    home = draw(st.sampled_from(("Home", "Startseite", "Accueil", "Inicio", "News")))
    return sep.join([home, *parts])


def nav_lines() -> st.SearchStrategy[str]:
    return _one_of_templates(
        crumb_trails(), "Back", "← Back", "Next article", "Previous article", "Previous",
        "Next", "Back to top", "Skip to content", "Menu", "Search", "Topics", "Load more",
        "Zurück", "Weiter", "Suivant", "Siguiente",
    )


def counter_lines() -> st.SearchStrategy[str]:
    return _one_of_templates(
        _N, _fmt("{n} comments", n=_N), _fmt("{n} Comments", n=_N), _fmt("Comments ({n})", n=_N),
        _fmt("{n} min read", n=st.integers(1, 40).map(str)),
        _fmt("{n} minute read", n=st.integers(1, 40).map(str)),
        _fmt("{n} views", n=_N), _fmt("{n}K shares", n=st.integers(1, 99).map(str)),
        "Leave a comment", "Join the conversation", "Print", "Save article", "Comments",
        _fmt("{n} Kommentare", n=_N),
    )


def share_lines() -> st.SearchStrategy[str]:
    net = st.sampled_from(("Facebook", "Twitter", "LinkedIn", "WhatsApp", "Email", "Reddit"))
    return _one_of_templates(
        _fmt("Share on {n}", n=net), _fmt("Share via {n}", n=net), "Share this article",
        st.lists(net, min_size=1, max_size=6).map(" ".join),
        st.lists(net, min_size=2, max_size=5).map(" | ".join),
        _fmt("Follow us on {n}", n=net), "Tweet this", "Click to share", "Partager", "Teilen",
    )


def newsletter_lines() -> st.SearchStrategy[str]:
    return _one_of_templates(
        "Sign up for our newsletter", "Subscribe now", "Subscribe to our daily briefing",
        "Already a subscriber? Log in", "Get the latest news delivered to your inbox.",
        "Sign up for our weekly newsletter and never miss a story.", "Newsletter",
        "Support independent journalism", "Newsletter abonnieren", "Abonnez-vous", "Log in",
        "Register", "To continue reading, create a free account.",
    )


def cookie_lines() -> st.SearchStrategy[str]:
    return _one_of_templates(
        "We use cookies to improve your experience.", "Accept all cookies", "Cookie settings",
        "This website uses cookies. By continuing to browse you agree to our cookie policy.",
        "Manage consent", "We value your privacy", "Wir verwenden Cookies.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "By using this site, you accept our use of cookies.",
    )


def copyright_lines() -> st.SearchStrategy[str]:
    org = st.sampled_from(ORGS)
    return _one_of_templates(
        _fmt("© {y} {o}. All rights reserved.", y=_YEAR, o=org), _fmt("© {o} {y}", y=_YEAR, o=org),
        _fmt("Copyright {y} {o}", y=_YEAR, o=org), _fmt("(c) {y} {o}", y=_YEAR, o=org),
        "All rights reserved.", "Privacy Policy", "Terms of Use", "Terms of Service",
        _fmt("© {y} {o}. Alle Rechte vorbehalten.", y=_YEAR, o=org), "Tous droits réservés",
    )


def related_lines() -> st.SearchStrategy[str]:
    head = headlines()
    return _one_of_templates(
        _fmt("Read more: {h}", h=head), _fmt("Related: {h}", h=head), "Related", "Related articles",
        "You may also like", "Most read", "Recommended for you", _fmt("Lire aussi : {h}", h=head),
        _fmt("Mehr zum Thema: {h}", h=head), "Leer más", _fmt("Lesen Sie auch: {h}", h=head),
        _fmt("Читайте также: {h}", h=head), _fmt("See also: {h}", h=head),
    )


def image_lines() -> st.SearchStrategy[str]:
    caption = headlines()
    credit = st.sampled_from(CREDITS)
    return _one_of_templates(
        _fmt("Image: {c}", c=caption), _fmt("Photo: {c} / {r}", c=caption, r=credit),
        _fmt("{c}. (AP Photo/{p})", c=caption, p=person_names()), "[Photo]", "[Image]",
        _fmt("Foto: {c}", c=caption), _fmt("Photo by {p}/{r}", p=person_names(), r=credit),
        _fmt("{c} (Photo: {r})", c=caption, r=credit), _fmt("NextImg:{c}", c=caption),
    )


def dateline_lines() -> st.SearchStrategy[str]:
    return _one_of_templates(
        _fmt("{m} {d}, {y}", m=st.sampled_from(MONTHS + SHORT_MONTHS), d=_DAY, y=_YEAR),
        _fmt("{m} {d}, {y} | ", m=st.sampled_from(SHORT_MONTHS), d=_DAY, y=_YEAR),
        _fmt("Published {d} {m} {y}", m=st.sampled_from(MONTHS), d=_DAY, y=_YEAR),
        _fmt("Updated 4:12 PM EDT, {m} {d}, {y}", m=st.sampled_from(MONTHS), d=_DAY, y=_YEAR),
        _fmt("{y}-0{m}-1{d}", y=_YEAR, m=st.integers(1, 9).map(str), d=st.integers(0, 9).map(str)),
        _fmt("Veröffentlicht am {d}. {m} {y}", m=st.sampled_from(MONATE), d=_DAY, y=_YEAR),
        _fmt("Publié le {d} {m} {y} à 10h15", m=st.sampled_from(MOIS), d=_DAY, y=_YEAR),
        _fmt("{d}.0{m}.{y}", d=st.integers(10, 28).map(str), m=st.integers(1, 9).map(str),
             y=_YEAR),
        "3 hours ago", "Updated 25 minutes ago",
    )


def byline_lines() -> st.SearchStrategy[str]:
    name = person_names()
    return _one_of_templates(
        _fmt("By {a}", a=name), _fmt("By {a} and {b}", a=name, b=name),
        _fmt("By {a}, Reuters", a=name), _fmt("BY {a}", a=name.map(str.upper)),
        _fmt("Von {a}", a=name), _fmt("Par {a}", a=name), _fmt("Por {a}", a=name),
        _fmt("Written by {a}", a=name), _fmt("By {a} | Staff Writer", a=name),
        _fmt("Posted by {a}", a=name),
    )


def contact_lines() -> st.SearchStrategy[str]:
    name = person_names()
    return _one_of_templates(
        _fmt("{a} can be reached at {e}.", a=name, e=emails()),
        _fmt("• {a} can be reached at {e}.", a=name, e=emails()),
        _fmt("Follow {a} on Twitter {h}", a=name, h=handles()),
        _fmt("Email: {e}", e=emails()), _fmt("Contact {a} at {e}", a=name, e=emails()),
    )


FAMILIES: dict[str, tuple[str, st.SearchStrategy[str]]] = {
    "ad": ("ad-marker", ad_markers()),
    "sponsor": ("sponsor", sponsor_lines()),
    "nav": ("nav-crumb", nav_lines()),
    "counter": ("counter", counter_lines()),
    "share": ("share", share_lines()),
    "newsletter": ("newsletter", newsletter_lines()),
    "cookie": ("cookie", cookie_lines()),
    "copyright": ("copyright", copyright_lines()),
    "related": ("related", related_lines()),
    "image": ("image", image_lines()),
    "dateline": ("dateline", dateline_lines()),
    "byline": ("byline", byline_lines()),
    "contact": ("contact", contact_lines()),
}
"""Boilerplate family -> (name of the rule that must remove it, strategy of its lines)."""


@st.composite
def boilerplate(draw: st.DrawFn) -> tuple[str, str]:
    """``(rule name, line)`` of any family."""
    family = draw(st.sampled_from(sorted(FAMILIES)))
    rule_name, lines = FAMILIES[family]
    return rule_name, draw(lines)


# --- white space --------------------------------------------------------------------------

NBSP = "\u00a0"


@st.composite
def messy(draw: st.DrawFn, line: str) -> str:
    """``line`` with its blanks made messy: NBSP, tabs, doubled spaces, zero-width, padding."""
    blanks = st.sampled_from((" ", " ", NBSP, "\t", "  ", f" {NBSP}", "\u2009", " \u200b"))
    words = line.split(" ")
    out = words[0]
    for word in words[1:]:
        out += draw(blanks) + word
    lead = draw(st.sampled_from(("", "", " ", "\t", NBSP, "  \t")))
    trail = draw(st.sampled_from(("", "", " ", "  ", "\t", NBSP, " \u00a0 ")))
    return lead + out + trail


@st.composite
def join_lines(draw: st.DrawFn, lines: list[str]) -> str:
    """Lines joined by one line ending (LF, CRLF or CR), with blank lines here and there."""
    ending = draw(st.sampled_from(("\n", "\r\n", "\r")))
    out: list[str] = []
    for line in lines:
        out.append(line)
        out.extend(draw(st.lists(st.sampled_from(("", " ", "\t", NBSP)), max_size=2)))
    return ending.join(out) + draw(st.sampled_from(("", ending)))


# --- anything -----------------------------------------------------------------------------

def any_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any string at all (surrogates excluded: they cannot be encoded)."""
    return st.text(st.characters(exclude_categories=("Cs",)), max_size=max_size)


def any_line() -> st.SearchStrategy[str]:
    """One line of anything: noise, prose, chrome, list or heading markers."""
    return st.one_of(
        any_text(60),
        sentences(),
        boilerplate().map(lambda pair: pair[1]),
        headlines(),
        person_names(),
        st.builds(lambda m, t: m + t,
                  st.sampled_from(("- ", "* ", "• ", "1. ", "2) ", "# ", "## ", "> ", "- # ")),
                  st.one_of(sentences(), headlines(), any_text(20))),
    )


@st.composite
def any_page(draw: st.DrawFn) -> str:
    """A page of any lines (chrome, prose, noise), joined by any line ending."""
    lines = draw(st.lists(any_line(), max_size=25))
    return draw(join_lines(lines))


# --- hard-wrapped dumps --------------------------------------------------------------------

@st.composite
def wrapped_pages(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A dump as lynx or w3m write it, and its blocks' texts: a menu of list items, then
    paragraphs wrapped at one width (60 to 100 columns), blank lines between paragraphs."""
    width = draw(st.integers(60, 100))
    menu = draw(st.lists(st.sampled_from(SECTIONS), min_size=2, max_size=6))
    body = draw(st.lists(paragraphs(body_like=True), min_size=6, max_size=10))
    items = [f"[{n}]{item}" for n, item in enumerate(menu, start=1)]
    chunks = ["\n".join(f"  * {item}" for item in items)]
    chunks += ["\n".join(textwrap.wrap(p, width, break_long_words=False,
                                       break_on_hyphens=False)) for p in body]
    return "\n\n".join(chunks) + "\n", [*items, *body]
