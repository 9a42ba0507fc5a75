"""Where a page names its site, beyond ``og:site_name`` and the JSON-LD publisher.

Many pages state no site name in their metadata, or state a domain, a tagline
or a handle there. A reader still knows the site from the page: the part of
the ``<title>`` that is not the headline ("Headline | Name"), the logo's alt
text, the footer's copyright line ("© 2019 Ascom"), and at worst the host in
the address bar. Each is weaker than the last named source, and each is a
:class:`Markup` with its rank (lower speaks first, see :mod:`.markup`); the
choice is made in ``decide``.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..evidence.sitename import (
    SITE_WORDS,
    TAGLINE,
    bare_name,
    copyright_holder,
    host_name,
    short_name,
    without_www,
)
from ..model import Markup
from .first import first_h1, first_title

TITLE_SITE_RANK = 7
"""The name in the ``<title>``: after every metadata field that names the site."""
APP_NAME_RANK = 7
"""``application-name``: a web app's name, often the site's, sometimes the headline."""
DOMAIN_SITE_RANK = 8
"""A site name that is a domain ('livescience.com') or an address is weak, and ranks after
the name in the ``<title>``: sites write their name there."""
LOGO_RANK = 9
"""The logo's alt text: the name the site shows, when no markup names it."""
COPYRIGHT_RANK = 10
"""The footer's copyright holder: often the site, sometimes its parent company."""
TWITTER_SITE_RANK = 11
"""The site's Twitter handle ('@comwrap') names it only when nothing on the page does…"""
HOST_RANK = 12
"""…and the host ('wday.ru') is the last resort: every page with an address has one."""

TITLE_SEPARATORS = (" | ", " – ", " — ", " · ", " - ", " :: ")
"""Between the parts of a ``<title>``: 'Headline | Site' (plain string splits: cheap)."""

_LOGO = etree.XPath(
    "//img[@alt][contains(translate(concat(@class, ' ', @id, ' ', @src), 'LOGO', 'logo'), 'logo')"
    " or ancestor::*[position() <= 3][contains(translate(concat(@class, ' ', @id), 'LOGO',"
    " 'logo'), 'logo')]]/@alt")
"""Alt texts of images that are, or sit within three levels of, something called a logo."""
_COPYRIGHT = etree.XPath(
    "//body//text()[contains(., '©') or contains(., 'opyright') or contains(., 'OPYRIGHT')]"
    "[not(ancestor::script or ancestor::style)]")
"""Text nodes that may hold a copyright line (scripts are still in the tree here)."""
LOGO_WORDS = frozenset(("logo", "logotype", "brand", "header", "footer", "image", "home"))
"""Words an alt text adds to the name ('Remember8090 logo', 'Site home')."""


def parts(text: str, separators: tuple[str, ...]) -> list[str]:
    """``text`` split at every one of ``separators`` (blanks already folded to one space)."""
    pieces = [text]
    for separator in separators:
        if separator in text:
            pieces = [piece.strip() for part in pieces for piece in part.split(separator)]
    return pieces


def site_markup(root: Any, url: str | None, named: bool) -> list[tuple[int, Markup]]:
    """Ranked site-name candidates from the ``<title>``, the logo, the copyright line, the host.

    ``named``: the metadata already names the site, so the logo and the copyright line,
    which would only speak after it, are not searched (they cost a walk of the tree).
    """
    headline = _headline(root)
    found = _title_site(root, headline)
    if not (named or found):
        logo = _logo(root, headline)
        holder = None if logo else _copyright(root)
        if logo:
            found.append((LOGO_RANK, Markup("site_name", logo, "logo alt", True)))
        if holder:
            found.append((COPYRIGHT_RANK, Markup("site_name", holder, "copyright", True)))
    host = host_name(url)
    if host:
        found.append((HOST_RANK, Markup("site_name", host, "host", True)))
    return found


def _headline(root: Any) -> str:
    heading = first_h1(root)
    return " ".join("".join(heading.itertext()).split()).casefold() if heading is not None \
        else ""


def _title_site(root: Any, headline: str) -> list[tuple[int, Markup]]:
    """The site's name from the ``<title>``: the edge part that is not the headline (weak)."""
    title = first_title(root)
    text = " ".join("".join(title.itertext()).split()) if title is not None else ""
    pieces = parts(text, TITLE_SEPARATORS) if text else []
    if len(pieces) < 2:
        return []
    for part in (pieces[-1], pieces[0]):
        if part and len(part.split()) <= SITE_WORDS and part.casefold() not in headline:
            part = without_www(part)
            return [(TITLE_SITE_RANK, Markup("site_name", part, "title", True))]
    return []


def _logo(root: Any, headline: str) -> str | None:
    """The first logo alt text that reads as a name ('Catch it Kansas - Content - News')."""
    for alt in _LOGO(root)[:10]:
        text = " ".join(str(alt).split())
        if not text or (" " not in text and ("-" in text or "_" in text)):
            continue  # empty, or a file name ('ascom-image-Logo', 'express_logo')
        text = " ".join(w for w in text.split() if w.lower() not in LOGO_WORDS)
        text = bare_name(parts(text, TAGLINE)[0])
        if short_name(text) and text.casefold() not in headline:
            return text
    return None


def _copyright(root: Any) -> str | None:
    """The holder named in the last copyright line of the page (the footer's)."""
    for node in reversed(_COPYRIGHT(root)[-20:]):
        name = copyright_holder(" ".join(str(node).split()))
        if name is not None:
            return name
    return None
