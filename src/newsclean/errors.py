"""The errors newsclean raises on purpose; anything else is a bug."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises deliberately."""


class InputError(NewscleanError, TypeError):
    """The page is of a type or kind newsclean cannot read (not str, bytes or soup)."""


class DecodeError(NewscleanError, ValueError):
    """Bytes that are not text in any encoding (binary data, a PDF, an image)."""


class RuleError(NewscleanError, TypeError):
    """A rule broke the rule contract (a bad finding, a ``find`` that is not iterable).

    The message names the rule; the original exception is its ``__cause__``.
    """
