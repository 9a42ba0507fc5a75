"""The errors newsclean raises on purpose; anything else is a bug."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises deliberately."""


class InputError(NewscleanError, TypeError):
    """The page is of a type newsclean cannot read (not str, bytes or soup)."""


class DecodeError(NewscleanError, ValueError):
    """Bytes that no encoding could turn into text."""
